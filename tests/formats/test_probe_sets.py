"""The probe sets, each once scored blind, now kept as regression checks of the rules they exposed.

Each set is a folder of documents under ``tests/data/`` written for this project (see its README for how,
and for its first score, taken before any rule was changed for it) and a gold file beside it, checked like
the corpus gold:

- ``genre_probes_heldout``: the four genres and plain texts, round by round, written from the genre notes;
- ``genre_probes_treaty``: exchanges of notes in a treaty database's Markdown rendering;
- ``genre_probes_ocr``: typed UN documents of 1985-1995 as scanned PDFs with an OCR text layer, and the
  ``pdftotext`` text of each (``benchmarks/make_ocr_letters.py`` makes them again).

A probe's ``known_misses`` names the checks the rules are known to fail, each with its cause: those may
fail, no other may.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import failed_checks, load_expectations

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ("genre_probes_heldout", "genre_probes_treaty", "genre_probes_ocr")
GOLD = {name: load_expectations(DATA / f"{name}.json") for name in SETS}
PROBES = [(probe_set, name) for probe_set in SETS for name in sorted(GOLD[probe_set])]


@pytest.mark.parametrize(("probe_set", "name"), PROBES)
def test_each_probe_gives_its_gold(
    record_of: Callable[[Path], dict[str, Any]], probe_set: str, name: str
) -> None:
    if name.endswith(".pdf"):
        pytest.importorskip("pypdfium2", reason="the pdf extra is not installed (pip install 'ingest[pdf]')")
    spec = GOLD[probe_set][name]
    failed = failed_checks(record_of(DATA / probe_set / name), spec)
    known: dict[str, str] = spec.get("known_misses", {})
    unexpected = {check: message for check, message in failed.items() if check not in known}
    assert not unexpected, unexpected


@pytest.mark.parametrize(("probe_set", "name"), [p for p in PROBES if "known_misses" in GOLD[p[0]][p[1]]])
def test_each_known_miss_names_a_check_of_its_probe(probe_set: str, name: str) -> None:
    spec = GOLD[probe_set][name]
    text = spec.get("text", {})
    checks = {*spec.get("expect", {}), *(f"text.{key}" for key in text if isinstance(text[key], (str, int)))}
    checks |= {f"text.{key}: {item}" for key in ("contains", "not_contains") for item in text.get(key, [])}
    checks |= {f"not_formats: {item}" for item in spec.get("not_formats", [])}
    assert set(spec["known_misses"]) <= checks
    assert all(spec["known_misses"].values()), "each known miss gives its cause"


@pytest.mark.parametrize("probe_set", SETS)
def test_every_probe_file_has_gold(probe_set: str) -> None:
    files = {path.name for path in (DATA / probe_set).iterdir() if path.name != "README.md"}
    assert files == set(GOLD[probe_set])


@pytest.mark.parametrize("name", sorted(GOLD["genre_probes_ocr"]))
def test_each_ocr_probe_has_its_twin(name: str) -> None:
    """Every OCR probe comes as the PDF and its pdftotext text, with the same expectations."""
    gold = GOLD["genre_probes_ocr"]
    stem, _, ext = name.rpartition(".")
    assert gold[f"{stem}.{'txt' if ext == 'pdf' else 'pdf'}"]["expect"] == gold[name]["expect"]

"""The OCR probes: typed UN letters of 1985-1995 as scanned PDFs with an OCR text layer and as pdftotext text.

``tests/data/genre_probes_ocr/`` holds letters and notes invented for the tests, typed as page images,
degraded as scans are and read by Tesseract (``benchmarks/make_ocr_letters.py`` makes them again; see the
README for how and for the first score of each round).  ``tests/data/genre_probes_ocr.json`` holds what a
reader can know from each text layer, checked like the corpus gold; a probe's ``known_misses`` names the
checks the rules are known to fail, each with its cause: those may fail, no other may.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import failed_checks, load_expectations

DATA = Path(__file__).resolve().parents[1] / "data"
PROBES = DATA / "genre_probes_ocr"
GOLD = load_expectations(DATA / "genre_probes_ocr.json")


@pytest.mark.parametrize("name", sorted(GOLD))
def test_each_ocr_probe_gives_its_gold(record_of: Callable[[Path], dict[str, Any]], name: str) -> None:
    if name.endswith(".pdf"):
        pytest.importorskip("pypdfium2", reason="the pdf extra is not installed (pip install 'ingest[pdf]')")
    failed = failed_checks(record_of(PROBES / name), GOLD[name])
    known: dict[str, str] = GOLD[name].get("known_misses", {})
    unexpected = {check: message for check, message in failed.items() if check not in known}
    assert not unexpected, unexpected


@pytest.mark.parametrize("name", sorted(GOLD))
def test_each_ocr_probe_has_its_twin(name: str) -> None:
    """Every probe comes as the PDF and its pdftotext text, with the same expectations."""
    stem, _, ext = name.rpartition(".")
    twin = f"{stem}.{'txt' if ext == 'pdf' else 'pdf'}"
    assert (PROBES / name).is_file()
    assert GOLD[twin]["expect"] == GOLD[name]["expect"]


@pytest.mark.parametrize("name", sorted(name for name in GOLD if "known_misses" in GOLD[name]))
def test_each_known_miss_names_a_check_of_its_probe(name: str) -> None:
    spec = GOLD[name]
    text = spec.get("text", {})
    checks = {*spec.get("expect", {}), *(f"text.{key}" for key in text if isinstance(text[key], (str, int)))}
    checks |= {f"text.{key}: {item}" for key in ("contains", "not_contains") for item in text.get(key, [])}
    assert set(spec["known_misses"]) <= checks
    assert all(spec["known_misses"].values()), "each known miss gives its cause"

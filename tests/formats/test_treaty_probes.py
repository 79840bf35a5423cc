"""Probes of exchanges of notes from a treaty database rendered as Markdown, kept as regression checks.

``tests/data/genre_probes_treaty/`` holds exchanges written from the conventions
of that publication (see its README for their first score);
``tests/data/genre_probes_treaty.json`` holds what each must give, checked like
the corpus gold. A probe's ``known_misses`` names the checks the rules are
known to fail, each with its cause: those may fail, no other may.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import failed_checks, load_expectations

DATA = Path(__file__).resolve().parents[1] / "data"
PROBES = DATA / "genre_probes_treaty"
GOLD = load_expectations(DATA / "genre_probes_treaty.json")


@pytest.mark.parametrize("name", sorted(GOLD))
def test_each_treaty_probe_gives_its_gold(record_of: Callable[[Path], dict[str, Any]], name: str) -> None:
    failed = failed_checks(record_of(PROBES / name), GOLD[name])
    known: dict[str, str] = GOLD[name].get("known_misses", {})
    unexpected = {check: message for check, message in failed.items() if check not in known}
    assert not unexpected, unexpected


@pytest.mark.parametrize("name", sorted(name for name in GOLD if "known_misses" in GOLD[name]))
def test_each_known_miss_names_a_check_of_its_probe(name: str) -> None:
    spec = GOLD[name]
    text = spec.get("text", {})
    checks = {*spec.get("expect", {}), *(f"text.{key}" for key in text if isinstance(text[key], (str, int)))}
    checks |= {f"text.{key}: {item}" for key in ("contains", "not_contains") for item in text.get(key, [])}
    assert set(spec["known_misses"]) <= checks
    assert all(spec["known_misses"].values()), "each known miss gives its cause"


def test_every_probe_file_has_gold() -> None:
    assert sorted(path.name for path in PROBES.glob("*.txt")) == sorted(GOLD)

"""The held-out genre probes, once scored blind, now kept as regression checks of the rules they exposed.

``tests/data/genre_probes_heldout/`` holds documents written from the genre
notes before the rules were changed for them (see its README for their first
scores); ``tests/data/genre_probes_heldout.json`` holds what each must give,
checked like the corpus gold.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import check, load_expectations

DATA = Path(__file__).resolve().parents[1] / "data"
PROBES = DATA / "genre_probes_heldout"
GOLD = load_expectations(DATA / "genre_probes_heldout.json")


@pytest.mark.parametrize("name", sorted(GOLD))
def test_each_held_out_probe_gives_its_gold(record_of: Callable[[Path], dict[str, Any]], name: str) -> None:
    _, failed = check(record_of(PROBES / name), GOLD[name])
    assert not failed, failed

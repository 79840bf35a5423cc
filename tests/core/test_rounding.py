import math
import random

import pytest

from ingest.rounding import rounded, two_places


@pytest.mark.parametrize("scale, digits", [(1e4, 4), (1e6, 6)])
def test_rounded_agrees_with_round_but_for_exact_halves(scale, digits):
    rng = random.Random(7)
    values = [rng.random() for _ in range(5000)] + [rng.random() * 1e-3 for _ in range(5000)]
    values += [0.0, 1.0, 0.3, 0.99999, 2.5e-05, 123.4567891]
    disagreements = [v for v in values if rounded(v, scale) != round(v, digits)]
    # Only values within a hair of a halfway point may land on the other neighbour.
    for value in disagreements:
        assert abs(rounded(value, scale) - round(value, digits)) <= 1.0001 / scale
        assert abs((value * scale) % 1 - 0.5) < 1e-6
    assert len(disagreements) <= 2


def test_two_places_prints_as_format_does():
    for value in (0.0, 1.0, 0.875, 0.123, 0.996, 0.5):
        assert two_places(value) == f"{value:.2f}"


def test_rounded_leaves_what_cannot_be_scaled_as_it_is():
    assert math.isnan(rounded(float("nan"), 1e4))
    assert rounded(float("inf"), 1e6) == float("inf")
    assert rounded(-float("inf"), 1e6) == -float("inf")
    assert rounded(1.7e308, 1e6) == 1.7e308


def test_two_places_keeps_the_sign_of_zero_apart():
    assert two_places(0.0) == "0.00"
    assert two_places(-0.0) == "-0.00"
    assert two_places(0.0) == "0.00"

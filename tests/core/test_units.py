"""Sizes and durations: one parser each, in the public API, with clear errors."""

from __future__ import annotations

import pytest

import ingest
from ingest import parse_duration, parse_size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("1048576", 1048576),
        ("512k", 512 * 1024),
        ("512KB", 512 * 1024),
        ("64M", 64 * 1024**2),
        ("1.5GiB", int(1.5 * 1024**3)),
        (" 2 g ", 2 * 1024**3),
        ("1t", 1024**4),
        ("100b", 100),
    ],
)
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["0", "0k", "inf", "nan", "-5", "-1M", "", "12 parsecs", "1e3", "M", "0.1"])
def test_sizes_that_are_not_limits_are_refused_with_a_hint(text: str) -> None:
    with pytest.raises(ValueError, match="512k, 64M, 2G"):
        parse_size(text)


def test_zero_means_no_limit_only_where_allowed() -> None:
    assert parse_size("0", zero=True) == 0
    assert parse_size("none", zero=True) == 0
    with pytest.raises(ValueError, match="0 for no limit"):
        parse_size("inf", zero=True)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30", 30.0), ("2.5", 2.5), ("500ms", 0.5), ("2m", 120.0), ("1h", 3600.0), ("0", 0.0), ("off", 0.0)],
)
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["nan", "inf", "-1", "", "soon", "1e9"])
def test_durations_that_are_not_limits_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="number of seconds"):
        parse_duration(text)


def test_zero_duration_refused_where_a_limit_is_required() -> None:
    with pytest.raises(ValueError):
        parse_duration("0", zero=False)


def test_one_parser_for_the_core_and_the_plugins() -> None:
    from ingest_builtins.reading import files

    assert files.parse_size is ingest.parse_size
    assert not hasattr(files, "_UNITS")

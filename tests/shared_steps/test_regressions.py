"""Regressions found by running the whole pipeline on hostile and real inputs."""

from __future__ import annotations

import time

from ingest_builtins.metadata.dates import parse_date
from ingest_builtins.metadata.language import detect_language


def test_a_long_run_without_spaces_is_read_in_linear_time():
    started = time.perf_counter()
    assert detect_language("(" * 200_000) is None
    assert time.perf_counter() - started < 5  # was minutes: the address pattern backtracked


def test_dotted_capital_i_months_are_read():
    assert parse_date("29 İyul 2023 09:19") == "2023-07-29T09:19"
    assert parse_date("5 İYUN 2020") == "2020-06-05"

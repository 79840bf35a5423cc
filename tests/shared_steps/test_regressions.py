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


def test_a_long_text_of_one_language_is_read_from_a_few_probes_and_a_mixed_one_whole():
    from ingest_builtins.metadata.language import language_shares

    english = "\n\n".join(
        f"Paragraph {i}: the delegation reaffirmed its commitment to the peaceful settlement of the dispute."
        for i in range(40)
    )
    assert language_shares(english) == {"en": 1.0}
    french = "\n\n".join(
        f"Paragraphe {i} : la délégation a réaffirmé son attachement au règlement pacifique du différend."
        for i in range(20)
    )
    shares = language_shares(french + "\n\n" + english)
    assert set(shares) == {"fr", "en"} and 0.2 < shares["fr"] < 0.6

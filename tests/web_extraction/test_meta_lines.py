"""Lines around an article that say when it was published or how long it reads are told from prose."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.web_page.extraction.meta_lines import is_credit_line, is_share_box, is_time_line


@pytest.mark.parametrize(
    "line",
    [
        "il y a 3 jours · Lecture 2 min.",
        "5 hours ago",
        "Lesezeit: 4 Min.",
        "3 giorni fa",
        "2 min read",
        "3時間前",
        "Estimated read time: 4-5 minutes",
        "2 órája",
    ],
)
def test_how_long_ago_or_how_long_to_read(line: str) -> None:
    assert is_time_line(line)


@pytest.mark.parametrize("line", ["The vote was held 5 hours ago.", "19:58 Uhr", "Minutes of 2024"])
def test_prose_and_clock_times_are_not_time_lines(line: str) -> None:
    assert not is_time_line(line)


def test_share_boxes_name_only_networks() -> None:
    assert is_share_box("Sdílejte článek: Facebook X")
    assert is_share_box("Facebook Twitter WhatsApp")
    assert not is_share_box("Twitter")  # one network without a label: a word of the text
    assert not is_share_box("Note: Facebook closed the account")


def test_credit_lines() -> None:
    assert is_credit_line("Текст: Андрей Лыков")
    assert not is_credit_line("Reporting by Jane Doe")  # a sign-off in words is the copy's own
    assert not is_credit_line("Photo: the river at dawn, taken by the author last year and shared with us.")

"""A crawler's date stamp before the saved text (``date 2021-10-14``) is passed over: the text decides its
format, and the date it prints wins; a page or agency copy printing none takes the stamp's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Record = dict[str, Any]


def test_a_stamp_alone_makes_no_agency_copy_of_a_page(record_of_text: Callable[..., Record]) -> None:
    record = record_of_text(
        " date 2021-10-14 .\n"
        "Ministers to hold talks in the capital\n\n"
        "Ministers to hold talks in the capital\n\n"
        "Published: Updated:\n\n"
        "The two foreign ministers will hold talks in the capital on Thursday, a spokesman said.\n\n"
        "The talks are the first since the embassy reopened in the spring, the spokesman added.\n"
    )
    assert record["format"] == "web-page"
    assert record["title"] == "Ministers to hold talks in the capital"
    assert record["text"].startswith("The two foreign ministers will hold talks")


def test_under_a_stamp_the_printed_date_headline_and_dateline_are_read(
    record_of_text: Callable[..., Record],
) -> None:
    record = record_of_text(
        " date 2016-12-03 07:00 3 December 2016\n"
        "Minister calls for progress in border talks\n"
        "ST. PETERSBURG, Dec. 3, Kyodo\n"
        "The foreign minister met the president on Friday and called for progress in the border talks.\n"
        "He handed over a letter from the prime minister during the meeting, the ministry said.\n"
    )
    assert record["format"] == "news-wire"
    assert (record["title"], record["date"], record["publisher"]) == (
        "Minister calls for progress in border talks",
        "2016-12-03",
        "Kyodo",
    )
    assert record["text"].startswith("The foreign minister met the president on Friday")


def test_a_stamp_with_a_month_only_stands_over_agency_copy(record_of_text: Callable[..., Record]) -> None:
    record = record_of_text(
        " date 2019-05 BERLIN (dpa) - Der Außenminister hat am Montag den Botschafter einbestellt.\n\n"
        "Das Gespräch dauerte eine Stunde, teilte das Ministerium mit.\n"
    )
    assert record["format"] == "news-wire"
    assert record["text"].startswith("Der Außenminister hat am Montag")


def test_a_stamp_above_a_sentence_leaves_its_text_and_dates_it(
    record_of_text: Callable[..., Record],
) -> None:
    record = record_of_text(" date 2025-11-08 The minister's letter was read out to the council on Friday.\n")
    assert record["text"] == "The minister's letter was read out to the council on Friday."
    assert (record["format"], record["date"]) == ("web-page", "2025-11-08")  # a page store's page


def test_a_page_printing_no_date_takes_its_stamp_s(record_of_text: Callable[..., Record]) -> None:
    page = (
        " date 2021-10-14\n"
        "Ministers to hold talks in the capital\n\n"
        "Ministers to hold talks in the capital\n\n"
        "The two foreign ministers will hold talks in the capital on Thursday, a spokesman said.\n"
    )
    record = record_of_text(page)
    assert (record["format"], record["date"]) == ("web-page", "2021-10-14")


def test_the_date_a_page_prints_wins_over_its_stamp(record_of_text: Callable[..., Record]) -> None:
    record = record_of_text(
        " date 2021-10-20\n"
        "Ministers to hold talks in the capital\n"
        "14 October 2021 10:15\n\n"
        "The two foreign ministers will hold talks in the capital on Thursday, a spokesman said.\n"
    )
    assert (record["format"], record["date"]) == ("web-page", "2021-10-14T10:15")

"""web-page: the HTML path's wiring, and which shapes are pages rather than wire copy or plain text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import failures
from ingest_builtins.formats.web_page.plugin import ARTICLE, main_content, page_fields
from ingest_builtins.formats.web_page.stamps import read_timestamp

from ingest import Document

OWN = Path(__file__).parents[2] / "data" / "webtext" / "own"

Runner = Callable[[Path], dict[str, Any]]
TextRunner = Callable[..., dict[str, Any]]


def test_html_page_goes_through_the_engine_and_its_fields_are_copied(record_of: Runner) -> None:
    expect = {
        "format": "web-page",
        "title": "Harbour city opens new tram line",
        "date": "2022-09-14T08:30",
        "authors=": ["Ellen Marsh"],
        "publisher": "Northern Courier",
        "metadata.section": "Transport",
        "language": "en",
    }
    text = {
        "starts_with": "The first trams on the new harbour line carried passengers",
        "ends_with": "the operator said in a statement.",
        "not_contains": [
            "Related stories",
            "Bus fares",
            "All rights reserved",
            "Home",
            "<p>",
            "By Ellen Marsh",
        ],
    }
    assert failures(record_of(OWN / "html-article.html"), expect, text) == []


def test_the_engine_article_stays_available_to_later_steps() -> None:
    html = (OWN / "html-article.html").read_text(encoding="utf-8")
    document = main_content(Document.from_text(html, name="page.html", media_type="text/html"))
    article = document.annotations[ARTICLE]
    assert article.title == "Harbour city opens new tram line"
    assert isinstance(article.explanation, tuple)
    assert page_fields(document).title == "Harbour city opens new tram line"


def test_one_stray_tag_does_not_make_a_text_a_page(record_of_text: TextRunner) -> None:
    text = (
        "<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />\n\n"
        "Minutes of the meeting of the garden club\n\n"
        "The members agreed to plant the new beds in April. The treasurer reported a small surplus.\n"
    )
    record = record_of_text(text, name="minutes.txt")
    assert record["format"] == "plain-text"
    assert record["title"] is None


def test_agency_copy_copied_from_a_site_is_a_page(record_of_text: TextRunner) -> None:
    text = (
        "Oil prices fall as demand outlook weakens\n\n"
        "Oil prices fall as demand outlook weakens\n"
        "Business\n"
        "4 October 2023, 11:20\n\n"
        "LONDON (Reuters) - Oil prices fell on Wednesday as traders worried that high interest rates"
        " would slow demand for fuel in the world's largest economies.\n\n"
        "Brent crude futures were down 1.2 percent by midday.\n\n"
        "Related news\n\nGold steadies after losses\n"
    )
    record = record_of_text(text, name="copied.txt")
    assert record["format"] == "web-page"
    assert record["date"] == "2023-10-04T11:20"
    assert record["metadata"].get("section") == "Business"
    assert record["text"].startswith("LONDON (Reuters) - Oil prices fell on Wednesday")
    assert "Gold steadies" not in record["text"]


def test_wire_copy_with_a_share_label_stays_wire(record_of_text: TextRunner) -> None:
    text = (
        "WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a bill to fund the government"
        " through December, averting a shutdown.\n\nThe House is expected to vote on Wednesday.\n\nShare\n"
    )
    record = record_of_text(text, name="wire.txt")
    assert record["format"] == "news-wire"
    assert record["publisher"] == "Reuters"
    assert "Share" not in record["text"]


def test_a_page_without_a_stamp_gets_no_date_from_its_body(record_of_text: TextRunner) -> None:
    text = (
        "Museum reopens after renovation\n\n"
        "The city museum reopened on 12 March 2021 after two years of work on its roof and galleries.\n\n"
        "Read also\n\nLibrary extends opening hours\n"
    )
    record = record_of_text(text, name="page.txt")
    assert record["format"] == "web-page"
    assert record["title"] == "Museum reopens after renovation"
    assert record["date"] is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("July 29, 2023 09:19", ("2023-07-29T09:19", "")),
        ("26 September 2011 [10:53] - TODAY.AZ", ("2011-09-26T10:53", "TODAY.AZ")),
        ("Published: 3 May 2023 08:45", ("2023-05-03T08:45", "")),
        ("Updated 14:05, 12 March 2024", ("2024-03-12T14:05", "")),
        ("21.06.2022 16:40", ("2022-06-21T16:40", "")),
        ("Tue Dec 30, 2014 9:21am IST", ("2014-12-30T09:21", "")),
        ("12 March 2024", ("2024-03-12", "")),
    ],
)
def test_time_stamp_lines(line: str, stamp: tuple[str, str]) -> None:
    assert read_timestamp(line) == stamp


@pytest.mark.parametrize(
    "line",
    [
        "The parliament ratified the agreement on 5 May 2019 in Budapest.",
        "Baku, 2 April 2020",
        "Version 2.0, January 2004",
    ],
)
def test_lines_that_are_not_time_stamps(line: str) -> None:
    assert read_timestamp(line) is None


def test_section_and_stamp_on_one_line(record_of_text: TextRunner) -> None:
    text = (
        "Tram line to reach the airport by 2026\n\n"
        "Transport | 29 July 2023, 09:19\n\n"
        "The city council approved the extension of the tram line to the airport on Friday, after two years"
        " of planning.\n\nShare\n"
    )
    record = record_of_text(text, name="page.txt")
    assert (record["format"], record["date"]) == ("web-page", "2023-07-29T09:19")
    assert record["metadata"]["section"] == "Transport"
    assert record["text"].startswith("The city council approved")


def test_a_memo_with_a_date_under_its_title_is_not_taken_for_a_page(record_of_text: TextRunner) -> None:
    text = (
        "Minutes of the committee\n\n4 March 2021\n\nThe committee met in the hall and agreed the budget.\n"
    )
    record = record_of_text(text, name="memo.txt")
    assert record["format"] == "plain-text"
    assert (record["title"], record["date"]) == (None, None)


@pytest.mark.parametrize(
    ("first", "publisher"), [("Parliament passes budget | News.Az", "News.Az"),
                             ("Parliament passes budget - The Daily Courier", "The Daily Courier")]
)  # fmt: skip
def test_browser_title_with_the_site_name_above_the_headline(
    record_of_text: TextRunner, first: str, publisher: str
) -> None:
    text = (
        f"{first}\n\nParliament passes budget\n\n"
        "The parliament passed the budget on Friday after a long debate in the chamber.\n\nShare\n"
    )
    record = record_of_text(text, name="page.txt")
    assert (record["format"], record["title"], record["publisher"]) == (
        "web-page",
        "Parliament passes budget",
        publisher,
    )
    assert record["text"] == "The parliament passed the budget on Friday after a long debate in the chamber."
    assert record["metadata"].get("section") is None


def test_menu_lines_are_not_a_section_and_a_byline_beside_the_stamp_is_read(
    record_of_text: TextRunner,
) -> None:
    text = (
        "Home\nNews\nPolitics\nEconomy\nSport\n\nParliament passes budget for next year\n\n"
        "By Jane Doe | 12 March 2024 10:15\n\n"
        "The parliament passed the budget on Friday after a long debate.\n\nShare\n"
    )
    record = record_of_text(text, name="page.txt")
    assert (record["title"], record["date"], record["authors"]) == (
        "Parliament passes budget for next year",
        "2024-03-12T10:15",
        ["Jane Doe"],
    )
    assert record["metadata"].get("section") is None
    assert record["text"] == "The parliament passed the budget on Friday after a long debate."


def test_a_last_sentence_mentioning_latest_news_is_kept(record_of_text: TextRunner) -> None:
    text = (
        "Minister resigns after two years in office\n\nMinister resigns after two years in office\n\n"
        "The minister of transport resigned on Monday, two years after taking office.\n\n"
        "His spokesman declined to comment on the latest news.\n\nShare\n"
    )
    record = record_of_text(text, name="page.txt")
    assert record["text"].endswith("His spokesman declined to comment on the latest news.")

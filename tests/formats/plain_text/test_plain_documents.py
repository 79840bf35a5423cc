"""plain-text: the fallback states only what the text states explicitly, and keeps its text clean."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import failures
from ingest_builtins.formats.articles.paragraphs import rebuild_paragraphs, split_flattened

DATA = Path(__file__).parents[2] / "data" / "plain"
OWN = DATA / "own"

Expected = tuple[dict[str, Any], dict[str, Any]]
Runner = Callable[[Path], dict[str, Any]]

NOTHING = {"date": None, "authors": None, "publisher": None}

SHARED: dict[str, Expected] = {
    "pt-azernews-scraper-readme.md": (
        {"format": "plain-text", **NOTHING, "language": "en"},
        {
            "contains": [
                "This project involves building a complete pipeline to scrape news articles from the Azernews"
            ],
            "ends_with": "data scraping, processing, API development, and user-facing presentation.",
        },
    ),
    "pt-cookbook-peach-cobbler-recipe.md": (
        {"format": "plain-text", "title": "Peach Cobbler", "date": None, "publisher": None, "language": "en"},
        {
            "contains": [
                "Preheat oven to 350°F.",
                "Pour the batter evenly over the melted butter in the pan.",
            ],
            "ends_with": "especially for sweeter or less ripe peaches.",
            "not_contains": ["**", "prep_time:", 'type: "recipes"'],
        },
    ),
    "pt-goose-apache-license-2.0.txt": (
        {
            "format": "plain-text",
            "title~": "Apache License",
            "date": "2004-01",
            "authors": None,
            "publisher": None,
        },
        {
            "contains": [
                "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
                '"Licensor" shall mean the copyright owner or entity authorized by the copyright owner',
            ],
            "ends_with": "limitations under the License.",
        },
    ),
    # A scraper's JSON record is data, not copy as it arrived: no fields read out of it, text as it is.
    "nw-azernews-conflict0-armenia-registration.json": (
        {"format": "plain-text", "title": None, **NOTHING},
        {"starts_with": "{", "contains": ['"publish_date": "18 July 2025 11:18 (UTC+04:00)"']},
    ),
    "nw-azernews-nation3-aliyev-belgium.json": (
        {"format": "plain-text", "title": None, **NOTHING},
        {"starts_with": "{", "ends_with": "}"},
    ),
}

OWN_DOCUMENTS: dict[str, Expected] = {
    "project-notes.md": (
        {"format": "plain-text", "title": None, **NOTHING},
        {
            "starts_with": "Project notes",
            "contains": ["- Install the requirements first.\n- Then run the main script."],
        },
    ),
    "heading-readme.md": (
        {"format": "plain-text", "title": "Weather Station Logger", **NOTHING},
        {"contains": ["writes them to a CSV file every ten minutes."], "not_contains": ["#", "**", "`"]},
    ),
    "recipe-front-matter.md": (
        {
            "format": "plain-text",
            "title": "Lentil Soup",
            "date": "2020-11-02",
            "authors=": ["Maria Lopez"],
            "publisher": None,
        },
        {"starts_with": "Ingredients", "not_contains": ["servings:", "---", "##"]},
    ),
    "mit-license.txt": (
        {"format": "plain-text", "title": None, **NOTHING},
        {
            "starts_with": "MIT License",
            "contains": [
                "Permission is hereby granted, free of charge, to any person obtaining a copy of this"
            ],
            "max_line_breaks_inside_sentences": 0,
        },
    ),
    "header-block-notes.txt": (
        {
            "format": "plain-text",
            "title": "Minutes of the allotment committee",
            "date": "2021-03-04",
            "authors=": ["Sam Lee"],
        },
        {
            "starts_with": "The committee met in the village hall.",
            "not_contains": ["Title:", "Date:", "Author:"],
        },
    ),
    "verse-lines.txt": (
        {"format": "plain-text", "title": None, **NOTHING},
        {"contains": ["The road goes down to the river,\nThe river goes down to the sea,"]},
    ),
    "wrapped-essay.txt": (
        {"format": "plain-text", "title": "ON WINTER ROADS", **NOTHING},
        {
            "contains": ["closed for weeks in winter, and the villages along them depend"],
            "max_line_breaks_inside_sentences": 0,
        },
    ),
    "blog-quoting-reuters.txt": (
        {"format": "plain-text", "title": None, **NOTHING},
        {"contains": ['"MOSCOW (Reuters) - Oil prices fell"', "On 12 May 2020 I deleted the news apps"]},
    ),
    "scrape-record.json": (
        {"format": "plain-text", "title": None, **NOTHING},
        {"contains": ['"content": [']},
    ),
}


@pytest.mark.parametrize("name", sorted(SHARED))
def test_shared_plain_texts(record_of: Runner, name: str) -> None:
    expect, text = SHARED[name]
    assert failures(record_of(DATA / name), expect, text) == []


@pytest.mark.parametrize("name", sorted(OWN_DOCUMENTS))
def test_own_plain_texts(record_of: Runner, name: str) -> None:
    expect, text = OWN_DOCUMENTS[name]
    assert failures(record_of(OWN / name), expect, text) == []


def test_wrapped_lines_are_joined_and_lists_kept() -> None:
    text = "The quick brown fox jumps over the lazy dog and\nruns away into the woods.\n\n- one\n- two\n"
    assert rebuild_paragraphs(text) == (
        "The quick brown fox jumps over the lazy dog and runs away into the woods.\n\n- one\n- two"
    )


def test_end_of_line_hyphen_keeps_the_hyphen_and_drops_the_space() -> None:
    assert rebuild_paragraphs("a long-standing and well-\nknown rule of the road") == (
        "a long-standing and well-known rule of the road"
    )


def test_lines_that_are_paragraphs_stay_paragraphs() -> None:
    long_one = "This line is a whole paragraph of its own and runs on well past any wrap width, " * 2
    text = f"{long_one.strip()}.\nA second paragraph follows on the next line."
    assert rebuild_paragraphs(text).count("\n\n") == 1


def test_flattened_paragraph_breaks_are_restored() -> None:
    text = "First paragraph ends here.  Second one starts here and is long enough. " * 4
    assert split_flattened(text).count("\n\n") >= 3
    assert split_flattened("One line with a short gap.  Here.") == "One line with a short gap.  Here."


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("(* A provisional translation, for reference only, of the text in the original language.)\n\n"
         "Press conference by the minister\n\nDate: Wednesday, September 26, 2007, 4:07 p.m.\n"
         "Place: Briefing Room\n\n" + "Word " * 30, "2007-09-26T16:07"),
        ("Minister receives a call\n\nSeptember 15, 2012\n\n" + "Word " * 30, None),
        ("The minister spoke for an hour about the talks and the plans of the ministry for the year.\n\n"
         "Date: 5 April 2005\n\n" + "Word " * 30, None),
    ],
)  # fmt: skip
def test_a_labelled_date_line_under_the_title_is_the_date_and_a_bare_or_later_one_is_not(
    record_of_text: Callable[..., dict[str, Any]], text: str, date: str | None
) -> None:
    assert record_of_text(text)["date"] == date


def test_front_matter_names_the_date_under_a_key_of_its_own(
    record_of_text: Callable[..., dict[str, Any]],
) -> None:
    record = record_of_text(
        "---\ndoc_date: '1948-02-13'\nupdated_date: '2020-01-01'\n---\n\nThe text.\n", "a.md"
    )
    assert record["date"] == "1948-02-13"

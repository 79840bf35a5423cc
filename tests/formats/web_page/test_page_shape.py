"""web-page by its shape: a headline over the story and lines around it that belong to no text, in any
language; a statement, minutes or a UN document's summary keep plain text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.web_page.page_shape import stray_lines

TextRunner = Callable[..., dict[str, Any]]

HEADLINE = "Harbour pilots vote to strike over the new shift rules"
LEAD = (
    "The harbour pilots' union voted on Tuesday to strike next month over the new shift rules, its leader"
    " said after the vote in the union's hall."
)
MORE = "The port authority said it would keep talking with the union until the last day of the month."


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("", "573\n"),  # a view counter under the story
        ("Siasa\n", "Maoni ya wasomaji\n"),  # labels in words no table need hold, one above the headline
        ("", "12.05.2024 14:20\n"),  # a time stamp under the story
        ("", "Google + Share On Whatsapp\n"),  # a social network's buttons under the story
    ],
)
def test_a_headline_over_the_story_and_a_stray_line_make_a_page(
    record_of_text: TextRunner, above: str, below: str
) -> None:
    text = f"{above}{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\n{below}"
    record = record_of_text(text, name="page.txt")
    assert (record["format"], record["title"]) == ("web-page", HEADLINE)
    assert below.strip() in stray_lines(text)


@pytest.mark.parametrize(
    "text",
    [
        # A statement: its heading, the place and date, the text.
        f"Statement by the Ministry of Foreign Affairs on the harbour strike\n\nPort City, 2 March 2026\n\n"
        f"{LEAD}\n",
        # Minutes: a header block of fields, a closing line.
        f"Harbour Pilots' Association committee meeting\nPresent: A. Roe, B. Poe\nApologies: C. Doe\n\n"
        f"{LEAD}\n\nMinutes taken by B. Poe\n",
        # A speech: a line of address.
        f"Remarks at the opening of the harbour season\n\nMr. President,\n\n{LEAD}\n\nThank you\n",
        # A UN document's summary under its symbol.
        f"Meetings Coverage and Press Releases\nSC/16342\n30 April 2026\nSecurity Council\n\n{LEAD}\n",
    ],
)
def test_a_statement_minutes_a_speech_or_a_summary_have_no_page_shape(text: str) -> None:
    assert stray_lines(text) == []


def test_a_story_with_nothing_around_it_has_no_page_shape() -> None:
    assert stray_lines(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n") == []


@pytest.mark.parametrize(
    "below", ["John Smith\nDirector\nAcme Corporation", "milk\neggs\nbread", "Cheers\nBob", "========="]
)
def test_short_lines_only_under_a_titled_text_are_its_own(below: str) -> None:
    assert stray_lines(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\n{below}\n") == []


def test_a_numbered_heading_in_japanese_is_a_texts_own() -> None:
    lead = "本日の閣議では、来年度の予算案について議論が行われ、各大臣から説明がありました。"
    text = f"内閣官房長官記者会見\n\n1.冒頭発言\n\n{lead}\n\n{lead}\n"
    assert "1.冒頭発言" not in stray_lines(text)


def test_a_standfirst_over_the_stamp_over_short_paragraphs(record_of_text: TextRunner) -> None:
    text = (
        "Klart: Inget OS i Haninge eller Botkyrka\n\nNy blågröna majoriteten säger nej till OS.\n"
        " • Publicerad 13:39, 12 okt 2018\n\n"
        "Klockan 12.30 på fredagen kallade de fyra partierna till en pressträff i det stora stadshuset i"
        " Stockholm.\n"
    )
    record = record_of_text(text, name="page.txt")
    assert (record["format"], record["date"]) == ("web-page", "2018-10-12T13:39")


def test_a_page_stores_stamp_over_a_story_makes_a_page(record_of_text: TextRunner) -> None:
    record = record_of_text(f" date 2024-09-15 {HEADLINE}\n\n{LEAD}\n\n{MORE}\n", name="saved.txt")
    assert record["format"] == "web-page"


def test_a_dateline_is_no_pages_headline(record_of_text: TextRunner) -> None:
    text = f" date 2025-10-15\nMADRID 15 Oct. (EUROPA PRESS) -\n\n{LEAD}\n\n{MORE}\n"
    assert record_of_text(text, name="saved.txt")["title"] != "MADRID 15 Oct. (EUROPA PRESS) -"


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("Sofia 24 °C, Plovdiv 23 °C, Varna 22 °C, Burgas 21 °C - clear sky over the whole country", True),
        (
            "Temperatures reached 24 °C in Sofia, 23 °C in Plovdiv and 22 °C in Varna on Monday, it said.",
            False,
        ),
    ],
)
def test_a_row_of_cities_temperatures_is_a_weather_widget(line: str, widget: bool) -> None:
    from ingest_builtins.formats.web_page.page_lines import is_weather_line

    assert is_weather_line(line) is widget

"""Agency copy in forms beyond the first agencies': the agency before the place, a date line above the
headline, bylines in other languages and in capitals, the agency's name and desk codes closing the copy.

The stories are written here from the agencies' conventions; they copy no story.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.articles.tail import parse_tail
from ingest_builtins.formats.news_wire.head import parse_head

Record = dict[str, Any]

BODY = "The council approved the budget on Tuesday after a long debate.\n\nIt takes effect next year."


@pytest.mark.parametrize(
    ("top", "place", "agency"),
    [
        ("(ANSA) - ROMA, 12 MAR - ", "Roma", "ANSA"),
        ("(ANSA) - Rome, March 12 - ", "Rome", "ANSA"),
    ],
)
def test_the_place_may_follow_the_agency(top: str, place: str, agency: str) -> None:
    head = parse_head(top + BODY)
    assert (head.place, head.agency) == (place, agency)
    assert (top + BODY)[head.body_start :].startswith("The council approved")


def test_a_date_line_and_a_note_may_stand_above_the_headline() -> None:
    text = (
        "12.03.2024, 14:05 Uhr\n\nCouncil approves the budget\n\nVon Anna Schmidt, dpa\n\n"
        f"Berlin (dpa) - {BODY}"
    )
    head = parse_head(text)
    assert head.date == "2024-03-12T14:05"
    assert head.title == "Council approves the budget"
    assert head.authors == ["Anna Schmidt"]
    assert (head.place, head.agency) == ("Berlin", "dpa")
    note = "EDITOR'S NOTE: This story has been corrected.\n\nCouncil approves the budget\n\n"
    head = parse_head(note + "By JANE ROE Associated Press\n\nMOSCOW (AP) — " + BODY)
    assert head.title == "Council approves the budget"
    assert head.authors == ["Jane Roe"]
    assert head.agency == "Associated Press"


@pytest.mark.parametrize(
    ("closing", "agency"),
    [
        ("\n\n-- BERNAMA", "Bernama"),
        ("\n\nPTI ABC RDK RT", "PTI"),
        ("\n\ndpa as xx yy", "dpa"),
        (" (ANSA).\n\n     YK5-MRG", "ANSA"),
    ],
)
def test_the_agency_and_desk_codes_closing_the_copy_are_cut(closing: str, agency: str) -> None:
    tail = parse_tail(BODY + closing)
    assert (BODY + closing)[: tail.body_end] == BODY
    assert tail.agency == agency


def test_a_last_sentence_naming_an_agency_stays() -> None:
    text = BODY + "\n\nThe figures were first reported by Reuters."
    assert parse_tail(text).body_end == len(text)


def test_agency_copy_under_a_date_line_is_wire_copy(record_of_text: Callable[..., Record]) -> None:
    record = record_of_text(
        "12.03.2024, 14:05 Uhr\n\nCouncil approves the budget\n\nVon Anna Schmidt, dpa\n\n"
        f"Berlin (dpa) - {BODY}\n\ndpa as xx yy\n"
    )
    assert record["format"] == "news-wire"
    assert record["publisher"] == "dpa" and record["authors"] == ["Anna Schmidt"]
    assert record["text"].startswith("The council approved") and record["text"].endswith("next year.")


def test_an_unbracketed_agency_after_the_date_is_a_dateline() -> None:
    text = f"TOKYO, March 3 Kyodo - {BODY}\n\n==Kyodo"
    head = parse_head(text)
    assert (head.place, head.agency) == ("Tokyo", "Kyodo")
    assert text[head.body_start :].startswith("The council approved")
    assert parse_tail(text[head.body_start :]).agency == "Kyodo"


def test_a_byline_with_a_bar_and_date_then_the_place_alone() -> None:
    text = f"Council approves the budget\n\nJane Roe   |03.03.2024 - Update : 03.03.2024\n\nANKARA\n\n{BODY}"
    head = parse_head(text)
    assert head.title == "Council approves the budget"
    assert head.authors == ["Jane Roe"] and head.date == "2024-03-03"
    assert head.place == "Ankara"
    assert text[head.body_start :].startswith("The council approved")


def test_a_capitalised_line_under_a_headline_alone_is_no_place() -> None:
    text = f"Council approves the budget\n\nBREAKING\n\n{BODY}"
    assert parse_head(text).place is None


def test_desk_slugs_after_the_agency_are_cut() -> None:
    text = BODY + "\n\n--IANS abc/xyz"
    tail = parse_tail(text)
    assert text[: tail.body_end] == BODY and tail.agency == "IANS"


@pytest.mark.parametrize(
    "line",
    [
        "La periodista de AP Ana Martínez contribuyó a este despacho.",
        "O repórter João Silva contribuiu para esta reportagem.",
        "Le journaliste Paul Roe a contribué à cet article.",
    ],
)
def test_contributor_lines_in_other_languages_are_cut(line: str) -> None:
    text = f"{BODY}\n\n___\n\n{line}"
    assert text[: parse_tail(text).body_end] == BODY


@pytest.mark.parametrize(
    "closing",
    [
        "Pewarta: Budi Santoso\nEditor: Rahmad Nasution",
        "Pewarta: Budi Santoso Editor: Rahmad Nasution COPYRIGHT © ANTARA 2023",
    ],
)
def test_labelled_reporter_lines_at_the_end_give_authors_editors_do_not(closing: str) -> None:
    text = f"{BODY}\n\n{closing}"
    tail = parse_tail(text)
    assert text[: tail.body_end] == BODY
    assert tail.authors == ["Budi Santoso"]


def test_an_agency_role_before_the_names_is_no_name() -> None:
    head = parse_head(
        f"Young farmers return\n\nby Xinhua writers Li Wei, Zhang Min\n\nKUNMING, March 1 (Xinhua) -- {BODY}"
    )
    assert head.authors == ["Li Wei", "Zhang Min"] and head.agency == "Xinhua"


def test_two_names_in_capitals_before_the_agency() -> None:
    head = parse_head(f"By JOHN DOE and JANE ROE Associated Press\n\nNAIROBI, Kenya (AP) — {BODY}")
    assert head.authors == ["John Doe", "Jane Roe"] and head.agency == "Associated Press"


def test_a_french_credit_line_names_reporter_and_writer_not_editor() -> None:
    text = f"{BODY}\n\n(Reportage Marie Dubois, rédigé par Paul Martin, édité par Sophie Leroy)"
    tail = parse_tail(text)
    assert text[: tail.body_end] == BODY
    assert tail.authors == ["Marie Dubois", "Paul Martin"]


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("(Bericht von Anna Weber und Jonas Keller, redigiert von Petra Lang. Bei Rückfragen wenden Sie sich "
         "bitte an unsere Redaktion unter desk@example.com (für Politik) oder d2@example.com (für Märkte).)",
         ["Anna Weber", "Jonas Keller"]),
        ("(Reporte de Lucía Gómez; editado en español por Raúl Pérez)", ["Lucía Gómez"]),
        ("(Reportagem de Joana Silva; Edição de Pedro Costa)", ["Joana Silva"]),
    ],
)  # fmt: skip
def test_german_spanish_and_portuguese_credit_lines_name_reporters_not_editors(
    credit: str, authors: list[str]
) -> None:
    tail = parse_tail(f"{BODY}\n\n{credit}")
    assert tail.body_end == len(BODY)
    assert tail.authors == authors


def test_a_spanish_agency_dateline_may_give_the_day_of_the_month_alone() -> None:
    text = f"Council approves the budget\n\nMADRID, 14 (EUROPA PRESS)\n\n{BODY}"
    head = parse_head(text)
    assert (head.place, head.agency, head.date) == ("Madrid", "Europa Press", None)
    assert text[head.body_start :].lstrip().startswith("The council approved")


@pytest.mark.parametrize(
    ("top", "place", "agency", "when"),
    [
        # Capitals with accents, and a hyphen against the place.
        ("HÀ NỘI – ", "Hà Nội", None, None),
        ("HÀ NỘI — ", "Hà Nội", None, None),
        # A place in mixed case and the day before a dash, no agency.
        ("Pechino, 3 mag. - ", "Pechino", None, "3 mag."),
        ("New York, 6. junija - ", "New York", None, "6. junija"),
        # The day after the agency's bracket.
        ("Vientiane (KPL), May 19 – ", "Vientiane", "KPL", "May 19"),
        # TASS's slashes spaced by a site, RIA Novosti's and Sputnik's name after the dash.
        ("SOFIA, April 29. / TASS /. ", "Sofia", "TASS", "April 29"),
        ("АСТАНА, 9 фев - Sputnik. ", "Астана", "Sputnik", "9 фев"),
        ("МОСКВА, 9 фев — РИА Новости. ", "Москва", "RIA Novosti", "9 фев"),
        # National agencies by name, in the table.
        ("Windhoek, 3 March (NAMPA) - ", "Windhoek", "NAMPA", "3 March"),
        ("Kabul (Pajhwok) - ", "Kabul", "Pajhwok", None),
        # Copy carried from another agency, the second by initials not in the table.
        ("Abu Dhabi [UAE], October 21 (ANI/WAM): ", "Abu Dhabi", "WAM", "October 21"),
    ],
)
def test_datelines_in_more_scripts_and_orders(
    top: str, place: str, agency: str | None, when: str | None
) -> None:
    head = parse_head(top + BODY)
    assert (head.place, head.agency, "dateline" in head.found) == (place, agency, True)
    assert (top + BODY)[head.body_start :] == BODY


def test_a_place_and_date_over_a_line_of_address_open_a_speech(record_of_text: Callable[..., Record]) -> None:
    text = (
        "GENÈVE, LE 25 FÉVRIER 2019\n\nMonsieur le Président,\n\nMesdames et Messieurs,\n\n"
        "Je voudrais vous remercier de votre invitation à cette session.\n"
    )
    assert record_of_text(text, name="speech.txt")["format"] == "plain-text"


def test_a_title_in_capitals_before_a_spaced_hyphen_is_no_dateline() -> None:
    head = parse_head("GLOSSARY - DIPLOMATIC CORRESPONDENCE (FR > EN)\n\n" + BODY)
    assert "dateline" not in head.found


LONG_LEAD = (
    "The council approved the budget on Tuesday after a long debate in which the opposition asked for more"
    " money for the harbour and the schools.\n\nIt takes effect next year."
)


@pytest.mark.parametrize(
    ("top", "place", "agency"),
    [
        ("CIUDAD DE MÉXICO/AP\n", "Ciudad de México", "Associated Press"),
        ("STT\n\n", None, "STT"),  # the agency's credit right over the lead
    ],
)
def test_a_place_and_a_dash_or_the_agency_alone_over_a_lead(
    top: str, place: str | None, agency: str | None
) -> None:
    head = parse_head(top + LONG_LEAD)
    assert (head.place, head.agency) == (place, agency)
    assert (top + LONG_LEAD)[head.body_start :] == LONG_LEAD


@pytest.mark.parametrize(
    "top",
    [
        "Introduction - ",
        "Geneva - ",  # a place and a dash alone, no day and no agency: a speech's or a note's opening too
        "Installation - ",
        "CEO - ",
        "Dear John, 5 May - ",
        "Minutes, 3 May 2021 - ",
        "WARNING- ",
        "Annual General Meeting (AGM), 5 May - ",
    ],
)
def test_a_heading_a_salutation_or_a_flag_before_a_dash_is_no_dateline(top: str) -> None:
    assert "dateline" not in parse_head(top + LONG_LEAD).found


def test_a_dateline_over_a_lead_hard_wrapped_after_a_comma_is_agency_copy(
    record_of_text: Callable[..., Record],
) -> None:
    text = (
        "KUALA LUMPUR, Feb 22 — The government said on Monday that,\nafter a long review of the rules,"
        " it would change the way\nforeign workers are hired from next month.\n"
    )
    assert record_of_text(text)["format"] == "news-wire"


def test_a_place_in_capitals_before_a_colon_opens_known_agency_copy(
    record_of_text: Callable[..., Record],
) -> None:
    text = f"KUALA LUMPUR: {LONG_LEAD} -- BERNAMA\n"
    record = record_of_text(text)
    assert record["format"] == "news-wire"
    assert (
        record["text"].startswith("The council approved") and record["metadata"]["dateline"] == "Kuala Lumpur"
    )


def test_a_speaker_s_label_before_a_colon_is_no_evidence_of_agency_copy(
    record_of_text: Callable[..., Record],
) -> None:
    record = record_of_text(f"PRESIDENT: {LONG_LEAD}\n")
    # (it may read as a story copied alone, a page's: never agency copy, the label kept)
    assert record["format"] != "news-wire" and record["text"].startswith("PRESIDENT:")

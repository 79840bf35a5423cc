"""Agency copy taken from a feed with the wire system's lines: message numbers and routing codes above the
headline, a deck under it, datelines in Hungarian, Romanian and Arabic copy, and closing codes, stamps,
end words, desk initials and credits in brackets.

The stories are written here from the agencies' conventions; they copy no story.
"""

from __future__ import annotations

import pytest
from ingest_builtins.formats.articles.tail import parse_tail
from ingest_builtins.formats.news_wire.head import parse_head

LEAD = "The council approved the budget on Tuesday after a long debate.\n\nIt takes effect next year."


def test_routing_lines_and_a_deck_above_the_dateline() -> None:
    top = (
        "ZCZC0312/SXR\nXPP99000000012_SXR_QBKB\nR ECO S0B QBKB\n\n"
        "Porti: via libera al piano per i fondali\nCinque cantieri entro il 2027\n\n"
        "(ANSA) - GENOVA, 4 GIU - "
    )
    head = parse_head(top + LEAD)
    assert head.title == "Porti: via libera al piano per i fondali"
    assert (head.agency, head.place) == ("ANSA", "Genova")
    assert (top + LEAD)[head.body_start :].startswith("The council approved")


def test_a_message_number_line_gives_the_date_and_a_marked_deck_is_passed_over() -> None:
    top = (
        "APA0117    3 II  0233                          Do, 04.Jun 2026\n\n"
        "Politik/Gemeinden/Niederösterreich\n\n"
        "Gemeinden erhalten mehr Geld für Kindergärten\n"
        "Utl.: Land stockt Förderung auf - \n      Bürgermeister zufrieden =\n\n"
        "St. Pölten (APA) - "
    )
    head = parse_head(top + LEAD)
    assert head.title == "Gemeinden erhalten mehr Geld für Kindergärten"
    assert (head.date, head.agency, head.place) == ("2026-06-04", "APA", "St. Pölten")
    assert (top + LEAD)[head.body_start :].startswith("The council approved")


@pytest.mark.parametrize(
    ("dateline", "agency", "place", "date"),
    [
        ("Debrecen, 2026. június 4., csütörtök (MTI) – ", "MTI", "Debrecen", "2026-06-04"),
        ("Cluj-Napoca, 4 iun /AGERPRES/ - ", "Agerpres", "Cluj-Napoca", None),
        ("القاهرة (أ ش أ) - ", "MENA", "القاهرة", None),
    ],
)
def test_datelines_of_more_agencies(dateline: str, agency: str, place: str, date: str | None) -> None:
    text = "A headline of the story written for the test\n\n" + dateline + LEAD
    head = parse_head(text)
    assert (head.agency, head.place, head.date) == (agency, place, date)
    assert text[head.body_start :].startswith("The council approved")


@pytest.mark.parametrize(
    "closing",
    [
        "Y7Q-ABC/\nS0B QBKB\n04-JUN-26 17:02\nNNNN",
        "(Schluss) mer/ste\n\n041702 Jun 26",
        "ved lom",
        "ا ب/ج د",
    ],
)
def test_the_wire_system_s_closing_lines_are_peeled_off(closing: str) -> None:
    body = LEAD + "\n\n" + closing
    assert body[: parse_tail(body).body_end] == LEAD


def test_an_agency_s_credits_in_brackets_name_the_author_not_the_editors() -> None:
    body = LEAD + "\n\nAGERPRES/(A - autor: Ioana Marin, editor: Radu Pop)"
    tail = parse_tail(body)
    assert body[: tail.body_end] == LEAD
    assert (tail.agency, tail.authors) == ("Agerpres", ["Ioana Marin"])


def test_an_additional_reporter_is_an_author_without_the_place_he_filed_from() -> None:
    body = LEAD + "\n\n(Reporte de Ana Ruiz; reporte adicional de Luis Mora en Lima; editado por Eva Gil)"
    tail = parse_tail(body)
    assert body[: tail.body_end] == LEAD
    assert tail.authors == ["Ana Ruiz", "Luis Mora"]


@pytest.mark.parametrize(
    ("top", "agency", "place"),
    [
        ("Ulaanbaatar, June 4 (MONTSAME). ", "Montsame", "Ulaanbaatar"),
        ("Porto-Novo, 4 juin 2026 (XYZP) - ", "XYZP", "Porto-Novo"),  # an agency not in the table
        ("صلالة في 4 يونيو /العمانية/ ", "Oman News Agency", "صلالة"),
    ],
)
def test_datelines_closed_by_a_full_stop_or_naming_an_agency_not_in_the_table(
    top: str, agency: str, place: str
) -> None:
    text = "A headline of the story written for the test\n\n" + top + LEAD
    head = parse_head(text)
    assert (head.agency, head.place) == (agency, place)
    assert text[head.body_start :].startswith("The council approved")


@pytest.mark.parametrize(
    "flag", ["URGENT", "FLASH", "EILMELDUNG", "CORRECTIE: In een eerdere versie stond een fout."]
)
def test_a_priority_flag_or_a_correction_above_the_headline(flag: str) -> None:
    text = (
        f"{flag}\n\nA headline of the story written for the test\n\nKUALA LUMPUR, June 4 (Bernama) -- {LEAD}"
    )
    head = parse_head(text)
    assert head.title == "A headline of the story written for the test"
    assert head.agency == "Bernama"


def test_a_byline_with_the_initial_glued_to_the_name() -> None:
    text = (
        "A headline of the story written for the test\n\nBy Ts.Nomin\n\nUlaanbaatar, June 4 (MONTSAME). "
        + LEAD
    )
    assert parse_head(text).authors == ["Ts.Nomin"]


def test_a_russian_author_label_closing_the_copy_names_the_author() -> None:
    body = LEAD + "\n\nАвтор: Айгерим Сейткали"
    tail = parse_tail(body)
    assert body[: tail.body_end] == LEAD
    assert tail.authors == ["Айгерим Сейткали"]


def test_an_agency_s_sign_off_closing_the_copy_is_found_without_reading_the_whole_tail() -> None:
    from ingest_builtins.formats.articles.tail import closing_agency

    assert closing_agency(LEAD + "\n\n/ritzau/") == "Ritzau"
    assert closing_agency(LEAD + "\n\n-- BERNAMA") == "Bernama"
    assert closing_agency(LEAD) is None


@pytest.mark.parametrize(
    ("top", "agency", "date"),
    [
        ("КАБАР  |  04.06.2026  14:05  |  Общество\n\n", "Kabar", "2026-06-04T14:05"),
        ("NTB – torsdag 4. juni 2026 kl. 10.42\n\n", "NTB", "2026-06-04T10:42"),
    ],
)
def test_an_agency_s_date_line_above_the_headline(top: str, agency: str, date: str) -> None:
    text = top + "A headline of the story written for the test\n\nOslo (NTB): " + LEAD
    head = parse_head(text)
    assert (head.agency, head.date) == (agency, date)
    assert text[head.body_start :].startswith("The council approved")


def test_datelines_with_a_weekday_or_an_ordinal_day() -> None:
    for dateline, date in (
        ("NAIROBI, Thursday, June 4, 2026 (Kenya News Agency) — ", "2026-06-04"),
        ("ABU DHABI, 4th June, 2026 (WAM) -- ", "2026-06-04"),
    ):
        head = parse_head("A headline of the story written for the test\n\n" + dateline + LEAD)
        assert head.date == date


def test_a_headline_wrapped_onto_a_second_line_under_a_bulletin_s_masthead() -> None:
    text = (
        "AGENCE DE PRESSE SÉNÉGALAISE          BULLETIN QUOTIDIEN N° 11 300\n"
        "                                      Jeudi 4 juin 2026\n\nÉCONOMIE\n\n"
        "Le port de Dakar ouvre un nouveau terminal pour\nles conteneurs frigorifiques\n\n"
        "Dakar, 4 juin (APS) – " + LEAD
    )
    head = parse_head(text)
    assert head.title == "Le port de Dakar ouvre un nouveau terminal pour les conteneurs frigorifiques"
    assert (head.agency, head.date) == ("APS", "2026-06-04")


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("(FIN) JCC/MAO", []),
        ("WAM/Rola Haddad/Omar Said", []),
        ("Minh Đức (TTXVN)", ["Minh Đức"]),
        ("Page 3/12", []),
    ],
)
def test_more_closing_lines(closing: str, authors: list[str]) -> None:
    body = LEAD + "\n\n" + closing
    tail = parse_tail(body)
    assert body[: tail.body_end] == LEAD
    assert tail.authors == authors

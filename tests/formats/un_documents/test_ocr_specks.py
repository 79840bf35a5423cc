"""Scanned UN documents: specks read as letters or signs around a title, an annex heading and a job number.

The lines are written here in the shapes Tesseract gives a degraded scan (``e``, ``ae``, ``E`` or ``:`` on a
line of their own or at a line's end); they copy no document.
"""

from __future__ import annotations

import pytest
from ingest_builtins.formats.un_documents.furniture import is_furniture
from ingest_builtins.formats.un_documents.layout import ANNEX_HEADING, read_layout
from ingest_builtins.formats.un_documents.titles import is_title_debris, parse_title

BODY = (
    "I have the honour to transmit herewith the text of the declaration adopted by the seminar held at "
    "Dhaka from 2 to 5 May 1989.\n\n"
    "I should be grateful if you would have the present letter circulated as a document of the Council.\n\n"
    "(Signed) Rashid KABIR\nPermanent Representative\n"
)


@pytest.mark.parametrize("line", ["e", "ae", "E", ":", "‘", "ee", " i "])
def test_specks_on_a_line_of_their_own_are_debris(line: str) -> None:
    assert is_title_debris(line)


@pytest.mark.parametrize("line", ["to", "of", "the", "I", "II", "a.", "附件", "12", "UN"])
def test_short_words_numerals_and_other_scripts_are_not(line: str) -> None:
    assert not is_title_debris(line)


@pytest.mark.parametrize(
    "title_lines",
    [
        ["Letter dated 12 May 1989 from the Permanent Representative of", "Bangladesh to the United Nations "
         "addressed to the", "e", "", "Secretary-General"],
        ["Letter dated 12 May 1989 from the Permanent Representative of", "Bangladesh to the United Nations "
         "addressed to the", "", "ae", "", "Secretary-General"],
    ],
)  # fmt: skip
def test_a_title_runs_on_past_specks_between_its_lines(title_lines: list[str]) -> None:
    layout = read_layout("\n".join([*title_lines, "", BODY]), "letter")
    assert layout.title is not None and layout.title.endswith("addressed to the Secretary-General")
    assert layout.text.startswith("I have the honour")


@pytest.mark.parametrize(
    ("title", "addressee"),
    [
        ("Letter dated 20 June 1989 from the Permanent Representative of Laos to the United Nations "
         "addressed to the President of the : Security Council E", "President of the Security Council"),
        ("Note verbale dated 11 October 1988 from the Permanent Mission of Finland to the United Nations "
         "addressed to the ae Seeretary-Generat", "Secretary-General"),
        ("Letter dated 1 May 1990 from the Permanent Representative of Peru to the United Nations addressed "
         "to the SECRETARY-GENERAL", "SECRETARY-GENERAL"),
    ],
)  # fmt: skip
def test_a_title_is_read_without_its_specks(title: str, addressee: str) -> None:
    parsed = parse_title(title)
    assert parsed is not None and parsed.addressee == addressee


@pytest.mark.parametrize("line", ["i ANNEX ee", "ANNEX ee", "ANNEX"])
def test_an_annex_heading_may_stand_among_specks(line: str) -> None:
    assert ANNEX_HEADING.match(line)


def test_a_job_number_whose_hyphen_was_read_as_a_plus_is_furniture() -> None:
    assert is_furniture("89+13208 1440b (E) fave")


def test_agenda_items_are_read_across_specks_between_the_masthead_lines() -> None:
    from ingest_builtins.formats.un_documents.agenda import find_agenda_items

    assert find_agenda_items("Items 33 and 86 of the\n\n@\n\nprovisional agenda*") == ["33", "86"]
    masthead = "Ttems 60; 62.and 69-of the\n\n©\n\n.\n\npreliminary Lists:"
    assert find_agenda_items(masthead) == ["60", "62", "69"]

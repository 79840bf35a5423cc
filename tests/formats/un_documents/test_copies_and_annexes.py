"""UN documents copied from sites and archives, and annexes in more layouts: trailers, site fields, page
numbers by running heads, annex headings and titles that end at a blank line, a place and date or a star.

The documents are written here from the genre's conventions; they copy no document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.un_documents.dates import issue_date
from ingest_builtins.formats.un_documents.furniture import furniture_lines
from ingest_builtins.formats.un_documents.layout import read_layout
from ingest_builtins.formats.un_documents.trailer import find_trailer

Record = dict[str, Any]


def test_buttons_with_a_file_size_between_them_and_related_news_are_a_trailer() -> None:
    lines = [
        "Participants invited other States to join these measures at the next meeting.",
        "Download PDF (212 KB)   Print   Share this page",
        "Facebook   X   LinkedIn",
        "",
        "Related news",
        "Ruritania presents its voluntary national review",
    ]
    assert find_trailer(lines) == 1


@pytest.mark.parametrize(
    "field", ["UN document symbol: A/77/905\n", "\nUN document: A/77/905\n\n", "\nUN Document A/77/905\n\n"]
)
def test_a_document_field_under_the_title_gives_the_symbol(
    record_of_text: Callable[..., Record], field: str
) -> None:
    record = record_of_text(
        "Letter dated 12 May 2023 from the Permanent Representative of Ruritania to the United Nations "
        "addressed to the Secretary-General\n"
        f"{field}"
        "I have the honour to transmit herewith the summary of the dialogue on ocean acidification.\n"
        "I should be grateful if you would have the present letter circulated as a document of the "
        "General Assembly, under agenda item 76.\n"
        "(Signed) Jane Roe\n"
    )
    assert record["metadata"]["symbol"] == ["A/77/905"]
    assert record["text"].startswith("I have the honour")


def test_an_issue_date_in_a_column_of_a_flattened_masthead_is_read() -> None:
    lines = [
        "                                                   A/HRC/58/G/9",
        "United Nations",
        "         General Assembly                          21 February 2025",
        "Human Rights Council",
        "24 February–4 April 2025",
    ]
    assert issue_date(lines) == "2025-02-21"


def test_a_bare_page_number_beside_a_running_head_is_furniture() -> None:
    lines = ["attention to the protection of persons", "", "GE.25-13208 (E)", "", "*2513208*", ""]
    lines += ["A/HRC/60/9", "", "2", "", "moving across borders in the context of climate change."]
    assert furniture_lines(lines) == {2, 4, 6, 8}


def test_an_annex_title_over_two_lines_before_numbered_paragraphs_is_kept_whole() -> None:
    text = "\n".join(
        [
            "Letter dated 10 June 2024 from the Permanent Representative of Ruritania to the United",
            "Nations addressed to the Secretary-General",
            "I have the honour to transmit herewith the voluntary pledges and commitments of Ruritania",
            "in support of its candidature (see annex).",
            "(Signed) Jane Roe",
            "Annex to the letter dated 10 June 2024 from the Permanent Representative of",
            "Ruritania to the United Nations addressed to the Secretary-General",
            "Candidature of Ruritania for membership of the Human Rights",
            "Council, 2027–2029: voluntary pledges and commitments",
            "1.     Ruritania will continue to support the independence of the Office of the United",
            "Nations High Commissioner for Human Rights and to provide core funding to it.",
            "2.     Ruritania will work for the protection of human rights defenders, including those",
            "working on environmental matters, and for the safety of journalists.",
        ]
    )
    assert read_layout(text).sections[1].title == (
        "Candidature of Ruritania for membership of the Human Rights Council, 2027–2029: "
        "voluntary pledges and commitments"
    )


def test_a_sites_notes_on_the_page_itself_end_the_letter() -> None:
    lines = [
        "under item 71 of the preliminary list.",
        "(Signed) Jane Roe",
        "",
        "[Back to Documents]   [Home]",
        "",
        "Last updated: 3 June 1996",
        "Comments on this site: webmaster@example.org",
    ]
    assert find_trailer(lines) == 3


def test_an_archived_blogs_links_widgets_search_and_copyright_after_the_signature_are_a_trailer() -> None:
    lines = [
        "I should be grateful if you would have the present letter circulated as a document of the "
        "General Assembly, under agenda item 12.",
        "",
        "(Signed) Jane Roe",
        "Permanent Representative",
        "",
        "‹ Older: Statement to the Second Committee   Newer: Letter on the national census ›",
        "Share this post: LinkedIn Email Print",
        "Related items",
        "Search",
        "© 2009 Embassy of Ruritania. All rights reserved.",
    ]
    assert find_trailer(lines) == 5
    # A copyright line alone ends a page too; a sentence that begins with "Next" is no link.
    assert find_trailer(["The meeting ended.", "", "© 2011 Mission of Ruritania"]) == 2
    assert find_trailer(["The meeting ended.", "Next year the forum meets in Geneva."]) == 2


def test_a_symbol_under_a_label_without_a_colon_is_read(record_of_text: Callable[..., Record]) -> None:
    text = "\n".join(
        [
            "LETTER DATED 22 MAY 1996 FROM THE PERMANENT REPRESENTATIVE OF RURITANIA TO THE UNITED NATIONS "
            "ADDRESSED TO THE SECRETARY-GENERAL",
            "",
            "UN Document A/51/156",
            "",
            "I have the honour to transmit herewith the text of the Declaration adopted at the conference.",
            "",
            "I should be grateful if you would have the present letter circulated as a document of the "
            "General Assembly, under item 71 of the preliminary list.",
            "",
            "(Signed) Jane Roe",
        ]
    )
    record = record_of_text(text, name="letter.txt")
    assert record["metadata"]["symbol"] == ["A/51/156"]
    assert record["text"].startswith("I have the honour")


_LETTER_HEAD = [
    "Letter dated 10 June 2024 from the Permanent Representative of Ruritania to the United",
    "Nations addressed to the Secretary-General",
    "I have the honour to transmit herewith the statement of the Ministers for Foreign Affairs",
    "of Ruritania and Utopia on the conference (see annex).",
    "(Signed) Jane Roe",
    "Annex to the letter dated 10 June 2024 from the Permanent Representative of",
    "Ruritania to the United Nations addressed to the Secretary-General",
]
_STATEMENT = [
    "The Ministers for Foreign Affairs of Ruritania and Utopia, meeting in the capital on",
    "3 April 2024, express their deep concern at the loss of civilian life in the region and",
    "call upon all parties to respect international humanitarian law in all circumstances.",
]


_TITLE_LINES = [
    "Joint statement by the Ministers for Foreign Affairs of Ruritania and",
    "Utopia on the conference",
]


@pytest.mark.parametrize(
    "after",
    [["*"], ["", ""], ["", "Ruritania City and Utopia, 9 June 2024"]],
)
def test_an_annex_title_ends_at_a_blank_line_a_place_and_date_or_its_star(after: list[str]) -> None:
    between = [*_TITLE_LINES[:-1], _TITLE_LINES[-1] + after[0], *after[1:]]
    layout = read_layout("\n".join([*_LETTER_HEAD, *between, *_STATEMENT]))
    assert layout.sections[1].title == (
        "Joint statement by the Ministers for Foreign Affairs of Ruritania and Utopia on the conference"
    )


def test_an_annex_heading_with_footnote_stars_centred_in_layout_text_starts_the_annex() -> None:
    text = "\n".join(
        [
            "        Letter dated 2 March 1999 from the Permanent Representative of",
            "        Ruritania to the United Nations addressed to the Secretary-General",
            "",
            "    I have the honour to transmit herewith the final communiqué of the regional",
            "meeting held in the capital of Ruritania on 25 and 26 February 1999 (see annex).",
            "",
            "                                                  (Signed) Jane Roe",
            "",
            "                                         Annex**",
            "",
            "        Communiqué final de la réunion régionale",
            "",
            "    Les participants se félicitent de la coopération entre les pays de la région et",
            "demandent que les programmes communs soient renforcés dans les années à venir.",
            "",
            "__________________",
            "** L'annexe est distribuée uniquement dans la langue de l'original.",
        ]
    )
    layout = read_layout(text)
    assert [section.role for section in layout.sections] == ["letter", "annex"]
    assert layout.sections[1].heading == "Annex"
    assert layout.sections[1].title == "Communiqué final de la réunion régionale"
    assert "Les participants" not in " ".join(layout.sections[0].paragraphs)


def test_a_corrigendum_that_reissues_the_letter_starts_at_the_letter() -> None:
    text = "\n".join(
        [
            "A/51/412/Corr.1",
            "Letter dated 24 September 1996 from the Permanent Representative",
            "of Ruritania to the United Nations addressed to the",
            "President of the General Assembly",
            "",
            "Corrigendum",
            "The letter should read as follows:",
            "I have the honour to inform you that the Government of Ruritania has completed its",
            "assessment of the damage caused by the cyclone.",
            "(Signed) Jane Roe",
        ]
    )
    assert read_layout(text).sections[0].text.startswith("I have the honour to inform you")


def test_a_link_back_to_the_list_ends_the_signature_block() -> None:
    lines = [
        "I should be grateful if the present letter could be circulated as a document of the Council.",
        "",
        "(Signed) Jane Roe",
        "Ambassador",
        "Permanent Representative",
        "",
        "Back to Letters | Top of page",
        "© Permanent Mission of Ruritania 2003",
    ]
    assert find_trailer(lines) == 6

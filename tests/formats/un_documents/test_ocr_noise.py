"""UN documents scanned from paper: the readers tolerate OCR noise by class, and noise invents no value."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.un_documents.agenda import find_agenda_items
from ingest_builtins.formats.un_documents.circulation import find_circulation
from ingest_builtins.formats.un_documents.dates import issue_date, own_date, title_date
from ingest_builtins.formats.un_documents.fields import document_years
from ingest_builtins.formats.un_documents.furniture import (
    furniture_lines,
    is_debris,
    is_furniture,
    without_trailing_debris,
)
from ingest_builtins.formats.un_documents.languages import find_original_language
from ingest_builtins.formats.un_documents.layout import read_layout
from ingest_builtins.formats.un_documents.legibility import legible_correspondents
from ingest_builtins.formats.un_documents.masthead import looks_like_masthead
from ingest_builtins.formats.un_documents.organs import find_organs
from ingest_builtins.formats.un_documents.sessions import find_session
from ingest_builtins.formats.un_documents.signature import find_signature
from ingest_builtins.formats.un_documents.symbols import find_symbols, repair_series_letters
from ingest_builtins.formats.un_documents.titles import (
    ocr_letter_start,
    ocr_title_kind,
    title_extent,
    title_kind,
)


@pytest.mark.parametrize(
    "lines",
    [
        ["better dated 27 Aoril 1990 from the Permanent ReDtesentative oc"],
        ["I,e-tter dated 25 March 19Yl from the_Charq~ d'affaires a,i. of the"],
        ["'Lette! dated 6 October 1986 from the Permanent Representative"],
        ["Letter®4atedZ4 June 1994 from the Permanent, Represéntative of"],
        ["——\" 'Letter dated' 11 February-1991_from the Permanent"],
        ["etter", "dated'21 January. 1991 from the Permanent Representative"],
    ],
)
def test_an_ocr_damaged_letter_title_is_seen(lines: list[str]) -> None:
    assert ocr_letter_start(lines, 0)


@pytest.mark.parametrize(
    "lines",
    [
        ["The letter dated 5 May was received."],
        ["He stated 12 times that"],
        ["Letters", "dated from the last century"],
        ["better dated than ever"],
    ],
)
def test_prose_is_no_letter_title(lines: list[str]) -> None:
    assert not ocr_letter_start(lines, 0)


@pytest.mark.parametrize(
    "head",
    [
        "UNITED ; Distr: NATIONS General Assembly i GENERAL\nAsAI/678\n'ORIGINAL:\n",
        "UNITED : 'Distr: N. eeal |S Security Council GENERAL\n- — ' '. ENGLISH bd ~+ ORIGINAL: ARABIC\n",
        "UNITED D Economic and Social Council tescaa\nE/CN.4/ 1992/61\nOriginal: ENGLISH\n"
        "COMMISSION:ON HUMAN RIGHTS\n",
    ],
)
def test_a_scanned_masthead_run_into_lines_is_a_masthead(head: str) -> None:
    assert looks_like_masthead(head)


@pytest.mark.parametrize(
    "head",
    [
        "The General Assembly and the Security Council met on Monday.\nOriginal reporting by our staff.\n",
        "Distribution of the report: see the original: it was sent to all.\n",
    ],
)
def test_prose_naming_organs_is_no_masthead(head: str) -> None:
    assert not looks_like_masthead(head)


@pytest.mark.parametrize(
    ("printed", "symbols"),
    [
        ("A/44/871\n$/21051", ["A/44/871", "S/21051"]),
        ("5/20866\n27 September 1989", ["S/20866"]),
        ("449/215\n5/1994/762", ["S/1994/762"]),
        ("£/1990/87\n8 June 1996", ["E/1990/87"]),
    ],
)
def test_a_series_letter_read_as_a_like_glyph_is_put_right(printed: str, symbols: list[str]) -> None:
    assert find_symbols(printed) == symbols


@pytest.mark.parametrize("text", ["5/1990", "15/12345", "US$/month", "5/6/1990", "costs £/unit"])
def test_numbers_and_currencies_are_no_symbols(text: str) -> None:
    assert repair_series_letters(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "90-01187 O931e (E)",
        "86-25960: 0683k' (E)",
        "90-25117 2266). (E) Jose",
        "89-23415 1902 (£)",
        "GE'.91-10388/29658 . \u201c",
        "94-26733 (E) 280694 : Favs",
        "\u201d Page 2",
        "Page. 2",
        "\u00a9 \u00b0 . : _Page 2",
        "\u201d A/44/871 $/21051",
    ],
)
def test_a_scanned_page_foot_or_head_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "the present letter.",
        "On 24 March 1991, Israel, the occupying Power, decided to expel four",
        "1990-1991 budget",
        "Paragraph 2 of the resolution",
    ],
)
def test_prose_is_no_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_the_lines_of_a_page_turn_are_furniture_up_to_the_next_pages_label() -> None:
    lines = [
        "circulated as an official document of the General Assembly,",
        "under agenda item 24, and of the Security Council.",
        "90-01187 O931e (E)",
        '"',
        "Baoan",
        "5/20866",
        "English",
        "Page 2",
        "ANNEX",
    ]
    assert furniture_lines(lines) == {2, 3, 4, 5, 6, 7}


def test_a_short_line_of_prose_before_a_page_label_is_kept_without_a_page_foot() -> None:
    lines = ["a line of the body that runs on to the end of the typed line", "the present letter.", "Page 2"]
    assert furniture_lines(lines) == {2}


def test_a_blank_line_before_an_ocr_title_is_not_its_start() -> None:
    assert not ocr_letter_start(["", "etter dated'21 January. 1991 from"], 0)


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("Letter dated 5: June 1990 from the 'Permanent Representative of Austria", "1990-06-05"),
        ("etter dated'21 January. 1991 from the Permanent Representative of Kuwait", "1991-01-21"),
        ("'Letter dated' 11 February-1991_from the Permanent Representative", "1991-02-11"),
        ("better dated 27 Aoril 1990 from the Permanent ReDtesentative oc", "1990-04-27"),
        ("Letter®4atedZ4 June 1994 from the Permanent", "1994-06"),
        ("Letter dated 12 Jannary 1990 from", "1990-01-12"),
        ("Letter dated 12 Janvery 1990 from", None),
        ("Letter dated 32 May 1990 from", None),
    ],
)
def test_a_title_date_with_ocr_debris_is_read_and_a_garbled_one_is_not(title: str, date: str | None) -> None:
    assert title_date(title) == date


@pytest.mark.parametrize(
    ("masthead", "date"),
    [
        (["Distr.", "GENERAL", "- \u00b0 7 February 1992"], "1992-02-07"),
        (["A/45/412", "24: August", "", "1990", "ORIGINAL: ENGLISH"], "1990-08-24"),
        (["A/44/871", "16 January", "1990"], "1990-01-16"),
        (["Items 23 and 77 of the", "1990"], None),
    ],
)
def test_a_scanned_issue_date_is_read(masthead: list[str], date: str | None) -> None:
    assert issue_date(masthead) == date


@pytest.mark.parametrize(
    ("dated", "issue", "years", "date"),
    [
        ("1990-01-12", "1990-01-16", set(), "1990-01-12"),  # dated just before its issue
        ("1996-01-12", "1990-01-16", {1989, 1990}, "1990-01-12"),  # the title's year misread
        ("1999-09-28", "1990-10-01", {1990, 1991}, "1990-09-28"),
        ("1990-06-05", "1996-06-08", {1990}, "1990-06-05"),  # the issue date's year misread
        ("1996-01-12", "1990-01-16", set(), "1990-01-16"),  # no witness: the issue date
        ("1996-03-30", "1990-01-16", {1990}, "1990-01-16"),  # no day of that year fits: the issue date
        ("1990-06", "1990-06-08", {1990}, "1990-06"),
        (None, "1990-06-08", set(), "1990-06-08"),
    ],
)
def test_a_misread_year_is_told_by_the_issue_date_and_the_documents_years(
    dated: str | None, issue: str | None, years: set[int], date: str | None
) -> None:
    assert own_date(dated, issue, years) == date


def test_the_years_of_a_document_come_from_its_symbols_and_session() -> None:
    layout = read_layout(
        "UNITED\nNATIONS\nA/44/871\nS/21051\n16 January 1990\nGENERAL ASSEMBLY\nForty-fourth session\n"
        "SECURITY COUNCIL\nForty-fifth year\n\nLetter dated 12 January 1990 from the Permanent "
        "Representative of Cyprus to the United Nations addressed to the Secretary-General\n\n"
        "I have the honour to ...\n"
    )
    assert document_years(layout) == {1989, 1990}


def test_a_title_the_text_layer_breaks_mid_phrase_runs_on_over_blank_lines() -> None:
    lines = [
        "Letter dated",
        "",
        "14 November 1991 from the Permanent",
        "",
        "Representative of Viet Nam to the United Nations addressed to",
        "the Secretary-General",
        "",
        "I have the honour to inform you that the Government of the Socialist",
    ]
    assert title_extent(lines, 0) == 6
    note = ["Note verbale dated 20 August 1990 addressed to the", "", "Secretary -General"]
    assert title_extent(note, 0) == 3
    garbled = ["I,e-tter dated 25 March 19Yl from the", "addrased to t&S%!cr.e1a.Xy~!&!$Z.al", "", "Upon"]
    assert title_extent(garbled, 0) == 2


@pytest.mark.parametrize(
    ("title", "sender", "addressee"),
    [
        (
            "etter dated'21 January. 1991 from the Permanent Representative of Kuwait to the United Nations "
            "addresser to the President of E the*Security Council",
            "Permanent Representative of Kuwait to the United Nations",
            None,
        ),
        (
            "Note verbale dated 20 August 1990 from.the Permanent Mission of Portugal to the United Nations "
            "addressed to the Secretary -General",
            "Permanent Mission of Portugal to the United Nations",
            None,  # "-General": the word split by the OCR
        ),
        (
            "'Lette! dated 6 October 1986 from the Permanent Representative of Nepal to' the United ations "
            "addressed to the Secretary -Generat",
            "Permanent Representative of Nepal to the United ations",
            None,
        ),
        (
            "I,e-tter dated 25 March 19Yl from the_Charq~ d'affaires a,i. of the PermanentQbseyyer "
            "MiSSi_Q_n_o_f.Pa?e~ine-~~~nited-N~ions addrased to t&S%!cr.e1a.Xy~!&!$Z.al",
            None,
            None,
        ),
    ],
)
def test_a_title_gives_each_correspondent_that_survived_ocr(
    title: str, sender: str | None, addressee: str | None
) -> None:
    parts = legible_correspondents(title)
    assert parts is not None
    assert (parts.sender, parts.addressee) == (sender, addressee)


@pytest.mark.parametrize("line", [":", "\u00a9", "* * *", "_", "oe |", "=", "\u2014*."])
def test_specks_read_as_text_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize("line", ["", "1.", "I", "it.", "(a)", "2", "Page 2", "\u8054\u5408\u56fd"])
def test_short_text_is_no_debris(line: str) -> None:
    assert not is_debris(line)


def test_the_lines_below_the_last_sentence_without_a_word_are_dropped() -> None:
    lines = ["accordance with the Charter of the United Nations.", "", "2", "", ":"]
    assert without_trailing_debris(lines) == lines[:1]
    assert without_trailing_debris(["Ukraine expects all parties", "to honour it."]) == [
        "Ukraine expects all parties",
        "to honour it.",
    ]


def test_a_signature_title_with_a_speck_before_it_belongs_to_the_block() -> None:
    signature = find_signature(["(Signed) Peter HOHENFELLNER", "Ambassador", "/ Permanent, Representative"])
    assert signature is not None
    assert signature.titles == ("Ambassador", "Permanent, Representative")


def test_an_annex_heading_with_specks_and_its_title_are_read() -> None:
    text = (
        "Letter dated 5 June 1990 from the Permanent Representative of Austria to the United Nations "
        "addressed to the Secretary-General\n\nI have the honour to transmit the list below.\n\n"
        "(Signed) Peter HOHENFELLNER\n\n_ Annex: ; oe |\n\nList of violations of. the air space of the "
        "Republic of Cyprus from 2 to 9 January 1990\n\nOn 2 January 1990, two aircraft entered the region.\n"
    )
    annex = read_layout(text).sections[-1]
    assert annex.role == "annex"
    assert annex.title is not None and annex.title.startswith("List of violations of.")
    assert annex.paragraphs == ("On 2 January 1990, two aircraft entered the region.",)


def test_a_page_turn_keeps_an_annex_heading_read_before_the_page_label() -> None:
    lines = ["94-26733 (E) 280694", "A/49/215", "Annex:", "_Page 2", "Statement by the Ministry"]
    assert furniture_lines(lines) == {0, 1, 3}


def test_an_organ_and_a_session_damaged_by_ocr_are_read() -> None:
    assert find_organs("COMMISSION:ON HUMAN RIGHTS") == ["Commission on Human Rights"]
    assert find_session("COMMISSION ON HUMAN RIGHTS\nForty-seventh sessigh ee") == "47"
    assert find_organs("the Secretary-General, Assembly of Heads of State") == []


def test_a_masthead_row_flattened_into_one_line_with_misreadings_is_a_masthead() -> None:
    head = "UNITED ; <i piste, N. potted i) Economic and Sociat Council GENERAL - eisai |.\n2 May 1991\n"
    assert looks_like_masthead(head + ": \u201d ORIGINAL: ARABIC\n")
    assert not looks_like_masthead("UNITED NATIONS GENERAL ASSEMBLY\nThe Assembly met on Monday.\n")
    assert ocr_letter_start(["= e Letter dated 29 April 1991 from the Deputy: Permanent - ad"], 0)


def test_masthead_fields_with_ocr_specks_are_read() -> None:
    assert find_original_language("ORIGINAL:\n\n\u201cARABIC") == "ar"
    assert find_agenda_items("Item 12-of the preliminary list*") == ["12"]
    assert find_session("Forty-fifth\u2019 session") == "45"
    assert issue_date(["SEP 41990 | | 9/21700 # 4 September 1990"]) == "1990-09-04"


def test_signature_titles_with_specks_among_them_belong_to_the_block() -> None:
    lines = ["(Signed) Jean-Daniel VIGNY", "", "Anbassador", "", "3", "", "Permanent Observer"]
    signature = find_signature(lines)
    assert signature is not None
    assert signature.titles == ("Anbassador", "Permanent Observer")
    signature = find_signature(["(Signed) Gaetan R. OUEDRAOGO", "_ Ambassador", "Charge diaffaires a.i."])
    assert signature is not None
    assert signature.titles == ("Ambassador", "Charge diaffaires a.i.")


def test_a_title_with_from_misread_gives_its_sender() -> None:
    parts = legible_correspondents(
        "Note verbale dated 16 June 1989 fr\u00e9m the Permanent Mission of the Philippines to the United "
        "Nations addressed to the Secretary-General"
    )
    assert parts is not None and parts.sender == "Permanent Mission of the Philippines to the United Nations"


def _annex(body: str) -> tuple[str | None, tuple[str, ...]]:
    text = (
        "Letter dated 5 June 1990 from the Permanent Representative of Norway to the United Nations "
        "addressed to the Secretary-General\n\nI have the honour to transmit the statement annexed.\n\n"
        "(Signed) Martin HUSLID\n\nANNEX I\n\n" + body
    )
    annex = read_layout(text).sections[-1]
    return annex.title, annex.paragraphs


def test_an_annex_title_of_short_lines_before_a_blank_line_is_its_title() -> None:
    title, paragraphs = _annex(
        "Statement adopted by the Nordic Ministers for:\nDevelopment Cooperation\n\n"
        "The Ministers stressed that the operational activities of the United Nations\n"
        "system must respond to the priorities of the recipient countries.\n"
    )
    assert title == "Statement adopted by the Nordic Ministers for: Development Cooperation"
    assert paragraphs[0].startswith("The Ministers stressed")


def test_a_full_line_of_the_body_is_not_taken_into_an_annex_title() -> None:
    title, _ = _annex(
        "Report of the Asian regional meeting on the advancement of women\n"
        "The meeting was attended by representatives of fourteen countries of the.\n\n"
        "region and of the regional commission, and examined the implementation of the\n"
        "Nairobi Forward-looking Strategies in the fields of employment and education.\n"
    )
    assert title is None or "attended" not in title


def test_a_signatory_name_pdftotext_put_below_the_job_number_is_kept() -> None:
    lines = ["(Signed)", "", "* A/46/50.", "", "91-15622 2230a (E)", "", "Y. VORONTSOV", "", "A/46/120"]
    lines.append("Page 2")
    assert 6 not in furniture_lines(lines)
    assert {4, 8, 9} <= furniture_lines(lines)


def test_a_charge_daffaires_title_read_with_a_slash_gives_its_sender() -> None:
    parts = legible_correspondents(
        "Letter. dated 29 January 1992 from the Charge d/affaires a.i. of the Permanent Mission of Burkina "
        "Faso to the United Nations addressed to the President of the Security Council :"
    )
    assert parts is not None
    assert parts.sender == (
        "Charge d'affaires a.i. of the Permanent Mission of Burkina Faso to the United Nations"
    )
    assert parts.addressee == "President of the Security Council"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Letter_dated 6 August 1992 from whe Permanent..Representative", "letter"),
        ("Note.verbale dated 1 March 1991 from the Permanent Mis@ion of", "note"),
    ],
)
def test_a_title_whose_space_the_ocr_read_as_a_sign_is_a_title(line: str, kind: str) -> None:
    assert title_kind(line) == kind


def test_an_ocr_damaged_note_title_is_seen_under_a_masthead() -> None:
    assert ocr_title_kind(["e Note.verbale dated 1 March 1991 from the Permanent Mis@ion of"], 0) == "note"
    assert ocr_title_kind(["The note verbale dated 1 March was received."], 0) is None


def test_ocr_damage_in_agenda_lists_signatures_and_page_labels() -> None:
    assert find_agenda_items("Ttems 60; 62.and 69-of the preliminary Lists:") == ["60", "62", "69"]
    request = "under, items\u2019 68, 62 and 69, of the preliminary List."
    assert find_agenda_items(request) == ["68", "62", "69"]
    assert find_signature(['" (Sighed) Jargalsaikhany ENKHSAIKHAN', "Permanent Representative"]) is not None
    assert is_furniture("ee Page 2")
    assert is_furniture("92-35411 290d (E) : ses| AAT /290")
    parts = legible_correspondents(
        "Letter_dated 6 August 1992 from whe Permanent..Representative of Mongolia to the United Nations "
        "addressed to.the Secretary-General"
    )
    assert parts is not None and parts.sender == "Permanent Representative of Mongolia to the United Nations"


def test_a_stop_the_ocr_put_inside_a_circulation_request_does_not_end_it() -> None:
    request = find_circulation(
        [
            "I should be grateful if you would have the present letter circulated as an official document "
            "of the Geiieral Assembly,. under, items\u2019 68, 62 and 69, of the preliminary List."
        ]
    )
    assert request is not None
    assert request.agenda_items == ("68", "62", "69")

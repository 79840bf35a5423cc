"""Credit lines of a copied page in the genres' languages: a photo's, a source's and an editor's."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.web_page.credits import EDITOR_CREDIT, SOURCE_CREDIT, is_caption, reporter_credit


@pytest.mark.parametrize(
    "line",
    [
        "снимка: БГНЕС",
        "Foto: Roberto García",
        "Photo/PSCU",
        "Photo by the government press service.",
        "图片:新华社",
        "IMG 20200914 WA0022",
        "The harbour pilots at their hall on Monday. (HT Foto)",
    ],
)
def test_photo_credits_in_several_languages(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line", ["Photos de Lena et Thomas dans le dossier partagé.", "Photography is an art."]
)
def test_a_sentence_about_photos_is_no_credit(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize("line", ["Izvor: Tanjug", "Източник: bgnes.bg", "Fonte Ansa.it", "Sumber: Antara"])
def test_source_credits(line: str) -> None:
    assert SOURCE_CREDIT.fullmatch(line)


@pytest.mark.parametrize("line", ["Edición: Emilio Gómez", "Urednik: Ana Horvat", "Редактор: Иван Петров"])
def test_editor_credits(line: str) -> None:
    assert EDITOR_CREDIT.fullmatch(line)


@pytest.mark.parametrize(
    "credit",
    [
        "(With PTI inputs)",
        "( With inputs from ANI )",
        "Published in Dawn, November 4th, 2019",
        "A version of this article appears in print on March 3, 2024, Section A, Page 1",
    ],
)
def test_agency_inputs_and_print_credits_close_the_story(credit: str) -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = (
        "The harbour pilots' union voted on Tuesday to strike next month over the new shift rules, its leader"
        " said after the vote in the union's hall."
    )
    page = parse_copied_page(
        f"Harbour pilots vote to strike\n12.05.2024 14:20\n\n{lead}\n\n{credit}\nShare\n"
    )
    assert page.body.endswith("in the union's hall.")  # (under a page's furniture; a report keeps its own)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Northland leaders want more say at Waitangi. RNZ / Peter de Graaf", True),
        ("The minister said the talks ended. EU / UK Relations", False),  # no photographer's name
    ],
)
def test_a_caption_closed_by_its_sources_initials_and_the_photographer(line: str, caption: bool) -> None:
    from ingest_builtins.formats.web_page.credits import is_caption

    assert is_caption(line) is caption


def test_a_photos_caption_between_the_paragraphs_is_a_pages_sign() -> None:
    from ingest_builtins.formats.web_page.copied import page_signs

    lead = (
        "The harbour pilots' union voted on Tuesday to strike next month over the new shift rules, it said."
    )
    caption = "Pilots at the union's hall. RNZ / Peter de Graaf"
    text = f"Harbour pilots vote to strike\n\n{lead}\n\n{caption}\n\n{lead}\n"
    assert "caption" in page_signs(text)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("港灣日報／ 記者王小明／基隆即時報導", ("港灣日報", "王小明")),
        ("記者李美華／台中報導", (None, "李美華")),
        ("本报记者 张伟／上海报道", (None, "张伟")),
        ("김민수 기자 minsu@example.kr", (None, "김민수")),
    ],
)
def test_a_reporter_s_credit_line_names_the_reporter_and_perhaps_the_paper(
    line: str, credit: tuple[str | None, str]
) -> None:
    assert reporter_credit(line) == credit


def test_a_sentence_naming_a_reporter_is_no_credit_line() -> None:
    assert reporter_credit("記者王小明昨日在基隆港訪問了漁民，了解颱風過後的損失情況。") is None


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("Reporting by Ana Ruiz; Editing by Tom Hale", ["Ana Ruiz"]),
        ("(Writing by Jonas Berg in Oslo; Editing by Mia Lund)", ["Jonas Berg"]),
        ("Editing by Tom Hale", []),
    ],
)
def test_an_agency_credit_under_a_copied_story_names_its_reporters(credit: str, authors: list[str]) -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = (
        "The harbour pilots' union voted on Tuesday to strike next month over the new shift rules, it said."
    )
    page = parse_copied_page(
        f"Harbour pilots vote to strike\n12.05.2024 14:20\n\n{lead}\n\n{lead}\n\n{credit}\n"
    )
    assert page.authors == authors  # (the line itself goes with the story's tail, as agency copy's does)


def test_a_sentence_reporting_by_whom_is_no_credit_line() -> None:
    from ingest_builtins.formats.articles.names import line_credit_authors

    assert line_credit_authors("The union said the vote was reported by Ana Ruiz of the port.") is None


def test_a_caption_over_its_lone_credits_between_the_paragraphs_leaves_the_text() -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    more = "The port authority said it would keep the harbour open with pilots from other ports."
    caption = "Pilots at the union's hall in Rotterdam on 4 March 2025"
    credits = "Forrás: MTI\nFotó: KKM"
    text = f"Harbour pilots vote to strike\n12.05.2024 14:20\n\n{lead}\n{caption}\n{credits}\n{more}\n"
    assert parse_copied_page(text).body == f"{lead}\n{more}"


def test_a_subheading_over_a_caption_closed_by_its_credit_stays() -> None:
    from ingest_builtins.formats.web_page.credits import captions_in_body

    lines = [
        "What the union wants",
        "Pilots at the union's hall. (AFP)",
        "The union wants more pay, it said.",
    ]
    assert captions_in_body(lines) == {1}


def test_the_agency_s_name_and_initials_and_a_read_also_link_close_a_copied_story() -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    more = "The port authority said it would keep the harbour open with pilots from other ports."
    text = (
        f"Harbour pilots vote to strike\n12.05.2024 14:20\n\n{lead}\n{more}\n"
        "Harbour News Agency (HNA)\nRead also: Ferry company adds two sailings to its summer timetable\n"
    )
    assert parse_copied_page(text).body == f"{lead}\n{more}"


def test_a_caption_between_the_agency_s_name_alone_twice_leaves_the_text() -> None:
    from ingest_builtins.formats.web_page.credits import captions_in_body

    lines = [
        "The pilots voted to strike.",
        "Yonhap",
        "Pilots at the hall",
        "Pilots vote on Monday.",
        "Yonhap",
    ]
    assert captions_in_body([*lines, "The port stays open, it said."]) == {1, 2, 3, 4}
    other = ["The pilots voted.", "Foto: A", "The port stays open, the authority said on Monday.", "Foto: B"]
    assert captions_in_body(other) == {1, 3}


def test_a_release_s_contact_block_under_a_copied_story_leaves_it() -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    more = "The port authority said it would keep the harbour open with pilots from other ports."
    contacts = "Lisätietoja\n• Jane Roe, adviser, puh. 0295 350 834\n• Addresses read [email protected]."
    page = parse_copied_page(
        f"Harbour pilots vote to strike\n12.05.2024 14:20\n\n{lead}\n\n{more}\n\n{contacts}\n"
    )
    assert page.body.endswith("pilots from other ports.")


def test_under_a_paragraph_the_agency_signed_off_an_author_s_box_and_a_comment_form_go() -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    last = "The port authority said it would keep the harbour open with pilots from other ports. (PAP)"
    box = 'author: Jan Nowak\n\nwni / gud /\n\nHarbour Writer\n\n"Typical coffee lover. Friendly web expert."'
    page = parse_copied_page(
        f"Harbour pilots vote to strike\n12.05.2024 14:20\n\n{lead}\n\n{last}\n\n{box}\n"
    )
    assert page.body.endswith("(PAP)") and "coffee" not in page.body


def test_a_story_s_last_sentence_asking_readers_to_call_a_number_stays() -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    appeal = "Anyone who saw the crash is asked to call Sergeant Tom Hale on phone 0800 555 111."
    page = parse_copied_page(f"Crash on the harbour road\n12.05.2024 14:20\n\n{lead}\n\n{appeal}\n")
    assert page.body.endswith(appeal)

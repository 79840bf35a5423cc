"""A list of other stories under a copied story, each headline beside its date; the stamps that date it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.web_page.stamps import read_timestamp

TextRunner = Callable[..., dict[str, Any]]

HEADLINE = "Harbour pilots vote to strike over the new shift rules"
LEAD = (
    "The harbour pilots' union voted on Tuesday to strike next month over the new shift rules, its leader"
    " said after the vote in the union's hall."
)
MORE = "The port authority said it would keep talking with the union until the last day of the month."
# The same told by its writer: a plain text's paragraph (the story copied alone would be a page's).
OWN_LEAD = LEAD.replace("The harbour pilots' union voted", "We heard that the union voted").replace(
    "its", "our"
)
TEASERS = [
    ("Rail freight volumes fall for a third month", "- 32 minutes ago"),
    ("City council approves the new tram depot", "- 2 hours ago"),
    ("Fishing quotas cut again in the northern waters", "- 3 hours ago"),
]
DATED_TEASERS = [
    ("Рада ухвалила держбюджет на наступний рік", "3 Грудня 2025, 14:20"),
    ("Уряд затвердив нову програму для фермерів", "2 Грудня 2025, 11:05"),
    ("Волинський науковець отримав премію президента", "2 Грудня 2025, 09:40"),
]


@pytest.mark.parametrize("teasers", [TEASERS, DATED_TEASERS])
def test_headlines_beside_their_dates_under_the_story_are_a_page_list(
    record_of_text: TextRunner, teasers: list[tuple[str, str]]
) -> None:
    tail = "\n\n".join(f"{title}\n{stamp}" for title, stamp in teasers)
    record = record_of_text(f"{LEAD}\n\n{MORE}\n\n{tail}\n", name="page.txt")
    assert record["format"] == "web-page"
    assert record["text"].endswith("until the last day of the month.")
    assert record["date"] is None  # a teaser's date is not the story's


BARE_DATES = [
    ("Rail freight volumes fall for a third month", "5 December 2025"),
    ("City council approves the new tram depot", "3 December 2025"),
    ("Fishing quotas cut again in the northern waters", "3 December 2025"),
    ("Museum reopens its east wing after two years", "2 December 2025"),
]


def test_headlines_over_bare_dates_latest_first_are_a_page_list_cut_to_its_last_line(
    record_of_text: TextRunner,
) -> None:
    tail = "\n".join(f"{title}\n{day}" for title, day in BARE_DATES)
    record = record_of_text(f"{LEAD}\n\n{MORE}\n\n{tail}\nIn 2026 the tram fares may chan\n", name="page.txt")
    assert record["format"] == "web-page"
    assert record["text"].endswith("until the last day of the month.")
    assert record["date"] is None


def test_headlines_over_dates_running_forward_are_a_calendar_not_a_page_list(
    record_of_text: TextRunner,
) -> None:
    events = "\n".join(f"{title}\n{day}" for title, day in reversed(BARE_DATES))
    record = record_of_text(f"{LEAD}\n\n{MORE}\n\n{events}\n", name="newsletter.txt")
    identified = next(step for step in record["provenance"] if step["stage"] == "identify")
    assert "teaser list" not in identified["summary"]
    assert "Museum reopens its east wing" in record["text"]


def test_a_diary_of_dated_paragraphs_stays_plain_text(record_of_text: TextRunner) -> None:
    entries = "\n\n".join(
        f"{day} May 2024\n{OWN_LEAD}" for day in (3, 4, 5)
    )  # each date over a paragraph that is a sentence, not a headline; told by its writer
    record = record_of_text(entries, name="diary.txt")
    assert record["format"] == "plain-text"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("martes 09/04/2019 - 15:30", "2019-04-09T15:30"),  # a weekday of a language writing the day first
        ("postado em 09/08/2010 17:35", "2010-08-09T17:35"),
        ("2020. Március 13. 16:01, péntek | Belföld", "2020-03-13T16:01"),
    ],
)
def test_stamps_of_more_pages(line: str, iso: str) -> None:
    stamp = read_timestamp(line)
    assert stamp is not None and stamp[0] == iso


def test_an_english_weekday_leaves_a_slashed_date_undecided() -> None:
    assert read_timestamp("Tuesday 04/09/2019 10:00") is None


def test_headlines_over_their_cut_teasers_are_a_page_list(record_of_text: TextRunner) -> None:
    teasers = "\n".join(
        f"{title}\n{teaser}…"
        for title, teaser in [
            ("Rail freight volumes fall again", "The rail operators reported a third month of"),
            ("City council approves tram depot", "The council voted late on Monday to build the"),
            ("Fishing quotas cut in the north", "The ministry said the stocks had not recovered from"),
        ]
    )
    record = record_of_text(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\nMost read\n{teasers}\n", name="page.txt")
    assert record["format"] == "web-page"
    assert record["text"].endswith("until the last day of the month.")


@pytest.mark.parametrize("line", ["A %d blogueros les gusta esto:", "%d bloggers like this:"])
def test_a_widgets_template_under_the_story_is_furniture(record_of_text: TextRunner, line: str) -> None:
    record = record_of_text(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\nFoto: Twitter\n{line}\n", name="page.txt")
    assert record["format"] == "web-page"
    assert record["text"].endswith("until the last day of the month.")


def test_a_label_printed_down_a_list_again_and_again_is_a_pages(record_of_text: TextRunner) -> None:
    labels = "\n".join(["3 dni"] * 4 + ["polecane"] * 4)
    record = record_of_text(f"{LEAD}\n\n{MORE}\n\n{labels}\n", name="page.txt")
    assert record["format"] == "web-page"
    assert "3 dni" not in record["text"] and "polecane" not in record["text"]


def test_a_speechs_salutation_coming_back_is_no_label(record_of_text: TextRunner) -> None:
    text = "\n\n".join(f"Madam Chair,\n\n{LEAD}" for _ in range(3))
    assert record_of_text(text, name="speech.txt")["format"] == "plain-text"


def test_bare_headlines_of_other_stories_are_cut_under_a_pages_story(record_of_text: TextRunner) -> None:
    listed = "\n".join(title for title, _ in TEASERS + DATED_TEASERS[:1])
    text = f"{HEADLINE}\n12.05.2024 14:20\n\n{LEAD}\n\n{MORE}\n\n{listed}\n"
    record = record_of_text(text, name="page.txt")
    assert record["format"] == "web-page"
    assert record["text"].endswith("until the last day of the month.")


@pytest.mark.parametrize(
    "ending",
    [
        "Yours sincerely,\nJane Roe\nDirector of Communications",  # a signature
        "Professor Jane Elizabeth Doe\nHead of the Department of Physics\nUniversity of Northern Lakeland",
        "The Remains of the Day by Kazuo Ishiguro\nA Gentleman in Moscow by Amor Towles\nThe Lost Garden"
        " of the Valley by Ann Roe",  # a reading list
        "And the harbour sleeps\nUnder the grey northern light\nWhile the pilots wait",  # a poem's lines
    ],
)
def test_a_signature_or_a_verse_under_a_paragraph_is_no_list(record_of_text: TextRunner, ending: str) -> None:
    record = record_of_text(f"{OWN_LEAD}\n\n{MORE}\n\n{ending}\n", name="text.txt")
    assert record["format"] == "plain-text"
    assert ending.split("\n")[-1] in record["text"]


def test_a_stamp_in_arabic_indic_digits_with_the_evening_marker() -> None:
    assert read_timestamp("الإثنين ١٤ فبراير ٢٠٢٢ الساعة ٦:٢٥ مساءً") == ("2022-02-14T18:25", "")


@pytest.mark.parametrize(
    "ending",
    [
        "Welcome and introductions from the chair\n10 minutes\n"
        "Presentation of the annual accounts\n20 minutes\n"
        "Election of the new committee members\n15 minutes",  # an agenda's durations
        "Key dates\n23 March 2020\nFirst national lockdown announced by the minister\n10 May 2020\n"
        "Schools begin to reopen for some year groups",  # a timeline: each date over its event
    ],
)
def test_lists_of_dated_events_are_no_teaser_lists(record_of_text: TextRunner, ending: str) -> None:
    record = record_of_text(f"{OWN_LEAD}\n\n{MORE}\n\n{ending}\n", name="notes.txt")
    assert record["format"] == "plain-text"
    assert record["text"].rstrip().endswith(ending.rsplit("\n", 1)[1])


@pytest.mark.parametrize(
    "text",
    [
        "ANNA\nWhere were you last night?\nTOM\nAt the harbour.\nANNA\nAll night?\nTOM\nYes.\nANNA\nWhy?\n",
        "1. Minutes of the last meeting\nAgreed\n2. Accounts\nAgreed\n3. Hall repairs\nAgreed\n",
    ],
)
def test_a_speakers_name_or_a_decision_coming_back_is_no_label(record_of_text: TextRunner, text: str) -> None:
    assert record_of_text(text, name="text.txt")["format"] == "plain-text"


def test_a_timeline_the_story_introduces_is_the_story_s(record_of_text: TextRunner) -> None:
    timeline = "\n".join(f"{day}\n{title}" for title, day in BARE_DATES)
    record = record_of_text(f"{LEAD}\n\nEarlier strikes in the port:\n{timeline}\n", name="page.txt")
    assert "Museum reopens its east wing" in record["text"]
    assert record["date"] is None


def test_a_story_cut_off_under_the_page_s_share_line_is_another_story() -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    other = "The ferry company said its new timetable would start in June, with two more sailings a"
    page = parse_copied_page(f"Harbour pilots vote to strike\n\n{lead}\n{lead}\nShare this story\n{other}")
    assert page.body.endswith("shift rules, it said.")


def test_a_chinese_paragraph_with_commas_is_no_keyword_line() -> None:
    from ingest_builtins.formats.web_page.page_lines import is_keyword_line

    paragraph = "部長表示,雙方同意加強合作,擴大貿易,推動人員往來,並就地區局勢交換意見,認為會談富有成果。"
    assert not is_keyword_line(paragraph)
    assert is_keyword_line("港口, 罷工, 引航員, 工會, 航運")


def test_the_print_edition_s_date_and_page_over_an_archived_story_is_its_stamp() -> None:
    assert read_timestamp("Martes 31 de mayo de 2011, p. 16") == ("2011-05-31", "")
    assert read_timestamp("EL DIARIO17 de enero de 2022") == ("2022-01-17", "DIARIO")
    assert read_timestamp("The page 16 of 2020") is None
    assert read_timestamp("12 March 2024 Comments 12") == ("2024-03-12", "Comments 12")  # (no page's "s.")

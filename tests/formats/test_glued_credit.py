"""A credit or the desk's codes glued to the last sentence on its line leave the story's end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.articles.glued_credit import glued_credit
from ingest_builtins.formats.articles.tail import parse_tail

LAST = "The ferries will use the southern terminal until the repairs are finished in May."


@pytest.mark.parametrize(
    "credit",
    ["(Harbour Times)", "(pmk)", "(Photos by Ellen Marsh)", "- (NORDPRESS)", "— Xinhua", "==========H.T.",
     "kol.mr", "HT/J/K", "(end) kol.mr", "(HTA) Powered by FeedPress"],
)  # fmt: skip
def test_a_short_credit_after_the_last_stop_is_cut(credit: str) -> None:
    body = f"First paragraph of the story.\n\n{LAST} {credit}"
    assert body[: glued_credit(body).start] == f"First paragraph of the story.\n\n{LAST}"


def test_a_credit_in_brackets_right_after_a_japanese_stop_is_cut() -> None:
    body = "港は月曜日に閉鎖され、修理には三週間かかる見込みです。(港湾ニュース)"
    assert body[: glued_credit(body).start] == "港は月曜日に閉鎖され、修理には三週間かかる見込みです。"


def test_a_japanese_paper_s_reporter_in_lenticular_brackets_closing_the_story_is_its_author() -> None:
    for body in ("港は月曜日に閉鎖された。【山田花子】", "港は月曜日に閉鎖された。\n\n【山田花子】"):
        glued = glued_credit(body)
        assert glued is not None
        assert (body[: glued.start], glued.reporters) == ("港は月曜日に閉鎖された。", ("山田花子",))


@pytest.mark.parametrize(
    "ending",
    [
        "The ships were sent back by the U.S. army/navy",  # an abbreviation's stop
        '"We will rebuild the pier." he said',  # a speaker's tag
        "The pier will reopen. (It was built then.)",  # a sentence in brackets
        "The pier will reopen. The ferries will then return to the northern terminal",  # a sentence
        "The pier will reopen in May.",  # nothing after the stop
        "Harbours silt up within decades. (Harding and Price, 2011)",  # a citation
        "The tide tables are printed every week. (see below)",  # a note in small letters
        "Whoever has many harbours has no home. — Seneca",  # a quotation's source
        "Ask not what the harbour can do for you. — JFK",  # … in capitals
        "The pier will reopen in May. (Harbour Times]",  # brackets that do not pair
        "Она кивнула. — Он улыбнулся.",  # a line of dialogue
        "The pier will reopen by approx. noon",  # an abbreviation, then the sentence's last word
    ],
)
def test_words_running_on_after_a_stop_are_no_credit(ending: str) -> None:
    assert glued_credit(f"First paragraph.\n\n{ending}") is None


def test_a_word_in_lenticular_brackets_saying_the_story_goes_on_names_no_reporter() -> None:
    for closing in ("【つづく】", "【全文完】"):
        glued = glued_credit(f"港は月曜日に閉鎖された。{closing}")
        assert glued is None or glued.reporters == ()


def test_the_end_of_copy_loses_a_glued_credit_and_takes_its_reporter_or_its_agency() -> None:
    for body, authors, agency in (
        (f"First paragraph of the story.\n\n{LAST} (Harbour Times)", [], None),
        ("港は月曜日に閉鎖された。修理には三週間かかる見込みだ。【山田花子】", ["山田花子"], None),
        ("港は月曜日に閉鎖された。修理には三週間かかる見込みだ。【共同】", [], "Kyodo"),
    ):
        tail = parse_tail(body)
        assert body[: tail.body_end].endswith(("May.", "見込みだ。"))
        assert (tail.authors, tail.agency) == (authors, agency)


@pytest.mark.parametrize(
    ("credit", "author"), [("Автор сюжета: Анна Петрова", "Анна Петрова"), ("Texto: Ana Lima", "Ana Lima")]
)
def test_the_writer_under_a_label_glued_to_the_last_sentence_is_the_author(credit: str, author: str) -> None:
    glued = glued_credit(f"{LAST} {credit}")
    assert glued is not None and (glued.start, glued.reporters) == (len(LAST), (author,))


def test_a_title_s_age_rating_is_no_part_of_it(record_of_text: Callable[..., Any]) -> None:
    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    text = f"(12+) Pilots vote to strike\n\n25 мая 2018 09:49\n\n{lead}\n\n{lead[:-1]} again.\n"
    assert record_of_text(text, name="page.txt")["title"] == "Pilots vote to strike"


@pytest.mark.parametrize("link", ["... suite de l'article sur RFI", "Continue reading on Harbour Times"])
def test_a_link_to_the_rest_of_the_story_glued_to_the_last_sentence_is_cut(link: str) -> None:
    glued = glued_credit(f"{LAST} {link}")
    assert glued is not None and glued.start == len(LAST)


def test_a_rule_of_dashes_then_the_source_and_its_reporter_glued_to_a_hindi_sentence() -> None:
    last = "दोनों पक्ष गुरुवार सुबह बैठक के लिए सहमत हो गए।"
    glued = glued_credit(f"{last} ————— (हिन्दुस्थान समाचार) / राम कुमार")
    assert glued is not None and (glued.start, glued.reporters) == (len(last), ("राम कुमार",))

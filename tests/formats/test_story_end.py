"""Where a story ends: after its last sentence, before lines that end none (shared by pages and wire copy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.articles.sentences import after_last_sentence

TextRunner = Callable[..., dict[str, Any]]

STORY = [
    "The harbour authority closed the northern ferry terminal on Monday after storm waves damaged its pier.",
    "Repairs are expected to take three weeks, and ferries will use the southern terminal until then.",
    "More rain is expected.",
]


@pytest.mark.parametrize(
    ("under", "kept"),
    [
        (["Bridge repairs to start in May", "City Life", "Ferries"], 0),  # other headlines, labels
        (["HNA hb/kl", "120935 GMT mar 26"], 0),  # the desk's codes
        (["North Harbour, 4 March 2026", "Related", "Bridge repairs to start in May"], 1),  # place and date
        (["North Harbour, 4 March 2026, 10:30", "Related"], 1),  # … with its hour
        (["Ellen Marsh", "Harbour Master", "Share"], 2),  # a signature and its office
        (["Tickets: 0800 555 111", "Bridge repairs to start in May"], 1),  # a figure of the story's
        (["01:01 Bridge repairs to start in May", "00:50 New bus line for the old town"], 0),  # clock times
        (["4 Mar, 12:41", "Latest"], 0),  # the page's stamp, its time with the day
        (["Ad slot 468x90"], 0),  # an ad's size is no figure of the story's
    ],
)
def test_lines_ending_no_sentence_under_the_last_one_go(under: list[str], kept: int) -> None:
    lines = STORY + under
    assert after_last_sentence(lines, 0, len(lines)) == len(STORY) + kept


@pytest.mark.parametrize(
    "under",
    [
        ["The new stops on the line are:", "North Quay", "Fish Market"],  # a list the story introduces
        ["Open day", "3 May 2026", "Harbour walk", "10 May 2026"],  # events running forward
        ["Yours faithfully,", "Helen Oakes", "Upper Marsh"],  # a letter's closing
        ["The tide came in across the sand", "and the gulls cried over the stones", "Share"],  # verses
        ["Glava rayona", "I. V. Sokolov"],  # an office over the name closing the text
        ["Glass bottles and jars", "Food and garden waste", "Cardboard and paper", "Share"],  # a list's items
    ],
)
def test_a_text_s_own_lines_under_its_last_sentence_stay(under: list[str]) -> None:
    lines = STORY + under
    assert after_last_sentence(lines, 0, len(lines)) == len(lines)


def test_a_text_whose_paragraphs_end_with_no_stop_is_left_as_it_is() -> None:
    thai = ["ท่าเรือทางเหนือปิดให้บริการตั้งแต่วันจันทร์หลังจากคลื่นพายุทำให้ท่าเทียบเรือเสียหายอย่างหนักมากในช่วงกลางคืนที่ผ่านมา"] * 3
    lines = [*thai, "ก.ย.", "ข่าวล่าสุด"]
    assert after_last_sentence(lines, 0, len(lines)) == len(lines)


def test_agency_copy_loses_the_desk_s_codes_and_a_site_s_headlines_under_it(
    record_of_text: TextRunner,
) -> None:
    text = (
        "HARBOURTON, March 3 (Reuters) - "
        + "\n\n".join(STORY)
        + "\n\nBridge repairs to start in May\nHNA hb/kl\n"
    )
    record = record_of_text(text, name="copy.txt")
    assert record["format"] == "news-wire"
    assert record["text"].endswith("More rain is expected.")


def test_a_bar_for_the_danda_ends_a_hindi_sentence() -> None:
    lines = [*STORY, "यात्रियों ने नई सेवा का स्वागत किया और कहा कि इससे उनका समय बचेगा|", "शेयर करें"]
    assert after_last_sentence(lines, 0, len(lines)) == len(lines) - 1


def test_agency_copy_keeps_a_numbered_list_of_results() -> None:
    lines = [*STORY, "1. Daniel Kiptum, Kenya, 2:03:12", "2. Haile Tesfaye, Ethiopia, 2:03:53"]
    assert after_last_sentence(lines, 0, len(lines), agency_copy=True) == len(lines)


def test_a_signatory_s_office_over_the_name_closing_the_story_stays_whatever_furniture_follows() -> None:
    lines = [*STORY, "Director of the port", "Ellen Marsh", "Share", "Facebook"]
    assert after_last_sentence(lines, 0, len(STORY) + 2) == len(STORY) + 2


def test_a_story_of_one_paragraph_ends_on_it_too() -> None:
    lines = [STORY[0] + " " + STORY[1], "More here.", "Other stories"]
    assert after_last_sentence(lines, 0, len(lines)) == 1


@pytest.mark.parametrize(
    "under",
    [
        ["North Quay 14:10", "Fish Market 14:25"],  # a timetable
        [
            "The ferries will run every hour, and the night service will stop at the old quay until May"
        ],  # no stop
        ["Tickets are sold on board. Cash is not accepted"],  # sentences
    ],
)
def test_under_a_story_of_one_paragraph_figures_prose_and_sentences_stay(under: list[str]) -> None:
    lines = [STORY[0] + " " + STORY[1], *under]
    assert after_last_sentence(lines, 0, len(lines)) == len(lines)


def test_a_khmer_sentence_introducing_what_follows_with_its_colon_keeps_it() -> None:
    lines = [*STORY, "ខាងក្រោមនេះជាសេចក្តីប្រកាសរបស់ក្រសួងសាធារណការ និងដឹកជញ្ជូន៖", "សេចក្តីប្រកាស"]
    assert after_last_sentence(lines, 0, len(lines)) == len(lines)


def test_another_story_s_headline_printed_twice_under_the_story_goes() -> None:
    teaser = "Harbour town votes on the new «ferry tax»"
    lines = [*STORY, teaser, teaser]
    assert after_last_sentence(lines, 0, len(lines)) == len(STORY)


def test_a_poem_s_refrain_printed_twice_stays() -> None:
    lines = [*STORY, "And the ferries sail before the dawn.", "And the ferries sail before the dawn."]
    assert after_last_sentence(lines, 0, len(lines)) == len(lines)


def test_khmer_s_end_sign_ends_a_sentence() -> None:
    lines = [*STORY, "ក្រសួងបានប្រកាសថា ផ្លូវនឹងបើកឡើងវិញនៅខែឧសភា៕", "ព័ត៌មានទាក់ទង"]
    assert after_last_sentence(lines, 0, len(lines)) == len(lines) - 1

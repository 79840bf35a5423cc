"""Texts of no genre get no fields they do not state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Record = dict[str, Any]


def test_a_poem_whose_first_line_reuses_its_title_is_plain_text(
    record_of_text: Callable[..., Record],
) -> None:
    record = record_of_text(
        "The Night Ferry\n\nThe night ferry leaves at ten,\nits deck all wet with spray,\n"
        "and no one waves from the harbour wall\nto watch it pull away.\n"
    )
    assert record["format"] == "plain-text"
    assert "The night ferry leaves at ten" in record["text"]
    assert record["date"] is None and not record["authors"] and record["publisher"] is None


def test_a_text_ending_with_a_page_number_is_plain_text(record_of_text: Callable[..., Record]) -> None:
    # A page number, a score or page links under the text are not a copied web page's furniture by themselves.
    body = (
        "Minutes of the allotment society\n\nThe meeting opened at seven. Twelve members attended and "
        "the treasurer read the accounts.\n\nThe next meeting will be held in the spring.\n\n"
    )
    for foot in ("2", "- 2 -", "6:4", "1 2 3 4 5 6"):
        record = record_of_text(body + foot + "\n")
        assert record["format"] == "plain-text", foot
        assert "The next meeting will be held in the spring." in record["text"]


def test_running_heads_feet_and_page_numbers_of_a_paged_text_are_dropped(
    record_of_text: Callable[..., Record],
) -> None:
    page = "Annual Review of the Allotment Society{gap}{number}\n\n{body}\n\nRiverside Allotments{gap}2023\n"
    text = "\f".join(
        page.format(gap=" " * 20, number=number, body=body)
        for number, body in (
            (4, "The committee met four times during the year and agreed the new rents."),
            (5, "The water supply was repaired in May, before the dry summer began."),
        )
    )
    record = record_of_text(text + "\n- 6 -\n")
    assert record["format"] == "plain-text"
    assert record["text"].startswith("The committee met four times")
    assert record["text"].rstrip().endswith("before the dry summer began.")
    assert "Annual Review" not in record["text"] and "Riverside Allotments" not in record["text"]


def test_a_refrain_and_a_repeated_heading_stay(record_of_text: Callable[..., Record]) -> None:
    text = (
        "Notes\n\nThe first visit was in spring.\n\nNotes\n\nThe second visit was in autumn.\n\n"
        "And the river runs on\n\nThe third visit was in winter.\n\nAnd the river runs on\n"
    )
    record = record_of_text(text)
    assert record["text"].count("Notes") == 2 and record["text"].count("And the river runs on") == 2

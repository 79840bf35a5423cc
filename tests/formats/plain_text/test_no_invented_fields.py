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

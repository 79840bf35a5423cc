"""Spaces that markup boundaries put into Chinese and Japanese text, where the script has none."""

from __future__ import annotations

import re

__all__ = ["close_cjk_gaps", "collapse_spaces"]

# Full-width punctuation and brackets (ideographic comma and full stop, corner brackets, the
# full-width forms of ASCII punctuation, the katakana middle dot): no space on either side.
_PUNCT = "\u3001-\u303f\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
# Han characters and kana, written without spaces between words (Hangul is left out: Korean
# separates words by spaces).
_LETTER = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_GAP = re.compile(rf"(?<=[{_PUNCT}]) (?=\S)|(?<=\S) (?=[{_PUNCT}])|(?<=[{_LETTER}]) (?=[{_LETTER}])")


# Runs of white space, but the ideographic space (U+3000), which Chinese and Japanese set on purpose
# ("本报讯\u3000为缓解…", after a dateline; between the fields of a credit line).
_RUN = re.compile(r"[^\S\u3000]+")


def collapse_spaces(text: str) -> str:
    """``text`` with each run of white space one space, ends stripped; an ideographic space stays."""
    if "\u3000" not in text:
        return " ".join(text.split())
    return _RUN.sub(" ", text).strip(" ")


def close_cjk_gaps(text: str) -> str:
    """``text`` without the single spaces beside full-width punctuation or between Han/kana characters.

    The page walk joins the text of inline elements with spaces (a link, a
    ``<span>``, a line break in the source); in Chinese and Japanese they are
    gaps no reader sees: ``ボルノ（ Borno ）州`` is ``ボルノ（Borno）州``.
    """
    if text.isascii():
        return text
    return _GAP.sub("", text)

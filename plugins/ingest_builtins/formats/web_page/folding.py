"""Text folded for comparison: compatibility forms, quotation marks, dashes and case unified."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

__all__ = ["FollowingText", "same_text"]

_FOLD = {"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"}


def _fold(text: str) -> str:
    """``text`` folded as :func:`same_text` folds it, its spacing and line breaks left as they are."""
    text = unicodedata.normalize("NFKC", text)
    # A few replacements: str.translate with a mapping reads a long non-ASCII text a character at a time.
    for mark, plain in _FOLD.items():
        if mark in text:
            text = text.replace(mark, plain)
    return text.casefold()


def _one_space_apart(text: str) -> bool:
    """Whether ``text`` is its words one space apart: no other blank, none doubled, none at either end."""
    # (every blank but the space is unprintable)
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


# A page's head compares each line with its title and with the next line: the last folds are kept.
@lru_cache(maxsize=256)
def same_text(a: str) -> str:
    """``a`` folded for comparison: NFKC, quotes and dashes unified, case-folded, spaces collapsed."""
    return " ".join(_fold(a).split())


class FollowingText:
    """What follows each line of a page, folded for comparison, for a test of whether a line is repeated.

    :meth:`holds` tells whether :func:`same_text` of the lines after a line,
    joined by spaces as far as the line that takes them past ``reach``
    characters, holds a folded key.  Each line is folded once, as far as a
    test has needed, and each test searches the folds of the lines after its
    line joined by spaces: no fold reaches across a space or a line break, so
    the fold of lines joined is the folds of the lines joined.
    """

    def __init__(self, lines: Sequence[str], reach: int) -> None:
        self._lines = lines
        self._reach = reach
        self._ends = list(accumulate(map(len, lines), initial=0))  # the lines' lengths summed, up to each
        self._folds: list[str] = []  # the folds of the first lines, spaces collapsed

    def _end(self, index: int) -> int:
        """Where the text after line ``index`` ends: past the line that takes it beyond ``reach``."""
        # (the first line whose end lies more than ``reach`` characters past the end of line ``index``)
        return min(bisect_right(self._ends, self._ends[index + 1] + self._reach), len(self._lines))

    def holds(self, index: int, key: str) -> bool:
        """Whether the folded text after line ``index`` holds ``key`` (folded)."""
        start, end = index + 1, self._end(index)
        if start >= end:
            return False
        if end > len(self._folds):
            # The lines not yet folded, folded at once; no line holds a line break, nor gains one.
            folded = _fold("\n".join(self._lines[len(self._folds) : end]))
            lines = folded.split("\n")
            # (each line is collapsed already when the lines joined by spaces are: one space between words)
            self._folds += (
                lines
                if _one_space_apart(folded.replace("\n", " "))
                else [" ".join(line.split()) for line in lines]
            )
        # (a line folded to nothing adds no space)
        return key in " ".join(filter(None, self._folds[start:end]))

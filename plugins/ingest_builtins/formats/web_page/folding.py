"""Text folded for comparison: compatibility forms, quotation marks, dashes and case unified."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

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


# A page's head compares each line with its title and with the next line: the last folds are kept.
@lru_cache(maxsize=256)
def same_text(a: str) -> str:
    """``a`` folded for comparison: NFKC, quotes and dashes unified, case-folded, spaces collapsed."""
    return " ".join(_fold(a).split())


class FollowingText:
    """What follows each line of a page, folded for comparison, for a test of whether a line is repeated.

    :meth:`holds` tells whether :func:`same_text` of the lines after a line,
    joined by spaces as far as the line that takes them past ``reach``
    characters, holds a folded key.  Each line is folded once, into one text
    of the lines' folds joined by spaces, and each test searches the stretch
    of it after its line: no fold reaches across a space or a line break, so
    the fold of lines joined is the folds of the lines joined.
    """

    def __init__(self, lines: Sequence[str], reach: int) -> None:
        self._lines = lines
        self._reach = reach
        self._parts: list[str] = []  # the lines' folds, spaces collapsed, the empty ones left out
        self._size = 0  # the length of the parts joined by spaces
        # Where each line's fold starts in that text (lines folded to nothing: where the next one starts).
        self._starts: list[int] = []
        self._text = ""

    def _fold_to(self, end: int) -> None:
        """Fold the lines up to ``end``."""
        first = len(self._starts)
        if end <= first:
            return
        # The lines not yet folded, folded at once; no line holds a line break, nor gains one.
        for folded in _fold("\n".join(self._lines[first:end])).split("\n"):
            collapsed = " ".join(folded.split())
            if collapsed and self._parts:
                self._size += 1  # the space joining it to the one before
            self._starts.append(self._size)
            if collapsed:
                self._parts.append(collapsed)
                self._size += len(collapsed)
        self._text = " ".join(self._parts)

    def _end(self, index: int) -> int:
        """Where the text after line ``index`` ends: past the line that takes it beyond ``reach``."""
        size = 0
        for end in range(index + 1, len(self._lines)):
            size += len(self._lines[end])
            if size > self._reach:
                return end + 1
        return len(self._lines)

    def holds(self, index: int, key: str) -> bool:
        """Whether the folded text after line ``index`` holds ``key`` (folded)."""
        start, end = index + 1, self._end(index)
        if start >= end:
            return False
        self._fold_to(end)
        stop = self._starts[end] if end < len(self._starts) else self._size
        return self._text.find(key, self._starts[start], stop) >= 0

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

    :meth:`after` gives :func:`same_text` of the lines after a line joined by
    spaces, as far as the line that takes them past ``reach`` characters.
    Each line is folded once however many lines ask for the text after them:
    no fold reaches across a space or a line break, so the fold of lines
    joined is the folds of the lines joined.
    """

    def __init__(self, lines: Sequence[str], reach: int) -> None:
        self._lines = lines
        self._reach = reach
        # The folds of the lines from ``_start`` on, as far as they were needed.
        self._start = len(lines)
        self._folded: list[str] = []
        self._after: dict[int, str] = {}

    def _end(self, index: int) -> int:
        """Where the text after line ``index`` ends: past the line that takes it beyond ``reach``."""
        size = 0
        for end in range(index + 1, len(self._lines)):
            size += len(self._lines[end])
            if size > self._reach:
                return end + 1
        return len(self._lines)

    def after(self, index: int) -> str:
        """The folded text after line ``index``."""
        if index not in self._after:
            start, end = index + 1, self._end(index)
            if start < self._start:
                self._start, self._folded = start, []
            folded_end = self._start + len(self._folded)
            if end > folded_end:
                # The lines not yet folded, folded at once; no line holds a line break, nor gains one.
                missing = "\n".join(self._lines[folded_end:end])
                self._folded.extend(_fold(missing).split("\n"))
            following = self._folded[start - self._start : end - self._start]
            self._after[index] = " ".join(" ".join(following).split())
        return self._after[index]

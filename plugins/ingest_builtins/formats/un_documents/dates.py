"""Dates in UN documents, read by the shared date reader; OCR-damaged month names in titles tolerated."""

from __future__ import annotations

import re

__all__ = ["first_date", "issue_date", "title_date"]

from ingest_builtins.metadata.dates import find_dates

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,10})\.?,?\s+(\d{4})\b")
_COLUMN_GAP = re.compile(r"[ \t]{3,}")
_DASHES = re.compile(r"(?<=\w)\s*[-–—]\s*(?=\w)")


def first_date(text: str) -> str | None:
    """The ISO form of the first date written in ``text``, or ``None``."""
    found = find_dates(text)
    return found[0].iso if found else None


def _near(word: str, target: str) -> bool:
    """At most one letter substituted, dropped or added."""
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target, strict=True)) <= 1
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def title_date(text: str) -> str | None:
    """The date of a title's "dated …" phrase; a month name misread by OCR ("Aoril") is forgiven."""
    found = first_date(text)
    if found is not None:
        return found
    match = _DAY_MONTH_YEAR.search(text)
    if match is None:
        return None
    word = match.group(2).lower()
    months = [number for number, name in enumerate(_MONTHS, start=1) if len(word) >= 4 and _near(word, name)]
    day = int(match.group(1))
    if len(months) != 1 or not 1 <= day <= 31:
        return None
    return f"{match.group(3)}-{months[0]:02d}-{day:02d}"


def issue_date(masthead_lines: list[str]) -> str | None:
    """The issue date of a masthead: the first line that is nothing but a date ("23 April 2018").

    A masthead flattened from two columns holds it in a column of a line ("General Assembly    21 February
    2025"): the columns, apart by three spaces or more, count as lines.
    """
    for line in masthead_lines:
        for cell in _COLUMN_GAP.split(line.strip()):
            stripped = _DASHES.sub(" ", cell.strip(" \t-–—.,;:"))
            if not stripped or len(stripped) > 30:
                continue
            found = find_dates(stripped)
            if found and found[0].start <= 1 and found[0].end >= len(stripped) - 1 and "-" in found[0].iso:
                return found[0].iso
    return None

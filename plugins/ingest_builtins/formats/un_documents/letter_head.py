"""The head of a letter without its title: its place and date line, and its salutation over the text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest_builtins.metadata.dates import find_dates

__all__ = ["dated_line", "past_salutation", "place_and_date"]

_PLACE_DATE_WORDS = 10
# A letter's salutation on its line: "Sir,", "Excellency,", "Monsieur le Secrétaire général,".
_SALUTATION = re.compile(r"(?:Dear\s+)?[A-ZÀ-Ý][\w.'’-]*(?:\s+[\w.'’-]+){0,6}\s*[,:]")
_SALUTATION_LINES = 8


def past_salutation(lines: list[str], start: int, limit: int) -> int:
    """Past an untitled letter's place and date and its salutation, to its first paragraph, if it has them."""
    index = start
    while index < min(limit, start + _SALUTATION_LINES) and (
        not lines[index].strip()
        or place_and_date(lines[index])
        or _SALUTATION.fullmatch(lines[index].strip())
    ):
        index += 1
    return index if any(lines[i].strip() for i in range(start, index)) else start


def dated_line(lines: Sequence[str]) -> str | None:
    """The date of the first place-and-date line among ``lines`` (an untitled letter's own date)."""
    for line in lines:
        if line.strip() and place_and_date(line):
            return find_dates(line.strip().rstrip("."))[-1].iso
    return None


def place_and_date(line: str) -> bool:
    """A statement's place and date line under its title: ``Tallinn, Riga and Vilnius, 11 April 2022``."""
    stripped = line.strip().rstrip(".")
    if len(stripped.split()) > _PLACE_DATE_WORDS or "," not in stripped:
        return False
    dates = find_dates(stripped)
    return bool(dates) and dates[-1].end == len(stripped)

"""Dates in UN documents, read by the shared date reader; OCR-damaged month names in titles tolerated."""

from __future__ import annotations

import datetime
import re

__all__ = ["first_date", "issue_date", "ocr_date", "own_date", "title_date"]

from ingest_builtins.metadata.dates import find_dates

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_OCR_DAY_MONTH_YEAR = re.compile(
    r"(?<![\w/.-])(\d{1,2})[^\w\n]{0,2}\s*([A-Za-z]{3,10})[^\w\n]{0,2}\s*((?:19|20)\d\d)(?!\d)"
)
_DAY_MONTH = re.compile(r"(\d{1,2})[^\w\n]{0,2}\s*([A-Za-z]{3,10})")
_YEAR = re.compile(r"[^\w\n]*((?:19|20)\d\d)[^\w\n]*")
# Columns apart by three spaces or more, or by specks a scan read between them ("SEP 41990 | | 9/21700 # 4").
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\s+[|#]+(?:\s+[|#]+)*\s+")
#: How long after its own date a document is issued at the most.
_ISSUE_DELAY = datetime.timedelta(days=366)
#: How long before the issue date a title's day and month may fall to be given the issue date's year.
_REPAIR_REACH = datetime.timedelta(days=62)
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


def _day_month_year(day: str, word: str, year: str) -> str | None:
    word = word.lower()
    months = [number for number, name in enumerate(_MONTHS, start=1) if len(word) >= 4 and _near(word, name)]
    if word in _MONTHS:
        months = [_MONTHS.index(word) + 1]
    if len(months) != 1 or not 1 <= int(day) <= 31:
        return None
    return f"{year}-{months[0]:02d}-{int(day):02d}"


def ocr_date(text: str) -> str | None:
    """The first day, month and year in ``text`` written with OCR damage.

    Debris may stand between them ("5: June 1990", "dated'21 January. 1991", "11 February-1991_from") and
    the month name may have one letter wrong ("Aoril"); a day run into a word ("atedZ4 June") is no day.
    """
    for match in _OCR_DAY_MONTH_YEAR.finditer(text):
        found = _day_month_year(*match.groups())
        if found is not None:
            return found
    return None


def title_date(text: str) -> str | None:
    """The date of a title's "dated …" phrase; OCR damage to it is forgiven (:func:`ocr_date`)."""
    found = first_date(text)
    if found is not None and len(found) == 10:
        return found
    return ocr_date(text) or found


def own_date(
    dated: str | None, issue: str | None, years: frozenset[int] | set[int] = frozenset()
) -> str | None:
    """A document's own date: its title's, unless the issue date shows that the OCR misread a year.

    A letter is dated before it is issued, and issued within weeks; where the title's date and the issue
    date disagree ("12 January 1996" under "16 January 1990"), ``years`` (those the symbols and the
    session name) tell which year is misread: the title's date stands when its year is one of them; the
    issue date's year, when it is, is given to the title's day and month if that puts them within two months
    before the issue date, else the issue date stands; with no witness, the issue date stands.
    """
    if dated is None or issue is None or len(dated) != 10 or len(issue) != 10:
        return dated or issue
    try:
        own, issued = datetime.date.fromisoformat(dated), datetime.date.fromisoformat(issue)
    except ValueError:
        return dated
    if _just_before(own, issued) or own.year in years:
        return dated
    if issued.year in years:
        for year in (issued.year, issued.year - 1):
            try:
                repaired = own.replace(year=year)
            except ValueError:
                continue
            if _just_before(repaired, issued, _REPAIR_REACH):
                return repaired.isoformat()
    return issue


def _just_before(own: datetime.date, issued: datetime.date, reach: datetime.timedelta = _ISSUE_DELAY) -> bool:
    return datetime.timedelta(0) <= issued - own <= reach


def issue_date(masthead_lines: list[str]) -> str | None:
    """The issue date of a masthead: the first line that is nothing but a date ("23 April 2018").

    A masthead flattened from two columns holds it in a column of a line ("General Assembly    21 February
    2025"): the columns, apart by three spaces or more, count as lines.
    """
    for index, line in enumerate(masthead_lines):
        for cell in _COLUMN_GAP.split(line.strip()):
            stripped = _DASHES.sub(" ", cell.strip(" \t-–—.,;:"))
            if not stripped or len(stripped) > 30:
                continue
            found = find_dates(stripped)
            if found and found[0].start <= 1 and found[0].end >= len(stripped) - 1 and "-" in found[0].iso:
                return found[0].iso
            scanned = _scanned_issue_date(stripped, masthead_lines[index + 1 : index + 3])
            if scanned is not None:
                return scanned
    return None


def _scanned_issue_date(cell: str, following: list[str]) -> str | None:
    """A scan's issue date, with OCR debris around or inside it, or its year on the next line.

    "- \u00b0 7 February 1992", "24: August 1990", "16 January" / "1990".
    """
    cell = re.sub(r"^[\W_]+|[\W_]+$", "", cell)
    match = _OCR_DAY_MONTH_YEAR.fullmatch(cell)
    if match is not None:
        return _day_month_year(*match.groups())
    if _DAY_MONTH.fullmatch(cell) is None:
        return None
    year = next((_YEAR.fullmatch(line.strip()) for line in following if line.strip()), None)
    if year is None:
        return None
    day_month = _DAY_MONTH.fullmatch(cell)
    assert day_month is not None
    return _day_month_year(day_month.group(1), day_month.group(2), year.group(1))

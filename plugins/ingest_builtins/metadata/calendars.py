"""Dates of other numerals and calendars: Chinese numerals, the Japanese eras, the Thai Buddhist era."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from ingest_builtins.metadata.months import MONTHS

__all__ = ["BUDDHIST_ERA", "THAI", "calendar_dates"]

# Chinese official writing prints dates in Chinese numerals: "二〇二六年三月十二日"; typed texts often put a
# white circle or a capital O for the zero ("二○○六年三月八日").
_HAN_DIGITS = "〇一二三四五六七八九"
_HAN_ZEROS = "○OＯ"
_HAN_DATE = re.compile(
    r"([〇零○OＯ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)


def _han_number(numerals: str) -> int:
    """A number of one or two figures in Chinese numerals ("三" 3, "十二" 12, "二十一" 21)."""
    tens, _, units = numerals.rpartition("十")
    if "十" not in numerals:
        return _HAN_DIGITS.index(numerals) if len(numerals) == 1 else 0
    return (_HAN_DIGITS.index(tens) if tens else 1) * 10 + (_HAN_DIGITS.index(units) if units else 0)


# Japanese official writing counts years by era: "令和8年3月12日" (Reiwa 8, 2026), "令和元年" its first year;
# the figures may be full-width ("令和８年３月１２日").
_ERA_DATE = re.compile(
    r"(令和|平成|昭和)[ 　]?(元|[0-9０-９]{1,2})年[ 　]?([0-9０-９]{1,2})月[ 　]?([0-9０-９]{1,2})日"
)
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925}
# Thai writing counts years of the Buddhist era, 543 ahead: "12 มีนาคม พ.ศ. 2569" is 12 March 2026.
#: A Thai letter.
THAI = re.compile(r"[\u0e00-\u0e7f]")
#: How many years the Buddhist era runs ahead of the common era.
BUDDHIST_ERA = 543
_THAI_ERA_DATE = re.compile(r"(\d{1,2})\s*([\u0e00-\u0e7f]{4,12})\s*พ\.\s?ศ\.\s*(\d{4})")


def calendar_dates(text: str) -> Iterator[tuple[int, int, str]]:
    """Dates in Chinese numerals and dates of the Japanese eras, as (start, end, ISO date)."""
    found: list[tuple[int, int, int, int, int]] = []
    for m in _HAN_DATE.finditer(text):
        figures = "".join(
            str(_HAN_DIGITS.index("〇" if c == "零" or c in _HAN_ZEROS else c)) for c in m.group(1)
        )
        found.append((m.start(), m.end(), int(figures), _han_number(m.group(2)), _han_number(m.group(3))))
    if "令和" in text or "平成" in text or "昭和" in text:
        for m in _ERA_DATE.finditer(text):
            era_year = _ERA_START[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
            found.append((m.start(), m.end(), era_year, int(m.group(3)), int(m.group(4))))
    if THAI.search(text):
        for m in _THAI_ERA_DATE.finditer(text):
            month = MONTHS.get(m.group(2))
            if month is not None:
                found.append((m.start(), m.end(), int(m.group(3)) - BUDDHIST_ERA, month, int(m.group(1))))
    for start, end, year, month, day in found:
        try:
            value = _dt.date(year, month, day)
        except ValueError:
            continue
        yield start, end, value.isoformat()

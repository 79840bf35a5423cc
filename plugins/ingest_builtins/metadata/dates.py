"""Read dates as printed, in many languages, into ISO 8601 at the precision printed; nothing is guessed.

This module only *reads* date expressions.  Which date is a document's own
(the letter's date, the issue date, the dateline date) is the format
plugin's decision; an event date in the body is never a document date.

Rules that hold everywhere here:

* Precision is what the text prints: ``"April 2018"`` → ``"2018-04"``,
  ``"17 April 2018"`` → ``"2018-04-17"``, ``"July 29, 2023 09:19"`` →
  ``"2023-07-29T09:19"``.  Missing parts are never filled in from today.
* A day and month without a year (``"17 April"``) is not a date here.
* Times stay in the local time printed; an offset is kept when printed
  (``"+04:00"``, ``"Z"``, ``"GMT+4"`` → ``"+04:00"``), never converted.
* All-numeric dates: ``2020-04-02`` and ``2020/04/02`` are year first;
  ``29.07.2023`` (dots) is day first; ``17/04/2018`` (slashes or dashes) is
  read only when unambiguous (one of the first two numbers is above 12)
  unless ``dayfirst`` says which convention the source uses.
* Ranges (``"24 February-20 March 2020"``, ``"17-19 April 2018"``,
  ``"from 2 to 5 May 2020"``, ``"du 2 au 5 mai 2020"``) are periods, not
  dates: :func:`find_dates` leaves out both ends unless ``ranges=True``.
* A year alone is a date only when asked (``years=True``, or the whole
  string given to :func:`parse_date` is a year).
* Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai …) read as ASCII digits.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import attrs

from ingest_builtins.metadata.calendars import BUDDHIST_ERA, THAI, calendar_dates
from ingest_builtins.metadata.months import HUNGARIAN_MONTHS, MONTH_ABBREVIATIONS, MONTHS
from ingest_builtins.metadata.weekdays import WEEKDAYS

__all__ = ["DateMatch", "ascii_digits", "find_dates", "parse_date"]

#: The zeros of the decimal digits that pages print dates in, besides ASCII: Arabic-Indic, Persian,
#: Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan,
#: Myanmar, Khmer, Mongolian and full-width digits.  Each zero is followed by the other nine in order.
_ZEROS = "٠۰०০੦૦୦௦౦೦൦๐໐༠၀០᠐０"
_DIGITS = str.maketrans({chr(ord(zero) + value): str(value) for zero in _ZEROS for value in range(10)})
_NON_ASCII_DIGIT = re.compile("[" + "".join(f"{zero}-{chr(ord(zero) + 9)}" for zero in _ZEROS) + "]")


def _words(words: Iterable[str]) -> str:
    """An alternation of ``words`` shaped as a trie, so that a failing position costs one or two tests."""
    trie: dict[str, Any] = {}
    for word in {w.lower() for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict[str, Any]) -> str:
    ends = "" in node
    options = [
        (r"\s" if char == " " else re.escape(char)) + _branch(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return f"(?:{body})?" if ends else body


_FULL = _words(MONTHS)
_ANY_MONTH = _words([*MONTHS, *MONTH_ABBREVIATIONS])
_ORDINAL = r"(?:st|nd|rd|th|er|re|ᵉʳ|º|°|ª|\.º|\.°)?"
# Between the day and the month: "17 April", "17. April", "8 de abril", "17th of April", "17th day of April",
# "22-Apr-2018".
_DAY_MONTH = r"(?:\.\s{0,2}|-(?=[^\W\d_])|\s{1,3}(?:(?:day\s)?of\s|de\s|d[ií]as\sdel\smes\sde\s)?\s{0,2})"
# Between the month and the year: "April 2018", "April, 2018", "abril de 2020", "abril del 2020", "Apr-2018",
# "7 مايو - 2021".
_MONTH_YEAR = r"(?:,?\s{1,3}|-|\s{1,3}[-–]\s{1,3}|\s{1,3}(?:de|del|of)\s{1,3})"
_YEAR_TAIL = r"(?:\s{0,2}(?:года|г\.|року|р\.))?"


def _time(p: str) -> str:
    """A time after a date: ", 09:19", " at 9:19 a.m.", " à 10h15", "T10:15:00+04:00"."""
    return (
        rf"(?:(?:T|,?\s{{1,3}}(?:at\s|à\s|a\slas\s|alle\s|um\s|om\s|às\s|в\s)?\s{{0,2}})"
        rf"(?P<{p}H>[01]?[0-9]|2[0-3])(?::|\s?h\s?)(?P<{p}M>[0-5][0-9])(?::(?P<{p}S>[0-5][0-9])(?:\.[0-9]{{1,9}})?)?"
        rf"(?:\s?(?P<{p}ap>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?"
        rf"(?:\s?\(?(?P<{p}z>Z|[+-][01][0-9]:?[0-5][0-9]|(?:UTC|GMT)(?:\s?[+-][0-9]{{1,2}}(?::?[0-5][0-9])?)?)\)?)?"
        rf"(?![0-9:]))?"
    )


_NUMERIC_END = r"(?![0-9]|[./-][0-9])"
# 2020-04-02, 2020/04/02, 2020-04-02T10:15:00Z, 2020. 04. 02. (Hungarian)
_ISO = (
    rf"(?P<I>(?<![./-])(?P<Iy>[12][0-9]{{3}})(?P<Isep>[-/.]|\.[ ])(?P<Im>[01]?[0-9])(?P=Isep)"
    rf"(?P<Id>[0-3]?[0-9]){_NUMERIC_END}{_time('I')})"
)
# April 17, 2018 / Apr. 17th, 2018 09:19
_MONTH_FIRST = (
    rf"(?P<A>(?P<Am>{_ANY_MONTH})\.?,?\s{{1,3}}(?P<Ad>[0-3]?[0-9]){_ORDINAL}"
    rf"(?![0-9])(?:,?\s{{1,3}})(?P<Ay>[12][0-9]{{3}})(?![0-9]){_time('A')})"
)
# (After a month, no letter: not \b, which fails after a vowel sign, "जनवरी", "মে".)
# 17 April 2018 / 6 mai 2020 / 1er mai 2020 / 8 de abril de 2020 / 2 апреля 2020 года /
# 8 نيسان/أبريل 2020 (Arabic texts print the month's two names, Levantine and Egyptian, slashed)
_DAY_FIRST = (
    rf"(?P<B>(?<!\.)(?P<Bd>[0-3]?[0-9]){_ORDINAL}{_DAY_MONTH}(?P<Bm>{_ANY_MONTH})(?!\w)\.?"
    rf"(?:\s?/\s?(?=[\u0600-\u06ff]){_FULL})?"
    rf"{_MONTH_YEAR}(?P<By>[12][0-9]{{3}})(?![0-9]){_YEAR_TAIL}{_time('B')})"
)
# 29.07.2023 09:19 / 17/04/2018 / 21. 6. 2023 (Czech, Slovak, Slovene, Croatian: a space after each dot)
_NUMBERS = (
    rf"(?P<N>(?<![./-])(?P<Na>[0-3]?[0-9])(?P<Nsep>[./-]|\.[ ])(?P<Nb>[0-3]?[0-9])(?P=Nsep)"
    rf"(?P<Ny>[12][0-9]{{3}}){_NUMERIC_END}{_time('N')})"
)
# 2018年4月17日 / 2018년 4월 17일 (the year may follow a CJK letter, so no word boundary)
_CJK = (
    r"(?P<C>(?<![0-9])(?P<Cy>[12][0-9]{3})\s?[年년]\s?(?P<Cm>[01]?[0-9])\s?[月월]"
    r"(?:\s?(?P<Cd>[0-3]?[0-9])\s?[日일])?"
    r"(?:\s{0,2}(?:[(（][^)）]{1,3}[)）])?\s{0,2}(?P<CH>[01]?[0-9]|2[0-3])\s?[:時시]\s?(?P<CM>[0-5][0-9])\s?[分분]?)?)"
)
# 2018. november 22. / 2020. Március 13. 16:01 (Hungarian: year, month name, day, perhaps the time)
_YEAR_FIRST = (
    rf"(?P<H>(?P<Hy>[12][0-9]{{3}})\.\s{{1,3}}(?P<Hm>{_FULL})\s{{1,3}}(?P<Hd>[0-3]?[0-9])(?![0-9])(?P<Hdot>\.)?"
    rf"{_time('H')})"
)
# ngày 12 tháng 5 năm 2020 (Vietnamese: day, month number, year)
_VIETNAMESE = r"(?P<V>ngày\s(?P<Vd>[0-3]?[0-9])\sth[áa]ng\s(?P<Vm>[01]?[0-9])\sn[ăa]m\s(?P<Vy>[12][0-9]{3}))"
# April 2018 / avril 2020 / abril de 2020
_MONTH_ONLY = rf"(?P<M>(?P<Mm>{_FULL})(?!\w){_MONTH_YEAR}(?P<My>[12][0-9]{{3}})(?![0-9]){_YEAR_TAIL})"
# Guards first, so that most positions fail at once: inside a word, or at a character no date starts with.
_SOURCE = (
    rf"(?<!\w)(?:(?=[0-9])(?:{_ISO}|{_DAY_FIRST}|{_NUMBERS}|{_YEAR_FIRST})|(?=[^\W\d_])(?:{_MONTH_FIRST}|{_MONTH_ONLY}|{_VIETNAMESE}))"
    rf"|(?=[12]){_CJK}"
)


# The date patterns are compiled on first use: compiling them is most of this module's import time,
# which every plugin importing it (and `ingest --help`) would pay.
@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(_SOURCE, re.IGNORECASE)


_WEEKDAY_BEFORE = re.compile(
    r"(?<!\w)([^\W\d_][\w-]{1,14})\.?,?\s{1,3}(?:(?:the|le|el|den)\s{1,2})?$", re.IGNORECASE
)
_WEEKDAY_NAMES = frozenset(WEEKDAYS)
_YEAR = re.compile(r"(?<![\w./-])(?:1[6-9]|20)[0-9]{2}(?![\w]|[./-][0-9])")

_RANGE_LINK = (
    r"(?:[-‐‑–—]|\b(?:to|until|till|through|au|al|a|bis|tot(?:\sen\smet)?|t/m|hasta|até|jusqu['’]au)(?!\w))"
)
_DAYISH = (
    rf"(?:[0-3]?[0-9]{_ORDINAL}\.?(?:{_DAY_MONTH}(?:{_ANY_MONTH})\.?)?"
    rf"|(?:{_ANY_MONTH})\.?\s{{1,3}}[0-3]?[0-9])"
)
_RANGE_BEFORE_SOURCE = rf"(?<![0-9]){_DAYISH}(?:,?\s{{1,3}}[12][0-9]{{3}})?\s{{0,3}}{_RANGE_LINK}\s{{0,3}}$"
_RANGE_AFTER_SOURCE = (
    rf"\s{{0,3}}{_RANGE_LINK}\s{{0,3}}(?:[0-3]?[0-9]{_ORDINAL}{_DAY_MONTH}(?:{_ANY_MONTH})(?!\w)"
    rf"|(?:{_ANY_MONTH})\.?\s{{1,3}}[0-3]?[0-9]\b|[12][0-9]{{3}}-[01][0-9]-[0-3][0-9]|[0-3]?[0-9][./][0-3]?[0-9][./][12][0-9]{{3}})"
)


# Each is compiled when first needed: most dates are linked to no other.
@cache
def _range_before() -> re.Pattern[str]:
    return re.compile(_RANGE_BEFORE_SOURCE, re.I)


@cache
def _range_after() -> re.Pattern[str]:
    return re.compile(_RANGE_AFTER_SOURCE, re.I)


_LINK_TAIL = re.compile(rf"{_RANGE_LINK}\s{{0,3}}$", re.I)
# How the end of a range after a date opens: the pattern reading it is tried only where this matches.
_LINK_HEAD = re.compile(rf"\s{{0,3}}{_RANGE_LINK}", re.I)
_CONTEXT = 80
_SPACES = re.compile(r"\s+")


@attrs.frozen
class DateMatch:
    """A date expression found in a text: its span in that text, the words as printed, and the ISO value."""

    start: int
    end: int
    text: str
    iso: str


def _month(word: str) -> int | None:
    # "İ".lower() is "i" plus a combining dot (U+0307): Turkish and Azerbaijani capitals need it dropped.
    key = _SPACES.sub(" ", word.lower().replace("\u0307", ""))
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)


def _optional(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or ``None`` when the pattern has no such group (CJK dates have no seconds)."""
    return m.group(name) if name in m.re.groupindex else None


def _offset(zone: str | None) -> str:
    if not zone:
        return ""
    zone = zone.upper()
    if zone == "Z":
        return "Z"
    if zone.startswith(("UTC", "GMT")):
        zone = zone[3:].strip()  # "UTC+4", "UTC +04:00"
        if not zone:
            return "Z"
    sign, digits = zone[0], zone[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    if int(hours) > 14:
        return ""
    return f"{sign}{int(hours):02d}:{minutes}"


def _iso(
    year: str, month: int | str | None, day: str | None = None, m: re.Match[str] | None = None, p: str = ""
) -> str | None:
    """Assemble an ISO value at the printed precision, or ``None`` when the parts are not a real date."""
    y = int(year)
    if month is None:
        return f"{y:04d}"
    mo = int(month)
    if not 1 <= mo <= 12:
        return None
    if day is None:
        return f"{y:04d}-{mo:02d}"
    try:
        _dt.date(y, mo, int(day))
    except ValueError:
        return None
    value = f"{y:04d}-{mo:02d}-{int(day):02d}"
    hour = m.group(f"{p}H") if m is not None else None
    if hour is None or m is None:
        return value
    h, minute = int(hour), m.group(f"{p}M")
    meridiem = _optional(m, f"{p}ap")
    if meridiem:
        if not 1 <= h <= 12:
            return value
        h = h % 12 + (12 if meridiem.lower() == "p" else 0)
    value += f"T{h:02d}:{minute}"
    if seconds := _optional(m, f"{p}S"):
        value += f":{seconds}"
    return value + _offset(_optional(m, f"{p}z"))


def _numeric(a: str, b: str, sep: str, dayfirst: bool | None) -> tuple[str, str] | None:
    """(month, day) of an all-numeric date, or ``None`` when the convention cannot be known."""
    first, second = int(a), int(b)
    if sep == "." and dayfirst is not False:
        return b, a
    if dayfirst is None:
        if first > 12 >= second:
            return b, a
        if second > 12 >= first:
            return a, b
        return (a, b) if first == second else None
    return (b, a) if dayfirst else (a, b)


def _value(m: re.Match[str], dayfirst: bool | None) -> str | None:
    if m.group("I"):
        return _iso(m.group("Iy"), m.group("Im"), m.group("Id"), m, "I")
    if m.group("A"):
        return _iso(m.group("Ay"), _month(m.group("Am")), m.group("Ad"), m, "A")
    if m.group("B"):
        return _iso(m.group("By"), _month(m.group("Bm")), m.group("Bd"), m, "B")
    if m.group("N"):
        order = _numeric(m.group("Na"), m.group("Nb"), m.group("Nsep"), dayfirst)
        return None if order is None else _iso(m.group("Ny"), order[0], order[1], m, "N")
    if m.group("V"):
        return _iso(m.group("Vy"), m.group("Vm"), m.group("Vd"))
    if m.group("H"):
        # Hungarian writes the month in lower case, a page's stamp perhaps capitalised, with the day's full
        # stop ("2020. Március 13."); "2018. May 5" is a sentence's end and start.
        if not (
            m.group("Hm").islower() or (m.group("Hdot") and m.group("Hm").casefold() in HUNGARIAN_MONTHS)
        ):
            return None
        return _iso(m.group("Hy"), _month(m.group("Hm")), m.group("Hd"), m, "H")
    if m.group("C"):
        return _iso(m.group("Cy"), m.group("Cm"), m.group("Cd"), m if m.group("Cd") else None, "C")
    word = m.group("Mm")
    if word == "may":  # the English verb ("they may 2020"), not the month, which is capitalised
        return None
    return _iso(m.group("My"), _month(word))


def _in_range(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` begins or ends a range (a period, not a date)."""
    if _LINK_TAIL.search(text, max(0, start - 16), start):
        return bool(_range_before().search(text, max(0, start - _CONTEXT), start))
    if not _LINK_HEAD.match(text, end, end + _CONTEXT):
        return False
    return bool(_range_after().match(text, end, end + _CONTEXT))


def ascii_digits(text: str) -> str:
    """Digits of other scripts as ASCII, one character for one, so offsets stay valid."""
    return text.translate(_DIGITS) if _NON_ASCII_DIGIT.search(text) else text


_YEAR_ANCHOR = re.compile(r"(?<![0-9])[12][0-9]{3}(?![0-9])")
_BEFORE_YEAR = 80  # the most a date expression can print before its year ("Wednesday, 17th day of …")
_AFTER_YEAR = 48  # … and after it (a time with seconds, a.m./p.m. and an offset)


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` around four-digit years: every date printed here has one."""
    start = end = -1
    for year in _YEAR_ANCHOR.finditer(text):
        low, high = max(0, year.start() - _BEFORE_YEAR), year.end() + _AFTER_YEAR
        if low > end:
            if end > start:
                yield start, min(end, len(text))
            start = low
        end = high
    if end > start:
        yield start, min(end, len(text))


def _with_weekday(text: str, start: int) -> int:
    """Where a date begins once a weekday printed before it is counted ("Monday, 17 April 2018")."""
    found = _WEEKDAY_BEFORE.search(text, max(0, start - 30), start)
    return found.start() if found and found.group(1).lower() in _WEEKDAY_NAMES else start


def _scan(text: str, dayfirst: bool | None, years: bool, ranges: bool) -> Iterator[DateMatch]:
    readable = ascii_digits(text)
    found: list[tuple[int, int, str]] = []
    han = list(calendar_dates(text)) if not text.isascii() and ("年" in text or THAI.search(text)) else []
    for low, high in _segments(readable):
        for m in _pattern().finditer(readable, low, high):
            value = _value(m, dayfirst)
            if value is None or (not ranges and _in_range(readable, m.start(), m.end())):
                continue
            if value[:4] > "2400" and THAI.search(readable, m.start(), m.end()):
                value = f"{int(value[:4]) - BUDDHIST_ERA:04d}{value[4:]}"  # a Buddhist-era year
            found.append((_with_weekday(readable, m.start()), m.end(), value))
    if han:
        found = sorted(found + han)
    if years:
        spans = iter(found[:])
        current = next(spans, None)
        for y in _YEAR.finditer(readable):
            while current is not None and current[1] <= y.start():
                current = next(spans, None)
            if current is None or y.end() <= current[0]:
                found.append((y.start(), y.end(), y.group()))
        found.sort()
    for start, end, value in found:
        yield DateMatch(start, end, text[start:end], value)


def find_dates(
    text: str,
    limit: int | None = None,
    *,
    dayfirst: bool | None = None,
    years: bool = False,
    ranges: bool = False,
) -> list[DateMatch]:
    """Every date expression in ``text``, in text order, as :class:`DateMatch` values.

    One pass of one compiled pattern with bounded repetitions, so it stays
    linear on large texts.  ``limit`` stops after that many dates.
    ``dayfirst`` settles slashed numeric dates (``03/04/2018``) that are
    otherwise left out as ambiguous.  ``years=True`` also reports years
    standing alone (``"in 2016"`` → ``"2016"``).  ``ranges=True`` keeps both
    ends of a range (``"24 February-20 March 2020"`` gives only
    ``"20 March 2020"``, the start having no year of its own); by default
    dates that begin or end a range are left out, being periods.
    """
    results: list[DateMatch] = []
    for match in _scan(text, dayfirst, years, ranges):
        results.append(match)
        if limit is not None and len(results) >= limit:
            break
    return results


_COMPACT = re.compile(r"([12][0-9]{3})([01][0-9])([0-3][0-9])")
_YEAR_MONTH = re.compile(r"([12][0-9]{3})-([01][0-9])")
_EDGES = " \t\n,;:()[]"
_LEAD = re.compile(
    rf"(?:(?:{_words(WEEKDAYS)})\.?,?\s{{1,3}})?(?:(?:the|le|el|den)\s{{1,2}})?", re.IGNORECASE
)


def parse_date(text: str, *, dayfirst: bool | None = None) -> str | None:
    """One date expression → ISO 8601 at the precision printed, or ``None``.

    The whole of ``text`` (give or take surrounding spaces, brackets and a
    final full stop) must be the date: use :func:`find_dates` to look for
    dates inside longer text.  Beyond what :func:`find_dates` reads, a
    string that is only a year (``"2018"``), a year and month
    (``"2018-04"``) or eight digits forming a valid date (``"20200402"``)
    is accepted here, where the caller says the string is a date.
    """
    value = ascii_digits(text).strip(_EDGES)
    if value.endswith(".") and not re.search(r"(?:г|[A-Za-z]{3,})\.$", value):
        value = value[:-1].rstrip()
    if not value or len(value) > 120:
        return None
    if _YEAR.fullmatch(value):
        return value
    if match := _YEAR_MONTH.fullmatch(value):
        return _iso(match.group(1), match.group(2))
    if match := _COMPACT.fullmatch(value):
        return _iso(match.group(1), match.group(2), match.group(3))
    lead = _LEAD.match(value)
    match = _pattern().fullmatch(value, lead.end() if lead else 0)
    return _value(match, dayfirst) if match else None

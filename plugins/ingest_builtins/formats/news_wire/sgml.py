"""SGML news records of research collections.

Reuters-21578 (``<REUTERS …>`` with DATE, TITLE, AUTHOR, DATELINE and BODY) and the TREC-style ``<DOC>``
records of the TREC, CLEF and Gigaword collections (DOCNO or an ``id``, DATE, a headline, a byline, a
dateline and TEXT, its paragraphs in ``<P>`` or indented).
"""

from __future__ import annotations

import html
import re

import attrs

from ingest_builtins.formats.articles.agencies import canonical_agency, is_agency
from ingest_builtins.metadata.dates import find_dates

__all__ = [
    "SgmlStory",
    "count_doc_records",
    "count_records",
    "is_doc_sgml",
    "is_reuters_sgml",
    "parse_doc_sgml",
    "parse_reuters_sgml",
]

_ROOT = re.compile(r"\A\s*<REUTERS\b[^>]*>", re.IGNORECASE)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1
    )
}
_DATE = re.compile(
    r"(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3})-(?P<year>\d{4})"
    r"(?:\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The sign-off closing the body: "Reuter" in most records, "REUTER" in some.
_SIGN_OFF = re.compile(r"\s*\b(?:REUTERS?|Reuters?)\s*\Z")
# Brief records put a run of asterisks before their title.
_STARS = re.compile(r"^\s*\*{2,}\s*")
_PARAGRAPH = re.compile(r"\n(?=[ \t]{2,}\S)|\n[ \t]*\n")
_OPENING = re.compile(r"<REUTERS\b", re.IGNORECASE)
_END = re.compile(r"</REUTERS\s*>", re.IGNORECASE)
_ELEMENT_CACHE: dict[str, re.Pattern[str]] = {}


@attrs.frozen
class SgmlStory:
    """The fields of one Reuters-21578 record."""

    body: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    dateline: str | None = None
    agency: str | None = None


def is_reuters_sgml(text: str) -> bool:
    """Whether ``text`` starts with a ``<REUTERS …>`` element."""
    return bool(_ROOT.match(text[:500]))


def count_records(text: str) -> int:
    """How many ``<REUTERS …>`` records ``text`` holds (a whole collection file holds about a thousand)."""
    return len(_OPENING.findall(text))


def _element_pattern(name: str) -> re.Pattern[str]:
    pattern = _ELEMENT_CACHE.get(name)
    if pattern is None:
        pattern = _ELEMENT_CACHE[name] = re.compile(
            rf"<{name}\b[^>]*>(.*?)(?:</{name}\s*>|(?=</TEXT\s*>)|\Z)", re.I | re.S
        )
    return pattern


def _element(text: str, name: str) -> str | None:
    """The content of the first ``<name>`` element; one left open runs to the end of its record."""
    match = _element_pattern(name).search(text)
    return None if match is None else _plain(match.group(1))


def _unmarked_text(record: str) -> str:
    """A record without BODY (brief and unprocessed ones): its TEXT without the title, dateline and byline.

    Tags are removed before entities are decoded, so a ticker written ``&lt;ACM>`` stays in the text.
    """
    match = _element_pattern("TEXT").search(record)
    if match is None:
        return ""
    text = match.group(1)
    for name in ("TITLE", "DATELINE", "AUTHOR"):
        text = _element_pattern(name).sub(" ", text)
    return _STARS.sub("", _plain(re.sub(r"<[^>]{0,200}>", " ", text)))


def _plain(value: str) -> str:
    """Entities decoded, control characters (the collection's routing codes) dropped."""
    return _CONTROL.sub("", html.unescape(value))


def _iso(stamp: str | None) -> str | None:
    match = _DATE.search(stamp or "")
    month = _MONTHS.get(match.group("month").upper()) if match else None
    if match is None or month is None:
        return None
    day = f"{match.group('year')}-{month:02d}-{int(match.group('day')):02d}"
    if match.group("hour") is None:
        return day
    time = f"{int(match.group('hour')):02d}:{match.group('minute')}"
    return f"{day}T{time}" + (f":{match.group('second')}" if match.group("second") else "")


def _paragraphs(body: str) -> str:
    """Indented first lines start paragraphs; the wrapped lines inside one are joined."""
    body = _SIGN_OFF.sub("", body.rstrip())
    paragraphs = (" ".join(piece.split()) for piece in _PARAGRAPH.split(body))
    return "\n\n".join(p for p in paragraphs if p)


def parse_reuters_sgml(text: str) -> SgmlStory | None:
    """The first record of a Reuters-21578 file, or ``None`` when ``text`` is not one."""
    if not is_reuters_sgml(text):
        return None
    end = _END.search(text)
    record = text[: end.start()] if end else text
    body = _element(record, "BODY")
    if body is None:
        body = _unmarked_text(record)
    title = _element(record, "TITLE")
    if not body.strip() and not title:
        return None
    if not body.strip():
        body = title or ""
    return SgmlStory(
        body=_paragraphs(body),
        title=" ".join(title.split()) if title else None,
        date=_iso(_element(record, "DATE")),
        author=" ".join((_element(record, "AUTHOR") or "").split()) or None,
        dateline=" ".join((_element(record, "DATELINE") or "").split()).strip(" -–—") or None,
    )


# -- TREC-style <DOC> records ------------------------------------------------------------------

_DOC_ROOT = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<DOC\b(?P<attributes>[^>]*)>", re.IGNORECASE)
_DOC_MARK = re.compile(r"<(?:DOCNO|TEXT)\b", re.IGNORECASE)
_DOC_OPENING = re.compile(r"<DOC\b[^>]*>", re.IGNORECASE)
_DOC_END = re.compile(r"</DOC\s*>", re.IGNORECASE)
_ID_ATTRIBUTE = re.compile(r"""\bid\s*=\s*["']?(?P<id>[^"'\s>]+)""", re.IGNORECASE)
# A record's number names its source and day: "EFE19950101-00001", "AP880212-0001", "AFP_ENG_20050101.0001".
_RECORD_NUMBER = re.compile(r"(?P<source>[A-Za-z]{2,4})(?:_[A-Z]{3}_)?[.]?(?P<day>\d{6}(?:\d{2})?)\b")
# The collections' three-letter source codes that are not the agency's own name.
_SOURCE_CODES = {"apw": "ap", "xin": "xinhua", "aa": "anadolu"}
_HEADLINES = ("HEADLINE", "HL", "HEAD", "TITLE", "TI")
_BYLINES = ("BYLINE", "AUTHOR", "BY")
_DATELINES = ("DATELINE", "DL")
_TAG = re.compile(r"<[^>]{0,200}>")
_PARAGRAPH_TAG = re.compile(r"</?P\b[^>]*>", re.IGNORECASE)
# A topic slug above a headline, on its own line: "RUSIA-CHECHENIA".
_SLUG = re.compile(r"[A-ZÀ-Þ0-9]+(?:[-/][A-ZÀ-Þ0-9]+)+")
_YEAR_FIRST_DAY = re.compile(r"(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)")


def is_doc_sgml(text: str) -> bool:
    """Whether ``text`` starts with a TREC-style ``<DOC>`` record (a DOCNO or TEXT element inside)."""
    head = text[:3000]
    return bool(_DOC_ROOT.match(head)) and bool(_DOC_MARK.search(head))


def count_doc_records(text: str) -> int:
    """How many ``<DOC>`` records ``text`` holds."""
    return len(_DOC_OPENING.findall(text))


def _first_element(record: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = _element(record, name)
        if value is not None and value.strip():
            return value
    return None


def _iso_day(digits: str) -> str | None:
    """``19950101`` or ``880212`` as ISO, if it is a day."""
    if len(digits) == 6:
        digits = ("19" if digits[:2] >= "50" else "20") + digits
    day = _YEAR_FIRST_DAY.fullmatch(digits)
    if day is None or not ("01" <= day.group("month") <= "12" and "01" <= day.group("day") <= "31"):
        return None
    return f"{day.group('year')}-{day.group('month')}-{day.group('day')}"


def _day_of(number: str) -> str | None:
    """The day in a record's number (``EFE19950101-00001``, ``AP880212-0001``), as ISO."""
    match = _RECORD_NUMBER.search(number)
    return _iso_day(match.group("day")) if match is not None else None


def _stated_day(value: str | None) -> str | None:
    """A DATE element's day: ``19950101``, ``1995-01-01``, ``January 1, 1995, Sunday``."""
    if not value or not value.strip():
        return None
    if value.strip().isdigit():
        return _iso_day(value.strip())
    found = find_dates(value)
    return found[0].iso[:10] if found else None


def _agency_of(number: str) -> str | None:
    match = _RECORD_NUMBER.search(number)
    if match is None:
        return None
    source = match.group("source").casefold()
    source = _SOURCE_CODES.get(source, source)
    return canonical_agency(source) if is_agency(source) else None


def _doc_body(text: str) -> str:
    """The TEXT's paragraphs: ``<P>`` elements, or else blank lines and indented first lines."""
    pieces = (_PARAGRAPH_TAG if _PARAGRAPH_TAG.search(text) else _PARAGRAPH).split(text)
    paragraphs = (" ".join(_plain(_TAG.sub(" ", piece)).split()) for piece in pieces)
    return "\n\n".join(p for p in paragraphs if p)


def _headline(value: str | None) -> str | None:
    if not value:
        return None
    lines = [" ".join(line.split()) for line in _TAG.sub(" ", value).splitlines() if line.strip()]
    if len(lines) > 1 and _SLUG.fullmatch(lines[0]):
        lines = lines[1:]  # the topic slug above the headline
    return " ".join(lines) or None


def parse_doc_sgml(text: str) -> SgmlStory | None:
    """The first record of a TREC-style ``<DOC>`` file, or ``None`` when ``text`` is not one."""
    root = _DOC_ROOT.match(text[:3000])
    if root is None or not _DOC_MARK.search(text[:3000]):
        return None
    end = _DOC_END.search(text)
    record = text[: end.start()] if end else text
    number = _element(record, "DOCNO") or ""
    identifier = _ID_ATTRIBUTE.search(root.group("attributes"))
    number = number.strip() or (identifier.group("id") if identifier else "")
    match = _element_pattern("TEXT").search(record)
    body = _doc_body(match.group(1)) if match is not None else ""
    title = _headline(_first_element(record, _HEADLINES))
    if not body and not title:
        return None
    return SgmlStory(
        body=body or title or "",
        title=title,
        date=_stated_day(_element(record, "DATE")) or _day_of(number),
        author=" ".join((_first_element(record, _BYLINES) or "").split()) or None,
        dateline=" ".join((_first_element(record, _DATELINES) or "").split()).strip(" -–—") or None,
        agency=_agency_of(number),
    )

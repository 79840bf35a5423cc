"""Reuters-21578 SGML records: ``<REUTERS …>`` with DATE, TITLE, AUTHOR, DATELINE and BODY elements."""

from __future__ import annotations

import html
import re

import attrs

__all__ = ["SgmlStory", "count_records", "is_reuters_sgml", "parse_reuters_sgml"]

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

"""What a plain text states about itself: front matter, header block, centred title block, Markdown H1."""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from ingest_builtins.metadata.dates import find_dates, parse_date

__all__ = ["Stated", "head_date", "header_block", "markdown_title", "stated_in_front_matter", "title_block"]

_HEADER_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z -]{0,24}?)\s*:\s+(?P<value>\S.{0,300}?)\s*$")
_TITLE_KEYS = frozenset({"title", "subject"})
_DATE_KEYS = frozenset({"date", "published", "publication date", "pubdate", "created"})
# Front matter names the document's own date under more keys than the header lines do: "doc_date",
# "publish_date", "date_published", "release-date" (never an update's, an access's or a birth's).
_DATE_KEY = re.compile(
    r"(?:doc|document|pub|publish|published|publication|release|issue|issued|letter|sent)[_ -]?date"
    r"|date[_ -]?(?:published|issued|sent|of[_ -]publication)"
)
_AUTHOR_KEYS = frozenset({"author", "authors", "by"})
_MAX_HEADER_LINES = 12
_CENTRED = 8
_MAX_TITLE_LINES = 5
_ATX_TITLE = re.compile(r"#[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"=+[ \t]*$")
_INLINE_MARKS = re.compile(r"[*_`~]+")


@attrs.define
class Stated:
    """Fields a text states explicitly, and how many characters at its top state them."""

    title: str | None = None
    date: str | None = None
    authors: list[str] = attrs.field(factory=list)
    length: int = 0
    source: str = ""


def _authors(value: str | list[str]) -> list[str]:
    values = value if isinstance(value, list) else re.split(r"\s*(?:;|\band\b|&)\s*", value)
    return [v.strip() for v in values if v.strip()]


def stated_in_front_matter(values: Mapping[str, object]) -> Stated:
    """Title, date and authors from front matter values (keys as in ``annotations["front_matter"]``)."""
    stated = Stated(source="front matter")
    for key, value in values.items():
        name = key.lower().strip()
        text = value if isinstance(value, str) else None
        if name in _TITLE_KEYS and text and stated.title is None:
            stated.title = text
        elif (name in _DATE_KEYS or _DATE_KEY.fullmatch(name)) and text and stated.date is None:
            stated.date = parse_date(text)
        elif name in _AUTHOR_KEYS and isinstance(value, str | list) and not stated.authors:
            stated.authors = _authors(value)
    return stated


def header_block(text: str) -> Stated | None:
    """A block of ``Key: value`` lines at the very top that names a title or a date (``Title: …``)."""
    lines: list[str] = []
    length = len(text) - len(text.lstrip("\n"))
    for line in text[length:].split("\n"):
        if not line.strip():
            break
        lines.append(line)
        if len(lines) > _MAX_HEADER_LINES:
            return None
    pairs = [_HEADER_LINE.fullmatch(line.strip()) for line in lines]
    if not pairs or any(pair is None for pair in pairs):
        return None
    stated = Stated(source="header block", length=length + sum(len(line) + 1 for line in lines))
    for pair in pairs:
        assert pair is not None
        key, value = pair.group("key").lower().strip(), pair.group("value")
        if key in _TITLE_KEYS and stated.title is None:
            stated.title = value
        elif key in _DATE_KEYS and stated.date is None:
            stated.date = parse_date(value)
        elif key in _AUTHOR_KEYS and not stated.authors:
            stated.authors = _authors(value)
    if stated.title is None and stated.date is None:
        return None
    return stated


_HEAD_LINES = 4
_PROSE_WORDS = 12
_DATE_LINE_LONGEST = 80
_DATE_LABEL = re.compile(r"(?:date|dated|fecha|datum|data|дата)\s*:\s*", re.IGNORECASE)


def head_date(text: str) -> Stated | None:
    """A date the text's head states on a labelled line of its own, above its first paragraph of prose.

    ``Date: Wednesday, September 26, 2007, 4:07 p.m.`` under a title, where a header block would be if the
    title were not above it. A date alone on a line is no statement of the text's own date (a memo's
    meeting, a note quoted in a blog) and is left alone.
    """
    for line in [line.strip() for line in text.lstrip("\n").split("\n") if line.strip()][:_HEAD_LINES]:
        if line.startswith("(") and line.endswith(")"):
            continue  # a note in brackets above the title: "(* This is a provisional translation …)"
        if len(line.split()) >= _PROSE_WORDS or len(line) > _DATE_LINE_LONGEST:
            return None
        label = _DATE_LABEL.match(line)
        value = parse_date(line[label.end() :]) if label else None
        if value is not None and len(value) >= len("2000-01-01"):
            return Stated(date=value, source="date line")
    return None


def title_block(text: str) -> Stated | None:
    """A centred title block opening the text (a licence, a standard): its first line, and a date in it."""
    lines: list[str] = []
    for line in text.lstrip("\n").split("\n"):
        if not line.strip():
            break
        lines.append(line)
        if len(lines) > _MAX_TITLE_LINES:
            return None
    if not lines or any(len(line) - len(line.lstrip()) < _CENTRED for line in lines):
        return None
    stated = Stated(title=" ".join(lines[0].split()), source="title block")
    for line in lines[1:]:
        dates = find_dates(line)
        if dates:
            stated.date = dates[0].iso
            break
    return stated


def markdown_title(text: str) -> str | None:
    """The level-one heading that opens a Markdown text (``# Title`` or ``Title`` over ``===``)."""
    lines = text.lstrip("\n").split("\n", 2)
    match = _ATX_TITLE.match(lines[0])
    if match:
        title = match.group("title")
    elif len(lines) > 1 and lines[0].strip() and _SETEXT.match(lines[1]):
        title = lines[0]
    else:
        return None
    title = " ".join(_INLINE_MARKS.sub("", title).split())
    return title or None

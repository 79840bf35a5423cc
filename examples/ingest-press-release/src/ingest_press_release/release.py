"""Reading press releases: the release line, the dateline, the end mark and the media contact block."""

from __future__ import annotations

import re

__all__ = ["END_MARK", "RELEASE_LINE", "body_of", "dateline_of", "headline_of"]

RELEASE_LINE = re.compile(
    r"^\s*(FOR IMMEDIATE RELEASE|EMBARGOED (UNTIL|TO)\b.*|PRESS RELEASE|NEWS RELEASE)\s*$",
    re.MULTILINE | re.IGNORECASE,
)
END_MARK = re.compile(r"^\s*(#{3}|-30-|- ?30 ?-|ENDS)\s*$", re.MULTILINE)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'-]+),\s+(?P<month>[A-Z][a-z]+)\.?\s+"
    r"(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s*[-–—]+\s*"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def headline_of(text: str) -> str | None:
    """The first paragraph after the release line, when it is one short line."""
    match = RELEASE_LINE.search(text)
    if match is None:
        return None
    paragraphs = _paragraphs(text[match.end() :])
    if paragraphs and "\n" not in paragraphs[0] and len(paragraphs[0]) < 200:
        return paragraphs[0]
    return None


def body_of(text: str) -> str:
    """The text between the headline and the end mark, without the release line or the contact block."""
    match = RELEASE_LINE.search(text)
    start = match.end() if match else 0
    end = END_MARK.search(text, start)
    paragraphs = _paragraphs(text[start : end.start() if end else len(text)])
    if paragraphs and paragraphs[0] == headline_of(text):
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def dateline_of(body: str) -> tuple[str, str] | None:
    """``(place, ISO date)`` from a dateline such as ``OTTAWA, March 3, 2024 —``, or ``None``."""
    match = _DATELINE.match(body)
    if match is None:
        return None
    month = _MONTHS.get(match["month"].lower())
    if month is None:
        return None
    return match["place"].strip(), f"{match['year']}-{month:02d}-{int(match['day']):02d}"

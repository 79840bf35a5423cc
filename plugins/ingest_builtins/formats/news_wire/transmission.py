"""The lines agencies transmit around their copy: routing codes above the headline, decks under it.

Copy taken from an agency's feed keeps the lines its wire system added:
the start-of-message mark and message number (``ZCZC9417/SXA``,
``APA0231    5 WI  0412    Mi, 11.Mär 2026``), routing and priority codes
(``R POL S0A QBXB``) and, under the headline, a deck or sub-headline
(APA's ``Utl.: … =``, a second line set directly under the first).
They are told by their shape, never by one agency's codes.
"""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.articles.agencies import AGENCY_PATTERN
from ingest_builtins.formats.news_wire.dateline_parts import WEEKDAY_PATTERN
from ingest_builtins.metadata.dates import find_dates

__all__ = ["Transmission", "agency_date_line", "deck_end", "read_transmission"]

# The start of a message, an agency's name run into its message number ("ZCZC9417/SXA", "APA0231"), or
# a bulletin's masthead, the agency's name and the bulletin's in columns ("AGENCE …   BULLETIN N° 11").
_MESSAGE_START = re.compile(
    rf"[ \t]*(?:ZCZC\S*|(?P<agency>{AGENCY_PATTERN})(?:\d{{3,4}}\b|[ \t]{{3,}}(?=\S)))(?P<rest>[^\n]*)"
)
# A code: capitals, figures and the signs between them ("S0A", "QBXB", "XPP26071004417_SXA_QBXB").
_CODE = re.compile(r"[A-Z0-9][A-Z0-9_/.:-]*")
# A day and month written together after a day's dot ("11.Mär 2026"): the date reader wants a space.
_DAY_DOT = re.compile(r"(?<=\d\.)(?=[^\W\d_])")
_DATE_AT_END = re.compile(
    r"(?:[^\W\d_]{2,3},[ \t]*)?(?P<date>\d{1,2}\.[ \t]*[^\W\d_]{3,9}\.?[ \t]+\d{4})[ \t]*$"
)


@attrs.frozen
class Transmission:
    """A routing line read: where it ends, and the date it gives (a phrase for the date reader), if any."""

    end: int
    date: str | None = None


def _codes_only(line: str) -> bool:
    """A line of codes: capitals and figures only, one code at least with a figure in it."""
    tokens = line.split()
    return (
        0 < len(tokens) <= 8
        and all(_CODE.fullmatch(token) for token in tokens)
        and any(any(c.isdigit() for c in token) and any(c.isalpha() for c in token) for token in tokens)
    )


def read_transmission(text: str, start: int, limit: int) -> Transmission | None:
    """The routing line at ``start`` (message start and number, or codes only), or ``None``."""
    end = text.find("\n", start, limit)
    end = limit if end < 0 else end
    line = text[start:end]
    message = _MESSAGE_START.match(line)
    if message is not None:
        dated = _DATE_AT_END.search(message.group("rest"))
        return Transmission(end, _DAY_DOT.sub(" ", dated.group("date")) if dated else None)
    return Transmission(end) if _codes_only(line) else None


# The agency's name, then the copy's date and time, perhaps the desk's section after a bar:
# "КАБАР  |  12.03.2026  14:05  |  Общество", "NTB – torsdag 12. mars 2026 kl. 10.42"; or the agency, the
# place (one word) and the date, as EFE heads its copy: "EFE Bogotá 21 may. 2018".
_AGENCY_LEAD = re.compile(
    rf"[ \t]*(?P<agency>{AGENCY_PATTERN})(?:[ \t]*[-–—|,][ \t]*"
    r"|[ \t]+(?!(?:Photo|Foto|Video|TV|Online|News)\b)[A-ZÀ-ÖØ-Þ][\w'’-]+[ \t]+(?=\d))"
)
_CLOCK = re.compile(r"(?<!\d)([01]?\d|2[0-3])[:.h]([0-5]\d)(?!\d)")
_CLOCK_WORDS = re.compile(
    rf"\b(?:kl|klo|um|at|à|a\s+las|в|saat|uhr|h|gmt|utc|cet|cest|msk|{WEEKDAY_PATTERN})\b\.?", re.IGNORECASE
)
_DATE_LINE_LONGEST = 80


def agency_date_line(text: str, start: int, limit: int) -> tuple[int, str, str] | None:
    """The line at ``start`` naming the agency and the copy's date: (its end, the agency, the ISO date)."""
    end = text.find("\n", start, limit)
    end = limit if end < 0 else end
    lead = _AGENCY_LEAD.match(text, start, end)
    if lead is None or end - start > _DATE_LINE_LONGEST:
        return None
    when = text[lead.end() : end].split("|")[0]
    dates = find_dates(when, dayfirst=True)
    if len(dates) != 1:
        return None
    rest = when[: dates[0].start] + " " + when[dates[0].end :]
    clock = _CLOCK.search(rest)
    if clock is not None:
        rest = rest[: clock.start()] + rest[clock.end() :]
    if _CLOCK_WORDS.sub("", rest).strip(" \t.,"):
        return None  # more than a date and a time: a headline or a sentence
    iso = dates[0].iso
    if clock is not None and len(iso) == 10:
        iso = f"{iso}T{int(clock.group(1)):02d}:{clock.group(2)}"
    return end, lead.group("agency"), iso


# APA's deck: "Utl.: …", over one or more lines, the last ending with " =".
_UNTERTITEL = re.compile(r"[ \t]*Utl\.:[^\n]*(?:\n(?![ \t]*\n)[^\n]*){0,3}?=[ \t]*(?=\n|\Z)")
_DECK_LONGEST = 250


def deck_end(text: str, start: int, limit: int) -> int | None:
    """The end of a deck at ``start``, the line right under a headline; ``None`` if none is there.

    A deck is APA's ``Utl.: … =``, or one line of no sentence's end set
    directly under the headline, with a blank line after it.
    """
    marked = _UNTERTITEL.match(text, start, limit)
    if marked is not None:
        return marked.end()
    end = text.find("\n", start, limit)
    if end < 0:
        return None
    line = text[start:end].strip()
    if not line or len(line) > _DECK_LONGEST or line.endswith((".", ":", ";")):
        return None
    following = text.find("\n", end + 1, limit)
    return end if following >= 0 and not text[end + 1 : following].strip() else None

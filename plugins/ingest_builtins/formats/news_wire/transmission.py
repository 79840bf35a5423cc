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

__all__ = ["Transmission", "deck_end", "read_transmission"]

# The start of a message, or an agency's name run into its message number: "ZCZC9417/SXA", "APA0231".
_MESSAGE_START = re.compile(rf"[ \t]*(?:ZCZC\S*|(?P<agency>{AGENCY_PATTERN})\d{{3,4}}\b)(?P<rest>[^\n]*)")
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

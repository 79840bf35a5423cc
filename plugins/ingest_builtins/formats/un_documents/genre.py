"""Identification evidence: whether a text opens as a UN letter, a note verbale or an exchange of notes."""

from __future__ import annotations

import functools
import re

import attrs

from ingest_builtins.formats.un_documents.formulas import (
    CIRCULATION,
    CLOSINGS,
    LETTER_OPENINGS,
    OPENINGS,
    STRONG_OPENINGS,
    may_occur,
)
from ingest_builtins.formats.un_documents.markup import strip_markup
from ingest_builtins.formats.un_documents.masthead import looks_like_masthead
from ingest_builtins.formats.un_documents.signature import SIGNED
from ingest_builtins.formats.un_documents.titles import TITLE_START, ocr_title_kind

__all__ = ["CLOSING_REACH", "EXCHANGE_TITLE", "Evidence", "gather_evidence"]

#: The title of a treaty database's exchange of notes, in the languages such databases use.
EXCHANGE_TITLE = re.compile(
    r"^\W*(?:exchange\s+of\s+(?:diplomatic\s+)?notes|échange\s+de\s+notes|canje\s+de\s+notas|notawisseling|"
    r"notenwechsel|notenaustausch|scambio\s+di\s+note|troca\s+de\s+notas|wymiana\s+not)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Web-page furniture: widget labels and timestamp lines around a copied page.
_WEB_FURNITURE = re.compile(
    r"^\s*(?:latest\s+news|read\s+more|share|print\s+version|search\s+in\s+archive|related\s+news|"
    r"you\s+might\s+also\s+like|views:\s*\d+|tags?:|\w+\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2}|"
    r"\d{1,2}\s+\w+\s+\d{4}\s+\[\d{1,2}:\d{2}\])\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD = 6000


#: A closing formula is evidence of a note only when the note's opening stands within this many characters.
CLOSING_REACH = 1500


@attrs.frozen
class Evidence:
    """What the head of a text shows; ``*_at`` are character offsets (``None``: not seen).

    Some signs weigh only beside others, and are looked for only there:
    ``closing`` (a closing courtesy formula anywhere in the text) beside a
    note's opening within :data:`CLOSING_REACH` characters of the top;
    ``web_furniture`` (widget and time-stamp lines) beside a title or an
    opening; ``circulation`` beside a letter title, ``signed`` beside a
    letter title or a masthead, ``letter_opening`` beside either or an
    exchange-of-notes title.
    """

    letter_title_at: int | None = None
    note_title_at: int | None = None
    note_opening_at: int | None = None
    compliments_at: int | None = None
    closing: bool = False
    exchange_title: bool = False
    masthead: bool = False
    signed: bool = False
    circulation: bool = False
    letter_opening: bool = False
    web_furniture: int = 0
    lines_before_title: int = 0


def _first_title(head: str) -> tuple[int | None, int | None, int]:
    letter = note = None
    offset = 0
    for number, line in enumerate(head.split("\n")):
        if number >= 80:
            break
        match = TITLE_START.match(line)
        if match is not None:
            if match.group("note"):
                note = offset
            else:
                letter = offset
            return letter, note, number
        offset += len(line) + 1
    return None, None, 0


# The evidence of the last text asked about is kept: each format plugin weighing the same document
# (a letter, a note) asks for it, and it is gathered once.
@functools.lru_cache(maxsize=1)
def gather_evidence(text: str) -> Evidence:
    """Look at the first few thousand characters of ``text``; bounded work whatever its size."""
    return _gather(text)


def _search(pattern: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    return pattern.search(text) if may_occur(pattern, lowered) else None


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` is inside a quotation opened earlier in its paragraph (a cited formula)."""
    before = text[max(0, text.rfind("\n\n", 0, position)) : position]
    german = before.count("„")  # German quotations open with „ and close with “
    if german > before.count("“"):
        return True
    curly = before.count("“") - german > before.count("”") or before.count("«") > before.count("»")
    return curly or before.count('"') % 2 == 1


def _unquoted(pattern: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    """The first match of ``pattern`` outside quotation marks."""
    if not may_occur(pattern, lowered):
        return None
    return next((m for m in pattern.finditer(text) if not _quoted(text, m.start())), None)


def _gather(text: str) -> Evidence:
    head = strip_markup(text[:_HEAD])
    lowered = head.lower()
    letter, note, before = _first_title(head)
    masthead = looks_like_masthead(head[:2500])
    if letter is None and note is None and masthead:
        offset = 0
        lines = head[:4000].split("\n")
        for index, line in enumerate(lines):
            kind = ocr_title_kind(lines, index)
            if kind is not None:
                letter, note = (offset, None) if kind == "letter" else (None, offset)
                break
            offset += len(line) + 1
    # The compliments always count; "has the honour" forms only where they open a paragraph.
    openings = [m.start() for _, pattern in STRONG_OPENINGS for m in [_unquoted(pattern, head, lowered)] if m]
    compliments = min(openings) if openings else None
    for _, pattern in OPENINGS[len(STRONG_OPENINGS) :]:
        if not may_occur(pattern, lowered):
            continue
        for match in pattern.finditer(head):
            paragraph_start = max(head.rfind("\n\n", 0, match.start()), head.rfind(".", 0, match.start()))
            if match.start() - paragraph_start < 250 and not _quoted(head, match.start()):
                openings.append(match.start())
                break
    exchange = EXCHANGE_TITLE.search(head[:1500]) is not None
    titled = letter is not None
    return Evidence(
        letter_title_at=letter,
        note_title_at=note,
        note_opening_at=min(openings) if openings else None,
        compliments_at=compliments,
        # A closing formula counts only with an opening near the top (the notes' rule): looked for only then.
        closing=bool(openings) and min(openings) < CLOSING_REACH and _closes(text[:200_000]),
        exchange_title=exchange,
        masthead=masthead,
        signed=(titled or masthead) and any(SIGNED.match(line) for line in head.split("\n")),
        circulation=titled and _search(CIRCULATION, head, lowered) is not None,
        letter_opening=(titled or masthead or exchange)
        and any(_search(pattern, head, lowered) for _, pattern in LETTER_OPENINGS),
        web_furniture=_web_furniture(text) if openings or letter is not None or note is not None else 0,
        lines_before_title=before,
    )


def _web_furniture(text: str) -> int:
    return len(_WEB_FURNITURE.findall(text[:_HEAD] + "\n" + text[-2000:]))


def _closes(text: str) -> bool:
    lowered = text.lower()
    return any(_search(pattern, text, lowered) for _, pattern in CLOSINGS)

"""The masthead of a UN document: symbols, organs, issue date, original language, session, agenda items."""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.text_keys import CASE_ODDITIES
from ingest_builtins.formats.un_documents.agenda import find_agenda_items
from ingest_builtins.formats.un_documents.dates import issue_date
from ingest_builtins.formats.un_documents.languages import find_original_language
from ingest_builtins.formats.un_documents.organs import find_organs
from ingest_builtins.formats.un_documents.sessions import find_session
from ingest_builtins.formats.un_documents.symbols import find_symbols

__all__ = ["MASTHEAD_MARKS", "Masthead", "looks_like_masthead", "read_masthead"]

#: Lines only a masthead has.
MASTHEAD_MARKS = re.compile(
    r"^\W*(?:united\s*nations|nations\s+unies|naciones\s+unidas|distr\b|original\s*[:1]|"
    r"general\s+assembly|security\s+council|assemblée\s+générale|conseil\s+de\s+sécurité|"
    r"asamblea\s+general|consejo\s+de\s+seguridad|организация\s+объединенных\s+наций|генеральная\s+ассамблея|"
    r"совет\s+безопасности|联合国\s*$|安全理事会\s*$|大会\s*$|الأمم\s+المتحدة|مجلس\s+الأمن|الجمعية\s+العامة|"
    r"economic\s+and\s+social\s+council|commission\W{0,2}\s*on\s+human\s+rights)",
    re.IGNORECASE | re.MULTILINE,
)
# The marks counted in a whole text: each match opens with the newline before its line (the text searched is
# given one first), as a pattern opening with a literal is tried only where that literal stands.
_MARK_LINES = re.compile("\n" + MASTHEAD_MARKS.pattern.removeprefix("^"), MASTHEAD_MARKS.flags)
# Marks so plain that they count inside a line too: a scan's text layer runs the masthead's columns into one
# line ("UNITED ; Distr: NATIONS General Assembly i GENERAL", "- — ' '. ENGLISH bd ~+ ORIGINAL: ARABIC").
_INLINE_MARKS = re.compile(r"\bdistr\s*[.:]|\boriginal\s*[:1]\s*(?-i:[A-Z]{4,})\b", re.IGNORECASE)
# An inline mark as it reads once lower-cased, unless the text holds a letter that ``re.IGNORECASE`` takes for
# "s" or "i" ("ſ", "ı", "İ") and ``str.lower`` does not turn into it: looked for before the marks themselves.
# (one pattern a mark, each opening with its word: a pattern opening with a literal word is found fastest)
_LOWERED_INLINE_MARKS = (re.compile(r"distr\s*[.:]"), re.compile(r"original\s*[:1]"))
# The parts of a masthead's first row, flattened by a scan's text layer into one line; an organ's name may
# have a letter misread ("Sociat").
_FLATTENED_PARTS = re.compile(
    r"(?-i:\bUNITED\b|\bNATIONS\b|\bGENERAL\b|\bDistr\b)|"
    r"(?i:\b(?:economic\s+and\s+soci\w{2,3}|general\s+assembl\w|security)\s+coun\w{2,4}\b)"
)
# Every flattened part holds one of these: the first four as written, "coun" in any case.
_FLATTENED_KEYS = ("UNITED", "NATIONS", "GENERAL", "Distr")
_YEAR = re.compile(r"\b\S+\s+year\b", re.IGNORECASE)


@attrs.frozen
class Masthead:
    """What a masthead prints."""

    symbols: tuple[str, ...] = ()
    organs: tuple[str, ...] = ()
    issue_date: str | None = None
    original_language: str | None = None
    session: str | None = None
    agenda_items: tuple[str, ...] = ()


def _may_hold_inline_marks(text: str, lowered: str | None) -> bool:
    if any(odd in text for odd in CASE_ODDITIES):
        return True
    lowered = text.lower() if lowered is None else lowered
    return any(pattern.search(lowered) is not None for pattern in _LOWERED_INLINE_MARKS)


def _may_hold_flattened_parts(line: str) -> bool:
    """Whether ``line`` holds keys enough for three flattened parts (each holds a key of its own)."""
    return sum(line.count(key) for key in _FLATTENED_KEYS) + line.lower().count("coun") >= 3


def looks_like_masthead(text: str, lowered: str | None = None) -> bool:
    """Whether ``text`` carries at least two of the marks of a UN masthead.

    ``lowered`` is ``text`` lower-cased, when the caller has it already.
    """
    marks = len(_MARK_LINES.findall("\n" + text))
    if marks >= 2:
        return True
    if _may_hold_inline_marks(text, lowered):
        for match in _INLINE_MARKS.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if re.search(r"\w", text[line_start : match.start()]):  # not at the line's start: not counted yet
                marks += 1
    lines = text.split("\n", 12)[:12]
    if not _may_hold_flattened_parts("\n".join(lines)):
        return marks >= 2
    for line in lines:
        if (
            _may_hold_flattened_parts(line)
            and not MASTHEAD_MARKS.match(line)
            and len(_FLATTENED_PARTS.findall(line)) >= 3
        ):
            marks += 1  # "UNITED ; <i piste, N. potted i) Economic and Sociat Council GENERAL - eisai |."
    return marks >= 2


_AGENDA_MARK = re.compile(
    r"\b(?:(?:provisional\s+)?agenda\s+item|item\s+\d+\s+of\s+the\s+(?:provisional\s+)?agenda|point\s+\d+\s+de\s+l['’]ordre"
    r"|tema\s+\d+\s+del\s+programa)",
    re.IGNORECASE,
)
_FOOTNOTE_LINE = re.compile(r"\s*(?:\*{1,3}|\d{1,2}/)/?\s+\S")


def read_masthead(lines: list[str]) -> Masthead:
    """Read the fields of a masthead from its lines (everything above the title)."""
    text = "\n".join(lines)
    # The organs the masthead names above its agenda item; the item's title may name another body ("election
    # of 47 members of the Human Rights Council" in a General Assembly document).
    agenda = _AGENDA_MARK.search(text)
    organs = (find_organs(text[: agenda.start()]) if agenda is not None else []) or find_organs(text)
    if "Human Rights Council" in organs and "General Assembly" in organs:
        organs.remove("General Assembly")  # the Council's documents are printed under the Assembly's name
    # "Security Council / Forty-fifth year" is no session; only the Assembly's and councils' sessions are.
    session_text = _YEAR.sub(" ", text) if "year" in text.lower() else text
    # A footnote under the agenda item names the provisional agenda's symbol ("*/ A/52/150."): not this one's.
    own = "\n".join(line for line in lines if not _FOOTNOTE_LINE.match(line))
    return Masthead(
        symbols=tuple(find_symbols(own)),
        organs=tuple(organs),
        issue_date=issue_date(lines),
        original_language=find_original_language(text),
        session=find_session(session_text),
        agenda_items=tuple(find_agenda_items(text)),
    )

"""Shared cleaning steps on characters: invisible ones, odd quote marks and typed dashes, keeping the meaning.

``text.remove-invisibles`` drops characters a reader does not see (soft
hyphens, zero-width spaces, stray byte-order marks, direction marks) and
turns the many Unicode spaces into plain ones.

``text.quotes-dashes`` repairs only forms that are clearly makeshift: two
apostrophes or two backquotes standing for a double quote, two commas for a
low opening quote, an acute accent for an apostrophe, two hyphens for a
dash, Unicode hyphen variants.  Curly quotes stay curly and straight quotes
straight; a hyphen is never turned into a dash (compounds and ranges keep
theirs), and a spaced hyphen used as a dash is left as printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest import PREPARE, Document, Step, hookimpl
from ingest_builtins.cleaning.html import looks_like_html

__all__ = ["fix_quotes_and_dashes", "ingest_cleaning_steps", "remove_invisibles"]

# A soft hyphen at a line end is a word broken across lines: the word is joined, the break dropped.
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")
# Invisible: soft hyphen, zero-width space, word joiner, byte-order mark, direction marks and embeddings.
# Zero-width (non-)joiners stay: they change how Persian, Indic scripts and emoji are written.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
_INVISIBLE.update(dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069")))
_SPACES = {ord(c): " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"}
_SPACES.update({ord(c): " " for c in "\u200a\u202f\u205f\u3000"})
_SPACES.update({0x2028: "\n", 0x2029: "\n\n"})
_TABLE = {**_INVISIBLE, **_SPACES}
_ANY = re.compile("[" + "".join(chr(c) for c in _TABLE) + "]")

_LETTER = r"[^\W\d_]"
# Each pattern starts with its literal characters, so the scan is fast; the context is checked after.
_DOUBLED_OPENING = re.compile("\u2018\u2018")
_DOUBLED_CLOSING = re.compile("\u2019\u2019")
# ``quoted'' (TeX and typewriter habit) on one line.
_BACKQUOTED = re.compile(r"``([^`'\n]{1,300}?)''")
# ,,quoted" — two commas for the low opening quote of German, Dutch and others, closed on the same line.
_TWO_COMMAS = re.compile(rf",,(?<![\w,],,)(?={_LETTER}[^\n]{{0,300}}?(?:[\"“”]|''))")
# An acute accent or backquote between letters standing for an apostrophe: l´annexe, don`t.
_ACCENT_APOSTROPHE = re.compile(rf"[´`](?<={_LETTER}[´`])(?={_LETTER})")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _two_apostrophes(text: str) -> str:
    """''quoted'' → "quoted": two apostrophes for one double quote; never after a digit (10'' = inches)."""
    pieces: list[str] = []
    last = 0
    for match in re.finditer("''", text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before == "'" or after == "'":
            continue
        opening = not (before.isalnum() or before == "_") and after.isalpha()
        closing = (before.isalpha() or before in ".,;:!?)") and not (after.isalnum() or after == "_")
        if opening or closing:
            pieces += [text[last:start], '"']
            last = end
    return "".join(pieces) + text[last:] if pieces else text


def _two_hyphens(text: str) -> str:
    """Two hyphens between words for a dash: "the text--as agreed", "the text -- as agreed"."""
    pieces: list[str] = []
    last = 0
    for match in re.finditer("--", text):
        start, end = match.span()
        if text[start - 1 : start] == "-" or text[end : end + 1] == "-":
            continue
        left = text[max(0, start - 2) : start]
        right = text[end : end + 2]
        left_ok = left[-1:].isalpha() or (left[-1:] == " " and left[:1].isalpha())
        right_ok = right[:1].isalpha() or (right[:1] == " " and right[1:2].isalpha())
        if left_ok and right_ok and (left[-1:] == " ") == (right[:1] == " "):
            pieces += [text[last:start], "\u2014"]
            last = end
    return "".join(pieces) + text[last:] if pieces else text


def _replacement(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())] or ""


def remove_invisibles(document: Document) -> Document:
    """Drop soft hyphens (joining a word broken at a line end), zero-width spaces and marks; plain spaces."""
    text = document.text
    if not _ANY.search(text):
        return document
    # Only the characters found are replaced: ``str.translate`` with a table would look up every character.
    text = _ANY.sub(_replacement, _SOFT_HYPHEN_BREAK.sub("", text))
    return document if text == document.text else document.evolve(text=text)


def _quotes_and_dashes(text: str) -> str:
    if "\u2018\u2018" in text:
        text = _DOUBLED_OPENING.sub("\u201c", text)
    if "\u2019\u2019" in text:
        text = _DOUBLED_CLOSING.sub("\u201d", text)
    if "``" in text:
        text = _BACKQUOTED.sub("\u201c\\1\u201d", text)
    if "''" in text:
        text = _two_apostrophes(text)
    if ",," in text:
        text = _TWO_COMMAS.sub("\u201e", text)
    if "´" in text or "`" in text:
        text = _ACCENT_APOSTROPHE.sub("\u2019", text)
    if "--" in text:
        text = _two_hyphens(text)
    return text.translate(_HYPHENS) if "\u2010" in text or "\u2011" in text else text


def fix_quotes_and_dashes(document: Document) -> Document:
    """Repair makeshift quote marks and dashes (``''``, ``,,``, ``--``, ``´``); not in HTML source."""
    if looks_like_html(document):
        return document
    text = _quotes_and_dashes(document.text)
    return document if text == document.text else document.evolve(text=text)


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step]:
    """Right after the Unicode form is settled, for every format."""
    return [
        Step("text.remove-invisibles", remove_invisibles, order=PREPARE + 5),
        Step("text.quotes-dashes", fix_quotes_and_dashes, order=PREPARE + 40),
    ]

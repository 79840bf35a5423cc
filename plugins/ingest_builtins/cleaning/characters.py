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
_DOUBLED_OPENING = re.compile("\u2018\u2018")
_DOUBLED_CLOSING = re.compile("\u2019\u2019")
# ``quoted'' (TeX and typewriter habit) on one line.
_BACKQUOTED = re.compile(r"``([^`'\n]{1,300}?)''")
# ''quoted'' (two apostrophes for one double quote); never after a digit (10'' are inches or seconds).
_TWO_APOSTROPHES = re.compile(r"(?<![\w'])''(?=[^\W_])|(?<=[^\W\d_]|[.,;:!?)])''(?![\w'])")
# ,,quoted" — two commas for the low opening quote of German, Dutch and others, closed on the same line.
_TWO_COMMAS = re.compile(rf"(?<![\w,]),,(?={_LETTER}[^\n]{{0,300}}?(?:[\"“”]|''))")
# An acute accent or backquote between letters standing for an apostrophe: l´annexe, don`t.
_ACCENT_APOSTROPHE = re.compile(rf"(?<={_LETTER})[´`](?={_LETTER})")
# Two hyphens between words for a dash: "the text--as agreed" / "the text -- as agreed".
_TWO_HYPHENS = re.compile(rf"(?<={_LETTER})( ?)--( ?)(?={_LETTER})")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_SUSPECT = re.compile("\u2018\u2018|\u2019\u2019|``|''|,,|[´`]|--|[\u2010\u2011]")


def remove_invisibles(document: Document) -> Document:
    """Drop soft hyphens (joining a word broken at a line end), zero-width spaces and marks; plain spaces."""
    text = document.text
    if not _ANY.search(text):
        return document
    text = _SOFT_HYPHEN_BREAK.sub("", text).translate(_TABLE)
    return document if text == document.text else document.evolve(text=text)


def _quotes_and_dashes(text: str) -> str:
    if not _SUSPECT.search(text):
        return text
    text = _BACKQUOTED.sub("\u201c\\1\u201d", text)
    text = _DOUBLED_OPENING.sub("\u201c", text)
    text = _DOUBLED_CLOSING.sub("\u201d", text)
    text = _TWO_APOSTROPHES.sub('"', text)
    text = _TWO_COMMAS.sub("\u201e", text)
    text = _ACCENT_APOSTROPHE.sub("\u2019", text)
    text = _TWO_HYPHENS.sub("\\1\u2014\\2", text)
    return text.translate(_HYPHENS)


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

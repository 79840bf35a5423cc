"""Shared cleaning: line ends, Unicode composition and whitespace, for every format."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ingest import FINISH, PREPARE, Document, Step, hookimpl
from ingest_builtins.cleaning.crawl_stamp import drop_crawl_stamp

__all__ = ["ingest_cleaning_steps", "normalize_unicode", "tidy_whitespace"]

_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")
_SPACES = (" ", "\t", "\u00a0")
_SPACE_ENDS = tuple(f"{space}\n" for space in _SPACES)
_INNER_SPACE = re.compile(r"[ \t]{2,}")
#: The same in a text without tabs: a pattern opening with a literal is tried only where that literal stands.
_INNER_SPACES = re.compile(" {2,}")


def normalize_unicode(document: Document) -> Document:
    """Unify line ends to LF and compose characters (NFC)."""
    text = document.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return document if text == document.text else document.evolve(text=text)


def tidy_whitespace(document: Document) -> Document:
    """Page breaks to paragraph breaks; trailing spaces dropped, runs of spaces and blank lines collapsed."""
    text = document.text
    if "\f" in text:  # a PDF's pages, or pdftotext's, that no format step took apart
        text = text.replace("\f", "\n\n")
    # Each pattern runs only where its characters occur (most texts need none of them).
    if any(end in text for end in _SPACE_ENDS) or text.endswith(_SPACES):
        text = _TRAILING_SPACE.sub("", text)
    if "\t" in text:
        text = _INNER_SPACE.sub(" ", text)
    elif "  " in text:
        text = _INNER_SPACES.sub(" ", text)
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    text = text.strip()
    return document if text == document.text else document.evolve(text=text)


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step]:
    """Unicode first; a crawler's stamp left at the top, then whitespace, last; for every format."""
    return [
        Step("text.normalize-unicode", normalize_unicode, order=PREPARE),
        Step("text.crawl-stamp", drop_crawl_stamp, order=FINISH - 5),
        Step("text.tidy-whitespace", tidy_whitespace, order=FINISH),
    ]

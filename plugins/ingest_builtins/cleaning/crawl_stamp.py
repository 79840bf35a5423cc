"""The date stamp a crawler or page store writes before the text it saved: ``date 2021-10-14``.

It says under which day the store filed the page, not what the page prints: a format passes over
it when reading the text, and takes a date from it (:func:`stamp_date`) only where the page or the
agency copy prints none of its own (``date 2020-04-02 By Azernews``). Where a format's steps leave
it at the top of the text, the shared step :func:`drop_crawl_stamp` takes it out.
"""

from __future__ import annotations

import re

from ingest import Document

__all__ = ["CRAWL_STAMP", "drop_crawl_stamp", "stamp_date", "without_crawl_stamp"]

#: The stamp's source: the word ``date``, a day or a month in ISO form, perhaps a time, perhaps an empty
#: field's full stop ("date 2021-10-14 ."); groups ``date`` and ``time``.
CRAWL_STAMP = (
    r"[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:(?<=\d{2}-\d{2})[ T](?P<time>\d{1,2}:\d{2}))?"
    r"(?:[ \t]+\.(?=[ \t]*(?:\n|\Z)))?[ \t]*"
)
_AT_START = re.compile(CRAWL_STAMP + r"(?:\n|\Z)?", re.IGNORECASE)


def without_crawl_stamp(text: str) -> str:
    """``text`` without a crawler's stamp at its very start (what followed it on its line stays)."""
    match = _AT_START.match(text)
    return text if match is None else text[match.end() :]


def stamp_date(text: str) -> str | None:
    """The date of a page store's stamp at the start of ``text`` (ISO, to the minute if given), or None.

    The store files a page under the day it gives for it; a format takes it only where the page prints no
    date of its own, for copy of the genres that carry dates (a page, agency copy), never for a plain text.
    """
    match = _AT_START.match(text)
    if match is None:
        return None
    time = match.group("time")
    return match.group("date") + (f"T{time.zfill(5)}" if time else "")


def drop_crawl_stamp(document: Document) -> Document:
    """Take a crawler's date stamp off the top of the text: it is no line of the document's."""
    text = without_crawl_stamp(document.text)
    return document if text == document.text else document.evolve(text=text.lstrip())

"""The date stamp a crawler or page store writes before the text it saved: ``date 2021-10-14``.

It says when the page was fetched or filed by the store, not what the page prints: a format
passes over it, and takes a date from it only where nothing better is printed (agency copy
scraped with its byline: ``date 2020-04-02 By Azernews``). Where a format's steps leave it at
the top of the text, the shared step :func:`drop_crawl_stamp` takes it out.
"""

from __future__ import annotations

import re

from ingest import Document

__all__ = ["CRAWL_STAMP", "drop_crawl_stamp", "without_crawl_stamp"]

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


def drop_crawl_stamp(document: Document) -> Document:
    """Take a crawler's date stamp off the top of the text; the date it gives is not the document's."""
    text = without_crawl_stamp(document.text)
    return document if text == document.text else document.evolve(text=text.lstrip())

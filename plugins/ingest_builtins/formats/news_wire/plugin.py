"""The ``news-wire`` format plugin: identification, cleaning and metadata steps."""

from __future__ import annotations

import re

from ingest import Document, FormatRegistry, Score, hookimpl

__all__ = ["ingest_identify", "ingest_register_formats"]

_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+By\s+\w+", re.IGNORECASE)
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]+(,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s+\((Reuters|AFP|AP|Xinhua)\)\s+[-—]", re.MULTILINE
)


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``news-wire``."""
    formats.add("news-wire", "News-agency copy with its header, dateline or byline")


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """An agency header line or a dateline at the top."""
    head = document.text[:2000]
    if _HEADER.search(head):
        return Score("news-wire", 0.9, "agency header 'date … By …'")
    if _DATELINE.search(head):
        return Score("news-wire", 0.85, "agency dateline")
    return None

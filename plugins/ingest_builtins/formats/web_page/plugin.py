"""The ``web-page`` format plugin: identification, cleaning and metadata steps."""

from __future__ import annotations

import re

from ingest import Document, FormatRegistry, Score, hookimpl

__all__ = ["ingest_identify", "ingest_register_formats"]

_FURNITURE = re.compile(r"^(Latest news|Search in archive|Read more|Share)\s*$", re.MULTILINE | re.IGNORECASE)


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``web-page``."""
    formats.add("web-page", "Web pages, as raw HTML or as text copied with the page's furniture")


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """HTML, or text with a web page's furniture lines."""
    if document.media_type in ("text/html", "application/xhtml+xml"):
        return Score("web-page", 0.8, "HTML markup")
    if _FURNITURE.search(document.text):
        return Score("web-page", 0.6, "web page furniture lines ('Latest news', 'Search in archive')")
    return None

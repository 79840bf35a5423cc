"""Whether a document is HTML source, for the shared steps that make no sense on markup."""

from __future__ import annotations

import re

from ingest import Document

__all__ = ["HTML_MEDIA_TYPES", "looks_like_html"]

#: Media types of HTML source.
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_STRUCTURE = re.compile(
    r"<(?:html|body|head|div|p|span|table|article|section|main|nav|ul|li|a|script)\b", re.I
)
_ENOUGH = 3


def looks_like_html(document: Document) -> bool:
    """Whether ``document`` is HTML source: an HTML media type *and* HTML structure in its text.

    The media type alone is not enough: text exported with one stray
    ``<meta charset>`` line above Markdown is sniffed as ``text/html`` but
    is Markdown.  Several structural tags in the first 64 KB are required.
    """
    if document.media_type not in HTML_MEDIA_TYPES:
        return False
    for found, _ in enumerate(_STRUCTURE.finditer(document.text, 0, 65_536), start=1):
        if found >= _ENOUGH:
            return True
    return False

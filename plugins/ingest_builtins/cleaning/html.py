"""Whether a document is HTML source, for the shared steps that make no sense on markup."""

from __future__ import annotations

import itertools
import re

from ingest import Document

__all__ = ["HTML_MEDIA_TYPES", "came_from_html", "looks_like_html"]

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
    return _structured(document, document.text)


def came_from_html(document: Document) -> bool:
    """Whether ``document`` was decoded from HTML source, whatever its text has become since.

    A format that extracts a page's text (``web-page``) runs before the
    shared cleaning; its article is prose, not Markdown to strip.
    """
    return _structured(document, document.decoded.text)


def _structured(document: Document, text: str) -> bool:
    if document.media_type not in HTML_MEDIA_TYPES:
        return False
    tags = _STRUCTURE.finditer(text, 0, 65_536)
    return sum(1 for _ in itertools.islice(tags, _ENOUGH)) >= _ENOUGH

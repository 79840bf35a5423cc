"""The ``plain-text`` format: a low score for every document, so it wins only when nothing else claims it."""

from __future__ import annotations

from ingest import Document, FormatRegistry, Score, hookimpl

__all__ = ["FALLBACK_SCORE", "ingest_identify", "ingest_register_formats"]

#: The score every document gets as plain text: below any format's real claim.
FALLBACK_SCORE = 0.05


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``plain-text``."""
    formats.add("plain-text", "Text of no known format; nothing is inferred beyond what it states")


@hookimpl(trylast=True)
def ingest_identify(document: Document) -> Score:
    """Every document could be plain text."""
    return Score("plain-text", FALLBACK_SCORE, "fallback: no format recognised the document")

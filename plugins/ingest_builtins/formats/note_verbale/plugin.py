"""The ``note-verbale`` format plugin: identification, cleaning and metadata steps."""

from __future__ import annotations

import re

from ingest import Document, FormatRegistry, Score, hookimpl

__all__ = ["ingest_identify", "ingest_register_formats"]

_FORMULA = re.compile(
    r"presents its compliments|présente ses compliments|saluda atentamente|note verbale",
    re.IGNORECASE,
)


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``note-verbale``."""
    formats.add("note-verbale", "Notes verbales of permanent missions and ministries")


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """The courtesy formula of a note verbale, or its title."""
    if _FORMULA.search(document.text[:6000]):
        return Score("note-verbale", 0.85, "note verbale title or courtesy formula")
    return None

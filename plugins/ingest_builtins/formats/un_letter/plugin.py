"""The ``un-letter`` format plugin: identification, cleaning and metadata steps."""

from __future__ import annotations

import re

from ingest import Document, FormatRegistry, Score, hookimpl

__all__ = ["ingest_identify", "ingest_register_formats"]

_TITLE = re.compile(r"^\W*(Identical\s+)?letters?\s+dated\b", re.IGNORECASE | re.MULTILINE)
_ADDRESSED = re.compile(r"addressed\s+to\s+the\s+(Secretary-General|President)", re.IGNORECASE)


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``un-letter``."""
    formats.add("un-letter", "UN letters to the Secretary-General or the President of an organ")


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """A 'Letter dated …' title addressed to the Secretary-General or a President."""
    head = document.text[:3000]
    if _TITLE.search(head) and _ADDRESSED.search(head):
        return Score(
            "un-letter", 0.9, "'Letter dated …' title addressed to the Secretary-General or a President"
        )
    return None

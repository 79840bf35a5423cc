"""Lists of UN documents (reading lists, catalogues, indexes): several titles one under another, no letter."""

from __future__ import annotations

from ingest_builtins.formats.un_documents.titles import TITLE_START

__all__ = ["listed_titles"]

#: How far down a list of documents is looked for, in lines.
_LIST_LINES = 120


def listed_titles(text: str) -> int:
    """How many lines near the top open as a UN document's title ("Letter dated …", "Note verbale …").

    A letter or a note has one title (its annex may have a second); a list of documents has one per
    entry.  Asked only of a text that shows nothing else of a letter or a note.
    """
    lines = text.split("\n", _LIST_LINES)[:_LIST_LINES]
    return sum(1 for line in lines if TITLE_START.match(line))

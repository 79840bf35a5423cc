"""The ``plain-text`` format: the fallback; a title or date only where the text states one explicitly."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ingest import FORMAT, Document, FormatRegistry, Score, Step, hookimpl

if TYPE_CHECKING:
    from ingest_builtins.formats.plain_text.stated import Stated

# The rules are imported by the functions that use them, when first called, not when the plugin loads.

__all__ = [
    "FALLBACK_SCORE",
    "ingest_cleaning_steps",
    "ingest_identify",
    "ingest_metadata_steps",
    "ingest_register_formats",
    "rebuild",
    "stated_fields",
    "strip_header_block",
    "strip_page_furniture",
]

#: The score every document gets as plain text: below any format's real claim.
FALLBACK_SCORE = 0.05
FORMAT_NAME = "plain-text"
_HEADER = "plain-text.header"
_PROSE_TYPES = ("text/plain", "text/markdown")
_CODE_LINE = re.compile(
    r"[{};]\s*$|^\s*(?:def|class|import|from|return|function|var|let|const|#include|package|public|private)\b|"
    r"==|=>|->|::|^\s*[<>]\w"
)
_CODE_SHARE = 0.2


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``plain-text``."""
    formats.add(FORMAT_NAME, "Text of no known format; nothing is inferred beyond what it states")


@hookimpl(trylast=True)
def ingest_identify(document: Document) -> Score:
    """Every document could be plain text."""
    return Score(FORMAT_NAME, FALLBACK_SCORE, "fallback: no format recognised the document")


def _looks_like_code(text: str) -> bool:
    lines = [line for line in text[:20_000].split("\n") if line.strip()]
    if not lines:
        return False
    return sum(1 for line in lines if _CODE_LINE.search(line)) / len(lines) > _CODE_SHARE


def strip_header_block(document: Document) -> Document:
    """Remove a ``Title: …`` / ``Date: …`` header block at the top; keep what it states for the fields."""
    from ingest_builtins.formats.plain_text.stated import header_block

    if document.media_type not in _PROSE_TYPES:
        return document
    stated = header_block(document.text)
    if stated is None:
        return document
    rest = document.text[stated.length :].lstrip("\n")
    return document.evolve(text=rest).with_annotations(**{_HEADER: stated})


def strip_page_furniture(document: Document) -> Document:
    """Remove the running heads, running feet and page numbers of a text taken from paged documents."""
    from ingest_builtins.formats.plain_text.pages import strip_page_furniture as strip

    if document.media_type not in _PROSE_TYPES:
        return document
    text = strip(document.text)
    return document if text == document.text else document.evolve(text=text)


def rebuild(document: Document) -> Document:
    """Join lines hard-wrapped inside paragraphs, conservatively; data and code are left as they are."""
    from ingest_builtins.formats.articles.paragraphs import rebuild_paragraphs

    if document.media_type not in _PROSE_TYPES or _looks_like_code(document.text):
        return document
    text = rebuild_paragraphs(document.text, strict=True)
    return document if text == document.text else document.evolve(text=text)


def _stated(document: Document) -> Stated | None:
    from ingest_builtins.formats.plain_text.stated import (
        Stated,
        head_date,
        markdown_title,
        stated_in_front_matter,
        title_block,
    )

    front = document.annotations.get("front_matter")
    if isinstance(front, dict) and front:
        found = stated_in_front_matter(front)
        if found.title or found.date or found.authors:
            return found
    header = document.annotations.get(_HEADER)
    if isinstance(header, Stated):
        return header
    if document.media_type not in _PROSE_TYPES:
        return None
    original = document.decoded.text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    block = title_block(original)
    if block is not None:
        return block
    title = markdown_title(original) if document.annotations.get("markdown") else None
    if title:
        return Stated(title=title, source="Markdown title")
    return head_date(document.text)


def stated_fields(document: Document) -> Document:
    """Title, date and authors from front matter, header lines, a title block, an H1 or a date line."""
    stated = _stated(document)
    if stated is None:
        return document
    changes: dict[str, Any] = {}
    if stated.title and document.title is None:
        changes["title"] = stated.title
    if stated.date and document.date is None:
        changes["date"] = stated.date
    if stated.authors and not document.authors:
        changes["authors"] = tuple(stated.authors)
    return document.evolve(**changes) if changes else document


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step] | None:
    """A header block and page furniture removed, paragraphs rebuilt."""
    if format != FORMAT_NAME:
        return None
    return [
        Step("plain-text.header-block", strip_header_block, order=FORMAT),
        Step("plain-text.page-furniture", strip_page_furniture, order=FORMAT + 10),
        Step("plain-text.rebuild-paragraphs", rebuild, order=FORMAT + 20),
    ]


@hookimpl
def ingest_metadata_steps(format: str) -> Sequence[Step] | None:
    """Only what the text states explicitly."""
    if format != FORMAT_NAME:
        return None
    return [Step("plain-text.stated-fields", stated_fields, order=FORMAT)]

"""The Word reader (``ingest[docx]``): paragraphs and tables in order, headings, footnotes, properties."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from typing import Any
from xml.etree import ElementTree

import attrs

from ingest import Decoded, Document, Options, RawInput, Rejected, hookimpl

__all__ = ["WordDecoded", "decode_docx", "ingest_decode", "is_docx"]

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PROPERTIES = (
    "title",
    "subject",
    "author",
    "keywords",
    "category",
    "comments",
    "language",
    "last_modified_by",
    "created",
    "modified",
    "revision",
)


@attrs.frozen(slots=False)
class WordDecoded(Decoded):
    """Text decoded from a Word document, with its core properties and headings."""

    info: Mapping[str, Any] = attrs.field(factory=dict)
    headings: tuple[str, ...] = ()

    def describe_document(self, document: Document) -> Document:
        """The core properties and headings into ``metadata["docx"]``."""
        description = dict(self.info)
        if self.headings:
            description["headings"] = list(self.headings)
        return document.with_metadata(docx=description)


def is_docx(raw: RawInput) -> bool:
    """A zip holding ``word/document.xml`` (the name alone does not decide)."""
    if raw.media_type not in ("application/zip", DOCX):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(raw.data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def _table_text(table: Any) -> list[str]:
    """A table as lines, one per row, its cells (merged cells once) joined by `` | ``."""
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def _footnotes(document: Any) -> list[str]:
    """The footnotes' texts, numbered as Word numbers them (separators left out)."""
    for relationship in document.part.rels.values():
        if relationship.reltype.endswith("/footnotes"):
            root = ElementTree.fromstring(relationship.target_part.blob)
            notes = []
            for note in root.iter(f"{_W}footnote"):
                if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = "".join(node.text or "" for node in note.iter(f"{_W}t")).strip()
                if text:
                    notes.append(f"[{note.get(f'{_W}id')}] {text}")
            return notes
    return []


def _properties(document: Any) -> dict[str, str]:
    core = document.core_properties
    found = {}
    for name in _PROPERTIES:
        value = getattr(core, name, None)
        if value in (None, ""):
            continue
        found[name] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return found


def decode_docx(raw: RawInput) -> WordDecoded:
    """The text of a Word document: paragraphs and tables in order, then its footnotes."""
    try:
        import docx  # optional: the docx extra
    except ImportError:
        raise Rejected("reading Word documents needs the docx extra: pip install 'ingest[docx]'") from None
    try:
        document = docx.Document(io.BytesIO(raw.data))
        blocks: list[str] = []
        headings: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, docx.table.Table):
                blocks.append("\n".join(_table_text(item)))
                continue
            text = item.text.strip()
            style = (item.style.name if item.style is not None else "") or ""
            if text and style.startswith(("Heading", "Title")):
                headings.append(text)
            blocks.append(text)
        notes = _footnotes(document)
        info = _properties(document)
    except Rejected:
        raise
    except Exception as error:  # a damaged package or part: a reason, not a crash
        raise Rejected(f"damaged Word document: {type(error).__name__}: {error}") from None
    text = "\n\n".join(block for block in blocks if block)
    if notes:
        text += "\n\n" + "\n".join(notes)
    return WordDecoded(
        text=text, encoding="docx", confidence=1.0, method="python-docx", info=info, headings=tuple(headings)
    )


@hookimpl
def ingest_decode(raw: RawInput, options: Options) -> Decoded | None:
    """Decode ``.docx`` files; ``None`` for everything else."""
    if not is_docx(raw):
        return None
    return decode_docx(raw)

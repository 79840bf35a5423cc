"""The PDF reader: text layers through PDFium (``ingest[pdf]``), page by page, page furniture removed."""

from __future__ import annotations

from collections.abc import Sequence

from ingest import FINISH, Decoded, Document, OptionRegistry, Options, RawInput, Step, hookimpl
from ingest_builtins.reading.pdfdecode import PDF, decode_pdf
from ingest_builtins.reading.pdftext import MAX_PAGES, Page, PagedDecoded

__all__ = [
    "describe_pages",
    "ingest_add_options",
    "ingest_cleaning_steps",
    "ingest_decode",
    "ingest_metadata_steps",
    "page_breaks",
    "page_of",
]


@hookimpl
def ingest_add_options(options: OptionRegistry) -> None:
    """Declare ``--max-pages``."""
    options.add(
        "max-pages",
        type=int,
        default=MAX_PAGES,
        help=f"pages read at most from one PDF; later ones are left out with a warning (default {MAX_PAGES})",
    )


@hookimpl
def ingest_decode(raw: RawInput, options: Options) -> Decoded | None:
    """Decode PDFs from their text layer; ``None`` for every other media type."""
    if raw.media_type != PDF:
        return None
    return decode_pdf(raw, options)


def page_of(document: Document, offset: int) -> int | None:
    """The page number of the character at ``offset`` of the decoded text, for paged documents."""
    decoded = document.decoded
    if not isinstance(decoded, PagedDecoded) or not decoded.page_starts:
        return None
    number = None
    for page, start in zip(decoded.pages, decoded.page_starts, strict=True):
        if start > offset:
            break
        number = page.number
    return number


def page_breaks(document: Document) -> Document:
    """Page breaks the format steps left in the text become paragraph breaks."""
    if "\f" not in document.text:
        return document
    return document.evolve(text=document.text.replace("\f", "\n\n"))


def describe_pages(document: Document) -> Document:
    """The PDF's own metadata and page count into ``metadata["pdf"]``; the furniture removed, explained."""
    decoded = document.decoded
    if not isinstance(decoded, PagedDecoded):
        return document
    pages: Sequence[Page] = decoded.pages
    description = {**decoded.info, "pages": len(pages)}
    recognised_pages = [page for page in pages if page.method == "ocr"]
    recognised = {str(p.number): p.confidence for p in recognised_pages}
    if recognised:
        description["ocr_pages"] = recognised
    lines = [
        f"page {page.number}: removed " + "; ".join(repr(line) for line in page.furniture)
        for page in pages
        if page.furniture
    ]
    lines.extend(f"page {p.number}: recognised by OCR, confidence {p.confidence}" for p in recognised_pages)
    return document.with_metadata(pdf=description).with_annotations(pages=pages).explain(*lines)


@hookimpl
def ingest_cleaning_steps() -> Sequence[Step]:
    """Page breaks into paragraph breaks, just before the final whitespace tidying."""
    return [Step("pdf.page-breaks", page_breaks, order=FINISH - 1)]


@hookimpl
def ingest_metadata_steps() -> Sequence[Step]:
    """The PDF's metadata and pages, after every format's own metadata steps."""
    return [Step("pdf.pages", describe_pages, order=FINISH)]

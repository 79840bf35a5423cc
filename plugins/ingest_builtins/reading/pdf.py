"""The PDF reader: text layers through PDFium (``ingest[pdf]``), page by page, page furniture removed."""

from __future__ import annotations

from ingest import Decoded, Document, OptionRegistry, Options, RawInput, hookimpl
from ingest_builtins.reading.pdfdecode import PDF, decode_pdf
from ingest_builtins.reading.pdftext import MAX_PAGES, PagedDecoded

__all__ = ["ingest_add_options", "ingest_decode", "page_of"]


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

"""The PDF reader: text layers through PDFium (``ingest[pdf]``), page by page, page furniture removed."""

from __future__ import annotations

from collections.abc import Sequence

from ingest import FINISH, Decoded, Document, OptionRegistry, Options, RawInput, Rejected, Step, hookimpl
from ingest_builtins.reading.pdftext import (
    MAX_PAGES,
    NO_TEXT_LAYER,
    Page,
    PagedDecoded,
    assemble_pages,
    open_pdf,
    pdf_metadata,
    read_pages,
)

__all__ = [
    "decode_pdf",
    "describe_pages",
    "ingest_add_options",
    "ingest_cleaning_steps",
    "ingest_decode",
    "ingest_metadata_steps",
    "page_breaks",
    "page_of",
]

PDF = "application/pdf"


@hookimpl
def ingest_add_options(options: OptionRegistry) -> None:
    """Declare ``--max-pages``."""
    options.add(
        "max-pages",
        type=int,
        default=MAX_PAGES,
        help=f"pages read at most from one PDF; later ones are left out with a warning (default {MAX_PAGES})",
    )


def decode_pdf(raw: RawInput, options: Options, recognise: object = None, method: str = "pdfium") -> Decoded:
    """Decode a PDF's pages into a :class:`PagedDecoded`; ``Rejected`` with the reason when it cannot be."""
    pdf = open_pdf(raw.data)
    try:
        max_pages = int(options.get("max_pages") or MAX_PAGES)
        pages = read_pages(pdf, recognise, max_pages)  # type: ignore[arg-type]
        warnings: list[str] = []
        if len(pdf) > max_pages:
            warnings.append(f"only the first {max_pages} of {len(pdf)} pages were read (--max-pages)")
        info = pdf_metadata(pdf)
    except Rejected:
        raise
    except Exception as error:  # PDFium's errors on damaged files: a reason, not a crash
        raise Rejected(f"malformed PDF: {type(error).__name__}: {error}") from None
    finally:
        pdf.close()
    if not pages:
        raise Rejected("PDF has no pages")
    if all(not page.text.strip() for page in pages):
        raise Rejected(NO_TEXT_LAYER)
    kept, text, starts = assemble_pages(pages)
    empty = [page.number for page in pages if not page.text.strip()]
    if empty:
        warnings.append(f"pages without text: {_ranges(empty)}")
    recognised = [page for page in kept if page.method == "ocr"]
    if recognised:
        method = f"{method} text layer and tesseract OCR of pages {_ranges([p.number for p in recognised])}"
    return PagedDecoded(
        text=text,
        encoding="pdf",
        confidence=min([1.0, *(page.confidence for page in recognised if page.confidence is not None)]),
        method=method,
        warnings=tuple(warnings),
        pages=tuple(kept),
        page_starts=tuple(starts),
        info=info,
    )


def _ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 7]`` → ``"1-3, 7"``."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans)


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

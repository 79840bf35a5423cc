"""Decoding a PDF: its pages read (text layer, or a recogniser for pages without one), furniture removed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ingest import Options, RawInput, Rejected
from ingest_builtins.reading.pdftext import (
    MAX_PAGES,
    NO_TEXT_LAYER,
    PagedDecoded,
    assemble_pages,
    open_pdf,
    pdf_metadata,
    read_pages,
)

__all__ = ["PDF", "Recogniser", "decode_pdf", "page_ranges"]

PDF = "application/pdf"

#: Reads one page without a text layer: ``(page, number) -> (text, confidence 0..1)``.
Recogniser = Callable[[Any, int], tuple[str, float]]


def decode_pdf(
    raw: RawInput, options: Options, recognise: Recogniser | None = None, method: str = "pdfium"
) -> PagedDecoded:
    """Decode a PDF's pages into a :class:`PagedDecoded`; ``Rejected`` with the reason when it cannot be."""
    pdf = open_pdf(raw.data)
    try:
        max_pages = int(options.get("max_pages") or MAX_PAGES)
        pages = read_pages(pdf, recognise, max_pages)
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
        if any(page.method == "ocr" for page in pages):
            raise Rejected("no text layer, and OCR recognised no text")
        raise Rejected(NO_TEXT_LAYER)
    kept, text, starts = assemble_pages(pages)
    empty = [page.number for page in pages if not page.text.strip()]
    if empty:
        warnings.append(f"pages without text: {page_ranges(empty)}")
    recognised = [page for page in kept if page.method == "ocr"]
    if recognised:
        numbers = page_ranges([page.number for page in recognised])
        method = f"{method} text layer and tesseract OCR of pages {numbers}"
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


def page_ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 7]`` → ``"1-3, 7"``."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans)

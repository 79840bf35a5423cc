"""OCR (``ingest[ocr]`` and Debian's ``tesseract-ocr``): PDF pages without a text layer read by Tesseract.

Takes every PDF when both pytesseract and the ``tesseract`` program are
there: pages with a text layer are read from it, the others are rendered
and recognised one by one, each under ``--ocr-page-timeout``.  Without
them it steps aside, and the PDF reader fails scanned PDFs with the
reason and the extra to install.
"""

from __future__ import annotations

import functools
import shutil
from typing import Any

from ingest import Decoded, OptionRegistry, Options, RawInput, hookimpl
from ingest_builtins.reading.pdfdecode import PDF, Recogniser, decode_pdf

__all__ = ["available", "ingest_add_options", "ingest_decode", "recogniser"]

#: Rendering resolution of a page handed to Tesseract.
DPI = 300
_PAGE_TIMEOUT = 120.0


@functools.cache
def available() -> tuple[Any, tuple[str, ...]] | None:
    """Pytesseract and the languages Tesseract has installed, or ``None`` when either is missing."""
    if shutil.which("tesseract") is None:
        return None
    try:
        import pytesseract  # optional: the ocr extra
    except ImportError:
        return None
    try:
        languages = tuple(sorted(set(pytesseract.get_languages(config="")) - {"osd"}))
    except Exception:  # tesseract present but unusable: leave PDFs to the text-layer reader
        return None
    return (pytesseract, languages) if languages else None


@hookimpl
def ingest_add_options(options: OptionRegistry) -> None:
    """Declare ``--ocr-languages`` and ``--ocr-page-timeout``."""
    options.add(
        "ocr-languages",
        help="Tesseract languages to recognise, e.g. eng+fra (default: every language installed)",
    )
    options.add(
        "ocr-page-timeout",
        type=float,
        default=_PAGE_TIMEOUT,
        help=f"seconds Tesseract may spend on one page before it is left empty (default {_PAGE_TIMEOUT:g})",
    )


def recogniser(pytesseract: Any, languages: str, timeout: float) -> Recogniser:
    """Reads one rendered page: its words in Tesseract's lines and paragraphs, and their mean confidence."""

    def recognise(page: Any, number: int) -> tuple[str, float]:
        image = page.render(scale=DPI / 72).to_pil()
        try:
            data = pytesseract.image_to_data(
                image, lang=languages, timeout=timeout, output_type=pytesseract.Output.DICT
            )
        except RuntimeError:  # pytesseract's timeout: the page stays empty, the decoder warns
            return "", 0.0
        lines: list[str] = []
        words: list[str] = []
        confidences: list[float] = []
        last: tuple[int, int, int] | None = None
        for index, word in enumerate(data["text"]):
            if not word.strip():
                continue
            place = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            if last is not None and place != last:
                lines.append(" ".join(words))
                if place[:2] != last[:2]:
                    lines.append("")
                words = []
            words.append(word.strip())
            confidences.append(float(data["conf"][index]))
            last = place
        if words:
            lines.append(" ".join(words))
        confidence = sum(confidences) / len(confidences) / 100 if confidences else 0.0
        return "\n".join(lines), round(max(0.0, min(1.0, confidence)), 2)

    return recognise


@hookimpl(tryfirst=True)
def ingest_decode(raw: RawInput, options: Options) -> Decoded | None:
    """PDFs, with OCR for the pages that need it; ``None`` when Tesseract is not there (or not a PDF)."""
    if raw.media_type != PDF:
        return None
    found = available()
    if found is None:
        return None
    pytesseract, installed = found
    languages = str(options.get("ocr_languages") or "+".join(installed))
    timeout = float(options.get("ocr_page_timeout") or _PAGE_TIMEOUT)
    return decode_pdf(raw, options, recogniser(pytesseract, languages, timeout), method="pdfium")

"""PDF text layers page by page through PDFium, with the page furniture (repeated or patterned) removed."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ingest import Decoded, Document, Rejected

__all__ = [
    "NO_TEXT_LAYER",
    "Page",
    "PagedDecoded",
    "assemble_pages",
    "find_furniture",
    "open_pdf",
    "pdf_date",
    "pdf_metadata",
    "read_pages",
]

#: The reason a PDF without a text layer fails when no OCR plugin took it.
NO_TEXT_LAYER = "no text layer (scanned); install ingest[ocr]"
#: Pages read at most from one PDF (a document bound, besides the batch runner's --timeout).
MAX_PAGES = 5000
#: Lines at the top and at the bottom of a page where furniture is looked for.
_EDGE = 6
#: A page with fewer printable characters than this has no usable text layer.
_MIN_CHARS = 8

# Page numbers and counters: furniture in the outermost lines of a page only (a number deeper in is text).
_COUNTERS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"(?:page|pago|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?",  # "Page 2", "Page 2 of 5"
        r"[-–—]?\s*\d{1,4}\s*[-–—]?",  # a bare page number, "- 2 -"
        r"\d{1,4}\s*/\s*\d{1,4}",  # a page counter, "2/5"
    )
)
#: How far from a page's top or bottom a page number or counter may stand.
_COUNTER_EDGE = 3
# Marks of a document's production: furniture anywhere in a page's edge lines.
_MARKS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # A job number with its language and dates, perhaps read by OCR, perhaps with a continuation mark:
        # "20-12345 (E) 240418", "go-11348 1478i (E) / . . ."
        r"[0-9gGoOlI]{2}-\d{4,5}[a-z]?(?:\s+\d{3,5}[a-z]?)?(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,3}"
        r"(?:\s*/\s?(?:\.\s?){2,4})?",
        r"\([A-Z]\)(?:\s+\d{6}){0,3}",  # "(E)" with dates, alone on its line
        r"\*\s?\d{6,8}\s?\*",  # a barcode's text, "*2012345*"
        r"/\s?(?:\.\s?){2,4}",  # a continuation mark, "/..."
        r"please\s+recycle\W*",
    )
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
_ENDS_SENTENCE = tuple('.!?:;"”’)]')


@attrs.frozen
class Page:
    """One page of a PDF: its kept text, the furniture lines removed, and how the text was obtained."""

    number: int
    text: str
    furniture: tuple[str, ...] = ()
    method: str = "text layer"
    confidence: float | None = None


@attrs.frozen(slots=False)
class PagedDecoded(Decoded):
    """Text decoded from a paged document, with its pages and the file's own metadata.

    ``text`` holds the pages in order separated by form feeds,
    except where a paragraph runs on across a page break; ``page_starts``
    gives the offset in ``text`` where each page begins.
    """

    pages: tuple[Page, ...] = ()
    page_starts: tuple[int, ...] = ()
    info: Mapping[str, Any] = attrs.field(factory=dict)

    def describe_document(self, document: Document) -> Document:
        """The PDF's metadata and page count into ``metadata["pdf"]``; the furniture removed, explained."""
        description = {**self.info, "pages": len(self.pages)}
        recognised = [page for page in self.pages if page.method == "ocr"]
        if recognised:
            description["ocr_pages"] = {str(page.number): page.confidence for page in recognised}
        lines = [
            f"page {page.number}: removed " + "; ".join(repr(line) for line in page.furniture)
            for page in self.pages
            if page.furniture
        ]
        lines.extend(
            f"page {page.number}: recognised by OCR, confidence {page.confidence}" for page in recognised
        )
        return document.with_metadata(pdf=description).with_annotations(pages=self.pages).explain(*lines)


def open_pdf(data: bytes) -> Any:
    """Open a PDF from its bytes with PDFium; :class:`~ingest.Rejected` with the reason when it cannot be."""
    try:
        import pypdfium2 as pdfium  # optional: the pdf extra
    except ImportError:
        raise Rejected("reading PDF needs the pdf extra: pip install 'ingest[pdf]'") from None
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error)
        if "password" in message.lower():
            raise Rejected("encrypted PDF: a password is needed to read it") from None
        raise Rejected(f"malformed PDF: {message}") from None


def pdf_metadata(pdf: Any) -> dict[str, str]:
    """The document information dictionary (title, author, dates, producer), without empty entries."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # a damaged information dictionary is no reason to lose the text
        return {}
    found = {str(key).lower(): _clean(str(value)) for key, value in info.items() if str(value).strip()}
    for key in ("creationdate", "moddate"):
        if key in found:
            found[key] = pdf_date(found[key])
    return found


_PDF_DATE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?\s*"
)


def pdf_date(value: str) -> str:
    """A PDF date (``D:20010105113722-05'00'``) in ISO 8601 (``2001-01-05T11:37:22-05:00``), others as is."""
    match = _PDF_DATE.fullmatch(value.strip())
    if match is None:
        return value
    year, month, day, hour, minute, second, zulu, sign, zone_hours, zone_minutes = match.groups()
    text = year + (f"-{month}" if month else "") + (f"-{day}" if month and day else "")
    if day and hour:
        text += f"T{hour}:{minute or '00'}:{second or '00'}"
        if zulu:
            text += "Z"
        elif sign:
            text += f"{sign}{zone_hours}:{zone_minutes or '00'}"
    return text


def _clean(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_pages(
    pdf: Any, recognise: Callable[[Any, int], tuple[str, float]] | None = None, max_pages: int = MAX_PAGES
) -> list[Page]:
    """The text of every page, in order; ``recognise(page, number)`` reads pages without a text layer.

    Pages beyond ``max_pages`` are not read (the caller warns).  A page
    whose text layer holds (next to) nothing is handed to ``recognise``
    when given, and left empty otherwise.
    """
    pages: list[Page] = []
    for index in range(min(len(pdf), max_pages)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                text = _clean(_page_text(textpage))
            finally:
                textpage.close()
            if len(text.strip()) < _MIN_CHARS and recognise is not None:
                recognised, confidence = recognise(page, index + 1)
                pages.append(Page(index + 1, _clean(recognised), method="ocr", confidence=confidence))
            else:
                pages.append(Page(index + 1, text))
        finally:
            page.close()
    return pages


def _page_text(textpage: Any) -> str:
    """A page's text in PDFium's line order, with a blank line where the line spacing says a block ends.

    PDFium separates lines with CR LF and keeps one character of its text
    per character index, so a line's height and position come from the
    boxes of a few of its characters.
    """
    text: str = textpage.get_text_range()
    lines = text.split("\r\n")
    if len(lines) < 3 or len(text) != textpage.count_chars():
        return text
    boxes: list[tuple[float, float] | None] = []
    offset = 0
    for line in lines:
        boxes.append(_vertical_extent(textpage, line, offset))
        offset += len(line) + 2
    bottoms = [box[0] for box in boxes if box is not None]
    pitches = sorted(above - below for above, below in itertools.pairwise(bottoms) if above - below > 0)
    if not pitches:
        return text
    pitch = pitches[len(pitches) // 2]
    out: list[str] = []
    previous: float | None = None
    for line, box in zip(lines, boxes, strict=True):
        if box is not None and previous is not None and previous - box[0] > 1.6 * pitch and out:
            out.append("")
        out.append(line)
        if box is not None:
            previous = box[0]
    return "\n".join(out)


def _vertical_extent(textpage: Any, line: str, offset: int) -> tuple[float, float] | None:
    """The bottom and top of a line, from the boxes of three of its letters or digits (start, middle, end)."""
    size = len(line)
    bottoms, tops = [], []
    probed = set()
    for start in (0, size // 2, max(0, size - 8)):
        index = start
        while index < size and not line[index].isalnum():
            index += 1
        if index >= size or index in probed:
            continue
        probed.add(index)
        _, bottom, _, top = textpage.get_charbox(offset + index)
        bottoms.append(bottom)
        tops.append(top)
    return (min(bottoms), max(tops)) if bottoms else None


def _shape(line: str) -> str:
    """A line with its numbers and spacing blurred, so running heads of different pages compare equal."""
    return _SPACES.sub(" ", _DIGITS.sub("#", unicodedata.normalize("NFKC", line))).strip().casefold()


def _edges(lines: list[str]) -> dict[int, int]:
    """The non-blank lines at the top and the bottom of a page: index → lines between it and the edge."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    edges = {index: distance for distance, index in enumerate(filled[:_EDGE])}
    for distance, index in enumerate(reversed(filled[-_EDGE:])):
        edges[index] = min(distance, edges.get(index, distance))
    return edges


def _top(lines: list[str]) -> set[int]:
    """The non-blank lines at the top of a page, as far as furniture is looked for."""
    return set([index for index, line in enumerate(lines) if line.strip()][:_EDGE])


def find_furniture(pages: list[list[str]]) -> list[set[int]]:
    """For each page's lines, the indexes of furniture: at a page's edge, repeated across pages or patterned.

    A line repeats when its shape (numbers blurred) stands at the edge of
    at least two pages and of at least a third of them; short lines only,
    so that a sentence never counts as furniture.  The first page's top
    keeps such lines: there they are the document's own heading (a title, a
    letterhead, a UN masthead's symbol) that later pages repeat as running
    heads.
    """
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_shape(lines[index]) for index in _edges(lines) if len(lines[index].strip()) <= 80})
    needed = max(2, len(pages) // 3)
    found: list[set[int]] = []
    for number, lines in enumerate(pages):
        marked = set()
        heading = _top(lines) if number == 0 else set()
        for index, distance in _edges(lines).items():
            line = lines[index].strip()
            if len(line) > 80:
                continue
            repeated = len(pages) > 2 and seen[_shape(line)] >= needed and index not in heading
            counter = distance < _COUNTER_EDGE and any(pattern.fullmatch(line) for pattern in _COUNTERS)
            if repeated or counter or any(pattern.fullmatch(line) for pattern in _MARKS):
                marked.add(index)
        found.append(marked)
    return found


def assemble_pages(pages: list[Page]) -> tuple[list[Page], str, list[int]]:
    """Remove the furniture, join the pages with form feeds (or a line break inside a paragraph).

    Returns the pages with their kept text and removed furniture, the whole
    text and the offset where each page starts in it.
    """
    split = [page.text.split("\n") for page in pages]
    furniture = find_furniture(split)
    kept_pages: list[Page] = []
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for page, lines, marked in zip(pages, split, furniture, strict=True):
        kept = "\n".join(line for index, line in enumerate(lines) if index not in marked).strip("\n")
        removed = tuple(lines[index].strip() for index in sorted(marked))
        kept_pages.append(attrs.evolve(page, text=kept, furniture=removed))
        if parts:
            previous = parts[-1].rstrip()
            runs_on = previous and not previous.endswith(_ENDS_SENTENCE) and kept[:1].islower()
            separator = "\n" if runs_on else "\f"
            parts.append(separator)
            offset += len(separator)
        starts.append(offset)
        parts.append(kept)
        offset += len(kept)
    return kept_pages, "".join(parts), starts

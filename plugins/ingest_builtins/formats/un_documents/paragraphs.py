"""Rebuild paragraphs from hard-wrapped lines, from line-length statistics and sentence ends."""

from __future__ import annotations

import re

from ingest_builtins.formats.un_documents.words import join_hyphenated

__all__ = ["rebuild_paragraphs", "typical_width"]

#: A sentence's stop, and what may follow it on its line: closing quotation marks or brackets, then a
#: footnote's marker and a digit (``… the Council.”¹``).
_STOPS = (".", "!", "?", ":", ";")
_CLOSERS = '"”’)]'
_NOTE_MARKS = ("*", "¹", "²", "³")
_LIST_ITEM = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s|[ivx]{1,5}[.)]\s|[•\-–]\s)", re.IGNORECASE)
#: A list item's marker (:data:`_LIST_ITEM`): a bullet or a dash first, or a stop or bracket this early.
_BULLETS = ("•", "-", "–")
_MARKER_END = 6
_OPEN_END = re.compile(r"(?:[,\-–]|\b[a-zà-ÿ]+)$")
_FIRST_WORD = re.compile(r"\S+")


def typical_width(lines: list[str]) -> int:
    """The length of a full line: a high percentile of the lengths of the longer lines."""
    lengths = sorted([len(line.rstrip()) for line in lines if len(line) >= 20 and len(line.strip()) >= 20])
    if not lengths:
        return max((len(line) for line in lines), default=0)
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` (without blanks at its end) ends a sentence, as :data:`_STOPS` and the rest say."""
    end = line[:-1] if line[-1:].isdecimal() else line
    end = end[:-1] if end.endswith(_NOTE_MARKS) else end
    return end.rstrip(_CLOSERS).endswith(_STOPS)


def _list_item(line: str) -> bool:
    """Whether ``line`` opens with a list item's marker: "(a) ", "iv. ", "• "."""
    head = line[:_MARKER_END]
    return (line.startswith(_BULLETS) or "." in head or ")" in head) and _LIST_ITEM.match(line) is not None


def _breaks(before: str, after: str, blank: bool, width: int, indented: bool) -> bool:
    """Whether a paragraph ends between line ``before`` and line ``after``."""
    left, right = before.rstrip(), after.strip()
    ends_sentence = _ends_sentence(left)
    if blank:
        # A blank line ends a paragraph unless the sentence plainly runs on (OCR blank lines).
        if ends_sentence:
            return True
        return not (right[:1].islower() or (right[:1].isdigit() and _OPEN_END.search(left) is not None))
    if _list_item(right) or (indented and after.startswith((" ", "\t")) and _indent(after) > _indent(before)):
        return True
    if width >= 10**6:
        return ends_sentence or not (right[:1].islower() or _OPEN_END.search(left) is not None)
    first = _FIRST_WORD.match(right)
    fits = len(left) + 1 + (len(first.group()) if first else 0) <= width
    if ends_sentence:
        return fits
    # A line well short of the width that stops without punctuation: a heading or a list entry.
    return len(left) < width * 0.5 and right[:1].isupper() and not _OPEN_END.search(left)


def rebuild_paragraphs(lines: list[str], language: str = "en") -> list[str]:
    """Join wrapped lines into paragraphs; end-of-line hyphens are resolved with :func:`join_hyphenated`."""
    content = [line for line in lines if line.strip()]
    if not content:
        return []
    width = typical_width(content)
    if width > 200:
        # Long lines are paragraphs already (web and Markdown copies): keep each, mending only plain wraps.
        width = 10**6
    # First-line indents mean something only when most lines have none.
    indented = sum(1 for line in content if line.startswith((" ", "\t"))) < len(content) / 3
    paragraphs: list[str] = []
    current = ""
    previous: str | None = None
    blank = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if previous is None or _breaks(previous, line, blank, width, indented):
            if current:
                paragraphs.append(current)
            current = stripped
        elif current.endswith("-") and current[-2:-1].isalpha() and stripped[:1].isalpha():
            head, _, left = current[:-1].rpartition(" ")
            right, _, rest = stripped.partition(" ")
            joined = join_hyphenated(left, right, language)
            current = " ".join(part for part in (head, joined, rest) if part)
        else:
            current = f"{current} {stripped}"
        previous = line
        blank = False
    if current:
        paragraphs.append(current)
    return paragraphs

"""Rebuild paragraphs from hard-wrapped lines, for plain text and the text formats built on it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ingest_builtins.formats.articles.agencies import SOURCE_LABEL

__all__ = ["WRAP_WIDTH", "is_list_item", "rebuild_paragraphs", "split_flattened"]

#: Lines longer than this were not wrapped at a fixed column: a break after one is deliberate.
WRAP_WIDTH = 110

_BLOCK_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
_LIST_ITEM = re.compile(r"\s*(?:[-*•·▪◦–—>|+]|\d{1,3}[.)]|\(?[a-zA-Z0-9]{1,3}\)|[ivxIVX]{1,5}\.)\s")
_TERMINAL = ".!?…\"'”’»)]"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_STARTS_SENTENCE = re.compile(r"[\"'“‘«(\[]*[A-ZÀ-ÖØ-ÞА-ЯЁ0-9]")
# A paragraph break flattened into a run of spaces: after a sentence end, before a capital,
# a quotation mark, or a bracketed note.  One space is an ordinary sentence gap.
_FLATTENED_BREAK = re.compile(r"(?<=[.!?…\"”’\])])[ \t]{2,}(?=[\"“‘(\[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_CENTRED_INDENT = 8
_CENTRED_LINES = 12
# A line of the copy's closing furniture: the desk's codes ("Spr/Lux", "xa8/ads", "MAZ"), a copyright notice.
_DESK_CODES = re.compile(r"[A-Za-z][A-Za-z0-9]{1,4}(?:/[A-Za-z][A-Za-z0-9]{1,4}){1,3}|[A-Z]{2,5}")
_CLOSING_LINE = re.compile(
    rf"{_DESK_CODES.pattern}|(?:©|\([cC]\)|Copyright\b(?=\s*(?:©|\d{{4}}|[A-Z])))[^\n]{{0,80}}"
    r"|[-–—=]{1,2}[ ]?[A-Z][A-Za-z]{1,11}"  # an agency's sign-off after a dash: "–IANS", "-- BERNAMA"
    # … or the source or the photo credited under a label: "Zdroj: TASR", "Jana Nováková Foto: TASR".
    rf"|(?i:(?:{SOURCE_LABEL})\s?:\s?[^\n:]{{2,40}}|[^\n:]{{0,40}}\b(?:photo|foto|fotó|фото)\s?:\s?[^\n:]{{2,40}})"
)
_CONTINUES = re.compile(r"[\"'“‘(\[]*[a-zà-öø-ÿа-яё0-9]")


def is_list_item(line: str) -> bool:
    """Whether ``line`` starts a list item (bullet, number, letter in brackets)."""
    return bool(_LIST_ITEM.match(line))


_SPACE = " \t\u00a0"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u00a0"))


def _keeps_lines(lines: Sequence[str]) -> bool:
    """Centred title blocks, verse-like and tabular blocks: lines that must stay lines."""
    if lines[0][:1] in _SPACE and len(lines) <= _CENTRED_LINES:
        indents = [_indent(line) for line in lines]
        if len(set(indents)) > 1 and min(indents) >= _CENTRED_INDENT:
            return True
    return any("\t" in line.strip() or " | " in line for line in lines)


def _breaks_between(line: str, following: str, width: int, blank_separated: bool, strict: bool) -> str | None:
    """What separates two lines of a block: a line or paragraph break, ``""``, or ``None`` for a space."""
    current, nxt = line.strip(), following.strip()
    if not current or not nxt:
        return "\n\n"
    if is_list_item(following):
        return "\n"
    if following[0] in _SPACE or line[0] in _SPACE:
        indent, next_indent = _indent(line), _indent(following)
        if next_indent > indent + 1 or next_indent >= _CENTRED_INDENT > indent:
            return "\n\n"
    if current.endswith((":", "{", ";", "|")) and not nxt[0].islower():
        return "\n"
    ends_sentence = bool(_SENTENCE_END.search(current))
    if (ends_sentence and _CLOSING_LINE.fullmatch(nxt)) or _CLOSING_LINE.fullmatch(current):
        return "\n\n"  # the copy's closing lines stay apart from its last sentence and from each other
    if ends_sentence and _STARTS_SENTENCE.match(nxt):
        if len(current) > WRAP_WIDTH:
            return "\n\n"
        if not blank_separated and len(current) < 0.7 * width:
            return "\n\n"
    if current.endswith("-") and len(current) > 1 and current[-2].isalpha() and nxt[0].isalpha():
        return ""
    if strict and not _CONTINUES.match(nxt) and (ends_sentence or len(current) < 0.75 * width or width < 40):
        return "\n"
    return None


def _join_block(lines: list[str], blank_separated: bool, strict: bool) -> str:
    if len(lines) == 1 or _keeps_lines(lines):
        return "\n".join(line.strip() for line in lines)
    width = max(len(line.strip()) for line in lines)
    pieces = [lines[0].strip()]
    for line, following in itertools.pairwise(lines):
        separator = _breaks_between(line, following, width, blank_separated, strict)
        if separator is None:
            pieces.append(" " if pieces[-1] else "")
        else:
            pieces.append(separator)
        pieces.append(following.strip())
    return "".join(pieces)


def rebuild_paragraphs(text: str, *, strict: bool = False) -> str:
    """Join hard-wrapped lines into paragraphs separated by one blank line.

    Lines are joined inside each blank-line-separated block unless the
    next line starts a list item or is indented as a new paragraph, or the
    line ends a sentence and is either too long to be a wrap or (in text
    without blank lines) clearly shorter than the wrap width.  A line
    ending in a hyphen is joined without a space, the hyphen kept.
    Centred and tabular blocks keep their lines.  ``strict`` (for text of
    unknown genre: verse, addresses, lists) joins only where the next line
    continues in lower case, or where the line runs close to the wrap width
    without ending a sentence.
    """
    blocks = [block for block in _BLOCK_BREAK.split(text) if block.strip()]
    blank_separated = len(blocks) > 1
    joined = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        joined.append(_join_block(lines, blank_separated, strict))
    return "\n\n".join(joined)


def split_flattened(text: str) -> str:
    """Split text whose paragraph breaks were flattened into runs of spaces (one long line).

    Only text without any line break is touched: a single line longer than
    a few paragraphs, with two or more spaces after a sentence end.
    """
    if "\n" in text.strip() or len(text) < 2 * WRAP_WIDTH:
        return text
    return _FLATTENED_BREAK.sub("\n\n", text.strip())

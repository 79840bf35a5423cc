"""Footnotes of UN documents: ``* The annex is being circulated …`` at a page foot, and their markers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest_builtins.formats.un_documents.furniture import is_furniture

__all__ = ["FOOTNOTE_RULE", "footnote_lines", "remove_markers"]

_STAR_NOTE = re.compile(r"^\s*\\?\*{1,3}\s*\S")
_NUMBERED_NOTE = re.compile(r"^\s*\d{1,2}\s+(?:See|Ibid|Available|A/|S/|E/|[A-Z][a-z]+\s)")
#: A footnote separator rule, perhaps carrying the marker the OCR glued to it ("___-*").
FOOTNOTE_RULE = re.compile(r"^\s*[_\-–—]{3,}\s*\*?\s*$")
_MARKER = re.compile(r"(?<=[\w.,;:)\]”’])\\?\*{1,3}(?=[\s.,;:)]|$)")


_NOTE_END = (".", ")", ".)", "”")
#: What a footnote rule (:data:`FOOTNOTE_RULE`) opens with, after blanks.
_RULE_SIGNS = ("_", "-", "–", "—")


# Each test below looks at a line's first sign before its pattern is tried.
def _is_rule(line: str) -> bool:
    return line.lstrip().startswith(_RULE_SIGNS) and FOOTNOTE_RULE.match(line) is not None


def _is_star_note(line: str) -> bool:
    return line.lstrip().startswith(("*", "\\*")) and _STAR_NOTE.match(line) is not None


def _is_numbered_note(line: str) -> bool:
    return line.lstrip()[:1].isdecimal() and _NUMBERED_NOTE.match(line) is not None


def _is_lone_marker(line: str) -> bool:
    """A line of a note's number alone: one or two digits."""
    stripped = line.strip()
    return len(stripped) <= 2 and stripped.isdecimal()


def _detached_notes(lines: list[str], index: int, end: int) -> list[int]:
    """A page foot's notes printed apart from their markers: the numbers one per line, then the notes.

    ``pdftotext`` without ``-layout`` sets a page's footnote numbers (``1``, ``2``) on lines of their own
    and their texts after them, one line each.  Returns the indexes of the numbers and the notes, or none.
    """
    markers: list[int] = []
    at = index
    while at < end and (_is_lone_marker(lines[at]) or (markers and not lines[at].strip())):
        if lines[at].strip():
            if int(lines[at]) != len(markers) + 1 and not markers:
                return []
            markers.append(at)
        at += 1
    notes: list[int] = []
    while at < end and len(notes) < len(markers):
        line = lines[at].strip()
        if line:
            if not (line[:1].isupper() and line.endswith(_NOTE_END)):
                return []
            notes.append(at)
        at += 1
    return [*markers, *notes] if markers and len(notes) == len(markers) else []


def footnote_lines(
    lines: list[str], start: int = 0, end: int | None = None, furniture: Sequence[bool] | None = None
) -> set[int]:
    """Indexes of footnote lines in ``lines[start:end]``: each note with the lines that continue it.

    ``furniture`` is :func:`is_furniture` of each line when the caller has it already.
    """
    end = len(lines) if end is None else end

    def at_furniture(index: int) -> bool:
        return furniture[index] if furniture is not None else is_furniture(lines[index])

    found: set[int] = set()
    after_rule = False
    index = start
    while index < end:
        line = lines[index]
        if _is_rule(line):
            after_rule = True
            index += 1
            continue
        if at_furniture(index):
            index += 1
            continue
        if _is_lone_marker(line) and (detached := _detached_notes(lines, index, end)):
            found.update(detached)
            index = max(detached) + 1
            continue
        starts = _is_star_note(line) or (after_rule and bool(line.strip()))
        if not starts and _is_numbered_note(line):
            previous = next((lines[i] for i in range(index - 1, start - 1, -1) if lines[i].strip()), "")
            starts = (index - 1) in found or _is_rule(previous)
        if not starts:
            after_rule = after_rule and not line.strip()
            index += 1
            continue
        found.add(index)
        index += 1
        # A note runs on over the lines that follow it while its sentence is unfinished.
        while index < end and lines[index].strip() and not at_furniture(index):
            if _is_star_note(lines[index]) or _is_numbered_note(lines[index]):
                break
            if (
                lines[index - 1].rstrip().endswith((".", ";", ":"))
                and not lines[index].lstrip()[:1].islower()
            ):
                break
            found.add(index)
            index += 1
        after_rule = False
    return found


def remove_markers(text: str) -> str:
    """Drop asterisk footnote markers glued to words or punctuation ("(see annex).*" → "(see annex).")."""
    return _MARKER.sub("", text) if "*" in text else text

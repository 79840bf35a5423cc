"""Page furniture of a plain text taken from paged documents: running heads and feet, page numbers.

Only lines standing alone (a blank line, a page break or the text's edge above and below) are
considered, and only when they are plainly furniture: a page label ("Page 2 of 5", "- 3 -", "4"), or a
line the layout repeats with wide gaps between its parts ("Annual Review 2023        14"), each copy
differing at most in its page number.  A line of prose said twice (a refrain, a repeated heading) stays.
"""

from __future__ import annotations

import re
from collections import defaultdict

__all__ = ["strip_page_furniture"]

_PAGE_LABEL = re.compile(
    r"[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.|pag\.|página|pagina|seite|s\.|стр\.|страница)\s*\d{1,4}"
    r"(?:\s*(?:of|/|de|di|von|sur|из)\s*\d{1,4})?|\d{1,4}\s*(?:/|of)\s*\d{1,4}|\d{1,3}",
    re.IGNORECASE,
)
# The gap pdftotext's layout mode leaves between a running head's parts.
_GAP = re.compile(r"\S {3,}\S")
_DIGITS = re.compile(r"\d+")
_LONGEST = 160


def _alone(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` has a blank line, a page break or the text's edge above and below."""
    line = lines[index]
    before = lines[index - 1] if index else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    above = not before.strip() or before.endswith("\f") or line.startswith("\f")
    below = not after.strip() or after.startswith("\f") or line.endswith("\f")
    return above and below


def _furniture(lines: list[str]) -> set[int]:
    """Indexes of the running heads, feet and page labels among ``lines``."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        stripped = line.strip().strip("\f").strip()
        if stripped and len(stripped) <= _LONGEST and _alone(lines, index):
            groups[_DIGITS.sub("#", " ".join(stripped.split()))].append(index)
    found: set[int] = set()
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        shown = [lines[index].strip().strip("\f").strip() for index in indexes]
        if all(_PAGE_LABEL.fullmatch(line) for line in shown) or _GAP.search(shown[0]):
            found.update(indexes)
    # One page label closing the text: the last page's number ("Page 2 of 2").
    last = max((index for index, line in enumerate(lines) if line.strip()), default=None)
    if last is not None and _alone(lines, last) and _PAGE_LABEL.fullmatch(lines[last].strip().strip("\f")):
        found.add(last)
    return found


def strip_page_furniture(text: str) -> str:
    """``text`` without its running heads, running feet and page labels (see the module's note)."""
    lines = text.split("\n")
    found = _furniture(lines)
    if not found:
        return text
    kept = [line for index, line in enumerate(lines) if index not in found]
    # The blank lines around a removed line would pile up: at most one blank line between paragraphs.
    tidy: list[str] = []
    for line in kept:
        if not line.strip() and "\f" not in line and (not tidy or not tidy[-1].strip()):
            continue
        tidy.append(line)
    return "\n".join(tidy).strip("\n") + ("\n" if text.endswith("\n") else "")

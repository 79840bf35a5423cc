"""Bounded HTML parsing with the lexbor engine (selectolax)."""

from __future__ import annotations

import re
from itertools import accumulate

from selectolax.lexbor import LexborHTMLParser

__all__ = ["MAX_CHARS", "MAX_NESTING", "bound_nesting", "parse_html"]

#: Longest document (in characters) that is parsed; the rest is dropped.
MAX_CHARS = 8_000_000
#: Deepest element nesting kept; deeper markup is cut off before parsing,
#: because the parser's time grows with the square of the nesting depth.
MAX_NESTING = 400

# Elements whose nesting the parser tracks at a cost; void elements and those
# whose end tag is optional (p, li, td, ...) are closed implicitly.
_NESTING = re.compile(
    r"<(/?)(?:div|section|article|ul|ol|table|blockquote|font|dl|main|aside|form"
    r"|center|nav|header|footer|figure|details|fieldset|menu|dir|pre|h[1-6]"
    r"|span|a|b|i|em|strong|small)\b",
    re.IGNORECASE,
)
#: Below this many ``<`` the nesting cannot be deep enough to matter.
_SCAN_TRIGGER = 6000


def bound_nesting(html: str, limit: int = MAX_NESTING) -> str:
    """Return ``html`` cut where its element nesting first exceeds ``limit``."""
    if html.count("<") < _SCAN_TRIGGER:
        return html
    marks = _NESTING.findall(html)
    if not marks or max(accumulate(-1 if m else 1 for m in marks)) <= limit:
        return html
    depth = 0
    for m in _NESTING.finditer(html):
        depth += -1 if m.group(1) else 1
        if depth > limit:
            return html[: m.start()]
    return html


def parse_html(html: str) -> LexborHTMLParser:
    """Parse ``html`` with bounded size and nesting; never raises on bad input."""
    if len(html) > MAX_CHARS:
        html = html[:MAX_CHARS]
    # The parser is given text as these bytes anyway; they are quicker to search, and a zero
    # byte or a "<" in them is exactly a U+0000 or a "<" in the text.
    data = html.encode("utf-8", errors="ignore")
    if b"\x00" in data or data.count(b"<") >= _SCAN_TRIGGER:
        return LexborHTMLParser(bound_nesting(html.replace("\x00", "")))
    return LexborHTMLParser(data)

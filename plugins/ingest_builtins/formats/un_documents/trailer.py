"""The site trailer of web copies: "Document symbol: …", "Publication Date: …" lines and navigation links."""

from __future__ import annotations

import re

__all__ = ["find_trailer", "is_navigation", "trailer_fields"]

_KEY_VALUE = re.compile(r"^\s*([A-Z][A-Za-z]+(?: [A-Za-z]+){0,3})\s*:\s*(\S.*)$")
_NAVIGATION = re.compile(r"^\s*(?:\[[^\]\n]{1,60}\]\s*)+$")
_KNOWN_KEYS = frozenset(
    (
        "document symbol", "symbol", "document type", "document sources", "source", "sources", "country",
        "countries", "subject", "subjects", "publication date", "date", "language", "languages", "author",
        "agenda item", "agenda items", "document date", "type", "keywords", "session",
    )
)  # fmt: skip


def is_navigation(line: str) -> bool:
    """A line of bracketed links only: ``[ Go to UN Index ]  [Go to Homepage ]``."""
    return _NAVIGATION.match(line) is not None


def find_trailer(lines: list[str]) -> int:
    """The index where a trailing block of site metadata and navigation starts (``len(lines)`` if none)."""
    start = len(lines)
    keys = 0
    index = len(lines) - 1
    while index >= 0:
        line = lines[index]
        match = _KEY_VALUE.match(line)
        if not line.strip():
            index -= 1
            continue
        if is_navigation(line):
            start = index
        elif match and match.group(1).lower() in _KNOWN_KEYS:
            keys += 1
            start = index
        else:
            break
        index -= 1
    if start < len(lines) and keys == 1 and not any(is_navigation(line) for line in lines[start:]):
        return len(lines)  # one "Date: …" line alone is no trailer
    return start


def trailer_fields(lines: list[str]) -> dict[str, str]:
    """The trailer's key-value lines, keys lower-cased."""
    fields: dict[str, str] = {}
    for line in lines:
        match = _KEY_VALUE.match(line)
        if match and match.group(1).lower() in _KNOWN_KEYS:
            fields.setdefault(match.group(1).lower(), match.group(2).strip())
    return fields

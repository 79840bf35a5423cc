"""Pointers from the copy to material beside it: "For a graphic on the plan, click tmsnrt.rs/2zMk8Nm"."""

from __future__ import annotations

import re

from ingest_builtins.formats.text_keys import may_hold

__all__ = ["strip_pointers"]

# A short address as agencies print them: a URL, "www.…", or a link shortener's "host.tld/code".
_ADDRESS = r"(?:https?://\S+|www\.\S+|\b[a-z][a-z0-9-]{1,20}\.(?:rs|ly|gl|to|co|me)/\w\S*)"
_HAS_ADDRESS = re.compile(_ADDRESS, re.IGNORECASE)
# What every such address holds, whatever its case: a text holding none points nowhere.
_ADDRESS_KEYS = ("http", "www.", ".rs/", ".ly/", ".gl/", ".to/", ".co/", ".me/")
# "For a graphic on …, click …", "For a FACTBOX on …, see …", "Click here for …", "To see the video, go to …".
# The pointer ends at its address; the words before it hold no sentence end, so a sentence is never cut.
_POINTER = re.compile(
    r"(?:(?<=\A)|(?<=\n)|(?<=[.!?”\"’)] ))[ \t]*\(?"
    r"(?:(?:for\s+(?:a|an|the|more|related|full)|to\s+(?:see|read|view|watch))\b"
    r"[^\n.!?]{0,150}?\b(?:click|see|go\s+to|visit|read|watch)\b|click\s+here\b[^\n.!?]{0,100}?)"
    rf"\s*:?\s*(?:on\s+|at\s+)?{_ADDRESS}\)?[ \t]*",
    re.IGNORECASE,
)


def strip_pointers(text: str) -> str:
    """``text`` without the sentences that only point the reader to a graphic or video at an address."""
    if "/" not in text or not may_hold(text, _ADDRESS_KEYS) or not _HAS_ADDRESS.search(text):
        return text
    stripped = _POINTER.sub("", text)
    if stripped == text:
        return text
    stripped = re.sub(r"[ \t]+\n", "\n", stripped)
    return re.sub(r"\n{3,}", "\n\n", stripped).strip()

"""Media-type sniffing from leading bytes, with the file name as a hint."""

from __future__ import annotations

import mimetypes

__all__ = ["BINARY_MEDIA_TYPES", "is_textual", "sniff_media_type"]

# Leading bytes of formats that are certainly not text, longest first where they overlap.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"PK\x05\x06", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"BZh", "application/x-bzip2"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"RIFF", "application/octet-stream"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (b"\x7fELF", "application/x-executable"),
    (b"SQLite format 3\x00", "application/vnd.sqlite3"),
)

#: Media types no text decoder should accept.
BINARY_MEDIA_TYPES = frozenset(media for _, media in _MAGIC) | {"application/octet-stream"}

# Markers that make a document HTML whatever its name, and weaker ones that do so unless the
# name says it is text of another kind (Markdown exports often start with a <meta> line).
_HTML_MARKERS = (b"<!doctype html", b"<html")
_WEAK_HTML_MARKERS = (b"<head", b"<body", b"<meta ", b"<title")
_TEXT_SUFFIXES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".sgm": "text/sgml",
    ".sgml": "text/sgml",
    ".json": "application/json",
    ".jsonl": "application/jsonl",
    ".csv": "text/csv",
    ".xml": "application/xml",
    ".htm": "text/html",
    ".html": "text/html",
    ".xhtml": "application/xhtml+xml",
}


_MAGIC_FIRST_BYTES = frozenset(magic[0] for magic, _ in _MAGIC)


def _html_markers(head: bytes) -> tuple[bool, bool]:
    """Whether the head of the input has strong HTML markers, and whether it has weak ones."""
    if head.find(b"<", 0, 1024) < 0:
        return False, False
    sample = head[:2048].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00")
    # UTF-16 text carries NULs between ASCII letters; drop them for the check.
    if b"\x00" in sample[:64]:
        sample = sample.replace(b"\x00", b"")
    sample = sample[:1024].lower()
    strong = any(marker in sample for marker in _HTML_MARKERS)
    return strong, strong or any(marker in sample for marker in _WEAK_HTML_MARKERS)


def sniff_media_type(data: bytes, name: str = "") -> str:
    """Return the media type of ``data``: magic numbers first, then markup, then the name.

    Never raises.  Text whose kind cannot be told is ``text/plain``; the
    decoder decides later whether it really is text.
    """
    if data and data[0] in _MAGIC_FIRST_BYTES:
        for magic, media_type in _MAGIC:
            if data.startswith(magic):
                return media_type
    strong, weak = _html_markers(data)
    if strong:
        return "text/html"
    lowered = name.lower()
    suffix = lowered[lowered.rfind(".") :] if "." in lowered[-10:] else ""
    known = _TEXT_SUFFIXES.get(suffix)
    if weak and known in (None, "text/plain", "text/html") and data[:8192].count(b"</") >= 3:
        return "text/html"
    if known is not None:
        return known
    if not suffix:
        return "text/plain"
    guessed, _ = mimetypes.guess_type(lowered)
    if guessed and not guessed.startswith("text/") and guessed in BINARY_MEDIA_TYPES:
        return guessed
    return "text/plain"


def is_textual(media_type: str) -> bool:
    """Whether a text decoder may try inputs of this media type."""
    return media_type not in BINARY_MEDIA_TYPES and (
        media_type.startswith("text/") or media_type.endswith(("+xml", "/xml", "/json", "/jsonl"))
    )

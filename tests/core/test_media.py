"""Media-type sniffing: magic numbers, markup, then the name."""

from __future__ import annotations

import pytest

from ingest import sniff_media_type


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7\n", "letter.txt", "application/pdf"),
        (b"PK\x03\x04rest", "notes.docx", "application/zip"),
        (b"<!DOCTYPE html><html><body>x", "page", "text/html"),
        (b"\xef\xbb\xbf  <html lang=en>", "page.txt", "text/html"),
        ("<html>".encode("utf-16-le"), "page", "text/html"),
        (b"<meta charset='utf-8' />\n\n## A heading\n\ntext", "notes.txt", "text/plain"),
        (b"<meta charset='utf-8' />\n\n## A heading\n\ntext", "notes.md", "text/markdown"),
        (b"<head><title>t</title></head><body><p>a</p></body>", "saved", "text/html"),
        (b"plain words", "a.txt", "text/plain"),
        (b"plain words", "noext", "text/plain"),
        (b'{"a": 1}', "x.json", "application/json"),
        (b"\x00\x01binary", "blob.bin", "application/octet-stream"),
    ],
)
def test_sniffing(data, name, expected):
    assert sniff_media_type(data, name) == expected

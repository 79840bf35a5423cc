"""The encoding a web page or XML file declares for itself, as browsers read the declaration.

A page may name its encoding in ``<meta charset>``, in a ``<meta
http-equiv="Content-Type">`` or in its XML declaration; browsers follow it
(after a byte order mark) rather than guess, and read a few labels as the
wider encodings pages mean by them: ``iso-8859-1`` and ``us-ascii`` as
Windows-1252, ``gb2312`` as GB18030, ``euc-kr`` as Windows-949,
``shift_jis`` as Windows-31J (the WHATWG Encoding Standard's label table).
The declaration is found by Beautiful Soup's encoding detector.
"""

from __future__ import annotations

import codecs

__all__ = ["declared_encoding"]

#: Media types whose bytes may declare their encoding.
_DECLARING = frozenset(("text/html", "application/xhtml+xml", "text/xml", "application/xml"))

# Labels read as a wider encoding than they name, as the Encoding Standard reads them.
_WIDER = {
    **dict.fromkeys(("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819"), "cp1252"),
    **dict.fromkeys(("ascii", "us-ascii", "ansi_x3.4-1968", "windows-1252", "x-cp1252"), "cp1252"),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "latin5", "l5", "windows-1254"), "cp1254"),
    **dict.fromkeys(("iso-8859-11", "tis-620", "windows-874", "dos-874"), "cp874"),
    **dict.fromkeys(("gb2312", "gbk", "gb_2312-80", "csgb2312", "x-gbk", "chinese", "gb18030"), "gb18030"),
    **dict.fromkeys(("euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "windows-949", "cp949"), "cp949"),
    **dict.fromkeys(("shift_jis", "shift-jis", "sjis", "ms_kanji", "windows-31j", "x-sjis"), "cp932"),
    **dict.fromkeys(("big5", "big5-hkscs", "x-x-big5", "cn-big5"), "big5hkscs"),
    # A page that says it is UTF-16 in ASCII bytes is not: browsers read UTF-8.
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be"), "utf-8"),
}


def declared_encoding(data: bytes, media_type: str | None) -> str | None:
    """The Python codec for the encoding ``data`` declares, or ``None`` (no declaration, unknown label)."""
    if media_type not in _DECLARING:
        return None
    from bs4.dammit import EncodingDetector  # only for pages that reach this: not UTF-8, no BOM

    is_html = media_type in ("text/html", "application/xhtml+xml")
    label = EncodingDetector.find_declared_encoding(data, is_html=is_html)
    if not label:
        return None
    label = label.strip().lower()
    if label in _WIDER:
        return _WIDER[label]
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None

"""UN document symbols (``A/72/843``, ``S/2018/360``, ``A/HRC/43/G/15``) and the organs their series name."""

from __future__ import annotations

import re

__all__ = ["SYMBOL", "find_symbols", "organ_of_symbol", "repair_series_letters", "session_of_symbol"]

# A series root, then slash-separated segments: numbers, sub-series letters (HRC, L.12, CN.4, ES-10)
# and the version suffixes (Rev.1, Corr.1, Add.1, Amend.1).  At least one segment holds a digit.
_ROOT = r"(?:A|S|E|CCPR|CERD|CEDAW|CRC|CAT|CMW|CRPD|CED|HRI|ST|DP|TD|UNEP|ECE|ICCD|FCCC|PBC|UNW)"
_SEGMENT = r"(?:[A-Z]{0,6}[.\-]?\d+[A-Za-z0-9.]*|Rev\.\d+|Corr\.\d+|Add\.\d+|Amend\.\d+|[A-Z]{1,6})"
#: One symbol; the dash that joins two symbols (``A/72/843–S/2018/360``) is not part of either.
SYMBOL = re.compile(rf"(?<![\w/]){_ROOT}(?:/{_SEGMENT}){{1,6}}(?![\w/])")

_ORGANS = (
    ("A/HRC/", "Human Rights Council"),
    ("A/", "General Assembly"),
    ("S/", "Security Council"),
    ("E/CN.4/", "Commission on Human Rights"),
    ("E/", "Economic and Social Council"),
    ("CCPR/", "Human Rights Committee"),
    ("CERD/", "Committee on the Elimination of Racial Discrimination"),
    ("CEDAW/", "Committee on the Elimination of Discrimination against Women"),
    ("CRC/", "Committee on the Rights of the Child"),
    ("CAT/", "Committee against Torture"),
)
_GA_SESSION = re.compile(r"A/(?:ES-)?(\d{1,3})/")


# A series letter the OCR read as a like glyph: "$/21051" and "5/20866" (S/, in the shapes of the Council's
# symbols only: "5/1990" stays a fraction), "£/1990/87" (E/).
_MISREAD_SERIES = re.compile(
    r"(?<![\w/$£])(?:(?P<s>\$)(?=/\d)|(?P<five>5)(?=/(?:\d{5}|(?:19|20)\d\d/\d{1,4})(?![\w/]))|(?P<e>£)(?=/[\dC]))"
)


def repair_series_letters(text: str) -> str:
    """``text`` with series letters the OCR misread in symbols put right (``$/21051`` → ``S/21051``)."""
    if "/" not in text:
        return text
    return _MISREAD_SERIES.sub(lambda match: "E" if match.group("e") else "S", text)


def find_symbols(text: str) -> list[str]:
    """Every symbol in ``text``, in order of first appearance, without a trailing full stop.

    Series letters the OCR misread as like glyphs are put right (:func:`repair_series_letters`).
    """
    seen: list[str] = []
    for match in SYMBOL.finditer(repair_series_letters(text)):
        symbol = match.group().rstrip(".")
        if any(ch.isdigit() for ch in symbol) and symbol not in seen:
            seen.append(symbol)
    return seen


def organ_of_symbol(symbol: str) -> str | None:
    """The English name of the organ whose series ``symbol`` belongs to, or ``None``."""
    for prefix, organ in _ORGANS:
        if symbol.startswith(prefix):
            return organ
    return None


def session_of_symbol(symbol: str) -> str | None:
    """The General Assembly session a plenary symbol names (``A/45/260`` → ``"45"``), or ``None``."""
    match = _GA_SESSION.match(symbol)
    if match is None or symbol.startswith("A/HRC/"):
        return None
    return str(int(match.group(1)))

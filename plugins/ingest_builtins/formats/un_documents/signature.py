"""Signature blocks: ``(Signed) Name`` followed by the signatory's titles, one per line."""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.un_documents.formulas import LETTER_CLOSING

__all__ = ["SIGNED", "Signature", "find_signature", "signed_mark"]

#: The "(Signed)" mark, tolerant of OCR misreadings ("(Sianed)", "(Signad)") and stray spaces.
SIGNED = re.compile(
    r"^\s*[^\w\s(]{0,2}\s*\(\s*(?:s[il1][gqa]?h?n?[ae]d|sign[ée]|firmado|firmada|подпись|توقيع)\s*\)\s*:?\s*",
    re.IGNORECASE,
)
_SIGNED_AFTER = re.compile(r"^\s*(?P<name>[^\W\d_][^\s()（）]{0,20}?)\s*[(（]\s*签名\s*[)）]\s*$")
# A line that continues the previous title line rather than starting a new one.
_OPEN_END = re.compile(
    r"\b(?:of|to|the|for|and|on|at|in|de|du|des|la|le|auprès|ante|del|y|et)$", re.IGNORECASE
)
_LEADING_SPECKS = re.compile(r"^[/|\\~'`\u2018\u2019.,_]{1,2}\s*(?=[A-Z])")
_KEY_VALUE = re.compile(r"^[A-Z][\w ]{1,30}:\s")
#: A title line is at most this long where a PDF wraps it …
_WRAPPED_TITLE = 70
#: A name signing without the mark is printed in capitals, its titles on up to so many lines under it.
_CAPITALS_SHARE = 0.6
_UNMARKED_TITLES = 4
#: The closing courtesy stands among the last lines of the letter.
_CLOSING_LINES = 20
# A word every closing courtesy holds: lines without any are not searched.
_COURTESY_CUES = ("considera", "servant", "agréer", "уважени")
#: … and this long where a page or an e-mail prints it on one line.
_LONGEST_TITLE = 120


@attrs.frozen
class Signature:
    """A located signature block: line span, the signatory's name and title lines."""

    start: int
    end: int
    name: str | None
    titles: tuple[str, ...] = ()

    @property
    def title(self) -> str | None:
        """The titles as one string: wrapped lines joined, separate titles joined by a comma."""
        return ", ".join(self.titles) if self.titles else None


def signed_mark(line: str) -> re.Match[str] | None:
    """The "(Signed)" mark opening ``line`` (:data:`SIGNED`), or ``None``; a line without "(" has none."""
    return SIGNED.match(line) if "(" in line else None


def _title_like(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > _LONGEST_TITLE or _KEY_VALUE.match(stripped) or signed_mark(stripped):
        return False
    if stripped.startswith(("*", "[", "Annex", "ANNEX", "Enclosure", "Annexe", "Anexo")):
        return False
    words = stripped.split()
    if len(stripped) > _WRAPPED_TITLE:
        # A title on one line, as text copied from a page or an e-mail prints it, not a sentence.
        return len(words) <= 16 and not stripped.endswith((".", ":", ";", ",")) and stripped[0].isupper()
    return len(words) <= 10 and not stripped.endswith((":", ";", ",")) and stripped[0].isupper()


def find_signature(lines: list[str], start: int = 0) -> Signature | None:
    """The first signature block at or after line ``start``, or ``None``.

    The name follows the mark on its line or stands on the next non-blank
    line; title lines follow, a blank line between them allowed once a title
    has been read.
    """
    for index in range(start, len(lines)):
        mark = signed_mark(lines[index])
        if mark is None:
            # "张军(签名)": the Chinese versions put the mark after the name
            after = _SIGNED_AFTER.match(lines[index]) if "签名" in lines[index] else None
            if after is not None:
                return Signature(start=index, end=index + 1, name=after.group("name"))
            continue
        name = lines[index][mark.end() :].strip() or None
        cursor = index + 1
        if name is None:
            while cursor < len(lines) and not lines[cursor].strip():
                cursor += 1
            if cursor < len(lines) and _title_like(lines[cursor]):
                name = lines[cursor].strip()
                cursor += 1
        titles: list[str] = []
        end = cursor
        blanks = 0
        while cursor < len(lines) and len(titles) < 6:
            line = lines[cursor].strip()
            if titles and len(line) <= 2 and not any(ch.isalpha() for ch in line):
                cursor += 1  # a speck between the title lines ("3"): passed over like a blank line
                continue
            if not line:
                blanks += 1
                if blanks > 1:
                    break
                cursor += 1
                continue
            if titles and not blanks and line[:1].islower() and len(line) <= 70:
                titles[-1] = (
                    f"{titles[-1]} {line}"  # "Permanent Representative of Kenya / to the United Nations"
                )
                cursor += 1
                end = cursor
                continue
            line = _LEADING_SPECKS.sub("", line)  # "/ Permanent Representative" (OCR)
            if not _title_like(line):
                break
            if titles and _OPEN_END.search(titles[-1]):
                titles[-1] = f"{titles[-1]} {line}"
            else:
                titles.append(line)
            blanks = 0
            cursor += 1
            end = cursor
        above = _capacity_above(lines, index)
        return Signature(start=index - len(above), end=end, name=name, titles=(*above, *titles))
    return _unmarked(lines, start)


def _unmarked(lines: list[str], start: int) -> Signature | None:
    """A name in capitals right under the letter's closing courtesy, without the "(Signed)" mark.

    ("I have the honour to be, Sir, your obedient servant," / "J. D. L. HOOD" / "Representative of …")
    """
    last = max(start, len(lines) - _CLOSING_LINES)
    if not any(cue in line.lower() for line in lines[last:] for cue in _COURTESY_CUES):
        return None
    courtesy = next((i for i in range(len(lines) - 1, last - 1, -1) if LETTER_CLOSING.search(lines[i])), None)
    if courtesy is None:
        return None
    cursor = courtesy + 1
    while cursor < len(lines) and not lines[cursor].strip():
        cursor += 1
    name = lines[cursor].strip() if cursor < len(lines) else ""
    letters = [ch for ch in name if ch.isalpha()]
    if not _title_like(name) or sum(ch.isupper() for ch in letters) < _CAPITALS_SHARE * len(letters):
        return None
    titles: list[str] = []
    first, cursor = cursor, cursor + 1
    while cursor < len(lines) and len(titles) < _UNMARKED_TITLES:
        line = lines[cursor].strip()
        if line and not _title_like(line):
            return None  # (prose under the name: no signature block)
        titles.extend([line] if line else [])
        cursor += 1
    return Signature(start=first, end=cursor, name=name, titles=tuple(titles))


def _capacity_line(line: str) -> bool:
    stripped = line.strip().rstrip(",")
    return (
        0 < len(stripped) <= 60
        and len(stripped.split()) <= 6
        and stripped[0].isupper()
        and not stripped.endswith((".", ";", ":"))
        and not signed_mark(stripped)
    )


def _capacity_above(lines: list[str], index: int) -> list[str]:
    """Capacity lines printed above the mark, as French and Spanish letters do.

    ``L'Ambassadeur, / Représentant permanent / (Signé) …``: short lines
    between the body's last sentence and the mark.
    """
    first = index
    while first > 0 and index - first < 3 and _capacity_line(lines[first - 1]):
        first -= 1
    if first == index or (first > 0 and not lines[first - 1].rstrip().endswith((".", ":", "!", "?", ")"))):
        return []
    return [line.strip().rstrip(",") for line in lines[first:index]]

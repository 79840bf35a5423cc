"""A chain of notes exchanged between governments: each note from its opening to its closing formula.

Treaty databases print the notes one after another, often with a
translation of each, separated by headings ("Nr. II"), letterheads, note
numbers, places and dates, and address blocks; HTML flattening glues these
to the neighbouring sentences.  The notes are cut out of that furniture.
"""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.note_verbale.opening import find_opening, read_correspondents
from ingest_builtins.formats.un_documents.formulas import CLOSINGS, may_occur
from ingest_builtins.formats.un_documents.genre import EXCHANGE_TITLE
from ingest_builtins.metadata.dates import find_dates

__all__ = ["Chain", "Note", "read_chain", "split_fused"]

_NOTE_HEADING = re.compile(
    r"^[ \t]*(?:Nr|No|N°|Nº|Núm|Num|Note|Nota)\.?[ \t]*[IVX\d]{1,4}\.?[ \t]*$", re.MULTILINE
)
_LONGEST_ANNEX_TITLE = 250
_ANNEX_HEADING = re.compile(
    r"^[ \t]*(?:Attachment|Annex|Annexe|Anexo|Bijlage|Anlage|Allegato|Appendix|Enclosure)"
    r"(?:[ \t]+[IVX\d]{1,3})?[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# Sentences glued together when HTML paragraphs were flattened: "te geven.Parijs", "as follows:Nationals".
_FUSED = (
    re.compile(r"(?<=[a-zà-ÿ]{2}[.:;])(?=[A-ZÀ-Ý(„“\"])"),
    re.compile(r"(?<=\w\))(?=[A-ZÀ-Ý](?:[a-zà-ÿ]|\s))"),
    re.compile(r"(?<=[.!?][”\"’])(?=[A-ZÀ-Ý])"),
    re.compile(r"(?<=[a-zà-ÿ]{2}[.:])(?=\d{1,2}\.\s?[A-ZÀ-Ý])"),
)
# "Paris, le 16 février 1955", "Астана, 2 апреля 2020 года", "نيويورك، 8 نيسان/أبريل 2020": a place at the
# start of a line or sentence or of a column ("N° 412/AMB      Dakar, le 12 mars 2025"; a capital, or a
# script without case), a comma, perhaps an article ...
# A place may be written "'s-Gravenhage", hold a particle ("Rio de Janeiro", "Port of Spain", "Dar es
# Salaam") and be followed by its district ("México, D.F.,", "Washington, D.C.,"); "a" and "em" may come
# before the date.
_WORD = r"[^\W\d_][\w'’\-\u064b-\u0652]+"  # (Arabic vowel signs are no word characters: "عمّان")
# A word of the place after its first never starts in lower case ("Relatoría Especial el 30 de junio" is
# no place and date), save the particles.
_NEXT_WORD = rf"[ \-](?:(?:de|del|da|do|dos|es|of|la)[ ])?(?![a-zà-öø-ÿа-яё]){_WORD}"
# Czech, Slovak, Slovenian, Polish and Croatian notes name the place after "in": "V Lisabonu dne 3. února
# 2026", "W Warszawie, dnia 3 lutego 2026 r.", "U Zagrebu, 3. veljače 2026."
_IN = r"(?:(?:V|Ve|W|We|U)[ \t]+)?"
_PLACE = rf"{_IN}((?:['’]s-)?{_WORD}(?:{_NEXT_WORD}){{0,2}})"
_PLACE_BEFORE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?:;*])|(?<=[ \t]{{3}}))[ \t]*{_PLACE}(?:,[ \t]*[A-Z]\.(?:[A-Z]\.)+)?[,،]\s*"
    r"(?:(?:le|den|the|de|el|il|em|am|op|dne|dnia|a)\s+)?$"
)
# ... or, on a line of their own, a place and a date without a comma: "Helsingfors den 8 maj 2017",
# "عمّان في 12 آذار/مارس 2026".
_BARE_PLACE_BEFORE = re.compile(rf"(?:^|(?<=\n))[ \t]*{_PLACE}[ \t]+(?:(?:le|den|am|op|dne|em|في)[ \t]+)?$")
_LINE_END = re.compile(r"[ \t]*(?:r\.|г\.)?[ \t]*\.?[ \t]*(?:\n|$)")
# "2020年4月8日于纽约": a date, then the place; or a date on its own line, the place alone on the next.
_PLACE_AFTER = re.compile(r"[ \t]*(?:于|[ \t]*\n[ \t]*)[^\W\d_]{1,20}[ \t]*(?:\n|$)")
_AFTER_DATE = re.compile(r"(?:\s?r\.)?[.,]?\s*(?:$|[A-ZÀ-Ý*\n(\[])")
_FULL_STOP = re.compile(r"[.。]")
# A date's label before it on its line: "วันที่ 12 มีนาคม พ.ศ. 2569", "Date: 12 March 2026".
_DATE_LABEL = re.compile(r"(?:วันที่|date|fecha|datum|data|дата|日期)\s*[:：]?", re.IGNORECASE)
#: How far after a closing formula's words its line may run on, in a script without full stops.
_CLOSING_LINE = 300
#: Notes longer than this (characters) are cut there: a limit on the work, never reached by real notes.
_LONGEST_NOTE = 60_000


@attrs.frozen
class Note:
    """One note of the chain: its text span, language, place-date and correspondents."""

    start: int
    end: int
    language: str
    date: str | None = None
    sender: str | None = None
    addressee: str | None = None


@attrs.frozen
class Chain:
    """The exchange's title, its notes and annexes (``(start, end, heading)`` spans) in order."""

    text: str
    title: str | None
    notes: tuple[Note, ...]
    annexes: tuple[tuple[int, int, str], ...] = ()


def split_fused(text: str) -> str:
    """Put a paragraph break where flattening glued a sentence to the next one."""
    for pattern in _FUSED:
        text = pattern.sub("\n\n", text)
    return text


def _is_place(word: str) -> bool:
    """A place name starts with a capital, or is written in a script without case."""
    return word[:1].isupper() or not word[:1].islower()


def _place_date(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The first "Place, date" after ``start``: where it starts and ends, and the date."""
    window = text[start:end]
    for match in find_dates(window):
        offset = max(0, match.start - 60)
        lead = window[offset : match.start]
        before = _PLACE_BEFORE.search(lead)
        after = _AFTER_DATE.match(window, match.end)
        if before is None or not _is_place(before.group(1)):
            before = _BARE_PLACE_BEFORE.search(lead)
            after = _LINE_END.match(window, match.end)
            if before is None or not _is_place(before.group(1)):
                after = _PLACE_AFTER.match(window, match.end) if lead.endswith("\n") or not offset else None
                if after is not None:
                    return start + match.start, start + after.end(), match.iso
                continue
        if after is not None:
            stop = start + match.end
            if stop < len(text) and text[stop] in ".,":
                stop += 1
            return start + offset + before.start(), stop, match.iso
    return None


def _date_line(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The last line of ``text[start:end]`` that is nothing but a date ("12 March 2019" above a note)."""
    found: tuple[int, int, str] | None = None
    for match in find_dates(text[start:end]):
        begin, stop = start + match.start, start + match.end
        line_start = text.rfind("\n", start, begin) + 1
        line_end = text.find("\n", stop, end)
        line_end = end if line_end < 0 else line_end
        label = text[line_start:begin].strip()
        if (not label or _DATE_LABEL.fullmatch(label)) and not text[stop:line_end].strip(" \t."):
            found = (line_start, line_end, match.iso)
    return found


def _last_place_date(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The last "Place, date" in ``text[start:end]``."""
    found: tuple[int, int, str] | None = None
    while True:
        place = _place_date(text, start, end)
        if place is None:
            return found
        found = place
        start = place[1]


def _quoting(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened after ``start`` (a reply quoting the note it answers)."""
    between = text[start:at]
    return _open_quote(between)


def _open_quote(text: str) -> bool:
    """Whether ``text`` leaves a quotation open: "…", “…”, «…», or German „…“ (whose “ closes)."""
    german = text.count("„")
    closers = text.count("“")
    if german > closers:
        return True
    english = closers - german
    return english > text.count("”") or text.count("«") > text.count("»") or text.count('"') % 2 == 1


def _closing_end(text: str, start: int, end: int) -> int | None:
    found: int | None = None
    lowered = text[start:end].lower()
    for _, pattern in CLOSINGS:
        match = pattern.search(text, start, end) if may_occur(pattern, lowered) else None
        while match is not None and _quoting(text, start, match.start()):
            match = pattern.search(text, match.end(), end)
        if match is not None and (found is None or match.end() < found):
            found = match.end()
    if found is None:
        return None
    paragraph_end = text.find("\n\n", found, end)  # the formula's sentence ends within its paragraph
    period = _FULL_STOP.search(
        text, found, min(end, found + 120, paragraph_end if paragraph_end >= 0 else end)
    )
    if period is not None:
        return period.end()
    # A script written without full stops (Thai) ends the formula with its line.
    line_end = text.find("\n", found, min(end, found + _CLOSING_LINE))
    return line_end if line_end >= 0 else found


def _title(text: str, first: int) -> str | None:
    head = text[:first].strip()
    if not head:
        return None
    line = next((line.strip() for line in head.split("\n") if line.strip()), "")
    return line if EXCHANGE_TITLE.match(line) and len(line) < 600 else None


def read_chain(text: str) -> Chain | None:
    """Cut the notes out of a flattened exchange; ``None`` when no note opening is found.

    Under an exchange-of-notes title, notes written in the first person
    ("Excellency, I have the honour …") count too.
    """
    text = split_fused(text)
    first_person = EXCHANGE_TITLE.search(text[:2000]) is not None
    notes: list[Note] = []
    annexes: list[tuple[int, int, str]] = []
    position = 0
    while len(notes) < 2000:
        opening = find_opening(text, position, first_person=first_person)
        if opening is None:
            break
        # Bounded windows keep the work linear however many notes a file holds.
        window = min(len(text), opening.formula_end + _LONGEST_NOTE)
        heading = _NOTE_HEADING.search(text, opening.formula_end, window)
        limit = heading.start() if heading else window
        closing = _closing_end(text, opening.formula_end, limit)
        place = _place_date(text, opening.formula_end, min(limit, closing + 300) if closing else limit)
        ends = [value for value in (closing, place[0] if place else None) if value is not None]
        end = min(ends) if ends else limit
        if place is not None and closing is not None and place[0] >= closing:
            # The date of this note follows its closing formula.
            following = _place_date(text, end, min(limit, end + 200))
            place = following
        if place is None and closing is not None:
            # A date on a line of its own under the closing, perhaps under its place ("วันที่ 12 มีนาคม …").
            place = _date_line(text, closing, min(limit, closing + 300))
        if place is None:
            # Notes written as letters carry their place and date above the text.
            previous_end = notes[-1].end if notes else 0
            place = _last_place_date(text, max(previous_end, opening.start - 400), opening.start)
            if place is None:
                place = _date_line(text, max(previous_end, opening.start - 400), opening.start)
        sender, addressee = read_correspondents(text[opening.start : end], opening, opening.start)
        notes.append(
            Note(opening.start, end, opening.language, place[2] if place else None, sender, addressee)
        )
        position = _annex_or_gap(text, end, notes, annexes, first_person)
    if not notes:
        return None
    return Chain(text=text, title=_title(text, notes[0].start), notes=tuple(notes), annexes=tuple(annexes))


def _annex_or_gap(
    text: str, end: int, notes: list[Note], annexes: list[tuple[int, int, str]], first_person: bool
) -> int:
    """After a note: record an annex that follows it; return where to look for the next note."""
    following = find_opening(text, end, first_person=first_person)
    stop = following.start if following is not None else len(text)
    heading = _ANNEX_HEADING.search(text, end, stop)
    if heading is not None:
        annex_end = _NOTE_HEADING.search(text, heading.end(), stop)
        close = annex_end.start() if annex_end else stop
        title = _own_title(text, heading.end(), close) or heading.group().strip()
        annexes.append((heading.end(), close, title))
        return close
    return end


def _own_title(text: str, start: int, end: int) -> str | None:
    """An annex's own title: its first line, when a short line that ends no sentence comes before its text."""
    lines = [line.strip() for line in text[start:end].split("\n") if line.strip()]
    if len(lines) < 2 or len(lines[0]) > _LONGEST_ANNEX_TITLE or lines[0].endswith((".", ":", ";", "!", "?")):
        return None
    return lines[0]

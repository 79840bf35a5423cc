"""Courtesy formulas of notes and letters by language: openings ("presents its compliments") and closes."""

from __future__ import annotations

import re

__all__ = [
    "CLOSINGS",
    "FIRST_PERSON_OPENINGS",
    "LETTER_OPENINGS",
    "OPENINGS",
    "STRONG_OPENINGS",
    "closing_language",
    "opening_language",
]

_FLAGS = re.IGNORECASE
#: Third-person openings of a note, each with its language; the compliments and greetings come first,
#: then the "has the honour" forms, which a note may open with too (:data:`STRONG_OPENINGS` of them are
#: the first kind only).
OPENINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (language, re.compile(pattern, _FLAGS))
    for language, pattern in (
        ("en", r"\bpresents?\s+(?:its|his|her|their)\s+compliments\b"),
        ("fr", r"\bprésente(?:nt)?\s+(?:ses|leurs)\s+compliments\b"),
        ("es", r"\bsaluda\s+(?:muy\s+)?atentamente\b"),
        ("es", r"\bpresenta\s+sus\s+(?:atentos\s+)?saludos\b"),
        ("nl", r"\bbiedt\b[^.]{0,300}?\bcomplimenten\s+aan\b"),
        ("de", r"\bbeehrt\s+sich\b"),
        ("de", r"\bbezeugt\b[^.]{0,200}?\bHochachtung\b"),
        ("it", r"\bpresenta\s+i\s+(?:suoi\s+)?complimenti\b"),
        ("pt", r"\bapresenta\s+(?:os\s+)?(?:seus\s+)?cumprimentos\b"),
        ("ru", r"свидетельствует\s+сво[её]\s+уважение"),
        ("en", r"\bhas\s+the\s+honou?r\s+to\b"),
        ("fr", r"\ba\s+l['’]honneur\s+d(?:e\b|['’])"),
        ("es", r"\btiene\s+el\s+honor\s+de\b"),
        ("nl", r"\bheeft\s+de\s+eer\b"),
        ("it", r"\bha\s+l['’]onore\s+di\b"),
        ("pt", r"\btem\s+a\s+honra\s+de\b"),
    )
)
STRONG_OPENINGS = OPENINGS[:10]
#: First-person openings of a note or letter exchanged between governments ("Excellency, I have the honour").
FIRST_PERSON_OPENINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (language, re.compile(pattern, _FLAGS))
    for language, pattern in (
        ("en", r"\bI\s+have\s+the\s+honou?r\s+to\b"),
        ("fr", r"\bJ['’]ai\s+l['’]honneur\s+d(?:e\b|['’])"),
        ("es", r"\bTengo\s+el\s+honor\s+de\b"),
        ("nl", r"\bIk\s+heb\s+de\s+eer\b"),
        ("de", r"\bIch\s+beehre\s+mich\b"),
        ("it", r"\bHo\s+l['’]onore\s+di\b"),
        ("pt", r"\bTenho\s+a\s+honra\s+de\b"),
    )
)
#: First-person openings of a letter.
LETTER_OPENINGS = re.compile(
    r"\b(?:I|We)\s+(?:have|had)\s+the\s+honou?r\b|\bUpon\s+(?:the\s+)?instructions\b|\bOn\s+instructions\b|"
    r"\bJ['’]ai\s+l['’]honneur\b|\bTengo\s+el\s+honor\b|\bI\s+(?:am\s+writing|write|wish)\s+to\b",
    _FLAGS,
)
#: Closing formulas: the note ends with the sentence that holds one.
CLOSINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (language, re.compile(pattern, _FLAGS))
    for language, pattern in (
        ("en", r"\b(?:avails?\s+(?:itself|himself|herself|themselves|myself)|takes?\s+this\s+opportunity|"
         r"renews?|accept)\b[^.]{0,400}?\b(?:consideration|esteem|regards?)\b"),
        ("fr", r"\b(?:saisit|saisissent|saisis|profite|agréer)\b[^.]{0,400}?\bconsidération\b"),
        ("fr", r"\bassurances?\s+de\s+(?:sa|leur|ma|mes)\s+(?:très\s+)?(?:haute|parfaite)\s+considération\b"),
        ("es", r"\b(?:aprovecha|aprovechan|aprovecho|se\s+vale|me\s+valgo|reitera|reitero)\b[^.]{0,400}?"
         r"\bconsideración\b"),
        ("nl", r"\b(?:gelegenheid|verzekering)\b[^.]{0,400}?\bhoogachti(?:ng|g)\b"),
        ("de", r"\b(?:Anlass|Anlaß|Gelegenheit|Versicherung)\b[^.]{0,400}?\bHochachtung\b"),
        ("it", r"\b(?:si\s+avvale|coglie|rinnova)\b[^.]{0,400}?\bconsiderazione\b"),
        ("pt", r"\b(?:aproveita|prevalece|renova)\b[^.]{0,400}?\bconsidera[çc][ãa]o\b"),
        ("ru", r"пользуется\s+(?:случаем|возможностью)[^.]{0,400}?уважени"),
    )
)  # fmt: skip


def opening_language(text: str) -> str | None:
    """The language of the first note opening in ``text``, or ``None``."""
    best: tuple[int, str] | None = None
    for language, pattern in OPENINGS:
        match = pattern.search(text)
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), language)
    return None if best is None else best[1]


def closing_language(text: str) -> str | None:
    """The language of the last closing formula in ``text``, or ``None``."""
    best: tuple[int, str] | None = None
    for language, pattern in CLOSINGS:
        for match in pattern.finditer(text):
            if best is None or match.start() > best[0]:
                best = (match.start(), language)
    return None if best is None else best[1]

"""Session numbers in mastheads and circulation requests ("Forty-third session", "43.º período")."""

from __future__ import annotations

import re

from ingest_builtins.formats.text_keys import may_hold
from ingest_builtins.formats.un_documents.ordinals import ORDINAL_WORDS, ordinal_value

__all__ = ["find_session"]

# "Forty-third session", "quarante-troisième session", "cuadragésimo tercer período de sesiones".
_WORDS = re.compile(
    # OCR may damage the word's end ("Forty-seventh sessigh")
    rf"(?<![\w-])({ORDINAL_WORDS})['\u2019]?\s+(?:session\b|sess[a-z]{{2,3}}\b|per[ií]odo\s+(?:extraordinario\s+)?de\s+sesiones)",
    re.IGNORECASE,
)
# "43rd session", "43e session", "43.º período de sesiones", "session 43".
_DIGITS = re.compile(
    r"(?<![\w/])(\d{1,3})\s?(?:st|nd|rd|th|e|ème|eme|re|\.?\s?[ºo°])?\s+"
    r"(?:(?:regular|ordinary|special|ordinaire)\s+)?(?:session\b|per[ií]odo\s+de\s+sesiones)",
    re.IGNORECASE,
)
#: What every session phrase holds, lower-cased: "session", "sess…" (OCR), "período de sesiones".
_KEYS = ("ses",)


def _from_words(phrase: str) -> int | None:
    # The pattern may have taken words before the ordinal ("the forty-fifth"): try shorter tails.
    words = re.split(r"(?<=\s)", phrase)
    for start in range(len(words)):
        value = ordinal_value("".join(words[start:]))
        if value is not None:
            return value
    return None


def find_session(text: str) -> str | None:
    """The first session number ``text`` names, as a number string (``"43"``), or ``None``."""
    if not may_hold(text, _KEYS):
        return None
    best: tuple[int, int] | None = None
    for match in _WORDS.finditer(text):
        value = _from_words(match.group(1))
        if value is not None:
            best = (match.start(), value)
            break
    digits = _DIGITS.search(text)
    if digits is not None and (best is None or digits.start() < best[0]):
        best = (digits.start(), int(digits.group(1)))
    return None if best is None else str(best[1])

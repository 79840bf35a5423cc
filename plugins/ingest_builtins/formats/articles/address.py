"""A line of address: how a speech or a letter opens, which no page and no agency copy prints."""

from __future__ import annotations

import re

__all__ = ["is_address_line", "opens_with_greeting"]

#: A line of address has at most so many words ("Monsieur le Président du Conseil des droits de l'homme,").
_ADDRESS_WORDS = 12
# A short line that closes with a comma and holds no sentence's stop: "Excellencies,", "Dear colleagues,".
_COMMA_CLOSED = re.compile(r"[^\W\d_][^.!?\n]*,")
# The chair addressed by title, with or without the comma: "Mr. President,", "Señor Presidente".
_CHAIR = re.compile(
    r"\b(?:mr|madam|madame|monsieur|señor|señora|senhor|signor|herr|frau|господин|госпожа)\.?\s+"
    r"(?:president|presidente|président|präsident|chair(?:man|person|woman)?|secretary|председатель)\b",
    re.IGNORECASE,
)


def is_address_line(line: str) -> bool:
    """Whether ``line`` addresses the hearers or the reader ("Mr. President,", "Excellencies,")."""
    stripped = line.strip()
    if len(stripped.split()) > _ADDRESS_WORDS:
        return False
    return bool(_COMMA_CLOSED.fullmatch(stripped) or _CHAIR.search(stripped))


# A message's greeting opening the text, on a line of its own or running on: "Hi Tom, see the story below",
# "Hola Marta:", "Liebe Kolleginnen und Kollegen,".
_GREETING = re.compile(
    r"(?:hi|hello|dear|hola|estimad[oa]s?|querid[oa]s?|bonjour|cher|chère|hallo|liebe|lieber|sehr geehrte"
    r"|caro|cara|gentile|beste|dragi|draga|уважаем\w*|дорог\w*)\b[^\n]{0,60}?[,:!]",
    re.IGNORECASE,
)


def opens_with_greeting(text: str) -> bool:
    """Whether ``text`` opens with a greeting: a letter's or a message's, not a page's or an agency's copy."""
    return _GREETING.match(text.lstrip()) is not None

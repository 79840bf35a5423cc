"""A line of address: how a speech or a letter opens, which no page and no agency copy prints."""

from __future__ import annotations

import re

__all__ = ["is_address_line"]

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

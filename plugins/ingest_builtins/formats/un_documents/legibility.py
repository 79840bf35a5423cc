"""Whether a line survived OCR well enough to be reported (a garbled title is left out, not invented)."""

from __future__ import annotations

import re

from ingest_builtins.formats.un_documents.titles import Title, parse_title
from ingest_builtins.formats.un_documents.words import is_word

__all__ = ["legible", "legible_correspondents"]

_CLEAN_TOKEN = re.compile(r"^[(\"“‘']?[^\W\d_]+(?:[-'’.][^\W\d_]+)*[.,;:)\"”’']*$|^[(]?\d[\d.,/–-]*[),.;:]?$")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CYRILLIC = re.compile(r"[а-яё]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _bad(token: str) -> bool:
    if not token.isascii() and _HAN.search(token):
        return False  # Chinese and Japanese run words together: no token to check
    # (a token of letters alone is clean; one without capitals has no inner capital)
    clean = token.isalpha() or _CLEAN_TOKEN.match(token) is not None
    if not clean or (not token.islower() and _CAMEL.search(token)):
        return True
    word = token.strip("()\"“”‘’'.,;:")
    if word[:1].islower() and len(word) > 2 and "-" not in word and "'" not in word and "’" not in word:
        languages = ("ru",) if _CYRILLIC.search(word) else ("en", "fr", "es")
        return not any(is_word(word, language) for language in languages)
    return False


def legible(line: str, tolerance: float = 0.1) -> bool:
    """At most ``tolerance`` of the tokens are garbled: stray symbols, inner capitals, unknown words."""
    tokens = line.split()
    if not tokens:
        return False
    return sum(_bad(token) for token in tokens) <= tolerance * len(tokens)


# Where a sender is accredited ("… to the United Nations Office at Geneva"): debris there spoils no name.
_ABBREVIATION = re.compile(r"\ba\.\s?i\.")  # "Chargé d'affaires a.i."
_ACCREDITATION = re.compile(r"\s+to\W*\s+the\s+United\b.*$", re.IGNORECASE)


def legible_correspondents(title: str) -> Title | None:
    """A title's sender and addressee, each only where it survived OCR (the rest of the title may not have).

    A sender is judged without where it is accredited ("… of Nepal to' the United ations"); each part may
    hold a garbled word in seven.
    """
    parsed = parse_title(title)
    if parsed is None:
        return None
    sender, addressee = parsed.sender, parsed.addressee
    core = _ABBREVIATION.sub("", _ACCREDITATION.sub("", sender)) if sender is not None else ""
    if sender is not None and not legible(core, tolerance=0.15):
        sender = None
    if addressee is not None and not legible(addressee, tolerance=0.15):
        addressee = None
    return Title(parsed.text, parsed.kind, parsed.date_text, sender, addressee)

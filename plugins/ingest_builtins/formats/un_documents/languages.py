"""Language names as UN documents print them ("Original: English", "Original : anglais"), as ISO codes."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LANGUAGE_NAMES", "find_original_language", "language_code"]

_CODES: dict[str, tuple[str, ...]] = {
    "en": ("english", "anglais", "ingles", "английский"),
    "fr": ("french", "francais", "frances", "французский"),
    "es": ("spanish", "espagnol", "espanol", "испанский"),
    "ru": ("russian", "russe", "ruso", "русский"),
    "ar": ("arabic", "arabe", "арабский"),
    "zh": ("chinese", "chinois", "chino", "китайский"),
    "de": ("german", "allemand", "aleman"),
    "pt": ("portuguese", "portugais", "portugues"),
    "nl": ("dutch", "neerlandais", "neerlandes"),
    "it": ("italian", "italien", "italiano"),
}
#: Folded language name → ISO 639-1 code.
LANGUAGE_NAMES = {name: code for code, names in _CODES.items() for name in names}
# OCR may put a quote before the language, on the next line ("ORIGINAL:" / "\u201cARABIC").
_ORIGINAL = re.compile(r"\bORIGINAL[\W\d_]{0,3}\s*[^\w\s]{0,2}([^\W\d_]+)", re.IGNORECASE)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def language_code(name: str) -> str | None:
    """The ISO 639-1 code of a language named in English, French, Spanish or Russian, or ``None``."""
    return LANGUAGE_NAMES.get(_fold(name.strip(" .:;,[]()")))


def find_original_language(masthead: str) -> str | None:
    """The code of the language of submission printed in a masthead ("Original: Russian" → ``"ru"``).

    When the ``Original:`` label lost its value (OCR moved it elsewhere), a line
    holding nothing but a language name stands in for it.
    """
    labelled = False
    for match in _ORIGINAL.finditer(masthead):
        labelled = True
        code = language_code(match.group(1))
        if code is not None:
            return code
    if not labelled:
        return None
    alone = [language_code(line) for line in masthead.splitlines() if line.strip()]
    codes = [code for code in alone if code is not None]
    return codes[-1] if codes else None

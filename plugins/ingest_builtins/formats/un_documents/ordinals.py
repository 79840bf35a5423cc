"""Ordinal numbers written in words, in English, French and Spanish ("forty-third", "quarante-troisième")."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ORDINAL_WORDS", "ordinal_value"]

_EN_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "one": 1,
}  # fmt: skip
_FR_ORDINALS = {
    "premier": 1, "premiere": 1, "unieme": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3,
    "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9,
    "dixieme": 10, "onzieme": 11, "douzieme": 12, "treizieme": 13, "quatorzieme": 14, "quinzieme": 15,
    "seizieme": 16, "vingtieme": 20, "trentieme": 30, "quarantieme": 40, "cinquantieme": 50,
    "soixantieme": 60, "centieme": 100,
}  # fmt: skip
_FR_CARDINALS = {
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
}  # fmt: skip
# Spanish ordinals agree in gender and drop the final vowel before a noun: match on stems.
_ES_STEMS = (
    ("centesim", 100), ("nonagesim", 90), ("octogesim", 80), ("septuagesim", 70), ("sexagesim", 60),
    ("quincuagesim", 50), ("cuadragesim", 40), ("trigesim", 30), ("vigesim", 20), ("undecim", 11),
    ("duodecim", 12), ("decim", 10), ("primer", 1), ("segund", 2), ("tercer", 3), ("cuart", 4),
    ("quint", 5), ("sext", 6), ("septim", 7), ("octav", 8), ("noven", 9), ("non", 9),
)  # fmt: skip

#: A run of words that may spell an ordinal, for building patterns ("Forty-third", "quarante-troisième").
#: Each word is taken whole (``++``): what follows a word is never a letter, so no match needs one cut.
ORDINAL_WORDS = r"[A-Za-zÀ-ÿ]++(?:[\s-]+(?:et[\s-]+)?[A-Za-zÀ-ÿ]++){0,4}"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _english(tokens: list[str]) -> int | None:
    if not tokens or tokens[-1] not in _EN_UNITS:
        return None
    total = 0
    for token in tokens[:-1]:
        if token == "and":
            continue
        if token not in _EN_TENS:
            return None
        total = total * 100 if token == "hundred" else total + _EN_TENS[token]
    return total + _EN_UNITS[tokens[-1]]


def _french(tokens: list[str]) -> int | None:
    if not tokens or tokens[-1] not in _FR_ORDINALS:
        return None
    total = 0
    previous = 0
    for token in tokens[:-1]:
        if token == "et":
            continue
        if token not in _FR_CARDINALS:
            return None
        value = _FR_CARDINALS[token]
        if value in (20, 100) and previous in range(2, 10):  # quatre-vingt, deux cents
            total += previous * value - previous
        else:
            total += value
        previous = value
    last = _FR_ORDINALS[tokens[-1]]
    if last in (20, 100) and previous in range(2, 10):
        return total + previous * last - previous
    return total + last


def _spanish_word(token: str) -> int | None:
    if token.startswith("decimo") and len(token) > 6:  # decimotercero, decimoquinto
        rest = _spanish_word(token[6:])
        return None if rest is None or rest >= 10 else 10 + rest
    for stem, value in _ES_STEMS:
        if token.startswith(stem) and len(token) <= len(stem) + 2:
            return value
    return None


def _spanish(tokens: list[str]) -> int | None:
    values = [_spanish_word(token) for token in tokens]
    if not values or any(value is None for value in values):
        return None
    return sum(value for value in values if value is not None)


def ordinal_value(words: str) -> int | None:
    """The number an ordinal written in words means (``"Forty-fifth"`` → 45), or ``None``."""
    tokens = [token for token in re.split(r"[\s\-]+", _fold(words.strip())) if token]
    if not tokens or len(tokens) > 6:
        return None
    for reader in (_english, _french, _spanish):
        value = reader(tokens)
        if value is not None:
            return value
    return None

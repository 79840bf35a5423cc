"""A site's notice that it uses cookies, in any language: no part of the text it stands beside."""

from __future__ import annotations

import re

__all__ = ["is_cookie_notice"]

# A site's notice that it uses cookies, whatever its language: the word "cookie", and a verb of using,
# accepting or agreeing ("Užíváme cookies …", "Używamy plików cookies", "Χρησιμοποιούμε cookies").
_COOKIE_VERBS = re.compile(
    r"\b(?:use|uses|using|accept|agree|consent|utiliz|utilis|usamos|usa\b|verwend|akzept|zustimm|gebruik|bruk"
    r"|anvend|använd|käyt|używ|užív|použív|souhlas|zgod|χρησιμοποι|αποδ[εέ]χ|использ|викорис|kullan|folos|acept"
    r"|haszn|menggunakan|setuju|sử dụng|đồng ý)\w*\b",
    re.IGNORECASE,
)
_COOKIE_NOTICE_WORDS = 60
# "Cookie" as the languages that do not borrow it call it (Turkish "çerez", Croatian "kolačići", Slovenian
# "piškotki", Hungarian "süti", Finnish "evästeet", Norwegian "informasjonskapsler",
# Persian "کوکی", Arabic "ملفات تعريف الارتباط").
_COOKIE_WORDS = (
    "cookie", "çerez", "kolačić", "piškotk", "sütik", "evästee", "informasjonskapsl", "куки",
    "کوکی", "ملفات تعريف الارتباط", "쿠키", "クッキー",
)  # fmt: skip
# (a recipe's cookies are no site's: "Let the cookies cool before you use the icing.")
_WEB_WORDS = (
    "site", "web", "brows", "navig", "privac", "polic", "consent", "gdpr", "experien", "služb", "stran",
    "strán", "serwis", "stron", "сайт", "ιστ", "περιήγ", "souhlas", "zgod", "osobn", "données", "datos",
    "daten", "dati", "εμπειρ", "περιεχ",
)  # fmt: skip


def is_cookie_notice(line: str) -> bool:
    """The word "cookie" (or its own word in a language), a verb of using or agreeing, a word of the web."""
    folded = line.casefold()
    return (
        any(word in folded for word in _COOKIE_WORDS)
        and len(line.split()) <= _COOKIE_NOTICE_WORDS
        and bool(_COOKIE_VERBS.search(line))
        and any(word in folded for word in _WEB_WORDS)
    )

"""Agenda items: "Agenda items 35 and 40", "Point 4 de l'ordre du jour", "Tema 70 de la lista preliminar"."""

from __future__ import annotations

import re

from ingest_builtins.formats.text_keys import may_hold

__all__ = ["find_agenda_items"]

# A list of item numbers, each perhaps with a sub-item letter: "23, 35 and 75", "3 et 4", "68 (b)", "76 a)".
_NUMBER = r"\d{1,3}(?:\s?\([a-zа-я]\)|\s[a-zа-я]\))?"
# (a scan's text layer may put a stop or a semicolon among them: "60; 62.and 69")
_LIST = rf"{_NUMBER}(?:\s*(?:[,;](?:\s*and)?|\.?(?:and|et|y|e|и|&))\s*{_NUMBER})*"
# Each pattern with what every match of it holds, lower-cased: a text without it is not searched.
_PATTERNS = (
    (re.compile(rf"\bagenda\s+items?\s+({_LIST})", re.IGNORECASE), ("agenda",)),
    # (a scan's specks may stand between the words, on lines of their own: "of the" / "@" / "provisional")
    (
        re.compile(
            rf"\b[it]tems?['\u2019]?\s+({_LIST})[\s,-]+of\s+the(?:\s+[^\w\s]{{1,2}})*\s+"
            r"(?:provisional\s+|prelim\S{0,8}\s+)?(?:agenda|list)",
            re.IGNORECASE,
        ),
        ("tem",),
    ),
    (re.compile(rf"\b(?:under|in),?\s+items?['\u2019]?\s+({_LIST})\b", re.IGNORECASE), ("item",)),
    (re.compile(rf"\bpoints?\s+({_LIST})\s+de\s+l['’]ordre\s+du\s+jour", re.IGNORECASE), ("ordre",)),
    (
        re.compile(
            rf"\btemas?\s+({_LIST})\s+(?:del\s+programa|de\s+la\s+agenda|de\s+la\s+lista\s+preliminar)",
            re.IGNORECASE,
        ),
        ("tema",),
    ),
    (re.compile(rf"\bpoints?\s+({_LIST})\s+de\s+la\s+liste\s+préliminaire", re.IGNORECASE), ("liste",)),
    # "Пункт 20 повестки дня", "пункты 35 и 40 предварительной повестки дня"
    (
        re.compile(
            rf"\bпункт(?:ы|ов|ам)?\s+({_LIST})\s+(?:предварительной\s+)?повестки\s+дня", re.IGNORECASE
        ),
        ("пунк",),
    ),
    (re.compile(rf"البند\s+({_LIST})\s+من\s+جدول\s+الأعمال"), ("البند",)),
    (re.compile(rf"议程项目\s*({_LIST})"), ("议程项目",)),
)


def find_agenda_items(text: str) -> list[str]:
    """The agenda item numbers ``text`` names, as number strings in order (``["35", "40"]``)."""
    found: list[tuple[int, list[str]]] = []
    for pattern, keys in _PATTERNS:
        if not may_hold(text, keys):
            continue
        for match in pattern.finditer(text):
            numbers = [str(int(n)) for n in re.findall(r"(?<![(\w])\d{1,3}(?!\w)", match.group(1))]
            found.append((match.start(), numbers))
    items: list[str] = []
    for _, numbers in sorted(found, key=lambda pair: pair[0]):
        items.extend(n for n in numbers if n not in items)
    return items

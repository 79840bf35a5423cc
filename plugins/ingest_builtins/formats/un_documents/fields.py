"""Document-level fields of a UN letter or note: symbols, organs, session, agenda items, languages, dates."""

from __future__ import annotations

import functools
import re
from typing import Any

from ingest_builtins.formats.un_documents.circulation import find_circulation
from ingest_builtins.formats.un_documents.dates import first_date
from ingest_builtins.formats.un_documents.layout import Layout
from ingest_builtins.formats.un_documents.masthead import read_masthead
from ingest_builtins.formats.un_documents.ordinals import ORDINAL_WORDS, ordinal_value
from ingest_builtins.formats.un_documents.organs import canonical_organs, find_organs
from ingest_builtins.formats.un_documents.symbols import find_symbols, organ_of_symbol, session_of_symbol
from ingest_builtins.formats.un_documents.trailer import trailer_fields

__all__ = ["document_fields", "document_years", "resolve_symbols"]


def _close(a: str, b: str) -> bool:
    """Two symbols of the same shape differing in one character: one is an OCR misreading of the other."""
    return (
        len(a) == len(b)
        and a.split("/")[0] == b.split("/")[0]
        and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    )


def resolve_symbols(masthead: list[str], running: list[str], trailer: list[str]) -> list[str]:
    """All printed symbols, the masthead's first.

    Where a masthead reading and a running-head reading differ by one
    character, the running head's (printed again on every page) is kept.
    """
    symbols: list[str] = []
    for symbol in [*trailer, *running, *masthead]:
        if symbol not in symbols and not any(_close(symbol, kept) for kept in symbols):
            symbols.append(symbol)
    order = {symbol: index for index, symbol in enumerate([*masthead, *running, *trailer])}
    return sorted(symbols, key=lambda symbol: order.get(symbol, len(order)))


_SYMBOL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
_SESSION_OF_YEAR = re.compile(r"\bsession\s+(?:of|,)\s*((?:19|20)\d\d)\b", re.IGNORECASE)
_COUNCIL_YEAR = re.compile(rf"\b({ORDINAL_WORDS})\s+year\b", re.IGNORECASE)


def document_years(layout: Layout) -> set[int]:
    """The years a document's symbols and masthead name.

    ``S/1994/762``; ``A/45/…`` (the Assembly's forty-fifth session: 1990-1991); "Forty-fifth year" (of
    the Security Council: 1990); "Second regular session of 1990".
    """
    fields = document_fields(layout)
    years: set[int] = set()
    for symbol in fields["symbol"] or ():
        years.update(int(year) for year in _SYMBOL_YEAR.findall(symbol))
        session = session_of_symbol(symbol)
        if session is not None:
            years.update((1945 + int(session), 1946 + int(session)))
    masthead = " ".join(layout.masthead)
    years.update(int(year) for year in _SESSION_OF_YEAR.findall(masthead))
    for match in _COUNCIL_YEAR.finditer(masthead):
        value = ordinal_value(match.group(1))
        if value is not None:
            years.add(1945 + value)
    return years


def document_fields(layout: Layout) -> dict[str, Any]:
    """Symbol, organs, agenda items, session, original language and issue date, as metadata values.

    Organs come from the circulation request, the masthead and the symbols'
    series; agenda items from the request and the masthead.  Each call gets
    values of its own (lists included), which it may change.
    """
    fields = _fields(layout)
    return {name: list(value) if isinstance(value, list) else value for name, value in fields.items()}


# The fields of the last layout asked about are kept: a letter's title, date and description steps each
# ask for them, and they are read once.
@functools.lru_cache(maxsize=1)
def _fields(layout: Layout) -> dict[str, Any]:
    masthead = read_masthead(list(layout.masthead))
    trailer = trailer_fields(list(layout.trailer))
    running = find_symbols("\n".join(layout.running_heads))
    printed = find_symbols(trailer.get("document symbol", trailer.get("symbol", "")))
    symbols = resolve_symbols(list(masthead.symbols), running, printed)
    body = layout.sections[0].paragraphs if layout.sections else ()
    circulation = find_circulation(body, session=masthead.session is None)
    organs = canonical_organs(
        list(circulation.organs) if circulation else [],
        list(masthead.organs),
        find_organs(trailer.get("document sources", "")),
        [organ for organ in (organ_of_symbol(symbol) for symbol in symbols) if organ],
    )
    if "Human Rights Council" in organs and "General Assembly" in organs:
        named = circulation is not None and "General Assembly" in circulation.organs
        if not named and not any(s.startswith("A/") and not s.startswith("A/HRC/") for s in symbols):
            organs.remove("General Assembly")
    items = list(circulation.agenda_items) if circulation else []
    items += [item for item in masthead.agenda_items if item not in items]
    session = masthead.session or (circulation.session if circulation else None)
    if session is None:
        session = next((s for s in map(session_of_symbol, symbols) if s), None)
    issue = masthead.issue_date
    if issue is None and trailer.get("publication date"):
        issue = first_date(trailer["publication date"])
    return {
        "symbol": symbols or None,
        "organs": organs or None,
        "agenda_items": items or None,
        "session": session,
        "original_language": masthead.original_language,
        "issue_date": issue,
    }

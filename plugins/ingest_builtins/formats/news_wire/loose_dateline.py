"""A dateline by its shape, in any language or script: a place, perhaps the day and the agency, then the lead.

Agencies write their datelines in as many ways as there are agencies ("Praha -",
"Tepa (Ash), Sept. 09, GNA –", "ТАШКЕНТ, 16 ноября. /УЗИНФОРМ/.", "رام الله 29-7-2012 وفا-",
"नई दिल्ली, 24 जुलाई, (वीएनआई)"), and the patterns of :mod:`datelines` know the common ones. What every one
of them shares is read here, as the last resort: a few words opening the copy's first paragraph, made only of
names, a date's figures and words and an agency's name in brackets or between slashes, then a dash (or a
bar, a danda, a colon after a date), then a lead of a sentence or more. A headline is shorter than a lead; a
sentence's words are not all names.
"""

from __future__ import annotations

import functools
import re

from ingest_builtins.formats.articles.sentences import SENTENCE_END
from ingest_builtins.formats.news_wire.dateline import Dateline
from ingest_builtins.formats.news_wire.dateline_parts import DAY_MONTH, WEEKDAY_PATTERN
from ingest_builtins.formats.news_wire.datelines import compiled
from ingest_builtins.metadata.dates import find_dates

__all__ = ["loose_dateline"]

#: The opening: so many words and characters at most.
_OPENING_WORDS = 8
_OPENING_CHARS = 90
#: The lead under it: so many words at least, ending as a sentence ends.
_LEAD_WORDS = 15
#: A place named alone before a dash has so many words at most ("Praha -", "Ciudad de Guatemala –").
_PLACE_WORDS = 3
_SEPARATOR = re.compile(r"\s?(?:--?|[–—ـ|।៖:]|\.-)(?=\s)|(?<=[)/.])-(?=\s)|(?<=/)\.(?=\s)")
# … or no mark at all after an agency's bracket closing the dateline: "नई दिल्ली, 24 जुलाई, (वीएनआई) संसद …".
_BRACKET_END = re.compile(r"(?<=\))(?=\s)")
_COMMA = re.compile(r"[,،]")
# An agency's name in brackets or between slashes ("(वीएनआई)", "/УЗИНФОРМ/", "/NIAT «Khovar»/"), or a region
# in brackets after the place ("Tepa (Ash)").
_ENCLOSED = re.compile(r"\(([^()\n]{1,30})\)|/([^/\n]{2,30})/")
# The small words of places' and dates' names: "Ciudad de México", "1 de abril de 2025", "le 13 oct.".
_SMALL = frozenset(
    (
        *("de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "las", "los", "el", "le", "am"),
        *("an", "der", "al", "upon", "on", "sur", "en", "et", "y"),
    )
)
_DIGIT = re.compile(r"\d")


@functools.cache
def _weekdays() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{WEEKDAY_PATTERN})\b")


def _name_like(word: str) -> bool:
    """A word that can stand in a place's or an agency's name: capitalised, or of a script without case."""
    first = next((character for character in word if character.isalpha()), "")
    return bool(first) and (first.isupper() or first == first.lower() == first.upper())


def _opening_words(opening: str) -> list[str] | None:
    """The opening's words outside its brackets, when every one is a name's, a date's or a small word's."""
    words = _ENCLOSED.sub(" ", opening).replace(",", " ").split()
    if not words or len(words) > _OPENING_WORDS:
        return None
    for index, word in enumerate(words):
        near_figure = any(_DIGIT.search(other) for other in words[max(index - 2, 0) : index + 3])
        if _name_like(word) or _DIGIT.search(word) or word.casefold() in _SMALL or near_figure:
            continue  # (a month's name, "enero", "апреля", stands by the day's figures)
        return None
    return words


def _has_date(opening: str) -> bool:
    """Whether the opening holds a day: a date in figures or a month's name by a day ("25 апреля")."""
    return bool(find_dates(opening, 1)) or compiled(DAY_MONTH).search(opening) is not None


def _starts_with_date(opening: str) -> bool:
    stripped = opening.lstrip()
    return compiled(DAY_MONTH).match(stripped) is not None or any(
        found.start == 0 for found in find_dates(stripped, 1)
    )


def _agency_like(name: str) -> bool:
    """An agency's name in brackets or slashes: a name, no figure ("(वीएनआई)", "/УЗИНФОРМ/", "(awp/sda)").

    (A stage direction, "(aside)", "(aparte)", is in small letters; a note, "(12 March)", holds figures.)
    """
    return not _DIGIT.search(name) and (_name_like(name.strip()) or "/" in name)


# Words before a dash that address the hearers or the reader, not a place: "Mr Speaker –", "Dear Anna –".
_ADDRESS = frozenset(
    (
        *("mr", "mrs", "ms", "dr", "dear", "madam", "sir", "monsieur", "madame", "mesdames", "messieurs"),
        *("señor", "señora", "señores", "querido", "querida", "estimado", "estimada", "herr", "frau"),
        *("liebe", "lieber", "cher", "chère", "caro", "cara", "господин", "госпожа", "дорогой", "дорогая"),
    )
)


def _bare_place(words: list[str], lead: str) -> bool:
    """A place or an agency named alone ("Praha -", "ANI -", "القاهرة -").

    A few words, no figure, no address; in capitals, or over a lead that states a figure or names the day,
    as a report does (an essay may open with a city too).
    """
    if len(words) > _PLACE_WORDS or any(map(_DIGIT.search, words)):
        return False
    if words[0].strip(",.").casefold() in _ADDRESS:
        return False
    capitals = all(word.isupper() for word in words)
    return capitals or _DIGIT.search(lead) is not None or _weekdays().search(lead) is not None


# A speaker's turn: a name of a word or two, perhaps a stage direction in brackets, a dash or a colon.
_TURN = re.compile(
    r"[ \t]*(?P<name>[^\W\d_][\w.'’-]*(?:[ ][^\W\d_][\w.'’-]*)?)(?:[ ]\([^()\n]{1,30}\))?[ ]?[-–—][ ]"
)
_TURNS_AFTER = 3


def _turns_follow(text: str, start: int, limit: int) -> bool:
    """Whether the next lines open as speakers' turns do: two speakers or more, a turn of a few words.

    (An agency's list of items opens each lead with its place, "Skopje – …", "Helsinki – …".)
    """
    lines = [line for line in text[start:limit].split("\n", 3 * _TURNS_AFTER) if line.strip()]
    turns = [(turn, line) for line in lines[: _TURNS_AFTER + 1] if (turn := _TURN.match(line))]
    names = {turn.group("name").casefold() for turn, _ in turns}
    short = any(len(line[turn.end() :].split()) < _LEAD_WORDS for turn, line in turns)
    return len(names) > 1 and short  # (a list of agency items opens each lead with its place)


def loose_dateline(text: str, start: int, limit: int) -> Dateline | None:
    """A dateline read by its shape at ``start``: the opening of the copy's first paragraph, or ``None``."""
    line_end = text.find("\n", start, limit)
    line = text[start : line_end if line_end >= 0 else limit]
    separator = _SEPARATOR.search(line, 0, _OPENING_CHARS)
    if (
        separator is None
        and _DIGIT.search(line, 0, _OPENING_CHARS)
        and _COMMA.search(line, 0, _OPENING_CHARS)
    ):
        separator = _BRACKET_END.search(line, 0, _OPENING_CHARS)  # (place, day, (agency): commas between)
    if separator is None or separator.start() == 0:
        return None
    opening, lead = line[: separator.start()].strip(), line[separator.end() :].strip()
    words = _opening_words(opening)
    if words is None or not _name_like(words[0]) or _DIGIT.match(opening):
        return None
    opens = lead[:1]
    if (
        len(lead.split()) < _LEAD_WORDS
        or not lead.endswith(SENTENCE_END)
        or opens.isdigit()
        or opens.islower()
    ):
        return None  # (a headline is shorter, a sentence runs on: "Ukraine – the war …", a stamp's time)
    if _weekdays().match(opening):
        return None  # a page's date line glued to the text: "Quinta 22/10/15 - 7h …"
    # (a play's or a transcript's speakers, each before a dash: "MARY (aside) - …" / "JOHN - …")
    if _turns_follow(text, start, limit):
        return None
    plain = _ENCLOSED.sub(" ", opening)
    enclosed = [next(group for group in match.groups() if group) for match in _ENCLOSED.finditer(opening)]
    agencies = [name.strip() for name in enclosed if _agency_like(name)]
    if any(name.strip()[:1].islower() and name not in agencies for name in enclosed):
        return None  # a stage direction: "ROSA (aparte) — …"
    if not agencies and _starts_with_date(plain):
        return None  # a diary's or a log's entry: "March 3, 2024 — …" ("Sept. 18 (UPI) --" names its agency)
    dated = _has_date(plain)
    colon = separator.group().strip() == ":"
    if not (dated or agencies or (not colon and _bare_place(words, lead))):
        return None  # ("Summary: …", "Article 1 –", "Mr Speaker –": labels, numbers, address; no place)
    # The agency: its name in capitals after the day ("…, Sept. 09, GNA –"), or in brackets or slashes.
    if len(words) > 1 and words[-1].isupper() and dated:
        agency: str | None = words[-1].strip(".")
    else:
        agency = agencies[-1] if agencies else None
    place = opening.split(",")[0].split("(")[0].strip() or None
    offset = len(line) - len(line[separator.end() :].lstrip())
    return Dateline(start + offset, agency, place)

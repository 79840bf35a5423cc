"""What a copied page states about its story: the :class:`CopiedPage`, and its time stamps read."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from ingest_builtins.formats.articles.agencies import is_agency
from ingest_builtins.formats.articles.furniture import is_site_name, words
from ingest_builtins.formats.articles.names import byline_names, is_person_name
from ingest_builtins.formats.web_page.credits import reporter_credit
from ingest_builtins.formats.web_page.extraction.meta_lines import is_time_line
from ingest_builtins.formats.web_page.head_lines import BYLINE
from ingest_builtins.formats.web_page.stamps import PUBLISHED, UPDATED, has_time, read_timestamp
from ingest_builtins.metadata.dates import find_dates, parse_date
from ingest_builtins.metadata.language import detect_language

__all__ = [
    "CopiedPage",
    "dated_byline",
    "dateline_date",
    "figures_date",
    "named_over_stamp",
    "read_stamp",
    "stamp_below",
    "take_reporter_credit",
]

#: How far into the article a time stamp is looked for when the head had none.
_STAMP_LINES = 12
#: A writer's name printed alone over the date has so many words at most.
_NAME_ALONE_WORDS = 4
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{8,}")


@attrs.define
class CopiedPage:
    """The article found in a copied page, and what the page's furniture says about it."""

    body: str
    title: str | None = None
    date: str | None = None
    section: str | None = None
    publisher: str | None = None
    authors: list[str] = attrs.field(factory=list)
    found: list[str] = attrs.field(factory=list)
    #: Whether ``date`` is a last update's stamp read under the story (a publication stamp above replaces it).
    dated_by_update: bool = False

    def add_authors(self, names: Iterable[str]) -> None:
        """Add the people a byline or a credit names, each once, in the order printed."""
        self.authors.extend(name for name in dict.fromkeys(names) if name not in self.authors)


# A byline's label after the stamp, no bar or dash between them.
_LABEL_AFTER_STAMP = re.compile(
    r"[ \t]+(?=(?:автор|author|autor|autora|auteur|autore|yazar|müəllif|penulis)\s*:)", re.IGNORECASE
)


def read_stamp(
    page: CopiedPage, line: str, iso: str, remainder: str, *, sign: str | None = None
) -> str | None:
    """Take a time stamp's date, and the site or byline printed beside it; return a label beside it.

    The stamp's kind goes into ``page.found`` ("time stamp", "publication date", "date line"), or ``sign``
    when the caller names it.
    """
    # A stamp with its time outranks a date alone read above it (the day's date over the page, "Monday Nov 18,
    # 2024"), unless it says when the story was updated.
    undated = page.date is None or ("T" in iso and "T" not in page.date and not UPDATED.search(line))
    if undated or (PUBLISHED.search(line) and not UPDATED.search(line)):
        page.date = iso
    # A date with its time, or with the source credited beside it ("НИН 22.10.2024 | Тањуг"), is the page's
    # stamp; a date alone may be a memo's.
    # (a place in capitals beside a date, "GENÈVE, LE 25 FÉVRIER 2019", is a speech's heading, not a credit)
    credited = bool(remainder) and (
        is_agency(remainder) or is_site_name(remainder) or ("|" in line and remainder.isupper())
    )
    # … and a date under a publication label ("Publikováno: 15.6.2020") is a page's too, which no memo prints.
    if sign is not None:
        page.found.append(sign)
    elif "T" in iso or credited:
        page.found.append("time stamp")
    elif PUBLISHED.search(line) is not None and len(iso) >= len("2000-01-01"):
        page.found.append("publication date")
    else:
        page.found.append("date line")
    labelled = _LABEL_AFTER_STAMP.split(line, maxsplit=1)  # ("24.04.2023 | 12:59 Автор: Петя Кръстева")
    remainder = labelled[1] if len(labelled) == 2 and not remainder else remainder
    if not remainder:
        return None
    if is_site_name(remainder):
        page.publisher = page.publisher or remainder
        return None
    byline = BYLINE.match(remainder)
    if byline is not None or is_person_name(remainder):
        people, _ = byline_names(byline.group("names") if byline is not None else remainder)
        page.add_authors(people)
        return None
    # (a figure or a unit left beside the time, "07:40 h", is no label)
    return None if remainder[0].isdigit() or len(remainder) <= 2 else remainder


# Where a byline's names end and the story's stamp begins: a bar or a spaced dash.
_STAMP_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|[ \t]+[–—-][ \t]+")


def dated_byline(page: CopiedPage, line: str) -> bool:
    """Take a byline that carries the story's stamp after a bar or a dash, and say whether it was one.

    "By Jane Roe | 12 March 2026 10:15", "Por Ana Lima - Em 20/10/2025 às 6:55 PM"; the stamp may come
    first: "vendredi 12 octobre 2018 - par Jean Roe".
    """
    byline = BYLINE.match(line)
    if byline is None:
        parts = _STAMP_SEPARATOR.split(line, maxsplit=1)
        if len(parts) == 1 or BYLINE.match(parts[1]) is None:
            parts = _LABEL_AFTER_STAMP.split(line, maxsplit=1)  # "24.04.2023 | 12:59 Автор: Петя Кръстева"
        stamp = read_timestamp(parts[0]) if len(parts) == 2 else None
        byline = BYLINE.match(parts[1]) if stamp is not None else None
        people = byline_names(byline.group("names"))[0] if byline is not None else []
        if stamp is None or not people:
            return False
        page.add_authors(people)
        page.found.append("byline")
        read_stamp(page, parts[0], *stamp)
        return True
    names = byline.group("names")
    for separator in reversed(list(_STAMP_SEPARATOR.finditer(names))):
        stamp = read_timestamp(names[separator.end() :])
        if stamp is None:
            continue
        people, _ = byline_names(names[: separator.start()].rstrip(" *,"))
        if not people:
            return False
        page.add_authors(people)
        page.found.append("byline")
        read_stamp(page, names[separator.end() :], *stamp)
        return True
    return False


def stamp_below(lines: list[str], start: int, end: int, page: CopiedPage) -> str | None:
    """A time stamp among the article's first lines, under what the head took for the story: its line.

    Only a date with its time will do ("26 de noviembre 2019, 22:50hs"): a date alone there may be the
    story's own.
    """
    for line in lines[start : min(end, start + _STAMP_LINES)]:
        stamp = read_timestamp(line)
        # (one year on the line: two stamps run together, "20.10.2025, 10:0820.10.2025, 10:11", are not read)
        if stamp is not None and "T" in stamp[0] and len(_YEAR.findall(line)) == 1:
            # (no sign of a page: a transcript prints its time so)
            read_stamp(page, line, *stamp, sign="stamp in the text")
            return line
    return None


def named_over_stamp(lines: list[str], index: int) -> bool:
    """Whether line ``index`` is a writer's name alone over the page's date or reading time: a bare byline.

    The date may be one line further down, the site's name between.

    (An agency's initials and its place, "ANI Kathmandu", have the shape of a name too.)
    """
    line = lines[index]
    if not is_person_name(line) or words(line) > _NAME_ALONE_WORDS or line.split()[0].isupper():
        return False
    # (the page's stamp with its time or its label, or the reading time: a date alone under a name may be a
    # life's, a place's or an interview's)
    return any(_stamped(line) or is_time_line(line) for line in lines[index + 1 : index + 3])


def _stamped(line: str) -> bool:
    return has_time(line) or (PUBLISHED.search(line) is not None and read_timestamp(line) is not None)


# A date in figures alone on its line, the day and month in either order, perhaps its time after it:
# "04/08/2023 - 16:10", "• 07/11/2021", "12-06-2023".
_FIGURES_DATE = re.compile(
    r"[•·\s]*(?P<date>\d{1,2}(?P<sep>[/-])\d{1,2}(?P=sep)(?:19|20)\d\d)"
    r"(?:\s*[-–|,]?\s*(?P<time>\d{1,2}:\d{2})(?::\d{2})?)?\s*"
)
#: Languages whose pages write a date in figures month first (the United States', the Philippines').
_MONTH_FIRST = frozenset({"en", "tl"})
#: So much of the story is read for its language.
_SAMPLE = 3000


def figures_date(lines: list[str], start: int, end: int) -> str | None:
    """The page's date from a date in figures alone on its line about the story's start, read day first.

    The head leaves "04/08/2023" unread: the day and the month could be either way round. A page in a
    language that writes the day first (every one told but English and Filipino) is read so.
    """
    for line in lines[max(0, start - _STAMP_LINES) : min(end, start + 2)]:
        match = _FIGURES_DATE.fullmatch(line)
        iso = None if match is None else parse_date(match.group("date"), dayfirst=True)
        if match is None or iso is None:
            continue
        language = detect_language("\n".join(lines[start:end])[:_SAMPLE])
        if language is None or language in _MONTH_FIRST:
            return None  # (a language not told, or one that may write the month first: left unread)
        if match.group("time") is None:
            return iso
        hour, minute = match.group("time").split(":")
        return f"{iso}T{int(hour):02d}:{minute}"
    return None


def take_reporter_credit(page: CopiedPage, line: str) -> bool:
    """Whether ``line`` is a reporter's credit line; if so, its reporter and its paper go into ``page``.

    ("양다훈 기자 yangbs@segye.com", "聯合報／ 記者唐筱恬／台北即時報導" under the headline or the picture.)
    """
    credit = reporter_credit(line)
    if credit is None:
        return False
    paper, reporter = credit
    page.add_authors([reporter])
    page.publisher = page.publisher or paper
    page.found.append("byline")
    return True


# A dateline opening the story with its whole date: "Santiago, 2 de febreiro de 2016.- O presidente …",
# "MADRID, 3 de marzo de 2024 (EFE). –", "Genève, le 25 février 2019 – …".
_DATELINE_PLACE = re.compile(
    r"[A-ZÀ-Ý][\w'’.-]*(?:[ /-][\w'’.-]+){0,3},[ \t]*(?:(?:le|el|o|den|am|on)[ \t]+)?"
)
_DATELINE_CLOSE = re.compile(r"[ \t]*(?:\.?[ \t]?[-–—]+|:|\.[ \t]|[ \t]\()")
_DATELINE_CHARS = 80


def dateline_date(line: str) -> str | None:
    """The day a dateline opening the story's first line gives, with its year, or ``None``."""
    head = line[:_DATELINE_CHARS]
    dates = find_dates(head, limit=1)
    if not dates or len(dates[0].iso) != len("2016-02-02"):
        return None
    date = dates[0]
    if _DATELINE_PLACE.fullmatch(head, 0, date.start) and _DATELINE_CLOSE.match(head, date.end):
        return date.iso
    return None

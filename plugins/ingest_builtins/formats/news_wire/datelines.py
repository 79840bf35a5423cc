"""Agency datelines: ``PLACE, Date (Agency) -``, ``Place, Date, AGENCY``, ``/TASS/``, East Asian forms."""

from __future__ import annotations

import functools
import re

import attrs

from ingest_builtins.formats.articles.agencies import AGENCY_PATTERN, OUTLET_WORDS, is_agency
from ingest_builtins.formats.news_wire.dateline import Dateline
from ingest_builtins.formats.news_wire.dateline_parts import (
    BRACKET,
    CAPS_PLACE,
    DASH,
    DAY_MONTH,
    MONTH,
    TITLE_PLACE,
    UPPER,
    WEEKDAY_PATTERN,
    WHEN,
)
from ingest_builtins.formats.news_wire.east_asian_datelines import EAST_ASIAN_STARTS, east_asian_dateline

__all__ = [
    "BEFORE_CAPS",
    "Dateline",
    "colon_dateline",
    "compiled",
    "find_dateline",
    "place_and_day",
    "read_dateline",
    "title_case_place",
]

# The patterns read only beside an agency's bracket or under a byline are kept as sources, compiled by
# :func:`compiled` when first needed: every month name of every language makes them slow to compile.
_DAY_MONTH_START = MONTH
#: A place in capitals and a day closing a byline's line, before the agency's bracket.
BEFORE_CAPS = rf"(?:^|(?<=\s)){CAPS_PLACE}{WHEN}[ \t]*\Z"
# Italian agencies add the country in brackets after a foreign place: "BRUXELLES (BELGIO) (ITALPRESS) –".
_CAPS_FULL = rf"{CAPS_PLACE}(?:[ ]+\([{UPPER}][{UPPER} .'’-]{{1,30}}\))?{WHEN}"
_TITLE_FULL = rf"{TITLE_PLACE}{WHEN}"
# Spanish agencies give the day of the month alone: "MADRID, 14 (EUROPA PRESS)".
_CAPS_DAY_ONLY = re.compile(rf"{CAPS_PLACE},[ ]+(?P<when>\d{{1,2}})(?P<year>)")
# A month in a language the date reader has not, between the day and the year, before a known agency's
# bracket: "Abuja, Satumba 2, 2024 (NAN)" (read as a dateline; its day is left unread).
_UNREAD_MONTH = re.compile(
    rf"{TITLE_PLACE},[ ]+(?:[^\W\d_]{{3,12}}\.?[ ]\d{{1,2}}|\d{{1,2}}\.?[ ][^\W\d_]{{3,12}})"
    r",?[ ](?:19|20)\d\d"
)
# "Baku, April 2, AZERTAC" / "Baku, 2 April, AZERTAC" / "Baku. 2 April. REPORT.AZ/"
_PLACE_DAY_AGENCY = re.compile(
    rf"[ \t]*{TITLE_PLACE}[,.][ ]*(?:(?:le|el)[ ]+)?(?P<when>{DAY_MONTH})(?:[,.]|[ ]+[–—-])[ ]*"
    rf"(?P<agency>{AGENCY_PATTERN}|[A-ZА-ЯЁ]{{3,}}(?:\.[A-Z]{{2,3}})?)\b[ \t]*(?:[-–—:./][ \t]*)?",
    re.IGNORECASE,
)
# After an agency bracket that comes first: "(ANSA) - ROMA, 12 MAR - Il …", "(ANSA) - Rome, March 12 - …".
_PLACE_DASH = (
    rf"[ \t]*{CAPS_PLACE}{WHEN}[ \t]*{DASH}[ \t]*",
    rf"[ \t]*{TITLE_PLACE}{WHEN}[ \t]*{DASH}[ \t]*",
)
# Kyodo: "TOKYO, March 3 Kyodo -" (the agency unbracketed after the date), a dash or the line's end after it.
_CAPS_DAY_AGENCY = (
    rf"[ \t]*{CAPS_PLACE}{WHEN},?[ \t]+(?P<agency>{AGENCY_PATTERN})[ \t]*(?:{DASH}[ \t]*|(?=\n))"
)
# The place alone on its line, in capitals, under a byline or date line: "ANKARA" (not a section's label in
# capitals with accents, "ÉCONOMIE").
_PLACE_ALONE = re.compile(
    r"[ \t]*(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+(?:[ ][A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+){0,2})[ \t]*(?=\n)"
)
# TASS: "MOSCOW, April 2. /TASS/." (a site may space the slashes: "SOFIA, April 29. / TASS /."); Agerpres:
# "Bucureşti, 12 mar /AGERPRES/ -"; Arabic copy puts "في" ("in", "on") before the day:
# "مسقط في 23 مارس /العمانية/".
_UNCASED_WORD = r"(?!في[ ])[\u0590-\u06ff]+"
# An agency not in the table may sign so too, its name in capitals after a place and a day:
# "YEREVAN, May 20. /ARKA/.", "ТАШКЕНТ, 16 ноября. /УЗИНФОРМ/.".
_SLASHED = tuple(
    rf"[ \t]*{place}{WHEN}[.,]?[ \t]*"
    # … the correspondent by name before the agency: "Бишкек, 13.06.22. /Елена Цой – Кабар/."
    rf"/[ ]?(?:(?P<names>[^\W\d_][^/\n\d–-]{{2,40}}?)[ ]+[-–][ ]+(?={AGENCY_PATTERN}/))?"
    # … the agency perhaps in quotation marks after its kind ("/NIAT «Khovar»/"), one not in the table in
    # capitals, perhaps with its desk's name ("/CNW Telbec/")
    rf"(?:(?-i:[A-ZА-ЯЁ]{{2,6}})[ ]+|(?:Корр|Corr)\.[ ]?)?[«\"“]?"
    rf"(?P<agency>{AGENCY_PATTERN}|(?-i:[A-ZА-ЯЁ][A-ZА-ЯЁ-]{{1,9}}(?:[ ][A-Z][a-z]{{2,12}})?))[»\"”]?"
    # … or the correspondent by name after it: "ВАШИНГТОН, 30 апреля. /Корр.ИТАР-ТАСС Дмитрий Кирсанов/."
    rf"(?:[ ]+(?P<after>(?-i:[A-ZА-ЯЁ])[^\W\d_]+[ ](?-i:[A-ZА-ЯЁ])[^\W\d_]+))?[ ]?/"
    rf"\.?[ \t]*(?:{DASH}[ \t]*)?"
    for place in (
        CAPS_PLACE,
        TITLE_PLACE,
        rf"(?P<place>{_UNCASED_WORD}(?:[ ]{_UNCASED_WORD}){{0,2}})(?:[ ]+في)?",
    )
)
# BelTA puts the day first and its correspondent in the slashes: "24 сентября, Минск /Корр. БЕЛТА/.".
# … or the correspondent by name before a dash: "21 сентября, Минск /Татьяна Полежай - БЕЛТА/.".
_DAY_PLACE_SLASHED = (
    rf"[ \t]*(?P<when>{DAY_MONTH}),[ \t]*{TITLE_PLACE}[ \t]*/(?:Корр\.[ \t]*|Corr\.[ \t]*)?"
    rf"(?:(?P<names>[^\W\d_][^/\n-]{{2,40}}?)[ \t]*[-–][ \t]*)?(?P<agency>{AGENCY_PATTERN})/\.?"
    rf"[ \t]*(?:{DASH}[ \t]*)?"
)
# A place in a script without capitals, before a known agency's bracket: "بيروت (أ ف ب) -".
# An Arabic or Hebrew place, perhaps with its day and year: "الجزائر 22 فبراير 2015 (واص)-"; KUNA gives the
# day and month in figures ("الكويت - 17 - 3 (كونا) --"), Hindi copy a comma ("नई दिल्ली, 13 फरवरी (भाषा)").
_UNCASED_PLACE = re.compile(
    r"(?P<place>[\u0590-\u06ff\u0900-\u09ff]+(?:[ ][\u0590-\u06ff\u0900-\u09ff]+){0,2})"
    r"(?:,?[ ](?P<when>\d{1,2}[ ][\u0590-\u06ff\u0900-\u09ff]+|-[ ]\d{1,2}[ ]-[ ]\d{1,2})"
    r"(?:[ ](?P<year>\d{4}))?)?"
)
# "BAKU, Azerbaijan, Sept.2" alone on its line (the agency follows as "Trend:" or in the lead)
# A place joined to a known agency's name by a full stop or a hyphen, nothing between: Kazinform's
# "ASTANA. KAZINFORM", SANA's "دمشق-سانا".
_PLACE_JOINED_AGENCY = (
    rf"[ \t]*(?:{CAPS_PLACE}[ \t]*\.|(?P<uplace>{_UNCASED_WORD}(?:[ ]{_UNCASED_WORD}){{0,2}})[ \t]*[-–])"
    rf"[ \t]*(?P<agency>{AGENCY_PATTERN})(?!\w)[ \t]*(?:{DASH}[ \t]*)?"
)
# A place and a known agency before a dash, no day: "Tehran, IRNA – Iran's …".
_PLACE_AGENCY_DASH = rf"[ \t]*{TITLE_PLACE},[ ]*(?P<agency>{AGENCY_PATTERN})[ \t]*{DASH}[ \t]*(?=\S)"
# A monitoring service's dateline, a place and a day before a colon: "Trieste, 26 June: The minister …".
_PLACE_DAY_COLON = (
    rf"[ \t]*{TITLE_PLACE},[ ]*(?P<when>\d{{1,2}}[ ]+{MONTH}|{MONTH}[ ]+\d{{1,2}}):[ \t]+(?=\S)"
)
# A newspaper's dateline over agency copy, the place in capitals, the day, a dash: "KUALA LUMPUR, Feb 22 —".
_CAPS_DAY_DASH = rf"[ \t]*{CAPS_PLACE},?[ ]+(?P<when>{DAY_MONTH})[ \t]*(?:[—–]|--?)[ \t]*(?=\S)"
# RIA Novosti and Sputnik name themselves after the dash: "МОСКВА, 9 фев - РИА Новости. …", "АСТАНА, 9 фев -
# Sputnik. …".
_CAPS_DAY_DASH_AGENCY = (
    rf"[ \t]*{CAPS_PLACE},?[ ]+(?P<when>{DAY_MONTH})[ \t]*[—–-][ \t]*"
    rf"(?P<agency>{AGENCY_PATTERN})\.[ \t]*(?=\S)"
)
# … and after a place in mixed case, its day and perhaps the hour: "Удмуртия, 9 мая, 2014, 12:29 — ИА
# Регнум."; an agency not in the table calls itself one there ("ИА", "IA": information agency).
_TITLE_DAY_DASH_AGENCY = (
    rf"[ \t]*{TITLE_PLACE}{WHEN}[ \t]*[—–-][ \t]*"
    rf"(?P<agency>{AGENCY_PATTERN}|(?-i:ИА|IA)[ ][A-ZА-ЯЁ][\w-]+)\.[ \t]*(?=\S)"
)
# … or in mixed case, a comma before the day: "Pechino, 3 mag. - Il ministro …", "New York, 6. junija - …".
# (a salutation or a heading with its date is no place: "Dear John, 5 May - …", "Minutes, 3 May 2021 - …")
_NO_PLACE = (
    r"(?!(?i:dear|hi|hello|cher|chère|querido|querida|lieber|liebe|caro|cara|minutes|agenda|notes"
    r"|meeting|report|update|memo|summary|diary|journal|entry)\b)"
)
_TITLE_DAY_DASH = rf"[ \t]*{_NO_PLACE}{TITLE_PLACE},[ ]+(?P<when>{DAY_MONTH})[ \t]*(?:[—–]|--?)[ \t]*(?=\S)"
# The day after the agency's bracket: "Phnom Penh (FN), May 19 – …".
_LATE_DAY = rf",[ ]*(?P<when>{DAY_MONTH})[ \t]*{DASH}[ \t]*(?=\S)"
_PLACE_DAY_LINE = rf"[ \t]*{CAPS_PLACE},?[ ]+(?P<when>{DAY_MONTH})[ \t]*(?=\n|\Z)"
# … or the place alone before a long dash, as newspapers set agency copy: "KUALA LUMPUR — Malaysia's …".
# Indonesian newspapers put their site's name beside the place: "TRIBUNNEWS.COM, JAKARTA -",
# "JAKARTA, KOMPAS.com -".
_SITE = r"(?P<agency>[A-Za-z0-9][A-Za-z0-9-]*\.(?i:com|co\.id|co|id|net|org|news)(?:\.[a-z]{2})?)"
_SITE_PLACE_DASH = (
    rf"[ \t]*(?:{_SITE},[ ]+(?P<place>[A-Z][A-Za-z'’. -]{{1,30}}?)|(?P<splace>[A-Z][A-Z'’. -]{{1,30}}?),[ ]+"
    rf"{_SITE.replace('agency', 'sagency')})[ ]+[-–—][ \t]*(?=\S)"
)
# The place in capitals in brackets before a dash, as Turkish agencies set it: "(ANKARA) - Ticaret Bakanı …".
_BRACKETED_PLACE = r"[ \t]*\((?P<place>[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ'’ -]{1,30})\)[ \t]*[-–—][ \t]*(?=\S)"
# Spanish-language copy sets the place before a full stop and a hyphen: "MOSCÚ.- El …", "Caracas.- El …".
_CAPS_DOT_DASH = (
    r"[ \t]*(?P<place>[A-ZÁÉÍÓÚÑÜ][A-Za-záéíóúñüÁÉÍÓÚÑÜ'’-]{1,20}(?:[ ][A-Za-záéíóúñüÁÉÍÓÚÑÜ'’-]{1,20}){0,2})"
    r"\.-[ \t]*(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])"
)
# Kazinform and others set the agency after the place and a full stop: "KOSTANAY REGION. KAZINFORM – …".
_CAPS_DOT_AGENCY = rf"[ \t]*{CAPS_PLACE}\.[ ]+(?P<agency>{AGENCY_PATTERN})\b\.?[ \t]*(?:{DASH}[ \t]*)?"
# A hyphen may stand against the place before a long lead: "TIRANË- Ministri …" (a spaced hyphen is a title's:
# "GLOSSARY - …"; a short line after it a warning's: "WARNING- Do not run …").
# (A flag in capitals before the dash is no place: "UPDATE — …", "EXCLUSIVE — …".)
_CAPS_DASH = (
    r"[ \t]*(?!(?:NOTE|UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|WATCH|LIVE|VIDEO|PHOTOS?"
    r"|CORRECTION|URGENT|FLASH|ALERT|WARNING|IMPORTANT|CAUTION|ATTENTION|REMINDER|TODO|FYI|NB|PS|CHAPTER|PART"
    r"|SECTION|SCENE|ACT|INT|EXT|EXECUTIVE|SUMMARY)\b)"
    rf"(?P<place>[{UPPER}][{UPPER}'’.-]+(?:[ ][{UPPER}][{UPPER}'’.-]+){{0,3}}"
    # … perhaps with its country in one word: "TEGUCIGALPA, Honduras —" (not "CHAPTER ONE, The Beginning —")
    rf"(?:,[ ]+[{UPPER}][^\W\d_]+(?=[ ]+(?:—|–|--)))?)"
    # (a spaced hyphen after a place's name ending in four letters, not an office's: "CEO - …")
    rf"(?:[ ]+(?:—|–|--)|-(?=[ ][^\n]{{120}})|(?<=[^\W\d_]{{4}})[ ]-(?=[ ][^\n]{{80}}))[ \t]*"
    rf"(?=[{UPPER}\"“‘«][^\n]{{30}})"  # (a lead, not a title's second half: "TAVARANDU – FOLKLORE")
)
# A place in capitals and the agency after a slash, alone on the line above the lead: "CIUDAD DE MÉXICO/AP".
_CAPS_SLASH_AGENCY = rf"[ \t]*{CAPS_PLACE}[ \t]*/[ \t]*(?P<agency>{AGENCY_PATTERN})[ \t]*(?=\n)"
# A place in capitals before a colon, as Malaysian and Gulf papers set agency copy: "KUALA LUMPUR: The …".
# A speaker's or a memo's label looks the same ("PRESIDENT: …", "SUBJECT: …"), so it is read only in copy
# already known to be agency copy (:func:`colon_dateline`), never as evidence of it.
_CAPS_COLON = (
    r"[ \t]*(?!(?:NOTE|SUBJECT|RE|TO|FROM|CC|DATE|Q|A|MR|MRS|MS|DR|PRESIDENT|CHAIRMAN|CHAIR|MODERATOR|SPEAKER"
    r"|QUESTION|ANSWER|UPDATE|EDITOR)\b)"
    rf"(?P<place>[{UPPER}][{UPPER}'’.-]+(?:[ ][{UPPER}][{UPPER}'’.-]+){{0,3}}):[ \t]+"
    rf"(?=[{UPPER}\"“«][^\n]{{80}})"
)
# How every place in capitals opens: a capital, then another, one of its marks or a space. The patterns
# above, kept as sources, are tried only on a line that opens so, and compiled when first tried.
_CAPS_OPENING = re.compile(rf"[ \t]*[{UPPER}][{UPPER}'’.&/ -]")
_SMALL_WORDS = frozenset(
    ["of", "the", "de", "la", "le", "du", "des", "al", "el", "and", "on", "upon", "am", "an", "der", "sur"]
)


@functools.cache
def compiled(source: str) -> re.Pattern[str]:
    """``source`` compiled, once, when first needed."""
    return re.compile(source)


def title_case_place(place: str) -> str:
    """``"UNITED NATIONS"`` → ``"United Nations"``; a place in mixed case is kept."""
    place = place.split(",")[0].strip(" .")
    if not place.isupper() or (len(place) <= 3 and place.isalpha()):
        return place  # (an acronym alone, "UN", "ООН", stays as printed)
    words = []
    for index, word in enumerate(place.lower().split()):
        if index and word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word))
    return " ".join(words)


def place_and_day(line: str) -> str | None:
    """The place of a line holding only a place and a day ("Baku, Azerbaijan, Aug. 23"), or ``None``."""
    match = compiled(rf"[ \t]*{_TITLE_FULL}[ \t]*").fullmatch(line)
    return title_case_place(match.group("place")) if match is not None and match.group("when") else None


def find_dateline(text: str, start: int, limit: int) -> re.Match[str] | None:
    """The first ``(Agency) -`` bracket in ``text[start:limit]`` on the line that starts at ``start``."""
    end_of_line = text.find("\n", start, limit)
    stop = limit if end_of_line < 0 else end_of_line
    return BRACKET.search(text, start, stop)


def _placed(match: re.Match[str], agency: str | None = None) -> Dateline:
    """A dateline from a match with a place in capitals or mixed case and perhaps a day."""
    groups = match.groupdict()
    year = groups.get("year") or groups.get("lyear")
    return Dateline(match.end(), agency, title_case_place(match.group("place")), groups.get("when"), year)


_LONGEST_ACRONYM = 6
_DIGIT = re.compile(r"\d")
#: The day of a dateline in mixed case stands within so many characters of its start.
_DAY_REACH = 60
_OUTLET = re.compile(rf"\b(?:{OUTLET_WORDS})\b", re.IGNORECASE)
_DAY_BEFORE_PLACE = re.compile(r"(?P<day>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d),\s+")
# One word naming an agency, capitalised, perhaps inside too ("LaPresse"), no weekday or month in figures.
_AGENCY_WORD = re.compile(r"[A-Z][a-zà-ÿ]*[A-Z]?[a-zà-ÿ]+")


def _bracketed(text: str, start: int, limit: int) -> Dateline | None:
    """``PLACE, Date (Agency) -``, or the agency's bracket first: ``(ANSA) - ROMA, 12 MAR -``."""
    bracket = find_dateline(text, start, limit)
    if bracket is None:
        return None
    if not bracket.group("dash") and (late := compiled(_LATE_DAY).match(text, bracket.end(), limit)):
        return _dated_after(text[start : bracket.start()].strip(), bracket.group("agency"), late)
    if not bracket.group("dash"):
        # The first bracket may hold the place's country: "BRUXELLES (BELGIO) (ITALPRESS) –".
        bracket = BRACKET.match(text, bracket.end(), limit) or bracket
    agency = bracket.group("agency")
    if bracket.group("reprinted") and not _OUTLET.search(agency):
        return None  # (a paper with its day, "(Fiji Times, April 30)", not "(Finance Committee, March 3)")
    if "/" in agency:
        agency = agency.rsplit("/", 1)[1]  # "(PNA/Kyodo)": Kyodo's copy as PNA carries it
    prefix = text[start : bracket.start()].strip().rstrip(",")  # "Roma, (askanews) -"
    # (the day in figures before the place: "12.12.2018, Warszawa (PAP) –")
    day_first = _DAY_BEFORE_PLACE.match(prefix)
    if day_first is not None:
        found = _bracketed(
            text, start + len(text[start:]) - len(text[start:].lstrip()) + day_first.end(), limit
        )
        day, month, year = day_first.group("day").split(".")
        return None if found is None else attrs.evolve(found, when=f"{year}-{month:0>2}-{day:0>2}", year=year)
    if not prefix:
        if not is_agency(agency) or not bracket.group("dash"):
            return None
        for pattern in _PLACE_DASH:
            place_dash = compiled(pattern).match(text, bracket.end(), limit)
            if place_dash is not None:
                return _placed(place_dash, agency)
        return Dateline(bracket.end(), agency)
    place = (
        compiled(_CAPS_FULL).fullmatch(prefix)
        or compiled(_TITLE_FULL).fullmatch(prefix)
        or _CAPS_DAY_ONLY.fullmatch(prefix)
    )
    if place is None:
        if is_agency(agency) and (unread := _UNREAD_MONTH.fullmatch(prefix)) is not None:
            return Dateline(bracket.end(), agency, title_case_place(unread.group("place")))
        uncased = _UNCASED_PLACE.fullmatch(prefix)
        # (a bracket after the place and a day is the agency's, in the table or not: "(हि.स.)")
        if uncased is None or not (is_agency(agency) or (uncased.group("when") and len(agency) <= 12)):
            return None
        return attrs.evolve(_placed(uncased, agency), end=bracket.end())
    # (the place in capitals, its region or country perhaps not: "SUVA, Fiji (Fiji Times, April 30) -")
    if is_agency(agency) or (place.group("place").split(",")[0].isupper() and bracket.group("dash")):
        return attrs.evolve(_placed(place, agency), end=bracket.end())
    if bracket.group("dash") and (
        (2 <= len(agency) <= _LONGEST_ACRONYM and agency.isupper() and agency.isalpha())
        or _OUTLET.search(agency)
    ):
        # An agency not in the table, by its initials or an outlet's word, after a place in mixed case:
        # "Dhaka (BBN) –", "Muqdisho (Caasimada Online) –".
        return attrs.evolve(_placed(place, agency), end=bracket.end())
    if (
        place.groupdict().get("when")
        and 2 <= len(agency) <= 12
        and (
            agency.isupper()
            or (
                bracket.group("dash")
                and _AGENCY_WORD.fullmatch(agency)
                and not compiled(WEEKDAY_PATTERN).fullmatch(agency)
            )
        )
    ):
        # An agency not in the table after a place and a day, in capitals or as one word before a dash:
        # "Cotonou, 3 fév. (XYZ) -", "Roma, 12 feb. (Newsagency) –".
        return attrs.evolve(_placed(place, agency), end=bracket.end())
    return None


def _with_reporter(match: re.Match[str]) -> Dateline:
    """A dateline with the agency between slashes, and the correspondent named before it."""
    named = (match.group("names") or match.groupdict().get("after") or "").strip()
    return attrs.evolve(_placed(match, match.group("agency")), authors=(named,) if named else ())


def _dated_after(prefix: str, agency: str, late: re.Match[str]) -> Dateline | None:
    """``Place (Agency), Date -``: a place before the bracket, an agency in the table."""
    place = compiled(_CAPS_FULL).fullmatch(prefix) or compiled(_TITLE_FULL).fullmatch(prefix)
    if place is None or place.group("when") or not is_agency(agency):
        return None
    return Dateline(
        late.end(), agency, title_case_place(place.group("place")), late.group("when"), late.group("year")
    )


def colon_dateline(text: str, start: int) -> Dateline | None:
    """A place in capitals and a colon opening agency copy's body ("KUALA LUMPUR: …"), or ``None``."""
    match = compiled(_CAPS_COLON).match(text, start)
    return None if match is None else Dateline(match.end(), place=title_case_place(match.group("place")))


def read_dateline(text: str, start: int, limit: int, *, place_alone: bool = False) -> Dateline | None:
    """The dateline at ``start``, in any of the forms above, or ``None``.

    ``place_alone`` admits a place in capitals alone on its line (under a byline or a date line).
    """
    if text[start : start + 1] in EAST_ASIAN_STARTS:
        found = east_asian_dateline(text, start, limit)
        if found is not None:
            return found
    found = _bracketed(text, start, limit)
    if found is not None:
        return found
    in_capitals = _CAPS_OPENING.match(text, start, limit) is not None
    match = compiled(_CAPS_DAY_AGENCY).match(text, start, limit) if in_capitals else None
    if match is None and in_capitals:
        match = compiled(_CAPS_DAY_DASH_AGENCY).match(text, start, limit)
    if match is None and in_capitals and "." in text[start : start + 60]:
        # (the agency in capitals as its copy prints it: "WASHINGTON. Reuters said …" is a sentence)
        dotted = compiled(_CAPS_DOT_AGENCY).match(text, start, limit)
        match = dotted if dotted is not None and dotted.group("agency").isupper() else None
    if match is not None and is_agency(match.group("agency")):
        return _placed(match, match.group("agency"))
    # (a day's figure near the line's start, or no such dateline: most lines are passed over at once)
    if (
        not in_capitals
        and text[start : start + 1].isupper()
        and _DIGIT.search(text, start, start + _DAY_REACH)
    ):
        match = compiled(_TITLE_DAY_DASH_AGENCY).match(text, start, limit)
        if match is not None and match.group("when"):
            return _placed(match, match.group("agency"))
    if place_alone:
        alone = _PLACE_ALONE.match(text, start, limit)
        if alone is not None and not compiled(_DAY_MONTH_START).match(alone.group("place")):
            return _placed(alone)
    # (the first one reads a place in capitals; each reads the agency between slashes)
    for pattern in _SLASHED[0 if in_capitals else 1 :] if "/" in text[start:limit] else ():
        match = compiled(pattern).match(text, start, limit)
        # (a name between slashes that no table holds is an agency's only after a place and a day: "Note,
        # /TODO/" and "Dear John, 3 May 2021 /URGENT/" are none)
        if match is not None and (
            is_agency(match.group("agency"))
            or (match.group("when") and compiled(_NO_PLACE).match(match.group("place")))
        ):
            return _with_reporter(match)
    match = compiled(_SITE_PLACE_DASH).match(text, start, limit) if "." in text[start : start + 40] else None
    if match is not None:
        place = title_case_place(match.group("place") or match.group("splace"))
        return Dateline(match.end(), match.group("agency") or match.group("sagency"), place)
    match = compiled(_PLACE_JOINED_AGENCY).match(text, start, limit)
    if match is not None and (match.group("uplace") or match.group("agency").isupper()):
        place = match.group("uplace") or title_case_place(match.group("place"))
        return Dateline(match.end(), match.group("agency"), place)
    match = _PLACE_DAY_AGENCY.match(text, start, limit)
    # (an agency no table holds in Cyrillic capitals, after a place in capitals too: "КИЕВ. 25 апреля. УНН.")
    if match is not None and (
        is_agency(match.group("agency"))
        or (
            match.group("agency").isupper()
            and (match.group("agency").isascii() or match.group("place").isupper())
        )
    ):
        return _placed(match, match.group("agency"))
    match = (
        compiled(_PLACE_AGENCY_DASH).match(text, start, limit) if text[start : start + 1].isupper() else None
    )
    if match is not None:
        return _placed(match, match.group("agency"))
    if text[start : start + 1].isdigit() and "/" in text[start : start + 80]:
        match = compiled(_DAY_PLACE_SLASHED).match(text, start, limit)
        if match is not None:
            return _with_reporter(match)
    match = compiled(_PLACE_DAY_LINE).match(text, start, limit) if in_capitals else None
    if match is None and in_capitals:
        match = (
            compiled(_CAPS_DAY_DASH).match(text, start, limit)
            or compiled(_CAPS_DASH).match(text, start, limit)
            or compiled(_CAPS_DOT_DASH).match(text, start, limit)
        )
    if match is None and in_capitals:
        slashed = compiled(_CAPS_SLASH_AGENCY).match(text, start, limit)
        if slashed is not None:
            return _placed(slashed, slashed.group("agency"))
    if match is None and text[start : start + 1].isupper():
        match = compiled(_TITLE_DAY_DASH).match(text, start, limit)
    if match is None and text[start : start + 1].isupper() and ".-" in text[start : start + 50]:
        match = compiled(_CAPS_DOT_DASH).match(text, start, limit)
    if match is None and text[start : start + 1] == "(":
        match = compiled(_BRACKETED_PLACE).match(text, start, limit)
    if match is None and text[start : start + 1].isupper():
        match = compiled(_PLACE_DAY_COLON).match(text, start, limit)
    return _placed(match) if match is not None else None

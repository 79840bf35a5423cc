"""The parts agency datelines are made of: a place in capitals or in mixed case, a day, a dash, a bracket."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.agencies import AGENCY_PATTERN, SELF_NAMED_AGENCY
from ingest_builtins.metadata.months import MONTH_ABBREVIATIONS, MONTHS
from ingest_builtins.metadata.weekdays import WEEKDAYS

__all__ = [
    "BRACKET",
    "CAPS_PLACE",
    "DASH",
    "DAY_MONTH",
    "MONTH",
    "TITLE_PLACE",
    "UPPER",
    "WEEKDAY_PATTERN",
    "WHEN",
]

# Month names and abbreviations in the languages the shared date reader knows, longest first.
MONTH = (
    "(?i:"
    + "|".join(re.escape(m) for m in sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=len, reverse=True))
    + r")\.?"
)
# ENA closes the day with the year after a slash: "February 6/2020".
# Belga and others give the day and month in figures: "Brussel, 12/03 (BELGA) =".
# Hungarian copy puts the year first and may add the weekday: "Szeged, 2026. március 12., csütörtök (MTI)".
# A day may have its ordinal suffix: "12th March, 2026" (WAM); Spanish and Portuguese put "de" between the day
# and the month: "22 de junho" (RHC).
#: A day and a month, perhaps a year, as datelines print them ("May 26", "26 mai 2026").
DAY_MONTH = (
    rf"(?:{MONTH}\s*\d{{1,2}}|\d{{1,2}}(?:\.|st|nd|rd|th)?,?\s+(?:de\s+)?{MONTH}|\d{{1,2}}/\d{{1,2}}(?![/\d])"
    rf"|(?P<lyear>\d{{4}})\.\s+{MONTH}\s+\d{{1,2}}\.)"
    r"(?:(?:,?\s+|/)(?P<year>\d{4}))?"
)
# Capital letters of the Latin (with its accents: "TIRANË", "HÀ NỘI"), Greek, Cyrillic and Armenian scripts.
UPPER = "A-Z" + "".join(
    letter
    for first, last in ((0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x531, 0x556), (0x1E00, 0x1EFF))
    for letter in map(chr, range(first, last + 1))
    if letter.isupper()
)
# The dash after a dateline; Belga's copy has an equals sign.
DASH = r"(?:--?|–|—|=)"
# "(Reuters) -", "(Xinhua) --", "(AP) —", EFE's "(EFE).-", "(apro).-"; IANS and PTI print no dash:
# "(IANS) ", Montsame a full stop: "(MONTSAME). ", NTB a colon: "Oslo (NTB): ", Hindi copy a danda:
# "(भाषा)।". An agency carrying another's copy names both: "(PNA/Kyodo)".
BRACKET = re.compile(
    rf"\((?P<agency>{AGENCY_PATTERN}(?:/{AGENCY_PATTERN})?|{SELF_NAMED_AGENCY}"
    rf"|[A-Z][A-Za-z.&-]{{1,20}}(?:[ ][A-Z][A-Za-z.&-]{{1,20}}){{0,2}}(?:/[A-Z][A-Za-z.&-]{{1,20}})?"
    # … an agency that writes its name in small letters, its full stop and dash right after it: "(apro).-"
    # (a play's "(aside) -" has no full stop)
    r"|[a-z]{2,8}(?=\)\.-)"
    rf"|भाषा|हि\.स\.|वार्ता|आईएएनएस|यूएनआई|বাসস)"
    # … a paper's copy reprinted with its day: "SUVA, Fiji (Fiji Times, April 30) -"
    rf"(?:,[ ]+(?P<reprinted>{MONTH}[ ]+\d{{1,2}}|\d{{1,2}}[ ]+{MONTH}))?\)"
    rf"(?P<dash>\.?[ \t]*{DASH}|:|।)?(?:\.(?=[ \t]))?[ \t]*",
)
# Before the bracket: a place in capitals (with a mixed-case region or country), then a day.
# Capitals of the Latin and Cyrillic scripts ("МОСКВА, 2 апреля. /ТАСС/."); copy filed from two places
# names both, with a slash ("BRUSSELS/LONDON (Reuters) -", "WASHINGTON/NEW YORK (Reuters) -").
CAPS_PLACE = (
    rf"(?P<place>(?:[{UPPER}][{UPPER}'’.&/-]*[ ]+){{0,4}}[{UPPER}][{UPPER}'’.&/-]+"
    rf"(?:,[ ]+[{UPPER}][\w'’.-]*(?:[ ]+[{UPPER}][\w'’.-]*){{0,2}})?)"
)
# A place in mixed case, with the small words of place names between its words ("Santiago de Chile",
# "Frankfurt am Main", "Rio de Janeiro").
_PARTICLE = r"(?:de|del|da|do|dos|das|di|du|des|la|las|los|el|am|an der|upon|on|sur|en)"
TITLE_PLACE = (
    rf"(?P<place>[{UPPER}][\w'’.-]+(?:[ ]+(?:{_PARTICLE}[ ]+)?[{UPPER}][\w'’.-]+){{0,2}}"
    # … copy filed from two places names both: "Kathmandu/New Delhi, Aug 12 (UNI)".
    rf"(?:/[{UPPER}][\w'’.-]+(?:[ ]+[{UPPER}][\w'’.-]+)?)?"
    rf"(?:,[ ]+[{UPPER}][\w'’.-]+(?:[ ]+[{UPPER}][\w'’.-]+)?){{0,1}})"
    # … ANI sets the country in square brackets: "Dhaka [Bangladesh], April 12 (ANI):".
    r"(?:[ ]\[[A-Z][\w'’. -]{1,30}\])?"
)
# The weekday may stand before the day: "NAIROBI, Thursday, March 12, 2026 (Kenya News Agency) —".
WEEKDAY_PATTERN = "(?i:" + "|".join(sorted((re.escape(day) for day in WEEKDAYS), key=len, reverse=True)) + ")"
# Beside an agency's name, Central Asian and Balkan copy may give the whole date in figures ("Бишкек,
# 13.06.22. /Кабар/."), and the hour after the day ("Удмуртия, 9 мая, 2014, 12:29 — ИА Регнум."); French
# and Spanish copy an article before the day ("Ramallah, le 31 décembre 2025, WAFA-").
_FIGURES = r"\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d(?!\d)"
WHEN = (
    rf"(?:,?[ ]+(?:{WEEKDAY_PATTERN},?[ ]+)?(?:(?:le|el)[ ]+)?(?P<when>(?:{DAY_MONTH}|{_FIGURES})"
    r"(?:,?[ ]+\d{1,2}:\d{2}(?!\d))?)(?:,[ ]+[^\W\d_]{3,12})?)?"
)

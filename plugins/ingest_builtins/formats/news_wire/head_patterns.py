"""Patterns of the top of agency copy: scraper headers, notes, bylines, credit lines, headline flags."""

from __future__ import annotations

import re

from ingest_builtins.cleaning.crawl_stamp import CRAWL_STAMP
from ingest_builtins.formats.articles.agencies import AGENCY_PATTERN, SELF_NAMED_AGENCY

__all__ = [
    "AGENCY_DATE_LINE",
    "AGENCY_LINE",
    "AGENCY_ROLE",
    "BYLINE",
    "BYLINE_AGENCY",
    "CAPS_NAMES_AGENCY",
    "CJK_CAPTION",
    "DATE_LINE_LONGEST",
    "DESK",
    "HEADER",
    "JOINERS",
    "LINE_NOTE",
    "MONTH_FIRST",
    "NAMES_BAR_DATE",
    "NOTE_START",
    "PAREN_NOTE",
    "SLUG",
    "SYNDICATED",
    "ZONE_WORD",
]

# A crawler's date stamp heading the text, perhaps with the byline it scraped: "date 2020-04-02 By Azernews".
HEADER = re.compile(
    CRAWL_STAMP + r"(?:By[ \t]+(?P<by>[^\n]{1,80}?)[ \t]*(?=\n|\Z))?",
    re.IGNORECASE,
)
# "(Refiles to …)", "(This story corrects …)", "(This Oct. 13 story corrects …)", "(This version of the …)".
NOTE_START = (
    r"(?:refiles?|refiled|corrects?|corrected|correcting|adds|updates?|updated|recasts?|repeats?|"
    r"changes|fixes|removes|deletes|clarifies|rewrites|withdraws|kills|restores|inserts|amends|"
    r"replaces|moves|this\s+(?:[\w.,]+\s+){0,5}?(?:story|version|article|item)|story|eds?\b|editor'?s?|advisory|"
    r"corrected|correction|note|"
    # … and in Spanish, Portuguese, French, Italian and German copy: "(Corrige en el tercer párrafo …)".
    r"corrige|corrigé|rectifi\w+|actualiza|atualiza|amplía|amplia|añade|agrega|repite|reemplaza|sustituye|"
    r"ajoute|modifie|remplace|corregge|aggiorna|aggiunge|sostituisce|korrigiert|berichtigt|aktualisiert|"
    r"ergänzt|wiederholt|ersetzt|korrektur|berichtigung)"
)
# A syndicator's bracket before the copy's own dateline, naming the source it carries:
# "(MENAFN- Jordan News Agency) Amman, July 1 (Petra) -- …".
SYNDICATED = re.compile(r"[ \t]*\((?P<syndicator>[A-Z]{3,12})-[ ]?(?P<source>[^()\n]{2,60})\)[ \t]+(?=\S)")
PAREN_NOTE = re.compile(rf"[ \t]*\((?P<note>{NOTE_START}(?:[^()\n]|\([^()\n]*\)){{0,600}})\)[ \t]*", re.I)
LINE_NOTE = re.compile(
    r"[ \t]*(?:EDITOR['’]?S NOTE|EDS? NOTE|CORRECTION|CLARIFICATION|Eds?)\s*:[^\n]{0,800}\n"
    # … the same notes in the agencies' languages: "CORRECTIE: In een eerdere versie …"
    r"|[ \t]*(?:CORRECTIE|KORREKTUR|BERICHTIGUNG|CORRECCI[ÓO]N|RECTIFICATIF|CORREZIONE|CORRE[ÇC][ÃA]O"
    r"|ИСПРАВЛЕНИЕ|OPRAVA|KOREKTA|RETTELSE|R[ÄA]TTELSE|OIKAISU)\s*:[^\n]{0,800}\n"
    # The copy's priority alone on its line above the headline: "URGENT", "FLASH", "EILMELDUNG".
    r"|[ \t]*(?:URGENT|FLASH|BULLETIN|ALERT|BREAKING(?: NEWS)?|URGENTE|URGENCE|EILMELDUNG|DRINGEND|СРОЧНО"
    r"|عاجل)[ \t]*\n"
    # AP's slug line above the headline: "BC-EU--Poland-Farmers Protest, 2nd Ld-Writethru" (the double
    # hyphen may have become a dash).
    r"|[ \t]*(?:BC|AP)-[A-Z]{2,4}(?:--?|[–—])[A-Z][\w-]*(?:[ ][\w-]+){0,6}(?:,[ \t]*[^\n]{1,60})?[ \t]*\n"
    # An embargo line, in the agencies' languages: "EMBARGO: NE PAS PUBLIER AVANT …", "SPERRFRIST …".
    r"|[ \t]*(?:EMBARGO|SPERRFRIST|EMBARGADO)\b[^\n]{0,200}\n"
    # An agency's keyword slug above the headline, words joined by hyphens or slashes: "ONU-santé-vaccins",
    # "Wirtschaft/Energie/Strom/Österreich".
    r"|[ \t]*[^\W\d_]{2,}(?:[-/][^\W\d_]{2,}){2,5}[ \t]*\n(?=[ \t]*\n)"
    # An update line in capitals under the headline: "UPDATES with farm group comment, paras 6-7".
    r"|[ \t]*(?:UPDATES|CORRECTS|ADDS|RECASTS|REFILES|REPEATS|REPLACES|FIXES|CLARIFIES|INSERTS|REMOVES)"
    r"[ \t]+[^\n]{1,300}\n"
)
# "By …", and the same word in German, Spanish, French, Dutch and Indonesian copy ("Von Anna
# Schmidt, dpa", "Oleh Edwin Firdaus").
# … or labelled, as Central European and Indonesian copy prints it: "— Autor: ČTK", "Penulis: Edwin Firdaus".
BYLINE = re.compile(
    r"[ \t]*(?:(?:By|Von|Por|Par|Door|Oleh)[ \t]+"
    r"|(?:[—–-][ \t]*)?(?:Autor|Autorka|Autorius|Author|Penulis|Wartawan|Reporter|Szerző|Автор|Yazar|Teksti"
    r"|Texto|Tekst)[ \t]*:[ \t]*)(?=[^\W\d_])",
    re.IGNORECASE,
)
# A line that is only the date and time of the copy, as some agencies head it ("12.03.2024, 14:05 Uhr").
# (the half of the day is no zone: "2:53 PM")
ZONE_WORD = re.compile(r"[ \t]+(?:Uhr|h|(?!(?:AM|PM)\b)[A-Z]{2,4}(?:[+-]\d{1,2})?)[ \t]*$")
DATE_LINE_LONGEST = 48
# The agency's name and the copy's date and time heading it: "BELGA - 12/03/2025 11:47".
AGENCY_DATE_LINE = re.compile(
    rf"[ \t]*(?P<agency>{AGENCY_PATTERN})[ \t]*[-–—|,][ \t]*"
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4}(?:,?[ \t]+\d{1,2}[:.h]\d{2})?)[ \t]*(?=\n)"
)
#: Agencies that write a date in figures month first (American ones); the others write the day first.
MONTH_FIRST = frozenset({"Associated Press", "UPI", "Bloomberg"})
# A byline line that names the people, then the date after a bar: "Jane Roe   |03.03.2024 - Update : …".
NAMES_BAR_DATE = re.compile(
    r"[ \t]*(?P<names>[^\W\d_][^|\n]{2,80}?)[ \t]*\|[ \t]*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"[^\n]{0,60}(?=\n|\Z)"
)
# … or in brackets after a syndicator's name, alone on its line: "(MENAFN- Jordan News Agency)".
AGENCY_LINE = re.compile(
    rf"[ \t]*(?:By[ \t]+)?(?P<agency>{AGENCY_PATTERN})(?P<country>,[ \t]*[A-Z][\w .'-]{{1,30}})?"
    rf"[ \t]*(?P<colon>:)?[ \t]*(?=\n|\Z)"
    rf"|[ \t]*\((?-i:[A-Z]{{3,10}})-[ \t]*(?P<source>{AGENCY_PATTERN}|{SELF_NAMED_AGENCY})\)[ \t]*(?=\n|\Z)"
    # … or its copyright over the copy: "© Agenzia Nova - Riproduzione riservata", "(c) 2024 Reuters".
    rf"|[ \t]*(?:©|\(c\)|copyright)[ \t]*(?:\d{{4}}[ \t]*)?(?P<owner>{AGENCY_PATTERN}|{SELF_NAMED_AGENCY})"
    r"(?:[ \t]*[-–—|,.][^\n]{0,60})?(?=\n|\Z)",
    re.I,
)
BYLINE_AGENCY = re.compile(rf"\s*(?:[-–—|/,]|\bfor\b)\s*(?P<agency>{AGENCY_PATTERN})\s*:?\s*\Z", re.I)
# The agency and the people's role before their names: "by Xinhua writers Li Wei, Zhang Min".
AGENCY_ROLE = re.compile(
    rf"^\s*(?P<agency>{AGENCY_PATTERN})\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+",
    re.I,
)
# AP prints the agency after names in capitals with no separator: "By IRINA VOLKOVA Associated Press".
JOINERS = re.compile(r"\s+(?:and|&)\s+|,\s*")
CAPS_NAMES_AGENCY = re.compile(rf"(?<=[A-Z])\s+(?P<agency>{AGENCY_PATTERN})\s*\Z")
# A byline naming no person: "By Reuters Staff", "By Staff Writer", "By our correspondent".
DESK = re.compile(
    rf"(?:(?P<agency>{AGENCY_PATTERN})\s+)?(?:our\s+|a\s+)?(?:staff(?:\s+writers?|\s+reporters?)?|"
    r"(?:news|web|city|foreign)\s+desk|correspondents?|reporters?|editorial\s+(?:board|team|staff)|admin)",
    re.IGNORECASE,
)
SLUG = re.compile(
    r"^(?:(?:RPT-)?UPDATE\s*\d*|REFILE|CORRECTED|RPT|WRAPUP\s*\d*|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|"
    r"BRIEF|TIMELINE|EXPLAINER|COLUMN|BREAKINGVIEWS|URGENT|FLASH|"
    # … the same flags in Spanish, Portuguese, French and German copy ("ACTUALIZA 1-", "WDH/")
    r"ACTUALIZA\s*\d*|ATUALIZA\s*\d*|EXCLUSIVA|EXCLUSIF|AN[AÁ]LISIS|ANALYSE|ENTREVISTA|RESUMEN|URGENTE"
    r"|ROUNDUP\s*\d*|WDH|KORREKTUR)\s*[-:/]\s*"
    # … and a tag in brackets before the headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)"
    r"|^\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE\s*\d*|News\s+Focus|Interview|EDITORIAL|"
    r"(?:[A-Z][A-Z&]+\s*){1,3})\)\s*"
)
# A photo's caption over the copy, closed by its photographer: "… 舉行會談。 新華社記者 龐興雷 攝".
CJK_CAPTION = re.compile(
    r"[^\n]{4,300}?(?:记者|記者)\s?[^\s。，,]{1,12}\s?[摄攝][ \t]*"
    # … and any caption closed by its photo credit: "Na archívnej snímke Tomáš Petříček. Foto: TASR"
    r"|[^\n]{4,300}?\b(?i:foto|photo|фото|fotó|zdjęcie)[ \t]?:[ \t]?[^\n]{1,60}"
)

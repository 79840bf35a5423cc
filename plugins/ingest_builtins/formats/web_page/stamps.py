"""Time stamps of a copied page: the line under a headline that says when the story was published."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.agencies import is_agency
from ingest_builtins.formats.articles.furniture import is_site_name, reading_words, words
from ingest_builtins.formats.articles.names import is_person_name
from ingest_builtins.metadata.dates import ascii_digits, find_dates
from ingest_builtins.metadata.weekdays import WEEKDAYS

__all__ = ["PUBLISHED", "UPDATED", "has_time", "is_date_line", "read_timestamp"]

_TIME = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?::[0-5]\d)?\s*"
    r"(?P<ampm>[ap]\.?\s?m\b\.?)?(?![\d:])",
    re.IGNORECASE,
)
_YEAR_DIGITS = re.compile(r"\d{4}")
_DAY_HALF = re.compile(r"(?P<evening>مساءً|مساء)|صباحاً|صباحا")
_LABEL_WORDS = 4
_WEEKDAYS = frozenset(WEEKDAYS)
_STAMP_WORDS = re.compile(
    r"\b(?:published|updated?|posted|modified|created|date|time|last|on|at|am|pm|gmt|utc|bst|cet|cest|est|edt|"
    r"pst|pdt|ist|msk|azt|publié|mis à jour|le|à|publicado|actualizado|el|a las|опубликовано|обновлено|"
    r"в|dərc olunub|yenilənib|tarix|saat|veröffentlicht|aktualisiert|am|um|em|atualizado|atualizada|"
    r"publicada|actualizada|postado|postada|pubblicato|aggiornato|alle|gepubliceerd|bijgewerkt|op|om|julkaistu|"
    r"päivitetty|klo|tiedote|"
    r"publicerad|uppdaterad|kl|stand|opublikowano|aktualizacja|yayınlanma|güncelleme|δημοσίευση|ενημέρωση|"
    r"publikováno|aktualizováno|diterbitkan|dipublikasikan|diperbarui|pada|yayınlandı|ngày|đăng|الساعة)\b"
    r"|[+-]\d{1,2}(?::?\d{2})?",
    re.IGNORECASE,
)
# "Source: Xinhua", "Editor: huaxia": labelled parts of a stamp line, split off by "|".
_LABELLED = re.compile(r"[^\W\d_][\w ]{0,20}:\s*[^\d\s][^:|]{0,40}")
UPDATED = re.compile(
    r"\bupdated?\b|modified|mis à jour|actualizado|обновлено|yenilənib|aktualisiert|\bstand\b"
    r"|aktualiz(?:ácie|ace|ováno|owano|acja)|actualizat|atualizado|aggiornato|frissítve|güncellendi|оновлено",
    re.I,
)
# Publication labels of languages that write the day before the month ("Publicado em 12/03/2026 16h20").
_DAY_FIRST_LABEL = re.compile(
    r"\b(?:publicado|publicada|publié|publiée|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato"
    r"|gepubliceerd|bijgewerkt|opublikowano|опубликовано|обновлено|yayınlanma|güncelleme|julkaistu|publicerad"
    r"|publisert|atualizado|atualizada|actualizado|actualizada|publikováno|aktualizováno|diterbitkan"
    r"|dipublikasikan|yayınlandı|postado|postada)\b",
    re.IGNORECASE,
)
# English weekdays: a page in English may write the month first ("Tuesday 04/09/2019"); a weekday of any other
# language before a date in figures puts its day first ("martes 09/04/2019 - 15:30").
_ENGLISH_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)
_DAY_FIRST_WEEKDAYS = _WEEKDAYS - _ENGLISH_WEEKDAYS
#: The label a page prints before its publication date, in the languages of the genre.  A stamp line is
#: short (:func:`read_timestamp`), so a label that is also a common word ("نشر", "입력") is read only there.
PUBLISHED = re.compile(
    r"published|posted|publié|publicado|publicada|postado|postada|опубликовано|dərc|veröffentlicht|publikováno|diterbitkan"
    r"|yayınlandı|yayınlanma|pubblicato|pubblicata|gepubliceerd|publicerad|publiceret|publisert|julkaistu"
    r"|opublikowano|δημοσίευση|δημοσιεύθηκε|publicat|objavljeno|објављено|публикувано|опубліковано"
    r"|publikované|megjelent|közzétéve|dipublikasikan|đăng lúc|ngày đăng|xuất bản"
    r"|发布时间|發佈時間|發布時間|发布于|發佈於|发表于|發表於|发表时间|發表時間|发布日期|發佈日期|公開日|掲載日|配信日"
    r"|입력|게재|प्रकाशित|প্রকাশিত|شائع|اشاعت|نشر|تاريخ النشر|منتشر شده|פורסם|เผยแพร่|iliyochapishwa",
    re.I,
)
# A labelled credit closing a stamp's line, its label of one or two words: "Web Editor: Gu Liping".
_CREDITED_PART = re.compile(
    r"(?:(?<=\s)|(?<=\A))[^\W\d_][\w]{0,15}(?:[ ][^\W\d_][\w]{0,15})?[ \t]*[:：][^:：]{1,40}\Z"
)
_CREDITED_PARTS = 2
_SPACE_BEFORE_COMMA = re.compile(r"[ \t]+,")
_STAMP_PUNCT = re.compile(r"[\[\](){}|,;:•·/\\–—-]+")


_GLUED_DAY = re.compile(r"(?<=[A-Z]{2})(?=[0-3]?\d\s)")
_PAGE_REFERENCE = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?:(?:p|pp|s)\.|(?:pág|pag|page|página|pagina|seite|стр|str|sayfa)\.?)"
    r"[ \t]*\d{1,3}[ \t]*$",
    re.IGNORECASE,
)


def _word_keys(line: str) -> set[str]:
    return {word.strip(",.;:-–—|()").casefold() for word in line.split()}


def read_timestamp(line: str) -> tuple[str, str] | None:
    """A line that is a page's time stamp: ``(ISO date, what else the line says)``, or ``None``.

    ``July 29, 2023 09:19`` → ``("2023-07-29T09:19", "")``; ``26 September 2011 [10:53] - TODAY.AZ``
    → ``("2011-09-26T10:53", "TODAY.AZ")``.  The line must give a time of day, a label
    (``Published``, ``Updated``) or nothing but the date and perhaps the site's name.
    """
    if len(line) > 120 or not _YEAR_DIGITS.search(line):
        return None  # every date read has its year, four digits in a row
    line = _SPACE_BEFORE_COMMA.sub(",", line)  # "Jumatano , 16th Aug , 2023"
    if "|" not in line:
        return _stamp(line)
    parts = [part.strip() for part in line.split("|")]
    # (a labelled part is dropped unless it holds the date: "Last Updated : Jul 04 2019 | 10:20 PM IST")
    stamp = _stamp(
        " ".join(part for part in parts if not _LABELLED.fullmatch(part) or _YEAR_DIGITS.search(part))
    )
    if stamp is not None:
        return stamp
    # "KYODO NEWS - Apr 22, 2026 - 19:05 | World, All": too much beside the date; the parts without it
    # are labels (a section's, a source's), unless one is the byline's name.
    dated = [part for part in parts if _YEAR_DIGITS.search(part)]
    if len(dated) != 1 or any(words(part) > _LABEL_WORDS for part in parts if part not in dated):
        return None
    named = [part for part in parts if part in dated or is_person_name(part)]
    return (len(named) > 1 and _stamp(" ".join(named))) or _stamp(dated[0])


def _stamp(line: str) -> tuple[str, str] | None:
    """:func:`read_timestamp` of a line without bars."""
    line = ascii_digits(line)  # "١٤ فبراير ٢٠٢٢ الساعة ٦:٢٥ مساءً"
    line = _GLUED_DAY.sub(" ", line)  # the source in capitals glued to the day: "EL PAIS17 de enero de 2022"
    # The print edition's date and page over an archived story ("Martes 31 de mayo de 2011, p. 16"): its date.
    paged = _PAGE_REFERENCE.search(line)
    line = line[: paged.start()] if paged is not None else line
    # A date in figures under a label in a language that writes the day first is read day first.
    dayfirst = _DAY_FIRST_LABEL.search(line) or not _DAY_FIRST_WEEKDAYS.isdisjoint(_word_keys(line))
    matches = find_dates(line, dayfirst=True if dayfirst else None)
    if not matches:
        return None
    match = matches[0]
    iso = match.iso
    # The first date is the stamp's; a second ("05.11.2024 - Update : 05.11.2024") is the update's.
    rest = line
    for other in reversed(matches):
        rest = rest[: other.start] + " " + rest[other.end :]
    time = _TIME.search(rest)
    if time is not None:
        if "T" not in iso and len(iso) == 10:
            hour = int(time.group("h")) % 12 if time.group("ampm") else int(time.group("h"))
            if time.group("ampm") and time.group("ampm").lower().startswith("p"):
                hour += 12
            iso = f"{iso}T{hour:02d}:{time.group('m')}"
        rest = rest[: time.start()] + " " + rest[time.end() :]
    half = _DAY_HALF.search(rest)
    if half is not None:
        # the Arabic evening or morning marker after the time, read with the date or apart ("6:25 مساءً")
        if half.group("evening") and "T" in iso and int(iso[11:13]) < 12:
            iso = f"{iso[:11]}{int(iso[11:13]) + 12:02d}{iso[13:]}"
        rest = _DAY_HALF.sub(" ", rest)
    labelled = bool(PUBLISHED.search(rest) or UPDATED.search(rest)) or "T" in iso or paged is not None
    if time is not None or "T" in iso:
        # The source and the editor credited after the time: "2015-02-04 09:47 Xinhua Web Editor: Gu Liping",
        # "2017-03-09 07:20:20  来源:新华社  责任编辑:周冬".
        for _ in range(_CREDITED_PARTS):
            rest = _CREDITED_PART.sub("", rest.rstrip())
    rest = _STAMP_PUNCT.sub(" ", _STAMP_WORDS.sub(" ", rest))
    remainder = " ".join(word for word in rest.split() if word.casefold() not in _WEEKDAYS)
    if words(remainder) > 3:
        return None
    # A whole date opening the line, then the kind of page or the section's name in capitals:
    # "17.03.2026 - Pressemitteilung", "14 April 2026 Climate and Environment".
    sectioned = (
        len(iso) == 10
        and match.start == 0
        and remainder[:1].isupper()
        and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))
    )
    # "НИН 22.10.2024": a whole date beside the source's short name in capitals or an agency's name.
    sourced = len(iso) == 10 and words(remainder) <= 2 and (remainder.isupper() or is_agency(remainder))
    if not (time or labelled or sectioned or sourced or not remainder or is_site_name(remainder)):
        return None
    return iso, remainder


#: Besides its date, a date line holds at most a place and a weekday.
_DATE_LINE_WORDS = 2
_LOWER_LATIN_WORD = re.compile(r"(?<!\w)[a-z]")


def is_date_line(line: str) -> bool:
    """A line that is a date and at most a place or a weekday: a page's current date, no headline.

    ``"ঢাকা, বৃহস্পতিবার ২৩ জানুয়ারি ২০২৫"``, ``"الأحد، 15 أبريل 2018"``.
    """
    if len(line) > 80 or not _YEAR_DIGITS.search(line):  # (\d is any script's digit)
        return False
    matches = find_dates(line)
    if not matches:
        return False
    rest = line
    for match in reversed(matches):
        rest = rest[: match.start] + " " + rest[match.end :]
    rest = _STAMP_PUNCT.sub(" ", rest)
    # (a word in lower case beside the date makes a phrase: "March 2020 in review", "The 12 May 2020 accord")
    return reading_words(rest) <= _DATE_LINE_WORDS and not _LOWER_LATIN_WORD.search(rest)


def has_time(line: str) -> bool:
    """Whether ``line`` is a page's time stamp with the time of day: "14. okt. 2021 18:16 Sist oppdatert"."""
    stamp = read_timestamp(line)
    return stamp is not None and "T" in stamp[0]

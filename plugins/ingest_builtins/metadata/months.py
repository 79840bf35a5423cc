"""Month and weekday names in the languages the genres are written in, for the date reader."""

from __future__ import annotations

__all__ = ["MONTHS", "MONTH_ABBREVIATIONS", "WEEKDAYS"]

# Each language lists its twelve months, January first; one entry may hold several spellings
# (inflected forms, spellings without accents).  A word must mean the same month in every language
# that uses it: languages where it would not (Croatian "listopad" is October, Czech November) are
# left out.
_FULL: dict[str, tuple[str, ...]] = {
    "en": (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    "fr": (
        "janvier",
        "février|fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août|aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre|decembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre|setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março|marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "de": (
        "januar|jänner|jaenner",
        "februar|feber",
        "märz|maerz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "da": (
        "januar",
        "februar",
        "marts|mars",
        "april",
        "maj|mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december|desember",
    ),
    "pl": (
        "stycznia|styczeń",
        "lutego|luty",
        "marca|marzec",
        "kwietnia|kwiecień",
        "maja|maj",
        "czerwca|czerwiec",
        "lipca|lipiec",
        "sierpnia|sierpień",
        "września|wrzesień",
        "października|październik",
        "listopada|listopad",
        "grudnia|grudzień",
    ),
    "cs": (
        "ledna|leden",
        "února|únor",
        "března|březen",
        "dubna|duben",
        "května|květen",
        "června|červen",
        "července|červenec",
        "srpna|srpen",
        "září",
        "října|říjen",
        "listopadu",
        "prosince|prosinec",
    ),
    "ru": (
        "января|январь",
        "февраля|февраль",
        "марта|март",
        "апреля|апрель",
        "мая|май",
        "июня|июнь",
        "июля|июль",
        "августа|август",
        "сентября|сентябрь",
        "октября|октябрь",
        "ноября|ноябрь",
        "декабря|декабрь",
    ),
    "tr": (
        "ocak",
        "şubat|subat",
        "mart",
        "nisan",
        "mayıs|mayis",
        "haziran",
        "temmuz",
        "ağustos|agustos",
        "eylül|eylul",
        "ekim",
        "kasım|kasim",
        "aralık|aralik",
    ),
    "az": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ),
    "ar": (
        "يناير|كانون الثاني",
        "فبراير|شباط",
        "مارس|آذار",
        "أبريل|ابريل|إبريل|نيسان",
        "مايو|أيار",
        "يونيو|يونيه|حزيران",
        "يوليو|يوليه|تموز",
        "أغسطس|اغسطس|آب",
        "سبتمبر|أيلول",
        "أكتوبر|اكتوبر|تشرين الأول",
        "نوفمبر|تشرين الثاني",
        "ديسمبر|كانون الأول",
    ),
}

# Abbreviations are read only next to a day number (never in "month year" alone); a dot may follow.
_SHORT: dict[str, tuple[str, ...]] = {
    "en": ("jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep|sept", "oct", "nov", "dec"),
    "fr": ("janv", "févr|fév|fevr", "", "avr", "", "", "juil", "", "sept", "oct", "nov", "déc"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep|sept|set", "oct", "nov", "dic"),
    "pt": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    "de": ("jan", "feb|febr", "mrz", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dez"),
    "nl": ("jan", "feb", "mrt", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dec"),
}


def _table(source: dict[str, tuple[str, ...]]) -> dict[str, int]:
    table: dict[str, int] = {}
    for language, months in source.items():
        for number, spellings in enumerate(months, start=1):
            for spelling in filter(None, spellings.split("|")):
                known = table.setdefault(spelling, number)
                if known != number:  # pragma: no cover - guards the table itself
                    raise ValueError(f"{spelling!r} ({language}) means month {known} elsewhere")
    return table


#: Full month names (lower case) → month number.
MONTHS: dict[str, int] = _table(_FULL)
#: Abbreviated month names (lower case, without the dot) → month number.
MONTH_ABBREVIATIONS: dict[str, int] = {
    word: number for word, number in _table(_SHORT).items() if word not in MONTHS
}

#: Weekday names that may stand before a date ("Monday, 17 April 2018", "lundi 6 mai 2020").
WEEKDAYS: tuple[str, ...] = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    *("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo"),
    *("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"),
    *("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"),
    *("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    *("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
)

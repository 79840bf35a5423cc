"""Weekday names in the languages the genres are written in: a date reader skips them before a date."""

from __future__ import annotations

__all__ = ["WEEKDAYS"]

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
    *("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    *(
        "الإثنين",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
        "الاحد",
    ),
    *("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    *("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    *("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    *("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
    *("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    *("måndag", "tisdag", "lördag", "söndag"),
    *("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    *("ponedjeljak", "ponedeljak", "utorak", "srijeda", "sreda", "četvrtak", "petak", "subota", "nedjelja"),
    *(
        "ponedeljek",
        "torek",
        "četrtek",
        "petek",
        "nedelja",
        "pondelok",
        "utorok",
        "streda",
        "štvrtok",
        "piatok",
    ),
    *("понедељак", "уторак", "четвртак", "петак", "субота", "недеља", "понеделник", "сряда", "четвъртък"),
    *("петък", "събота", "неделя", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця"),
    *("неділя", "luni", "marți", "marţi", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    *("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    *("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
    *("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"),
)

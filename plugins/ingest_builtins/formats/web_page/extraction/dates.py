"""Dates as printed (ISO 8601 strings, never converted to another time zone)."""

from __future__ import annotations

import re

__all__ = ["MONTH_NAMES", "normalise_iso", "parse_visible_date"]

_MONTHS: dict[str, int] = {}
for _names in (
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "january february march april may june july august september october november december",
    "janv févr mars avr mai juin juil août sept oct nov déc",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ene feb mar abr may jun jul ago sep oct nov dic",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "jan fev mar abr mai jun jul ago set out nov dez",
    "jän feb mär apr mai jun jul aug sep okt nov dez",
    "jänner feber mrz april mai juni juli august september oktober november dezember",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januar februar mars april mai juni juli august september oktober november desember",
    "januari februari mars april maj juni juli augusti september oktober november december",
    # Polish (genitive, as dates print them, then nominative), Czech (genitive), Finnish (partitive),
    # Romanian, Hungarian, Turkish.
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta"
    " lokakuuta marraskuuta joulukuuta",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "január február március április május június július augusztus szeptember október november december",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
):
    for _i, _n in enumerate(_names.split()):
        _MONTHS.setdefault(_n, _i + 1)
_MONTHS["sept"] = 9

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: A regular expression matching a month's name or abbreviation in the languages above.
MONTH_NAMES = _MONTH_RE
_ISO = re.compile(
    r"(?<!\d)((?:19|20)\d\d)-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:[.,]\d+)?"
    r"\s*(Z|[+-]\d\d:?\d\d)?)?)?(?!\d)"
)
_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[/.年년]\s*(\d{1,2})\s*[/.月월]\s*(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:[/-]|\.\s?)(\d{1,2})(?:[/-]|\.\s?)((?:19|20)\d\d)(?!\d)")
_NAMED_MDY = re.compile(
    rf"(?<![a-zà-ü])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?(?!\d)",
    re.IGNORECASE,
)
_NAMED_DMY = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:er|º|st|nd|rd|th)?\.?\s+(?:de\s+)?({_MONTH_RE})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_TIME = re.compile(r"(?<!\d)(\d{1,2})[:h](\d\d)(?::\d\d)?\s*([ap]\.?\s?m\.?)?(?![\d/])", re.IGNORECASE)
_GMT_OFFSET = re.compile(r"(?:GMT|UTC)\s*([+-])(\d{1,2}):?(\d\d)?")
_DIGIT = re.compile(r"\d")  # every date pattern needs one


def normalise_iso(value: str) -> str | None:
    """A structured date (``2019-07-18 11:37:00.0``) as ``2019-07-18T11:37:00``."""
    m = _ISO.search(value)
    if not m:
        return None
    y, mo, d, hh, mi, ss, tz = m.groups()
    if not 1 <= int(mo) <= 12:
        return None
    out = f"{y}-{mo}"
    if d:
        out += f"-{d}"
        if hh:
            out += f"T{hh}:{mi}" + (f":{ss}" if ss else "")
            if tz:
                out += tz if tz == "Z" or ":" in tz else f"{tz[:3]}:{tz[3:]}"
    return out


def _time_after(text: str, start: int) -> str | None:
    m = _TIME.search(text, start)
    if not m or m.start() - start > 25:
        return None
    hh, mi = int(m.group(1)), int(m.group(2))
    ampm = (m.group(3) or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hh < 12:
        hh += 12
    elif ampm == "am" and hh == 12:
        hh = 0
    if hh > 23 or mi > 59:
        return None
    out = f"T{hh:02d}:{mi:02d}"
    off = _GMT_OFFSET.search(text, m.end())
    if off and off.start() - m.end() < 12:
        out += f"{off.group(1)}{int(off.group(2)):02d}:{off.group(3) or '00'}"
    return out


def parse_visible_date(text: str, default_year: int | None = None, month_first: bool = False) -> str | None:
    """The first date printed in ``text`` (with its time when one follows), or None."""
    if len(text) > 300:
        text = text[:300]
    if _DIGIT.search(text) is None:
        return None
    best: tuple[int, int, int, int, int] | None = None  # pos, end, y, m, d
    m = _ISO.search(text)
    if m and m.group(3):
        iso = normalise_iso(m.group(0))
        if iso and m.group(4):
            return iso
        best = (m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for rx, order in ((_YMD, "ymd"), (_NAMED_DMY, "dMy"), (_NAMED_MDY, "Mdy"), (_DMY, "dmy")):
        m = rx.search(text)
        if not m or (best and m.start() >= best[0]):
            continue
        g = m.groups()
        try:
            if order == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif order == "dMy":
                y, mo, d = int(g[2]), _MONTHS[g[1].lower()], int(g[0])
            elif order == "Mdy":
                if g[2] is None and default_year is None:
                    continue
                y = int(g[2]) if g[2] else int(default_year or 0)
                mo, d = _MONTHS[g[0].lower()], int(g[1])
            else:
                a, b, y = int(g[0]), int(g[1]), int(g[2])
                d, mo = (b, a) if (month_first and b <= 12 and a <= 12) or b > 12 else (a, b)
        except (KeyError, ValueError):
            continue
        if 1 <= mo <= 12 and 1 <= d <= 31:
            best = (m.start(), m.end(), y, mo, d)
    if best is None:
        return None
    _, end, y, mo, d = best
    date = f"{y:04d}-{mo:02d}-{d:02d}"
    return date + (_time_after(text, end) or "")

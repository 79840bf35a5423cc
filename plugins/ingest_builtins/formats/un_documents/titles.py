"""Titles of UN letters and notes verbales: where they start and end, and who wrote to whom, when."""

from __future__ import annotations

import functools
import re

import attrs

__all__ = [
    "OCR_LETTER_START",
    "TITLE_KEYS",
    "TITLE_START",
    "Title",
    "is_title_debris",
    "ocr_letter_start",
    "ocr_title_kind",
    "parse_title",
    "title_extent",
    "title_kind",
]

#: The first line of a letter's or a note's title, in English, French, Spanish or Russian; also web copies
#: that lost the word "Letter" ("Dated 1 December 1997 from …").
TITLE_START = re.compile(
    r"^[ \t]*\W{0,4}(?:"
    r"(?P<letter>(?:identical\s+)?letters?|lettres?(?:\s+identiques)?|cartas?(?:\s+id[ée]nticas)?"
    r"|(?:идентичные\s+)?письм[оа]|رسالة|رسالتان\s+متطابقتان)"
    # Russian titles name the sender (a capitalised genitive) right after the word: "Письмо Постоянного …"
    # a scan's text layer may read the space as a stop or an underscore ("Letter_dated", "Note.verbale")
    r"(?:\s+|[._]\s*)(?:dated|datée?s?|de\s+fecha|from|of|addressed|adressée?s?|dirigidas?|от|(?-i:[А-ЯЁ])|مؤرخة|مؤرختان"
    r"|بتاريخ)"
    r"|(?P<note>notes?(?:\s+|[._]\s*)verbales?|notas?\s+verbal(?:es)?|verbal\s+notes?|вербальн(?:ая|ые)\s+нот[аы]|مذكرة\s+شفوية)"
    r"(?:\s+|[._]\s*)(?:dated|datée?s?|de\s+fecha|from|of|addressed|adressée?s?|dirigidas?|du|от|(?-i:[А-ЯЁ])|مؤرخة)"
    r"|(?P<dated>dated)\s+\d{1,2}\s+\w+\.?\s+\d{4}\s+from\b"
    # Chinese: the date first, then sender 给 (to) addressee 的信 (letter): "2020年4月8日…给…的信"
    r"|(?P<zh>\d{4}年\d{1,2}月\d{1,2}日(?=[^\n]{2,120}?给))"
    r")",
    re.IGNORECASE,
)
#: Every match of :data:`TITLE_START` holds one of these, lower-cased (none holds a letter that
#: ``re.IGNORECASE`` matches beyond its two cases, as it does "ı" for "i").
TITLE_KEYS = (
    "letter", "lettre", "carta", "письм", "رسال", "note", "nota", "verbal", "вербальн", "مذكرة",
    "dated", "年",
)  # fmt: skip
#: An OCR-damaged letter title, trusted under a masthead: the word "Letter" with a letter lost or misread
#: ("better", "I,e-tter", "Lette!", "etter"), OCR debris before it, "dated" run into it or damaged
#: ("Letter®4atedZ4 June"), then the day: "better dated 27 Aoril 1990", "——" 'Letter dated' 11 February";
#: a speck read as a letter may stand before it ("= e Letter dated 29 April 1991").
OCR_LETTER_START = re.compile(
    r"^[\W_]{0,8}(?:\w{1,2}\W{1,3})?[\w,]{0,2}e[-.]?t?t?e?[r!1]?s?(?:[^\w\s]|_){0,2}\s*(?:d\W?|\w)?ated(?!(?-i:[a-z]))"
    r"[^\w\n]{0,3}\w?\d",
    re.IGNORECASE,
)


#: An OCR-damaged note verbale's title, trusted under a masthead: a speck before it ("e Note.verbale dated").
OCR_NOTE_START = re.compile(
    r"^[\W_]{0,8}(?:\w{1,2}\W{1,3})?notes?(?:\s+|[._]\s*)verbales?\s+dated\b", re.IGNORECASE
)


def ocr_title_kind(lines: list[str], index: int) -> str | None:
    """``"letter"`` or ``"note"`` when an OCR-damaged title starts at ``lines[index]``, else ``None``."""
    if ocr_letter_start(lines, index):
        return "letter"
    return "note" if OCR_NOTE_START.match(lines[index]) else None


def ocr_letter_start(lines: list[str], index: int) -> bool:
    """Whether an OCR-damaged letter title starts at ``lines[index]`` (its first word may stand alone)."""
    line = lines[index]
    if OCR_LETTER_START.match(line):
        return True
    if not line.strip() or len(line.strip()) > 8 or index + 1 >= len(lines):
        return False
    return OCR_LETTER_START.match(f"{line.strip()} {lines[index + 1].strip()}") is not None


_ADDRESSED = re.compile(
    r"\b(?:addressed\s+to|adressée?s?\s+(?:au|à|aux)|dirigidas?\s+(?:al?|a\s+la)|на\s+имя)\b|给|موجهت?[ةا]ن?\s+إلى",
    re.IGNORECASE,
)
_BY = re.compile(r"\s(?:par|por|من)\s+\S", re.IGNORECASE)
_OPEN_END = re.compile(
    r"(?:[,(\-–]|\b(?:of|to|the|for|and|on|at|in|by|from|addressed|dated|a\.i\.|de|du|des|la|le|les|l'|au|aux|à|"
    r"auprès|par|et|del|el|los|las|al|ante|por|y|en|security|human|economic|united|naciones|high|permanent|"
    r"deputy|chargé|president|имя|председателя|при|от)|من|إلى|لدى)$",
    re.IGNORECASE,
)
# A line that carries on a title: lower case, a conjunction, or an organ's name wrapped onto it
# ("… addressed to the Chair of the Security Council / Committee established pursuant to …").
_CONTINUES = re.compile(
    r"^(?:[a-zà-ÿа-яё(]|的|and\b|et\b|y\b|Unidas\b|Unies\b|Совета\b|Генеральн\w*|Организации\b|Объединенных\b|Secretary-General\b|Security\s+Council|General\s+Assembly|"
    r"(?:Committee|Commission|Council|Assembly|Working\s+Group|Panel|Office|Conference|Mechanism|Board|Forum)\b)"
)
# Titles that name the addressee before the sender (French, Spanish, Arabic).
_FRENCH_OR_SPANISH = re.compile(
    r"\b(?:datée?s?|de\s+fecha|adressée?s?|dirigidas?)\b|مؤرخة|موجهة", re.IGNORECASE
)


@attrs.frozen
class Title:
    """A parsed title: its kind (``letter``, ``note``), the printed date phrase, sender and addressee."""

    text: str
    kind: str
    date_text: str | None = None
    sender: str | None = None
    addressee: str | None = None


def title_kind(line: str) -> str | None:
    """``"letter"`` or ``"note"`` when ``line`` starts a title, else ``None``."""
    match = TITLE_START.match(line)
    if match is None:
        return None
    return "note" if match.group("note") else "letter"


# A sender that is a mission or its head: its name ends with where it is accredited ("… ante las Naciones
# Unidas", "… auprès de l'Office des Nations Unies à Genève").
_MISSION_SENDER = re.compile(
    r"\b(?:permanente?|misión|mission|encargad[oa]|chargée?)\b|الممثل|البعثة|القائم", re.I
)
_ACCREDITED = re.compile(r"\b(?:ante|auprès)\b|لدى", re.IGNORECASE)


def _complete(joined: str) -> bool:
    addressed = _ADDRESSED.search(joined)
    if addressed is None:
        return False
    if addressed.group() == "给":
        return joined.rstrip().endswith(("信", "照会"))  # a Chinese title ends with its kind: "…的同文信"
    if _FRENCH_OR_SPANISH.search(joined):
        by = _BY.search(joined[addressed.end() :])
        if by is None:
            return False
        sender = joined[addressed.end() + by.start() :]
        if _MISSION_SENDER.search(sender) and not _ACCREDITED.search(sender):
            return False
    return not _open_end(joined)


def _open_end(text: str) -> re.Match[str] | None:
    """The word or sign ``text`` stops on that leaves a title unfinished ("… addressed to the"), or ``None``.

    No such word or sign holds a space: only the text after the last space is searched.
    """
    words = text.rsplit(None, 1)
    return _OPEN_END.search(words[-1]) if words else None


#: Words of one or two letters a title may hold on a line of their own; any other such line is OCR debris.
_SHORT_WORDS = frozenset(
    ("to", "of", "by", "on", "in", "at", "à", "y", "de", "du", "la", "le", "el", "al", "et")
)


def is_title_debris(line: str) -> bool:
    """A scan's debris on a line of its own among a title's lines: ``e``, ``ae``, ``E``, ``:``."""
    stripped = line.strip()
    if not stripped or len(stripped) > 3:
        return False
    letters = "".join(ch for ch in stripped if ch.isalpha())
    if not letters:
        return not any(ch.isdigit() for ch in stripped)
    if any(ord(ch) > 0x24F for ch in letters):
        return False  # a word of a script whose words are short (Chinese "附件")
    if letters in ("I", "II", "V", "X", "IV", "VI", "IX", "XI") or (len(letters) == 2 and letters.isupper()):
        return False  # a part's number, or an abbreviation ("UN", "EU")
    return len(letters) <= 2 and letters.lower() not in _SHORT_WORDS and stripped[-1:] != "."


# A letter's first words, which no title holds: the body has begun under a title left unfinished.
_BODY_OPENING = re.compile(
    r"(?:I|We)\s+have\s+the\s+honou?r\b|(?:Upon|On)\s+(?:the\s+)?instructions\b|J['’]ai\s+l['’]honneur\b"
    r"|Tengo\s+el\s+honor\b|Tenho\s+a\s+honra\b|Имею\s+честь\b|أتشرف\s+ب|يشرفني"
    # … or the letter's place and date line under its title: "دمشق، 4 ديسمبر 1983"
    r"|[\u0600-\u06ff]+(?:[ ][\u0600-\u06ff]+)?،[ ]*\d{1,2}[ ]"
)


def title_extent(lines: list[str], start: int, limit: int = 7) -> int:
    """The index just past the last line of the title starting at ``lines[start]``."""
    joined = lines[start].strip()
    end = start + 1
    while end < len(lines) and end - start < limit:
        nxt = lines[end].strip()
        if nxt and is_title_debris(nxt) and not _complete(joined):
            end += 1  # a speck read as a letter between the title's lines
            continue
        if not nxt:
            # A blank line ends a complete title; an unfinished one may go on after it (OCR).
            if _complete(joined) or end + 1 >= len(lines):
                break
            # … so long as the next line carries it on, or the title stops mid-phrase ("Letter dated" / "").
            # (a word ending it must be a whole word: "t&S%!cr.e1a.Xy~!&!$Z.al" does not end with "al")
            tail = _open_end(joined)
            last = joined.split()[-1].lstrip(".,'\u2018\u2019_")
            open_end = tail is not None and (not tail.group()[:1].isalpha() or last.isalpha())
            # specks read as letters on lines of their own are passed over ("ae", then the addressee)
            ahead = end + 1
            while ahead + 1 < len(lines) and (is_title_debris(lines[ahead]) or not lines[ahead].strip()):
                ahead += 1
            if not _CONTINUES.match(lines[ahead].strip()) and not open_end:
                break
            after = lines[ahead]
            if re.search(r"[^\W\d_]", after) and not re.search(r"[^\W\d_]{3,}", after):
                break  # letters after the blank line that make no word ("—s"): debris, not the title
            end = ahead
            continue
        if _complete(joined) and not _CONTINUES.match(nxt):
            break
        if _BODY_OPENING.match(nxt):
            break  # the first sentence under a title cut short ("addressed to the" / "I have the honour")
        if _ADDRESSED.search(joined) is None and _BY.search(f" {nxt}") is None and len(nxt) > 90:
            break  # a long line before any "addressed to": the body has begun
        joined = f"{joined} {nxt}"
        end += 1
    return end


_ARTICLES = frozenset(("the", "au", "aux", "à", "al", "a", "el", "la", "le", "les", "los", "las"))


def _strip_article(phrase: str) -> str:
    """The phrase without its leading article; nothing when the article is all there is (a cut title)."""
    phrase = phrase.strip(" ,.;")
    if phrase.casefold() in _ARTICLES:
        return ""
    return re.sub(
        r"^(?:the|th\u00e9|tne|tbe|whe|au|aux|à\s+la|à\s+l['’]|à|al|a\s+la|a\s+los|a|el|la|le|les|l['’]|los|las)\s*(?=\w)",
        "",
        phrase,
        flags=re.IGNORECASE,
    )


# OCR debris in a title: a stop or quote glued between two words ("from.the", "Ukraine.to", "Mission .of",
# "Chad' to"), and "addressed" with one letter misread ("addresser").
_GLUED = re.compile(
    r"(?<=[a-z0-9])[.,_'\u2018\u2019](?=(?:the|of|to|from)\b)|(?:(?<=\bfrom)|(?<=\bto))[.,_](?=[a-zA-Z])"
)
_STRAY = re.compile(
    r"(?<=\s)[.,'\u2018\u2019_]+(?=[A-Za-z])|(?<=[a-z])['\u2019](?=\s)|(?:(?<=\bof)|(?<=\bto))[.,](?=\s)"
)
_ELIDED = re.compile(r"\b([dlDL])/(?=[a-z\u00e0-\u00ff])")  # "Charge d/affaires"
_TRAILING = re.compile(r"\s+[^\w\s)]{1,3}$")  # "… the Security Council :"
_FROM = re.compile(r"\bfr[\u00e9\u00f3o0]m\b")
_NEAR_ADDRESSED = re.compile(r"\b(?!addressed\b)(a\w{7,9})(?=\s+to\b)", re.IGNORECASE)


# Debris as words of its own: signs alone (":"), a letter or two closing the title ("… Council E") or
# after an article ("the ae Seeretary-General").
_LONE_SIGNS = re.compile(r"(?<=\s)[^\w\s\-–—(&]{1,3}(?=\s)")
_LAST_SPECK = re.compile(r"\s+(?!(?:to|of|by|y|e|et)\b)[A-Za-z]{1,2}$")
_AFTER_ARTICLE = re.compile(r"\b(the|la|le|el)\s+(?!(?:de|of|to)\b)[a-z]{1,2}\s+(?=[A-Z])")
# The Secretary-General's title as the OCR misreads it: the word with two letters wrong ("Seeretary-Generat").
_SECRETARY_GENERAL = "secretary-general"
_HYPHENATED = re.compile(r"\b[A-Za-z]{8,10}-[A-Za-z]{6,8}\b")


def _edits_within(word: str, target: str, most: int) -> bool:
    """Whether ``word`` becomes ``target`` with at most ``most`` letters changed, added or removed."""
    if abs(len(word) - len(target)) > most:
        return False
    previous = list(range(len(target) + 1))
    for i, a in enumerate(word, 1):
        current = [i]
        for j, b in enumerate(target, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > most:
            return False  # (no later row has a smaller least count)
        previous = current
    return previous[-1] <= most


def _secretary_general(match: re.Match[str]) -> str:
    word = match.group()
    misread = word.lower() != _SECRETARY_GENERAL and _edits_within(word.lower(), _SECRETARY_GENERAL, 2)
    return "Secretary-General" if misread else word


def _tidy_ocr(text: str) -> str:
    """A title with OCR debris between its words taken out, for reading its parts (not for printing)."""
    text = _LAST_SPECK.sub("", _LONE_SIGNS.sub("", text)).strip()
    text = _HYPHENATED.sub(_secretary_general, _AFTER_ARTICLE.sub(r"\1 ", text))
    text = re.sub(r"\s{2,}", " ", text)
    text = _FROM.sub("from", _STRAY.sub("", _GLUED.sub(" ", text)))
    text = _ELIDED.sub(r"\1'", _TRAILING.sub("", text))
    text = re.sub(r"(?<=[a-z])\.{2,}(?=[A-Z])", " ", text)  # "Permanent..Representative"
    return _NEAR_ADDRESSED.sub(_addressed, text)


def _addressed(match: re.Match[str]) -> str:
    """The word "addressed" for a word one letter from it ("addresser"), else the word as it stands."""
    word = match.group(1)
    return "addressed" if _edits_within(word.lower(), "addressed", 1) else word


# The forms of a title, each reading its date, sender and addressee; the article before a Latin-script
# sender or addressee is dropped.
_TITLE_FORMS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (
        re.compile(
            r"^.*?\b(?:dated\s+(?P<date>.+?)\s+)?from\s+(?P<sender>.+?)\s+addressed\s+to\s+(?P<addressee>.+?)\.?$",
            re.IGNORECASE,
        ),
        True,
    ),
    # Older titles say "to" where later ones say "addressed to": "… from the representative of Pakistan
    # to the President of the Security Council".
    (
        re.compile(
            r"^.*?\b(?:dated\s+(?P<date>.+?)\s+)?from\s+(?P<sender>.+?)\s+to\s+(?P<addressee>the\s+(?:President|"
            r"Secretary-General|Acting\s+Secretary-General|Chairman|Chair)\b.*?)\.?$",
            re.IGNORECASE,
        ),
        True,
    ),
    (
        re.compile(
            r"^.*?\b(?:datée?s?\s+du|de\s+fecha)\s+(?P<date>.+?),?\s+(?:adressée?s?|dirigidas?)\s+(?P<addressee>.+?)"
            r"\s+(?:par|por)\s+(?P<sender>.+?)\.?$",
            re.IGNORECASE,
        ),
        True,
    ),
    (
        re.compile(
            r"^\W*(?:رسالة|رسالتان\s+متطابقتان|مذكرة\s+شفوية)\s+مؤرخة\s+(?P<date>.+?)\s+موجهة\s+إلى\s+(?P<addressee>.+?)"
            r"\s+من\s+(?P<sender>.+?)\.?$"
        ),
        False,
    ),
    # … or, as older documents and translations print it, the sender before the addressee:
    # "رسالة بتاريخ 4 ديسمبر 1983 من نائب رئيس الوزراء … موجهة إلى رئيس مجلس الأمن".
    (
        re.compile(
            r"^\W*(?:رسالة|رسالتان\s+متطابقتان|مذكرة\s+شفوية)\s+(?:مؤرخة|بتاريخ)\s+(?P<date>.+?)\s+من\s+(?P<sender>.+?)"
            r"\s+موجهة\s+إلى\s+(?P<addressee>.+?)\.?$"
        ),
        False,
    ),
    (
        re.compile(
            r"^\W*(?:идентичные\s+)?(?:письм[оа]|вербальн(?:ая|ые)\s+нот[аы])\s+(?P<sender>.+?)\s+от\s+(?P<date>.+?)"
            r"\s+на\s+имя\s+(?P<addressee>.+?)\.?$",
            re.IGNORECASE,
        ),
        False,
    ),
)
_CHINESE_TITLE = re.compile(
    r"^(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<sender>.+?)给(?P<addressee>.+?)的(?:同文信|信|普通照会)$"
)


# The last title read is kept: a letter's title, date and correspondents steps each read its title.
@functools.lru_cache(maxsize=1)
def parse_title(text: str) -> Title | None:
    """Sender, addressee and date phrase of a title, or ``None`` when it does not read as one."""
    text = re.sub(r"\s+", " ", text).strip()
    match = TITLE_START.match(text)
    if match is None:
        if OCR_NOTE_START.match(text):
            kind = "note"
        elif OCR_LETTER_START.match(text):
            kind = "letter"
        else:
            return None
    else:
        kind = "note" if match.group("note") else "letter"
    text = _tidy_ocr(text)
    for form, latin in _TITLE_FORMS:
        found = form.match(text)
        if found is not None:
            date, sender, addressee = found.group("date", "sender", "addressee")
            if latin:
                sender, addressee = _strip_article(sender), _strip_article(addressee)
            return Title(text, kind, date, sender, addressee)
    # (a Chinese title wrapped over two lines: "…安全理事会 主席…")
    chinese = _CHINESE_TITLE.match(text.replace(" ", ""))
    if chinese is not None:
        return Title(text, kind, *chinese.group("date", "sender", "addressee"))
    addressed = re.match(r"^.*?\baddressed\s+to\s+(?P<addressee>.+?)\.?$", text, re.IGNORECASE)
    dated = re.search(r"\bdated\s+(.+?)(?:\s+(?:from|addressed)\b|$)", text, re.IGNORECASE)
    return Title(
        text,
        kind,
        dated.group(1) if dated else None,
        None,
        _strip_article(addressed.group("addressee")) if addressed else None,
    )

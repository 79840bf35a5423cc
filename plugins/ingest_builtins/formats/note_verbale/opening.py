"""The opening sentence of a note: where it starts, its sender, addressee ("X presents its compliments")."""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.un_documents.formulas import FIRST_PERSON_OPENINGS, OPENINGS, may_occur

__all__ = ["Opening", "find_opening", "read_correspondents"]

# A sender begins with a capitalised article; OCR and HTML flattening glue it to what precedes it. An elided
# or one-letter article ("L'Ambasciata", Portuguese "A Embaixada", "O Ministério") must be followed by a word
# in lower case, or it would be found inside a letterhead in capitals ("L'AIA", "EMBAIXADA DO …").
_ARTICLE = re.compile(
    r"(?:(?:The|This|De|Het|Le|La|Les|El|Los|Las|Das|Der|Die|Il|Lo|Gli|Este|Esta|Det|Den(?!\s?Haag))\s?(?=[A-ZÀ-Ý])"
    r"|(?:L['’]|(?:A|O|As|Os)\s)(?=[A-ZÀ-Ý][a-zà-ÿ])|(?:Η|Ο|Το|Τα|Οι)\s(?=[Α-ΩΆ-Ώ][α-ωά-ώ]))"
)
# The addressee ends where "and" goes on with a verb ("… and has the honour"), not inside a name that holds
# the conjunction ("Ministry of Foreign Affairs and Trade", "… y de la Cooperación Internacional").
# A ministry named for several portfolios goes on after a comma: "… des Affaires étrangères, de la Coopération
# africaine et des Marocains résidant à l'étranger".
_PORTFOLIO = r",\s+(?:de\s+la|de\s+l['’]|du|des|of\s+the)\s+"
_END = (
    r"(?=\s+(?:and|et|y|en|und|e)\s+(?!(?:de|del|la|las|los|of|the|du|des|van|der|het|di|da|do)\b)(?-i:[a-zà-ÿ])"
    rf"|\s+(?:and|et|y|en|und|e),|\s*(?!{_PORTFOLIO})[,.;:]|\s*$)"
)
_ADDRESSEE = (
    re.compile(rf"\bcompliments\s+(?:to\s+)?(?P<a>[^,.;]+?(?:{_PORTFOLIO}[^,.;]+?)*){_END}", re.IGNORECASE),
    re.compile(rf"\b(?:saluda\s+(?:muy\s+)?atentamente|presenta\s+sus\s+(?:(?:más|mas|muy)\s+)?(?:atentos\s+)?saludos)"
               rf"\s+(?P<a>a[^,.;]+?){_END}",
               re.IGNORECASE),
    re.compile(r"\bbiedt\s+(?P<a>[^,.;]+?)\s+(?:haar|zijn|hun)\s+complimenten\b", re.IGNORECASE),
    # A ministry's name may list its portfolios ("dem Bundesministerium für Europa, Integration und Äußeres");
    # the addressee ends where the infinitive or what it governs begins ("… vorzuschlagen", "… den Eingang").
    re.compile(r"\bbeehrt\s+sich,?\s+(?P<a>(?:der|dem|den)\s+[^,.;]+?(?:,\s+(?-i:[A-ZÄÖÜ])[^,.;]+?)*)\s+"
               r"(?:den|die|das|mitzuteilen|zu|\w+zu\w+en|unter\s+(?:Bezugnahme|Hinweis)|mit\s+Bezug|[Ff]olgendes|"
               r"nachstehend)\b"),
    re.compile(r"\bà\s+la\s+connaissance\s+(?P<a>(?:de\s+la|du|des|de\s+l['’])\s*[^,.;]+?)(?=\s+(?:que|qu['’])|\s*,)",
               re.IGNORECASE),
    re.compile(r"\bhonou?r\s+to\s+inform\s+(?P<a>the\s+[^,.;]+?)\s+(?:that|of)\b", re.IGNORECASE),
    re.compile(r"\b(?:χαιρετισμούς|χαιρετισμό)\s+(?:της|του|τους)\s+(?:προς\s+)?(?:στο|στην|στον|το|την|τον)\s+"
               r"(?P<a>[^,.;]+?)(?=\s+και\s+(?:έχει|εκφράζει|επιθυμεί)\b|\s*[,.;])"),
    re.compile(r"\bprezint[ăa]\s+(?:salutul\s+s[ăa]u|salut[ăa]ri|complimentele\s+sale)\s+"
               r"(?P<a>[^,.;]+?)(?=\s+[șş]i\b|\s*[,.;])", re.IGNORECASE),
    re.compile(r"\btiszteletét\s+fejezi\s+ki\s+(?P<a>[^,.;]+?)(?=\s+és\b|\s*[,.;])", re.IGNORECASE),
    re.compile(r"\bsalam\s+(?:hormat|takzim)\s+kepada\s+(?P<a>[^,.;]+?)"
               r"(?=\s+dan\s+(?:dengan|mendapat|ingin|memberitahukan|menyampaikan)\b|\s*[,.;])",
               re.IGNORECASE),
    re.compile(r"\bhilser\s+(?P<a>[^,.;]+?)(?=\s+og\s+har\b|\s*[,.;])", re.IGNORECASE),
    re.compile(r"\bhälsar\s+(?P<a>[^,.;]+?)(?=\s+och\s+har\b|\s*[,.;])", re.IGNORECASE),
    re.compile(r"\bkomplimenter\s+til\s+(?P<a>[^,.;]+?)(?=\s+og\s+har\b|\s*[,.;])", re.IGNORECASE),
    re.compile(r"\btervehtii\s+(?P<a>[^,.;]+?)(?=\s+ja\s+|\s*[,.;])", re.IGNORECASE),
    re.compile(r"\bcumprimentam?\s+(?:atenciosamente\s+)?(?P<a>(?:a|o|as|os)\s+[^,.;]+?)(?=\s+e\s+tem\b|\s+e,|\s*[,.;])",
               re.IGNORECASE),
    re.compile(rf"\bcumprimentos\s+(?P<a>(?:ao|à|aos|às|a|o)\s+[^,.;]+?)(?:(?=\s+e,)|{_END})", re.IGNORECASE),
    re.compile(r"\bcomplimenti\s+(?P<a>(?:a|al|alla|allo|ai|agli|alle|all['’])\s*[^,.;]+?)(?=\s+e\s+ha\b|\s+e,|\s*[,.;])",
               re.IGNORECASE),
    # Polish names the addressee (dative) after "wyrazy szacunku" or before it.
    re.compile(r"\b(?:przesyła|składa)\s+(?:swoje\s+)?wyrazy\s+(?:\w+\s+)?szacunku\s+(?P<a>[^,.;]+?)"
               r"(?=\s+(?:i|oraz)\s+(?:ma|pragnie|uprzejmie|zwraca)\b|\s*[,.;])", re.IGNORECASE),
    re.compile(r"\b(?:przesyła|składa)\s+(?P<a>[^,.;]+?)\s+(?:swoje\s+)?wyrazy\s+(?:\w+\s+)?szacunku\b",
               re.IGNORECASE),
    re.compile(r"\b(?:висловлює|засвідчує)\s+(?:свою\s+)?(?:глибоку\s+)?повагу\s+(?P<a>[^,.;]+?)"
               r"(?=\s+(?:і|та)\s+має\b|\s*[,.;])"),
    # Turkish names the addressee (dative) before the formula, after the sender's head noun.
    re.compile(r"(?:Bakanlığı|Büyükelçiliği|Elçiliği|Başkonsolosluğu|Konsolosluğu|Temsilciliği|Sekreterliği|"
               r"Başkanlığı),?\s+(?P<a>[^,.;]+?)\s+saygılarını\s+sunar\b"),
    re.compile(r"\bupućuje\s+(?:svoje\s+)?poštovanje\s+(?P<a>[^,.;]+?)(?=\s+i\s+(?:ima|čast)\b|\s*[,.;])"),
    re.compile(r"упућује\s+(?:своје\s+)?поштовање\s+(?P<a>[^,.;]+?)(?=\s+и\s+има\b|\s*[,.;])"),
    re.compile(r"\bizreka\s+(?:svoje\s+)?spoštovanje\s+(?P<a>[^,.;]+?)(?=\s+in\s+ima\b|\s*[,.;])"),
    re.compile(r"поднася\s+(?:своите\s+)?(?:почитания|уважение)\s+(?:на\s+)?(?P<a>[^,.;]+?)(?=\s+и\s+има\b|\s*[,.;])"),
    re.compile(r"\bvyjadruje\s+(?:svoju\s+)?(?:hlbokú\s+)?úctu\s+(?P<a>[^,.;]+?)(?=\s+a\s+má\b|\s*[,.;])"),
    # … and Czech, the same way: "projevuje úctu Ministerstvu … a má čest".
    re.compile(
        r"\b(?:projevuje|vyjadřuje)\s+(?:svou\s+)?(?:hlubokou\s+)?úctu\s+(?P<a>[^,.;]+?)(?=\s+a\s+má\b|\s*[,.;])"
    ),
    # German greets the addressee (accusative) before the formula: "begrüßt das Amt und beehrt sich".
    re.compile(r"\bbegrüßt\s+(?P<a>(?:das|den|die)\s+[^.;]+?)\s+und\s+beehrt\s+sich\b"),
    re.compile(r"\breiškia\s+(?:savo\s+)?(?:didelę\s+)?pagarbą\s+(?P<a>[^,.;]+?)(?=\s+ir\s+turi\b|\s*[,.;])"),
    re.compile(r"\bizsaka\s+(?:savu\s+)?(?:dziļu\s+)?cieņu\s+(?P<a>[^,.;]+?)(?=\s+un\b|\s*[,.;])"),
    re.compile(r"\bavaldab\s+(?:oma\s+)?(?:austust|lugupidamist)\s+(?P<a>[^,.;]+?)(?=\s+ja\s+(?:on|tal)\b|\s*[,.;])"),
    re.compile(r"تحيات(?:ها|ه|هم)\s+(?:إلى|الى)\s+(?P<a>[^.،,;]+?)(?=\s+وتت?شرف|\s*[.،,;])"),
    re.compile(r"свидетельствует\s+сво[её]\s+уважение\s+(?P<a>[^,.;]+?)(?=\s+и\s+имеет\b|\s*[,.;])"),
    re.compile(r"\bchào\s+trân\s+trọng\s+(?:tới|đến)\s+(?P<a>[^,.;]+?)(?=\s+và\s+(?:trân|xin|có)\b|\s*[,.;])"),
    # Hebrew joins "to" to the addressee ("לשגרירות …"); Thai writes no space inside the addressee.
    re.compile(r"מחמאותי(?:ו|ה|הם)\s+ל(?P<a>[^,.;]+?)(?=\s+ו(?:מתכבד|מבקש|מודיע)|\s*[,.;])"),
    re.compile(r"ขอแสดงความนับถือมายัง(?P<a>\S+?)(?=\s)"),
    re.compile(r"\bsalamu\s+zake\s+(?:za\s+dhati\s+)?kwa\s+(?P<a>[^,.;]+?)(?=\s+na\s+ina\b|\s*[,.;])", re.I),
    # Japanese and Korean put the addressee between the sender's topic particle and the formula.
    re.compile(r"は、(?P<a>[^、。]+?)に敬意を表"),
    re.compile(r"向(?P<a>[^。，,、]{1,80}?)致意"),
    re.compile(r"(?<=\S)[은는]\s+(?P<a>[^,.]+?)에\s*경의를"),
)  # fmt: skip
# The particle that ends a Japanese or Korean sender ("外務省は、", "대사관은").
_TOPIC = re.compile(r"(?:は、?|(?<=\S)[은는])\s*$")
_LEADING = re.compile(
    r"^(?:(?:the|to\s+the|to|aan\s+(?:het|de)|aan|het|de|au|aux|à\s+la|à|de\s+la|du|des|a\s+la|al|a|der|dem|"
    r"den|das|die|det|le|la|les|el|ao|aos|às|o|os|as|το|τα|οι|η)\s+|(?:à\s+l|de\s+l|l)['’]\s*)(?=\w)",
    re.IGNORECASE,
)


_WINDOW = 20_000
# How many lines of a hard-wrapped opening sentence may stand above its formula, and how long they are.
_WRAPPED_LINES = 3
_WRAPPED_WIDTH = 40
# Languages whose notes open with the verb, the sender after it: "تهدي وزارة الخارجية … تحياتها إلى …".
_VERB_FIRST = frozenset({"ar"})
_SENDER_AFTER_VERB = re.compile(r"تهدي\s+(?P<s>[^.،,;]+?)\s+(?:أطيب\s+|خالص\s+)?تحيات")
# How far before a formula a sender glued to a letterhead is looked for; what may stand before a word inside
# a name ("l'Union", "Nord-Westfalen", "(Ling)").
_GLUED_REACH = 400
_BEFORE_A_WORD = frozenset("'’-‐([{„“\"«/")
_SENTENCE_BREAK = re.compile(r"(?<=[a-zà-ÿ]{2}[.!?])\s+(?=[A-ZÀ-Ý])")


@attrs.frozen
class Opening:
    """An opening formula found at ``formula``; the sentence (and the note) starts at ``start``."""

    start: int
    formula: int
    formula_end: int
    language: str


def find_opening(
    text: str, position: int = 0, end: int | None = None, *, first_person: bool = False
) -> Opening | None:
    """The first note opening at or after ``position``, and where its sentence starts.

    ``first_person`` admits the openings of notes written as letters
    ("Excellency, I have the honour …"), as exchanges of notes also hold.
    """
    patterns = OPENINGS + FIRST_PERSON_OPENINGS if first_person else OPENINGS
    end = len(text) if end is None else end
    best: tuple[int, int, str, bool] | None = None
    # Search a growing window, so that finding each note of a long chain costs no more than its length.
    window = _WINDOW
    while best is None:
        stop = min(end, position + window)
        lowered = text[position:stop].lower()
        for number, (language, pattern) in enumerate(patterns):
            # A formula none of whose keys occurs in the window cannot match there.
            match = pattern.search(text, position, stop) if may_occur(pattern, lowered) else None
            if match is not None and (best is None or match.start() < best[0]):
                best = (match.start(), match.end(), language, number >= len(OPENINGS))
        if stop >= end:
            break
        window *= 4
    if best is None:
        return None
    formula, formula_end, language, personal = best
    if personal or language in _VERB_FIRST:
        # "Excellency, I have the honour …": the note starts with its first sentence, after the salutation;
        # an Arabic note starts with its verb ("تهدي …"), whatever letterhead is glued before it.
        return Opening(start=formula, formula=formula, formula_end=formula_end, language=language)
    # The sentence starts after the last line break or sentence end before the formula...
    base = _wrapped_start(text, position, max(text.rfind("\n", position, formula), position - 1) + 1)
    floor = base
    for boundary in _SENTENCE_BREAK.finditer(text, base, formula):
        if formula - boundary.end() > 3:
            floor = boundary.end()
    # ... at the first capitalised article there (the letterhead and note number stand before it), or, in a
    # language without articles, at the last word glued to what precedes it ("№ 1245/дпМинистерство").
    article = _ARTICLE.search(text, floor, formula)
    start = article.start() if article is not None else _glued_word(text, floor, formula)
    return Opening(start=start, formula=formula, formula_end=formula_end, language=language)


def _wrapped_start(text: str, position: int, line_start: int) -> int:
    """Where a hard-wrapped sentence holding the line at ``line_start`` starts, up over its wrapped lines.

    A line above belongs to the sentence when it is a long line of prose that does not end one
    (``La Misión Permanente … ante la Oficina de las Naciones`` / ``Unidas … saluda atentamente``);
    a blank line, a letterhead in capitals or a short heading stops the climb.
    """
    for _ in range(_WRAPPED_LINES):
        if line_start - 1 <= position:
            break
        above_start = max(text.rfind("\n", position, line_start - 1), position - 1) + 1
        above = text[above_start : line_start - 1].strip()
        if len(above) < _WRAPPED_WIDTH or above.endswith((".", "!", "?", ":", ";")) or above.isupper():
            break
        line_start = above_start
    return line_start


def _glued_word(text: str, floor: int, formula: int) -> int:
    """The last word in ``text[floor:formula]`` glued to what precedes it, else ``floor``.

    A capitalised word glued to a number or a letterhead ("№ 1245/дпМинистерство"); in a script without
    case, a word glued to Latin letters or digits, or to the "号" that ends a number ("第218号中华").
    """
    start = floor
    for i in range(max(floor + 1, formula - _GLUED_REACH), formula - 1):
        before, char = text[i - 1], text[i]
        if before.isspace() or before in _BEFORE_A_WORD:
            continue
        capitalised = char.isupper() and text[i + 1].islower()
        after_latin = before == "号" or before.isdigit() or before.isupper() or before.islower()
        if capitalised or (_caseless(char) and after_latin):
            start = i
    return start


def _caseless(char: str) -> bool:
    """A letter of a script without case (Chinese, Japanese, Korean, Arabic …)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _clean(phrase: str) -> str | None:
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:")
    for _ in range(3):
        phrase = _LEADING.sub("", phrase).strip()
    return phrase if 2 < len(phrase) < 250 else None


def read_correspondents(sentence: str, opening: Opening, offset: int = 0) -> tuple[str | None, str | None]:
    """Sender (the words before the formula) and addressee of an opening sentence."""
    sender = _clean(sentence[: opening.formula - offset]) if opening.formula - offset > 0 else None
    if sender is None and opening.language in _VERB_FIRST:
        after_verb = _SENDER_AFTER_VERB.match(sentence, opening.formula - offset)
        sender = _clean(after_verb.group("s")) if after_verb is not None else None
    addressee = None
    for pattern in _ADDRESSEE:
        match = pattern.search(sentence[: opening.formula_end - offset + 400])
        if match is not None:
            addressee = _clean(match.group("a"))
            if addressee:
                break
    if sender and addressee and addressee in sender:
        # Languages that name the addressee before the formula: the sender ends at its topic particle.
        sender = _clean(_TOPIC.sub("", sender.split(addressee)[0].rstrip(" 、,"))) or sender
    return sender, addressee

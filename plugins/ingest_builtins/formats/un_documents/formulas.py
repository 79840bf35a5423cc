"""Courtesy formulas of notes and letters by language: openings ("presents its compliments") and closes.

Each formula comes with its *keys*: lower-case strings one of which every
match contains.  :func:`may_occur` and :class:`FormulaIndex` check them with
plain substring searches, so a text that holds no key of a formula is never
scanned for it.
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "CIRCULATION",
    "CLOSINGS",
    "FIRST_PERSON_OPENINGS",
    "LETTER_CLOSING",
    "LETTER_OPENINGS",
    "OPENINGS",
    "STRONG_OPENINGS",
    "UN_ADDRESSEE",
    "FormulaIndex",
    "closing_language",
    "may_occur",
    "opening_language",
]

_FLAGS = re.IGNORECASE
# Keys encoded as UTF-8, each with the characters beyond ASCII it holds.
_Keys = tuple[tuple[bytes, frozenset[str]], ...]
#: The keys of each formula, each encoded as UTF-8 and with the characters beyond ASCII it holds.
_KEYS: dict[re.Pattern[str], _Keys] = {}
_ASCII = bytes(range(128))

Formulas = tuple[tuple[str, re.Pattern[str]], ...]


def _compile(entries: tuple[tuple[str, str, tuple[str, ...]], ...]) -> Formulas:
    compiled = []
    for language, source, keys in entries:
        pattern = re.compile(source, _FLAGS)
        _KEYS[pattern] = tuple(
            (key.encode(), frozenset(char for char in key if not char.isascii())) for key in keys
        )
        compiled.append((language, pattern))
    return tuple(compiled)


class _KeysFound:
    """The keys found in one lower-cased text so far, each searched for once, in its UTF-8 encoding.

    A key occurs in a text exactly when its encoding occurs in the text's: no
    character's encoding starts inside another's.  Bytes are searched several
    times faster than a text holding characters beyond Latin-1 (most do: a
    curly quotation mark is enough).  A key holding a character beyond ASCII
    that the text lacks (a Cyrillic key in a French text, "ære" in an English
    one) is not searched for.
    """

    def __init__(self, lowered: str) -> None:
        self._encoded = lowered.encode("utf-8", "surrogatepass")
        # The encoding of a character beyond ASCII is made of bytes beyond ASCII only.
        self._beyond_ascii = frozenset(self._encoded.translate(None, _ASCII).decode("utf-8", "surrogatepass"))
        self._found: dict[bytes, bool] = {}

    def found(self, keys: _Keys) -> set[bytes]:
        """Those of ``keys`` that occur."""
        known, encoded, beyond = self._found, self._encoded, self._beyond_ascii
        known.update({key: chars <= beyond and key in encoded for key, chars in keys if key not in known})
        return {key for key, _ in keys if known[key]}

    def may_occur(self, pattern: re.Pattern[str]) -> bool:
        """Whether one of the keys of ``pattern`` occurs (``True`` for a pattern without keys)."""
        keys = _KEYS.get(pattern)
        if keys is None:
            return True
        for key, beyond_ascii in keys:
            found = self._found.get(key)
            if found is None:
                found = self._found[key] = beyond_ascii <= self._beyond_ascii and key in self._encoded
            if found:
                return True
        return False


# The keys of the last few texts asked about are kept: the same text is asked about every formula in turn.
@functools.lru_cache(maxsize=4)
def _keys_found(lowered: str) -> _KeysFound:
    return _KeysFound(lowered)


def may_occur(pattern: re.Pattern[str], lowered: str) -> bool:
    """Whether ``pattern`` can match a text whose lower-case form is ``lowered`` (its keys occur in it)."""
    return _keys_found(lowered).may_occur(pattern)


class FormulaIndex:
    """The keys of some formulas, all looked for at once to tell which formulas a text may hold."""

    def __init__(self, formulas: Formulas) -> None:
        self._patterns = tuple((pattern, {key for key, _ in _KEYS[pattern]}) for _, pattern in formulas)
        distinct = {key: chars for _, pattern in formulas for key, chars in _KEYS[pattern]}
        self._keys: _Keys = tuple(distinct.items())

    def occurring(self, lowered: str) -> list[re.Pattern[str]]:
        """The formulas that can match a text whose lower-case form is ``lowered``, in their order."""
        found = _keys_found(lowered).found(self._keys)
        return [pattern for pattern, keys in self._patterns if not found.isdisjoint(keys)] if found else []


#: Third-person openings of a note that greet its addressee ("presents its compliments", "saluda
#: atentamente"), each with its language: a note opens with one of them.
STRONG_OPENINGS = _compile(
    (
        ("en", r"\bpresents?\s+(?:its|his|her|their)\s+compliments\b", ("compliments",)),
        ("fr", r"\bprésente(?:nt)?\s+(?:ses|leurs)\s+compliments\b", ("compliments",)),
        ("es", r"\bsaluda\s+(?:muy\s+)?atentamente\b", ("atentamente",)),
        ("es", r"\bpresenta\s+sus\s+(?:(?:más|mas|muy)\s+)?(?:atentos\s+)?saludos\b", ("saludos",)),
        ("nl", r"\bbiedt\b[^.]{0,300}?\bcomplimenten\s+aan\b", ("complimenten",)),
        # "Die Botschaft … begrüßt das Auswärtige Amt und beehrt sich, …": the greeting opens the formula.
        ("de", r"\bbegrüßt\b[^.]{0,300}?\bund\s+beehrt\s+sich\b", ("begrüßt",)),
        ("de", r"\bbeehrt\s+sich\b", ("beehrt",)),
        ("de", r"\bbez(?:eu|ei)gt\b[^.]{0,200}?\bHochachtung\b", ("hochachtung",)),
        ("it", r"\bpresenta\s+i\s+(?:suoi\s+)?complimenti\b", ("complimenti",)),
        (
            "pt",
            r"\bapresenta\s+(?:os\s+)?(?:seus\s+)?(?:melhores\s+|atenciosos\s+)?cumprimentos\b",
            ("cumprimentos",),
        ),
        ("ru", r"свидетельствует\s+сво[её]\s+уважение", ("свидетельствует",)),
        # "висловлює свою повагу", and the usual Ukrainian "засвідчує свою повагу" ("attests its respect")
        ("uk", r"\b(?:висловлює|засвідчує)\s+(?:свою\s+)?(?:глибоку\s+)?повагу\b", ("повагу",)),
        # "… cumprimenta a Embaixada … e, em resposta à Nota nº 23, de 2 de março, tem a honra de …"
        ("pt", r"\bcumprimentam?\b[^.]{0,300}?\be(?:,[^.]{0,200}?,)?\s+tem\s+a\s+honra\b", ("cumprimenta",)),
        ("cs", r"\b(?:projevuje|vyjadřuje)\s+(?:svou\s+)?(?:hlubokou\s+)?úctu\b", ("úctu",)),
        ("pl", r"\b(?:przesyła|składa)\b[^.]{0,60}?\bwyrazy\s+(?:\w+\s+)?szacunku\b", ("szacunku",)),
        ("sv", r"\bhälsar\b[^.]{0,300}?\boch\s+har\s+äran\b", ("äran",)),
        ("tr", r"\bsaygılarını\s+sunar\b", ("saygılarını",)),
        ("ar", r"تهدي\s[^.]{0,300}?تحيات", ("تحيات",)),
        ("zh", r"向[^。，,]{1,80}?致意", ("致意",)),
        ("ja", r"に敬意を表(?:するとともに|し[、,])", ("敬意を表",)),
        ("ko", r"경의를\s*표하(?:며|고)", ("경의를",)),
        (
            "el",
            r"\b(?:διαβιβάζει|διαβιβάζουν)\s+(?:τους\s+)?(?:χαιρετισμούς|χαιρετισμό)\b|"
            r"\bεκφράζει\s+τα\s+σέβη\b",
            ("χαιρετισμ", "σέβη"),
        ),
        ("ro", r"\bprezint[ăa]\s+(?:salutul\s+s[ăa]u|salut[ăa]ri|complimentele\s+sale)\b", ("prezint",)),
        ("hu", r"\btiszteletét\s+fejezi\s+ki\b", ("tiszteletét",)),
        ("id", r"\b(?:menyampaikan|mengucapkan)\s+salam\s+(?:hormat|takzim)\b", ("salam",)),
        # Norwegian: the infinitive with "å" (Danish "at"), "presenterer" (Danish "præsenterer").
        ("no", r"\bpresenterer\s+sine\s+komplimenter\b", ("presenterer",)),
        ("da", r"\bpræsenterer\s+sine\s+komplimenter\b", ("præsenterer",)),
        ("no", r"\bhilser\b[^.]{0,300}?\bog\s+har\s+den\s+ære\s+å\b", ("ære",)),
        ("da", r"\bhilser\b[^.]{0,300}?\bog\s+har\s+den\s+ære\b", ("ære",)),
        ("vi", r"\bgửi\s+(?:lời\s+)?chào\s+trân\s+trọng\b", ("chào",)),
        # Croatian, Serbian and Bosnian share the formula: the detector tells their notes apart ("").
        ("", r"\bupućuje\s+(?:svoje\s+)?poštovanje\b", ("poštovanje",)),
        ("sr", r"упућује\s+(?:своје\s+)?поштовање", ("поштовање",)),
        ("sl", r"\bizreka\s+(?:svoje\s+)?spoštovanje\b", ("spoštovanje",)),
        ("bg", r"\bподнася\s+(?:своите\s+)?(?:почитания|уважение)", ("поднася",)),
        ("sk", r"\bvyjadruje\s+(?:svoju\s+)?(?:hlbokú\s+)?úctu\b", ("úctu",)),
        ("lt", r"\breiškia\s+(?:savo\s+)?(?:didelę\s+)?pagarbą", ("pagarb",)),
        ("lv", r"\bizsaka\s+(?:savu\s+)?(?:dziļu\s+)?cieņu\b", ("cieņu",)),
        ("et", r"\bavaldab\s+(?:oma\s+)?(?:austust|lugupidamist)\b", ("avaldab",)),
        ("fi", r"\btervehtii\b[^.]{0,300}?\bja\s+(?:kunnioittavasti|sillä\s+on\s+kunnia)\b", ("tervehtii",)),
        # Hebrew "presents herewith its compliments to", Thai "presents its respect to", Swahili "gives its
        # greetings to".
        ("he", r"מגיש(?:ה|ים)?\s+(?:בזאת\s+)?את\s+מחמאותי(?:ו|ה|הם)", ("מחמאותי",)),
        ("th", r"ขอแสดงความนับถือมายัง", ("ขอแสดงความนับถือ",)),
        ("sw", r"\binatoa\s+salamu\s+zake\b", ("salamu",)),
    )
)
#: All third-person openings: the greetings, then the "has the honour" forms, which a note may open with too.
OPENINGS = STRONG_OPENINGS + _compile(
    (
        ("en", r"\bhas\s+the\s+honou?r\s+to\b", ("honor", "honour")),
        ("fr", r"\ba\s+l['’]honneur\s+d(?:e\b|['’])", ("honneur",)),
        ("es", r"\btiene\s+el\s+honor\s+de\b", ("honor",)),
        ("nl", r"\bheeft\s+de\s+eer\b", ("heeft",)),
        ("it", r"\bha\s+l['’]onore\s+di\b", ("onore",)),
        # "… saluta il Dipartimento di Stato …", as notes rendered from Spanish ("saluda atentamente") open.
        (
            "it",
            r"\bsaluta\s+(?:distintamente\s+|cordialmente\s+|attentamente\s+)?(?:il|la|lo|l['’]|gli|le)\b",
            ("saluta",),
        ),
        ("pt", r"\btem\s+a\s+honra\s+de\b", ("honra",)),
        ("ru", r"\bимеет\s+честь\b", ("честь",)),
        ("uk", r"\bмає\s+честь\b", ("честь",)),
        ("cs", r"\bmá\s+(?:tu\s+)?čest\b", ("čest",)),
        ("pl", r"\bma\s+(?:zaszczyt|honor)\b", ("zaszczyt", "honor")),
        ("sv", r"\bhar\s+äran\b", ("äran",)),
        ("tr", r"\bonur\s+duyar\b", ("onur",)),
        ("ar", r"\bتتشرف\s+ب", ("تتشرف",)),
        ("el", r"\bέχει\s+την\s+τιμή\s+να\b", ("τιμή",)),
        ("ro", r"\bare\s+onoarea\s+(?:de\s+)?(?:a|s[ăa])\b", ("onoarea",)),
        ("hu", r"\bvan\s+szerencséje\b|\bmegtiszteltetés\s+számára\b", ("szerencséje", "megtiszteltetés")),
        (
            "id",
            r"\bdengan\s+hormat\s+(?:memberitahukan|menyampaikan)\b|\bmendapat\s+kehormatan\b",
            ("hormat", "kehormatan"),
        ),
        ("ja", r"通報する光栄を有する|光栄を有します", ("光栄",)),
        ("ko", r"영광을\s*가집니다", ("영광",)),
        ("no", r"\bhar\s+den\s+ære\s+å\b", ("ære",)),
        ("da", r"\bhar\s+den\s+ære\b", ("ære",)),
        ("vi", r"\btrân\s+trọng\s+(?:thông\s+báo|đề\s+nghị|chuyển|gửi)\b", ("trân trọng",)),
        ("fi", r"\bsillä\s+on\s+kunnia\b", ("kunnia",)),
        ("", r"\bima\s+čast\b", ("čast",)),
        ("bg", r"\bима\s+честта\b", ("честта",)),
        ("sk", r"\bmá\s+(?:tú\s+)?česť\b", ("česť",)),
        ("lt", r"\bturi\s+garbę\b", ("garbę",)),
    )
)
#: First-person openings of a note or letter exchanged between governments ("Excellency, I have the honour").
FIRST_PERSON_OPENINGS = _compile(
    (
        ("en", r"\bI\s+have\s+the\s+honou?r\s+to\b", ("honor", "honour")),
        ("fr", r"\bJ['’]ai\s+l['’]honneur\s+d(?:e\b|['’])", ("honneur",)),
        ("es", r"\bTengo\s+el\s+honor\s+de\b", ("honor",)),
        ("nl", r"\bIk\s+heb\s+de\s+eer\b", ("eer",)),
        ("de", r"\bIch\s+beehre\s+mich\b", ("beehre",)),
        ("it", r"\bHo\s+l['’]onore\s+di\b", ("onore",)),
        ("pt", r"\bTenho\s+a\s+honra\s+de\b", ("honra",)),
        ("ru", r"\bИмею\s+честь\b", ("честь",)),
        ("cs", r"\bMám\s+(?:tu\s+)?čest\b", ("čest",)),
        ("pl", r"\bMam\s+zaszczyt\b", ("zaszczyt",)),
        ("sv", r"\bJag\s+har\s+äran\b", ("äran",)),
    )
)
#: First-person openings of a letter, each with its own keys: under ``re.IGNORECASE`` a pattern is tried at
#: every position, so a text is scanned only for the forms whose keys it holds.
LETTER_OPENINGS = _compile(
    (
        ("", r"\b(?:I|We)\s+(?:have|had)\s+the\s+honou?r\b", ("honour", "honor")),
        ("", r"\bUpon\s+(?:the\s+)?instructions\b|\bOn\s+instructions\b", ("instructions",)),
        # (the match opens with its "J" and looks behind it: a pattern opening with a letter is tried only
        # where that letter stands)
        ("", r"J(?<!\wJ)['’]ai\s+l['’]honneur\b", ("honneur",)),
        ("", r"\bTengo\s+el\s+honor\b", ("honor",)),
        ("", r"\bI\s+(?:am\s+writing|write|wish)\s+to\b", ("writ", "wish")),
        ("", r"\bИмею\s+честь\b", ("честь",)),
        ("", r"أتشرف\s+ب", ("أتشرف",)),
    )
)
#: A request to circulate the text as a document of an organ.
CIRCULATION = _compile(
    (
        (
            "",
            r"\bcirculated?\b[^.]{0,200}\bdocument\b|\bfaire\s+distribuer\b|\bdistribuir\b",
            ("circulate", "distribu"),
        ),
    )
)[0][1]
#: Closing formulas: the note ends with the sentence that holds one.
CLOSINGS = _compile(
    (
        ("en", r"\b(?:avails?\s+(?:itself|himself|herself|themselves|myself)|takes?\s+this\s+opportunity|"
         r"renews?|accept)\b[^.]{0,400}?\b(?:consideration|esteem|regards?)\b",
         ("consideration", "esteem", "regard")),
        ("fr", r"\b(?:saisit|saisissent|saisis|profite|agréer)\b[^.]{0,400}?\bconsidération\b",
         ("considération",)),
        ("fr", r"\bassurances?\s+de\s+(?:sa|leur|ma|mes)\s+(?:très\s+)?(?:haute|parfaite)\s+considération\b",
         ("considération",)),
        ("es", r"\b(?:aprovecha|aprovechan|aprovecho|se\s+vale|me\s+valgo|reitera|reitero|"
         r"hace\s+propicia|hago\s+propicia)\b[^.]{0,400}?"
         r"\bconsideración\b", ("consideración",)),
        ("nl", r"\b(?:gelegenheid|verzekering)\b[^.]{0,400}?\bhoogachti(?:ng|g)\b", ("hoogachti",)),
        ("de", r"\b(?:Anlass|Anlaß|Gelegenheit|Versicherung|Genehmigen\s+Sie)\b[^.]{0,400}?\bHochachtung\b",
         ("hochachtung",)),
        ("it", r"\b(?:si\s+avvale|coglie|rinnova|colgo|approfitta|voglia(?:te)?\s+gradire|gradisca)\b"
         r"[^.]{0,400}?\bconsiderazione\b", ("considerazione",)),
        ("pt", r"\b(?:aproveita|aproveito|prevalece|renova|renovo|reitera|reitero|valho-me|vale-se)\b"
         r"[^.]{0,400}?\bconsidera[çc][ãa]o\b", ("considera",)),
        ("ru", r"пользуется\s+(?:(?:этим|этой|данным|данной)\s+)?(?:случаем|возможностью)[^.]{0,400}?уважени",
         ("уважени",)),
        ("uk", r"користується\s+(?:(?:цією|цим)\s+)?(?:нагодою|випадком|можливістю)[^.]{0,400}?пова[гз]",
         ("пова",)),
        ("cs", r"\bvyužívá\b[^.]{0,400}?\búct[ěy]\b", ("úct",)),
        ("pl", r"\bkorzysta(?:ją)?\s+z\s+(?:tej\s+)?okazji\b[^.]{0,400}?\bszacunku\b", ("szacunku",)),
        ("sv", r"\b(?:begagnar|använder)\b[^.]{0,40}?\btillfället\b[^.]{0,400}?\bhögaktning\b",
         ("högaktning",)),
        ("tr", r"\bbu\s+vesile(?:yle|den)\b[^.]{0,400}?\bsaygı", ("vesile",)),
        ("ar", r"تغتنم[^.]{0,400}?(?:تقدير|احترام)", ("تغتنم",)),
        ("zh", r"(?:顺致|重申|致以)[^。]{0,40}?崇高(?:的)?敬意", ("敬意",)),
        ("ja", r"(?:重ねて|改めて)[^。]{0,80}?敬意を表", ("重ねて", "改めて")),
        ("ko", r"기회를\s*빌려[^.]{0,200}?경의를", ("기회를",)),
        ("he", r"מנצל(?:ת|ים)?\s+הזדמנות\s+זו[^.]{0,400}?הערכ", ("הזדמנות",)),
        ("th", r"ถือโอกาสนี้[^.]{0,400}?ความนับถือ", ("ถือโอกาสนี้",)),
        ("sw", r"\binatumia\s+fursa\s+hii\b[^.]{0,400}?\bheshima\b", ("fursa",)),
        ("el", r"\b(?:επωφελείται|εκμεταλλεύεται|δράττεται)\b[^.]{0,400}?(?:εκτιμήσε|εκτίμηση|υπόληψ)",
         ("επωφελείται", "εκμεταλλεύεται", "δράττεται")),
        ("ro", r"\bfolose[șşs]te\s+(?:acest\s+prilej|aceast[ăa]\s+ocazie)\b[^.]{0,400}?considera[țţt]",
         ("folose",)),
        ("hu", r"\bfelhasználja\s+(?:az\s+)?alkalmat\b[^.]{0,400}?(?:nagyrabecsülés|tisztelet)",
         ("alkalmat",)),
        ("id", r"\bmenggunakan\s+kesempatan\s+ini\b[^.]{0,400}?(?:penghormatan|penghargaan)",
         ("kesempatan",)),
        ("da", r"\bbenytter\s+(?:sig\s+af\s+)?(?:lejligheden|anledningen|anledning)\b[^.]{0,400}?"
         r"\bh[øo][jy]a[gk]telse\b",
         ("benytter",)),
        ("vi", r"\bnhân\s+dịp\s+này\b[^.]{0,400}?(?:trân\s+trọng|cao\s+quý)", ("nhân dịp",)),
        ("fi", r"\bkäyttää\s+(?:tätä\s+)?tilaisuutta\b[^.]{0,400}?\bkunnioitu", ("tilaisuutta",)),
        ("", r"\bkoristi\s+(?:ovu|ovaj)\s+priliku\b[^.]{0,400}?poštovanj", ("koristi",)),
        ("sr", r"користи\s+(?:ову\s+)?прилику[^.]{0,400}?поштовањ", ("прилику",)),
        ("sl", r"\b(?:izkorišča|izrablja)\s+(?:to\s+)?priložnost\b[^.]{0,400}?spoštovanj", ("priložnost",)),
        ("bg", r"\bизползва\s+(?:случая|възможността)[^.]{0,400}?уважение", ("използва",)),
        ("sk", r"\bvyužíva\b[^.]{0,400}?\búct[uy]\b", ("využíva",)),
        ("lt", r"\bnaudojasi\s+(?:šia\s+)?proga\b[^.]{0,400}?pagarb", ("proga",)),
        ("lv", r"\bizmanto\s+(?:šo\s+)?izdevību\b[^.]{0,400}?cieņ", ("izdevību",)),
        ("et", r"\bkasutab\s+(?:seda\s+)?(?:juhust|võimalust)\b[^.]{0,400}?(?:austust|lugupidamist)",
         ("kasutab",)),
    )
)  # fmt: skip


def opening_language(text: str) -> str | None:
    """The language of the first note opening in ``text``, or ``None``."""
    best: tuple[int, str] | None = None
    lowered = text.lower()
    for language, pattern in OPENINGS:
        match = pattern.search(text) if may_occur(pattern, lowered) else None
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), language)
    return None if best is None else best[1]


def closing_language(text: str) -> str | None:
    """The language of the last closing formula in ``text``, or ``None``."""
    best: tuple[int, str] | None = None
    lowered = text.lower()
    for language, pattern in CLOSINGS:
        if not may_occur(pattern, lowered):
            continue
        for match in pattern.finditer(text):
            if best is None or match.start() > best[0]:
                best = (match.start(), language)
    return None if best is None else best[1]


#: A letter to the UN names the Organization or its organs (a bare letter, without its title and masthead).
UN_ADDRESSEE = re.compile(
    r"Secretary-General|Security\s+Council|General\s+Assembly|United\s+Nations|Secrétaire\s+général"
    r"|Conseil\s+de\s+sécurité|Assemblée\s+générale|Nations\s+Unies|Secretario\s+General|Consejo\s+de\s+Seguridad"
    r"|Asamblea\s+General|Naciones\s+Unidas|Генеральн\w+\s+секретар|Совет\w*\s+Безопасности"
    r"|Организаци\w+\s+Объединенных\s+Наций|الأمين\s+العام|مجلس\s+الأمن|الأمم\s+المتحدة"
)
#: A letter's first-person closing courtesy: "Accept, Excellency, the assurances of my highest consideration",
#: "I have the honour to be, Sir, your obedient servant", "Veuillez agréer … ma très haute considération".
LETTER_CLOSING = re.compile(
    r"assurances?\s+of\s+my\s+(?:highest|high|most\s+distinguished)\s+consideration|your\s+obedient\s+servant"
    r"|veuillez\s+agréer|ma\s+très\s+haute\s+considération|mi\s+más\s+alta\s+consideración"
    r"|моего\s+(?:самого\s+)?высокого\s+уважения",
    re.IGNORECASE,
)

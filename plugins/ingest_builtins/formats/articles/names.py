"""People's names in bylines and credit lines: split, tidied, and told apart from desks and agencies."""

from __future__ import annotations

import re
import unicodedata

from ingest_builtins.formats.articles.agencies import is_agency

__all__ = [
    "CREDIT_WORDS",
    "byline_names",
    "contributor_authors",
    "credit_authors",
    "is_person_name",
    "line_credit_authors",
    "tidy_name",
]


def _word_set(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Words that never belong to a person's name in a byline: desks, roles, agencies' generic words,
# navigation.  Case-folded.
_NOT_NAME_WORDS = _word_set(
    """
    staff staffs writer writers reporter reporters correspondent correspondents editor editors
    editorial desk team bureau board agency agencies news service services newsroom admin
    administrator contributor contributors online web digital wire wires media press office email
    e-mail author authors follow twitter facebook share print comments comment read more home menu
    search subscribe login sign our your the and with from by updated posted published photo photos
    video videos source sources report reports informs correspondence special international national
    world local daily weekly times post herald tribune journal gazette ministry government
    department committee council university institute foundation company
    """
)
_PARTICLES = _word_set(
    """
    de da do dos das del della di du van von der den ten ter la le al el bin ibn bint y e
    """
)
# A surname joined to its article or particle: "al-Mughrabi", "el-Baradei", "ad-Din", "d'Estaing".
_PREFIXED_SURNAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|ur|d|l|dell)[-'’][A-ZÀ-ÖØ-Þ]")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*\Z")
_INITIAL = re.compile(r"(?:[^\W\d_]\.){1,3}\Z")
_CASELESS_WORDS = 4
# A desk's, a board's or an agency's words in scripts without capitals, and a reporter's titles.
_CASELESS_DESKS = frozenset(
    [
        "هيئة",
        "التحرير",
        "المحرر",
        "محرر",
        "وكالة",
        "الأنباء",
        "قسم",
        "ديسك",
        "डेस्क",
        "ब्यूरो",
        "टीम",
        "संवाददाता",
        "ٹیم",
        "ڈیسک",
        "ایڈیٹوریل",
        "نیوز",
        "מערכת",
        "חדשות",
        "குழு",
        "ஆசிரியர்",
        "செய்திப்பிரிவு",
    ]
)
_CASELESS_TITLES = frozenset(
    ["الصحفي", "الصحفية", "الكاتب", "الكاتبة", "الإعلامي", "الإعلامية", "المراسل", "مراسل", "الدكتور", "د."]
)
_LONGEST_CASELESS = 40
# The scripts whose words are not spaced apart: Chinese, Japanese kana, Thai.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|/|\|)\s*")
_TRAILING_PLACE = re.compile(r"\s+(?:in|at|from|for|on)\s+\S.*$")
_CREDIT = re.compile(
    r"\b(?P<role>additional\s+reporting|reporting|reported|writing|written|compiled|"
    r"editing|edited|graphics|photos?|production|produced|translated|translation)"
    r"(?:\s+by)\s+(?P<names>[^;()]+)",
    re.IGNORECASE,
)
# French copy names the roles with "par", or none before the reporter: "(Reportage A, rédigé par B, …)".
_CREDIT_FR = re.compile(
    r"\b(?P<role>reportage|rédigé|rédaction|écrit|édité|édition|version\s+française)(?:\s+par)?\s+"
    r"(?P<names>[^;(),]+)",
    re.IGNORECASE,
)
_AUTHOR_ROLES_FR = frozenset({"reportage", "rédigé", "rédaction", "écrit"})
# German, Spanish and Portuguese copy: "(Bericht von A und B, redigiert von C)", "(Reporte de A; …)".
# "reporte adicional de A en Buenos Aires": the place the reporter filed from is not a name.
_CREDIT_OTHER = re.compile(
    r"\b(?P<role>bericht|geschrieben|redigiert|bearbeitet|reporte|escrito|editado|reportagem|edição)"
    r"(?:\s+(?:adicional|complementar|en\s+español))?\s+(?:von|de|por)\s+"
    r"(?P<names>[^;(),.]+?)(?=\s+(?:en|em|desde|aus|in)\s+(?-i:[A-ZÀ-Ý])|[;(),.]|\Z)",
    re.IGNORECASE,
)
_AUTHOR_ROLES_OTHER = frozenset({"bericht", "geschrieben", "reporte", "escrito", "reportagem"})
# The words that open a credit line of agency copy: "Reporting by …", "Editing by …", and the same in
# Spanish, Portuguese, French and German copy.
CREDIT_WORDS = (
    r"(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|reported|written)\s+by\b"
    # the same credits in Spanish, Portuguese and French copy
    r"|con\s+informaci[oó]n\s+de\b|com\s+informa[cç][oõ]es\s+de\b|avec\s+la\s+contribution\s+de\b"
    r"|reportage\s+(?=(?-i:[A-ZÀ-Ý]))|rédigé\s+par\b|édité\s+par\b"
    # … in German, Spanish and Portuguese copy ("Bericht von …, redigiert von …", "Reporte de …")
    r"|(?:bericht|redigiert|bearbeitet|geschrieben)\s+von\b|reporte\s+de\b|(?:escrito|editado)\s+por\b"
    r"|reportagem\s+de\b|edição\s+de\b|(?:reporte|reportagem)\s+(?:adicional|complementar)\s+de\b)"
)
# A line that is a credit and nothing else, perhaps in brackets or after a dash.
_CREDIT_LINE = re.compile(rf"\(?\s*(?:[-–—]+\s*)?{CREDIT_WORDS}[^\n]{{1,300}}", re.IGNORECASE)
_CONTRIBUTORS = re.compile(
    r"(?P<names>[^\n.]{3,300}?)\s+contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)",
    re.IGNORECASE,
)
_ROLE_PREFIX = re.compile(
    r"^(?:[A-Z][\w.]*\s+){0,3}(?:writers?|reporters?|correspondents?|staff|journalists?)\s+", re.IGNORECASE
)
_AUTHOR_ROLES = frozenset({"additional reporting", "reporting", "reported", "writing", "written", "compiled"})


def _fix_case(token: str) -> str:
    """Title-case a token printed in capitals (``O'DONNELL`` → ``O'Donnell``)."""
    if not token.isupper() or len(token.rstrip(".")) <= 1:
        return token
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), token.lower())


def tidy_name(name: str) -> str:
    """Collapse spaces, drop edge punctuation, and title-case a name printed in capitals."""
    tokens = name.replace("\u00a0", " ").split()
    if tokens and all(t.isupper() or not any(c.isalpha() for c in t) for t in tokens):
        tokens = [_fix_case(t) for t in tokens]
    return " ".join(tokens).strip(" ,.;:-–—")


# An initial glued to the name by its dot, as Mongolian and some Russian bylines print it: "Ts.Nomin".
# (Two-letter initials are the Mongolian letters written with two Latin ones: "Ts.", "Ch.", "Kh." …)
_GLUED_INITIAL = re.compile(r"(?:(?:[A-ZА-ЯЁ]|Ts|Ch|Sh|Kh|Ya|Yu|Ye|Zh)\.){1,2}[A-ZА-ЯЁ][a-zа-яё'’-]{2,}")


def is_person_name(name: str) -> bool:
    """Whether ``name`` reads as a person's name: two to five capitalised words, no desk or agency words.

    A name written with its initial glued on by the dot (``Ts.Nomin``) counts as two words.
    """
    tokens = name.split()
    if len(tokens) == 1 and _GLUED_INITIAL.fullmatch(tokens[0]) and not is_agency(name):
        return True
    if not 2 <= len(tokens) <= 5 or is_agency(name):
        return False
    capitalised = 0
    for token in tokens:
        bare = token.strip(",")
        if bare.casefold() in _NOT_NAME_WORDS or is_agency(bare):
            return False
        if bare.casefold() in _PARTICLES:
            continue
        if not (_NAME_TOKEN.match(bare) or _INITIAL.match(bare)):
            return False
        if not (bare[0].isupper() or _PREFIXED_SURNAME.match(bare)):
            return False
        capitalised += 1
    return capitalised >= 2 and not _INITIAL.match(tokens[-1])


def byline_names(text: str) -> tuple[list[str], list[str]]:
    """Split a byline's names (``"Jane Doe and John Roe, Reuters"``) into (people, agencies)."""
    people: list[str] = []
    agencies: list[str] = []
    for piece in _SEPARATORS.split(text):
        piece = _TRAILING_PLACE.sub("", piece.strip())
        if not piece:
            continue
        if is_agency(piece):
            agencies.append(piece)
            continue
        name = tidy_name(piece)
        if not is_person_name(name):
            name = _caseless_person(name) or ""
        if name and name not in people:
            people.append(name)
    return people, agencies


def _caseless_person(name: str) -> str | None:
    """Two to four words of a script without capitals (Arabic, Hebrew, Indic, Syllabics…) naming a person.

    Such a name cannot be told by its capitals; under a byline's own word ("By", "بقلم") it is a name, its
    title before it left out ("الصحفي أحمد علي"), unless it names a desk or a board ("هيئة التحرير",
    "न्यूज़ डेस्क", "מערכת וואלה"). (Chinese and Japanese names are written without spaces, and a
    reporter's title beside them is not.)
    """
    tokens = name.split()
    while tokens and tokens[0] in _CASELESS_TITLES:
        tokens = tokens[1:]
    if not (
        2 <= len(tokens) <= _CASELESS_WORDS
        and len(name) <= _LONGEST_CASELESS
        and all(_caseless_word(token) for token in tokens)
        and _CASELESS_DESKS.isdisjoint(tokens)
    ):
        return None
    return " ".join(tokens)


def _caseless_word(token: str) -> bool:
    letters = [ch for ch in token if unicodedata.category(ch)[0] != "M"]  # vowel signs go with a letter
    return bool(letters) and all(
        ch.isalpha() and not ch.isupper() and not ch.islower() and not _UNSPACED.match(ch) for ch in letters
    )


def credit_authors(text: str) -> list[str]:
    """The reporters and writers of a credit line (``Reporting by A; Editing by B``); editors excluded."""
    people: list[str] = []
    for match in _CREDIT.finditer(text):
        role = " ".join(match.group("role").lower().split())
        if role not in _AUTHOR_ROLES:
            continue
        for name in byline_names(match.group("names"))[0]:
            if name not in people:
                people.append(name)
    for match in (*_CREDIT_FR.finditer(text), *_CREDIT_OTHER.finditer(text)):
        if match.group("role").lower() in _AUTHOR_ROLES_FR | _AUTHOR_ROLES_OTHER:
            people.extend(n for n in byline_names(match.group("names"))[0] if n not in people)
    return people


def contributor_authors(text: str) -> list[str]:
    """The people of a contributors line (``Associated Press writers A and B contributed to this report``)."""
    match = _CONTRIBUTORS.search(text)
    if match is None:
        return []
    names = _ROLE_PREFIX.sub("", match.group("names").strip())
    return byline_names(names)[0]


def line_credit_authors(line: str) -> list[str] | None:
    """The reporters and writers of ``line`` when it is a credit line of its own, else ``None``.

    ("Reporting by A; Editing by B", "(Writing by A in Paris)": a page prints the agency's credit
    under the story as well; the editors are not authors.)
    """
    if _CREDIT_LINE.fullmatch(line.strip()) is None:
        return None
    return credit_authors(line)

"""Lines a copied page prints around its story: a menu on one line, a teaser cut off, a line of hashtags."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.furniture import (
    breadcrumb,
    is_home,
    is_widget_label,
    label_key,
    reading_words,
    words,
)
from ingest_builtins.formats.articles.site_lines import SHARE_TARGETS
from ingest_builtins.formats.web_page.head_lines import BYLINE, SENTENCE_END
from ingest_builtins.formats.web_page.stamps import read_timestamp

__all__ = [
    "ARTICLE_BUTTONS",
    "bullet_menu",
    "is_button_row",
    "is_cut_teaser",
    "is_keyword_line",
    "is_menu",
    "is_numbered_label",
    "is_tag_line",
    "is_weather_line",
    "vertical_trail",
]

# A site's menu copied as one line: three or more short items set apart by runs of spaces, tabs or bars.
_MENU_SEPARATOR = re.compile(r"\s{2,}|\t+|\s[|•·]\s")
# … or by bars alone, as pages in Chinese set theirs ("福建|时评|台海|娱乐").
_BARS = re.compile(r"\s*\|\s*")
_MENU_ITEM_WORDS = 3
_BUTTON_NAMES = SHARE_TARGETS | {"link", "copy link", "copiar link", "copiar enlace", "copier le lien"}
_TRAIL_MARK = re.compile(r"[›>»→]|\s/\s")
# What a page prints by its story rather than in its navigation: share and print buttons ...
_SHARE_BUTTONS = frozenset(
    (
        *("share", "partager", "compartir", "compartilhar", "teilen", "condividi", "delen", "dela", "del"),
        *("jaa", "print", "imprimer", "imprimir", "drucken", "stampa", "email", "e-mail", "tweet", "save"),
        *("like", "copy link"),
    )
)
#: ... and its media buttons, which a site's menu may also hold ("Home | China | Photos | Video").
ARTICLE_BUTTONS = _SHARE_BUTTONS | {"listen", "photo", "video", "gallery"}
_TEASER_WORDS = 60
_NUMBERED_LABEL_LENGTH = 60
_LETTER = re.compile(r"[^\W\d_]")


def _one_item(stripped: str) -> bool:
    """Whether a stripped line holds no separator of items: no tab, no two blanks together, no bar or bullet.

    (A printable line's only blank is the space: every other one is unprintable.)
    """
    return stripped.isprintable() and "  " not in stripped and not any(mark in stripped for mark in "|•·")


def is_menu(line: str) -> bool:
    """A site's menu copied as one line (``Politics   Economy   North Korea   Culture``)."""
    stripped = line.strip()
    if _one_item(stripped):
        return False
    parts = _MENU_SEPARATOR.split(stripped)
    if len(parts) < 3 and line.count("|") >= 2:
        parts = _BARS.split(stripped)
    return (
        len(parts) >= 3
        and all(0 < words(part) <= _MENU_ITEM_WORDS and not part.endswith(SENTENCE_END) for part in parts)
        # "Home  ›  Press Room  ›  Statements" is the trail (footer links set apart by bars are none)
        and not (_TRAIL_MARK.search(line) and breadcrumb(line) is not None)
        # (a row of share buttons is no menu; a menu may hold "Home", "Search" or "Contacts")
        and not any(label_key(part) in SHARE_TARGETS or label_key(part) in _SHARE_BUTTONS for part in parts)
    )


def is_button_row(line: str) -> bool:
    """Two or more buttons on a line, apart by spaces or bars (``Subscribe   Log in``, ``Share | Print``)."""
    stripped = line.strip()
    if _one_item(stripped):
        return False
    parts = _MENU_SEPARATOR.split(stripped)
    if len(parts) < 2:
        return False
    # A share widget's label may stand before its first button: "Compartilhe: Facebook  Twitter  Link".
    label, colon, first = parts[0].partition(":")
    if colon and first.strip() and is_widget_label(label):
        parts[0] = first.strip()
    return all(is_widget_label(part) or label_key(part) in _BUTTON_NAMES for part in parts)


def is_cut_teaser(line: str) -> bool:
    """A teaser the page cut off mid-sentence: ``… linking Persian Gulf to Turkish bor...``."""
    stripped = line.rstrip()
    cut = stripped.removesuffix("...").removesuffix("…")
    return cut != stripped and cut[-1:].isalnum() and words(cut) <= _TEASER_WORDS


# The label of a story's keywords, in the languages of the sites read: "Mots-clés : Pêche  Togo".
_TAG_LABEL = re.compile(
    r"(?:tags?|keywords?|topics?|mots-clés|étiquettes|temas|etiquetas|palavras-chave|schlagwörter|stichwörter"
    r"|теги|ключевые слова|الكلمات المفتاحية|وسوم|aiheet|asiasanat|ετικέτες|emneord|ämnen|categoria|categoría"
    r"|category|catégorie|kategorie)\s*:",
    re.IGNORECASE,
)
_TAG_LINE_WORDS = 20
#: A site's menu laid out one item a line: so many bulleted items at least (a text's table of contents, a
#: shopping list are shorter).
_MENU_ITEMS = 12
_CONTENTS = frozenset(["contents", "table of contents", "inhalt", "inhaltsverzeichnis", "sommaire", "índice"])
_BULLET_MARKS = "•·▪◦‣●■►▸*-"
_MENU_BULLET = re.compile(rf"[{re.escape(_BULLET_MARKS)}] ")
_BARE_BULLETS = frozenset(_BULLET_MARKS)  # (a bullet copied alone on its line, its item on the next)
_DIGIT = re.compile(r"\d")
#: A line of keywords holds so many, set apart by commas, each of so many words at most.
_KEYWORDS = 5
_KEYWORD_WORDS = 4
_AND = frozenset(["and", "und", "y", "et", "e", "i", "och", "og", "en", "и", "та", "і", "ve", "dan"])


def is_tag_line(line: str) -> bool:
    """A line of the page's hashtags (``#South Korea #Japan #supply chains``) or its labelled keywords."""
    stripped = line.strip()
    if _TAG_LABEL.match(stripped) and words(stripped) <= _TAG_LINE_WORDS and not stripped.endswith("."):
        return True
    tags = stripped.split("#")
    return (
        stripped.startswith("#")
        and len(tags) >= 3
        and all(0 < words(tag) <= _MENU_ITEM_WORDS for tag in tags[1:])
    )


def is_keyword_line(line: str) -> bool:
    """Keywords for search engines, five or more set apart by commas: ``Hindi news, हिंदी न्यूज़, …``.

    A list of a text's own (names, ingredients, numbers drawn, a verse) reads the same: on its own this is
    weak evidence. Its items hold no figure and no label, and none opens with "and".
    """
    stripped = line.strip()
    keywords = [keyword.strip() for keyword in stripped.split(",")]
    return (
        len(keywords) >= _KEYWORDS
        and reading_words(stripped) <= _TAG_LINE_WORDS
        and not stripped.endswith(SENTENCE_END)  # (a sentence's stop in any script: "。", "।")
        and not _DIGIT.search(stripped)
        and ":" not in stripped
        and all(0 < words(keyword) <= _KEYWORD_WORDS for keyword in keywords)
        and not any(keyword.split()[0].casefold() in _AND for keyword in keywords)
    )


# A page's kind with its number: "Nota à imprensa nº 412", "Press release No. 118/2026", "Communiqué n° 45".
_NUMBERED_LABEL = re.compile(
    r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4}\s+(?:n[º°o]\.?|no\.|nr\.?|núm\.?|№|#)\s*\d+(?:[/-]\d+)?",
    re.IGNORECASE,
)
# A release's reference: "Ref: 2024/PR/343", "Réf. : MAE/2026/118", "Our ref. 12/2026".
_REFERENCE = re.compile(
    r"(?:our\s+)?r[eé]f(?:erence|érence)?\.?\s*(?:no\.?\s*)?:?\s*[\w][\w/.-]*\d[\w/.-]*", re.I
)


def is_numbered_label(line: str) -> bool:
    """A line naming the page's kind and number (``Nota à imprensa nº 412``) or reference (``Ref: 12/PR``)."""
    stripped = line.strip()
    return len(stripped) <= _NUMBERED_LABEL_LENGTH and bool(
        _NUMBERED_LABEL.fullmatch(stripped) or _REFERENCE.fullmatch(stripped)
    )


#: Most items of a breadcrumb laid out one a line, after its home link.
_TRAIL_ITEMS = 5
_TRAIL_ITEM_WORDS = 5
_HEADLINE_WORDS = 4


def bullet_menu(lines: list[str], index: int) -> int:
    """How many lines a site's menu laid out one bulleted item a line takes from ``index``, or 0.

    Twelve items or more, each a name of a few words (``• Deportes``, ``• Economía``), no figure and no
    sentence, under no label of contents: a site's sections. Most carry a bullet; a section's name without
    one may head its bulleted subsections (``Economía`` / ``• Bolsa`` / ``• Empresas``), and a bullet copied
    alone leaves its item on the next line (``-`` / ``Politics``). A text's own list (its contents, a
    shopping list) is shorter, is labelled, or its items say more.
    """
    if index and lines[index - 1].rstrip(":").casefold() in _CONTENTS:
        return 0
    items = bullets = 0
    end = index
    while end < len(lines):
        line = lines[end]
        bare = line in _BARE_BULLETS
        bulleted = bare or _MENU_BULLET.match(line) is not None
        item = "" if bare else line[1:].strip() if bulleted else line
        if item and (words(item) > _MENU_ITEM_WORDS or item.endswith(SENTENCE_END) or _DIGIT.search(item)):
            break
        if not bulleted:
            after_bare = end > index and lines[end - 1] in _BARE_BULLETS
            heads_bullets = end + 1 < len(lines) and _MENU_BULLET.match(lines[end + 1]) is not None
            if not (after_bare or heads_bullets):
                break  # (a name neither a bullet's nor heading bullets: the menu has ended)
        items += bool(item)
        bullets += bulleted
        end += 1
    return end - index if items >= _MENU_ITEMS and 2 * bullets >= items else 0


def vertical_trail(lines: list[str], index: int) -> int:
    """How many lines a breadcrumb laid out one item a line takes from ``index`` (its home link), or 0.

    The home link (``Accueil``, ``Inicio``) is followed by up to five short items and then by a
    headline, longer than any of them: ``Accueil`` / ``Politique étrangère`` / ``Climat`` / the headline.
    A menu of many items or of one-word items, or one ending at a button or a line of prose, is no trail.
    """
    if not is_home(lines[index]):
        return 0
    end = index + 1
    while end < len(lines) and end - index <= _TRAIL_ITEMS:
        line = lines[end]
        if words(line) > _TRAIL_ITEM_WORDS or line.endswith(SENTENCE_END) or is_widget_label(line):
            break
        end += 1
    if end == index + 1 or end >= len(lines) or end - index > _TRAIL_ITEMS:
        return 0
    headline = lines[end]
    longest = max(words(line) for line in lines[index + 1 : end])
    if longest < 2:
        return 0  # a menu's one-word items ("News", "Politics", "Sport"), not a trail's sections
    if words(headline) < max(_HEADLINE_WORDS, longest + 1) or headline.endswith((".", ":", ";", ",")):
        return 0
    if BYLINE.match(headline) or read_timestamp(headline) is not None:
        return 0  # the items run down to a byline or a stamp: they are a menu above a headline
    return end - index


# A portal's weather widget: a temperature, perhaps the day's low and high, the place or the time of day
# ("9.5 C", "18º", "MIN 16º MÁX 22º", "8°C Sobota noc").
# ("º" is also the ordinal sign, "2º turno": it counts only with C or F, or beside MIN or MÁX.)
_TEMPERATURE = re.compile(
    r"(?<![\w.,])-?\d{1,2}(?:[.,]\d)?(?:°\s?[CF]?|º\s?[CF])(?!\w)|(?i:min|máx|max)\s*-?\d{1,2}[°º](?!\w)"
)
# A temperature in a row of them, its degree sign perhaps apart: "24 °C", "24°C".
_READING = re.compile(r"(?<![\w.,])-?\d{1,2}(?:[.,]\d)?\s?[°º]\s?[CF]?(?!\w)")
_BARE_TEMPERATURE = re.compile(r"-?\d{1,2}[.,]\d\s?[CF]")
_WEATHER_LINE = 40
#: A row of cities' temperatures: so many readings at least, and so many words at most beside each.
_WEATHER_ROW = 3
_WORDS_PER_READING = 4


def is_weather_line(line: str) -> bool:
    """A weather widget's line: a temperature and at most a few words (no sentence), or a row of them.

    (A row: cities' temperatures run together, "София 24 °C … Пловдив 24 °C - ясно небе …".)
    """
    if len(line) > _WEATHER_LINE:
        readings = len(_READING.findall(line)) if "°" in line or "º" in line else 0
        rest = _READING.sub(" ", line) if readings >= _WEATHER_ROW else ""
        return bool(rest) and words(rest) <= _WORDS_PER_READING * readings and not line.endswith(SENTENCE_END)
    if "°" not in line and "º" not in line:
        return _BARE_TEMPERATURE.fullmatch(line.strip()) is not None  # "9.5 C" alone
    if _TEMPERATURE.search(line) is None:
        return False
    rest = _TEMPERATURE.sub(" ", line)
    return words(rest) <= 3 and not rest.rstrip().endswith(SENTENCE_END)


#: A label a page repeats down a list of stories ("3 dni", "polecane") is printed so many times in a row.
_REPEATS = 3
_REPEATED_LABEL_WORDS = 4


def repeated_labels(lines: list[str]) -> frozenset[str]:
    """Short lines a page prints again and again in a row: a listed story's age, a badge, font-size buttons.

    ("3 dni" / "3 dni" / "3 dni", "A" / "A" / "A".) A label of a few words ending in a letter or a figure,
    three times or more one under the other; a play repeats its speakers' names, minutes their "Agreed", a
    song its "Chorus", but with lines between.
    """
    found: set[str] = set()
    run = 0
    for index, line in enumerate(lines):
        run = run + 1 if index and line == lines[index - 1] else 1
        if (
            run >= _REPEATS
            and words(line) <= _REPEATED_LABEL_WORDS
            and line[-1:].isalnum()
            and _LETTER.search(line)
        ):
            found.add(line)
    return frozenset(found)

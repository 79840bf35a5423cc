"""The masthead of a copied page: the site's name printed between the skip link and the navigation."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.furniture import (
    breadcrumb,
    is_ad_label,
    is_day_widget,
    is_home,
    is_skip_link,
    is_widget_label,
    label_key,
    words,
)
from ingest_builtins.formats.articles.labels import labels
from ingest_builtins.formats.articles.site_lines import is_share_row
from ingest_builtins.formats.web_page.page_lines import ARTICLE_BUTTONS, is_button_row, is_menu

__all__ = ["masthead_name"]

#: How many lines under the skip link the site's name and its navigation are looked through.
_MASTHEAD_LINES = 8
#: Most words of a line of the masthead (a ministry's full name with its country).
_NAME_WORDS = 16
_SENTENCE_END = (".", "!", "?", "…", ":", ";", ",")
_BUTTON_WORDS = 3
_SWITCH_WORDS = 10
_LONGEST_NAVIGATION = 200
#: A site's name on the first line without a skip link: a few words, with navigation in the next lines.
_BARE_NAME_WORDS = 6
_BARE_REACH = 4
_DATE_LINE_WORDS = 8

# The head noun of a body that publishes official pages (a ministry, an embassy, a mission), in the
# languages of the sites read; Germanic compounds ("Ulkoministeriö", "Udenrigsministeriet") end with it.
_INSTITUTION = re.compile(
    r"\b(?:ministry|ministère|ministerio|ministério|ministero|ministerstvo|ministerstwo|министерство|міністерство"
    r"|embassy|ambassade|embajada|embaixada|botschaft|ambasciata|ambasada|посольство|consulate|consulat"
    r"|consulado|konsulat|permanent mission|mission permanente|misión permanente|missão permanente"
    r"|ständige vertretung|foreign office|auswärtiges amt|department of foreign affairs|dışişleri bakanlığı"
    r"|secretaría de relaciones exteriores|cancillería)\b"
    r"|\w*(?:ministerium|ministeriet|ministeriö|ministerie|departementet)\b"
    r"|وزارة|سفارة|外交部|外務省|외교부|大使馆|大使館",
    re.IGNORECASE,
)

# What a site prints beside its name: a menu button, a search box, sign-in and subscription links and
# the language switch.
_NAVIGATION = labels(
    "|".join(
        (
            *("menu", "menú", "menü", "valikko", "meny", "меню", "القائمة", "菜单", "メニュー", "메뉴"),
            *("rechercher", "recherche", "buscar", "búsqueda", "buscador", "pesquisar", "suche"),
            *("suchen", "cerca", "zoeken", "sök", "søg", "søk", "haku", "hae sivustolta", "szukaj"),
            *("hledat", "поиск", "пошук", "ara", "بحث", "搜索", "検索", "검색", "connexion", "se connecter"),
            *("s'abonner", "iniciar sesión", "suscribirse", "entrar", "assinar", "anmelden"),
            *("abonnieren", "accedi", "abbonati", "inloggen", "zaloguj się", "войти", "english"),
            *("français", "español", "deutsch", "português", "italiano", "русский", "العربية", "中文"),
            *("suomeksi", "på svenska", "in english", "en français", "en español"),
            *("what are you looking for", "o que você procura", "que recherchez-vous", "qué estás buscando"),
            *("wonach suchen sie", "cosa stai cercando", "search this site", "rechercher sur le site"),
            *("search for",),
        )
    )
)


# A headline quotes or trails off; a site's name does not.
_QUOTED = re.compile(r"[\"“”„«»…]|\.\.\.")
_SWITCH_SEPARATOR = re.compile(r"\s*[|/•·]\s*|\s{2,}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")
_SPACES = re.compile(r"\s+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A greeting above the site's name: "Welcome to the United Nations", "Bienvenue sur le site …".
_GREETING = re.compile(r"(?:welcome to|bienvenue|bienvenido|bem-vindo|willkommen|benvenuti)\b", re.IGNORECASE)


def _navigation(line: str) -> bool:
    """A line of the site's navigation: a menu, a search box, a sign-in link, a language switch."""
    if len(line) > _LONGEST_NAVIGATION:
        return False
    key = label_key(line)
    if key in _NAVIGATION or is_home(line):
        return True
    if key in ARTICLE_BUTTONS or _YEAR.search(line) or is_share_row(line):
        return False  # a share button, or a stamp's line ("Source: Xinhua | 2026-03-12 16:20:45")
    if is_menu(line):
        return True
    if is_button_row(line):
        return not any(label_key(part) in ARTICLE_BUTTONS for part in line.split())
    count = words(line)
    if count <= _SWITCH_WORDS and _language_switch(line):
        return True
    return count <= _BUTTON_WORDS and is_widget_label(line)


def _language_switch(line: str) -> bool:
    """A language switch: "العربية | Français | English", "LV | EN", "Монгол | English", "中文 English"."""
    for separator in (_SWITCH_SEPARATOR, _SPACES):
        switch = [label_key(part) for part in separator.split(line)]
        if len(switch) < 2 or any(len(part.split()) > 2 for part in switch):
            continue
        named = sum(part in _NAVIGATION for part in switch)
        codes = all(_LANGUAGE_CODE.fullmatch(part) for part in switch)
        if codes or named == len(switch) or (separator is _SWITCH_SEPARATOR and 2 * named >= len(switch)):
            return True
    return False


def _name(line: str) -> bool:
    """A line that can be a site's name: short, capitalised, no sentence, no quotation, no label."""
    return (
        words(line) <= _NAME_WORDS
        and (line[:1].isupper() or not line[:1].isalpha())
        and not _QUOTED.search(line)
        and not line.endswith(_SENTENCE_END)
        and not is_widget_label(line)
        and not _navigation(line)
        and breadcrumb(line) is None
    )


def _masthead_end(lines: list[str], name: int, navigation: list[int]) -> int:
    """Where the masthead ends: after its name and the navigation beside it (a tagline, a search box).

    A home link ending it is left to the head, as it may open the page's breadcrumb.
    """
    last = max([name, *navigation])
    return last if not is_home(lines[last]) or last == name else last - 1


def masthead_name(lines: list[str]) -> tuple[int, str] | None:
    """The site's name under the skip link at the top of a copied page, and the masthead's last line.

    The lines under the skip link, down to the breadcrumb, the home link or the first line of prose,
    hold the site's name and its navigation (a menu, a search box, a language switch), which must be
    there. A line above the last of the navigation naming a ministry, an embassy or a mission is the
    publisher (a government's banner or portal bar above it is not); otherwise the first name above the
    navigation is (a greeting, "Welcome to …", is not a name).
    """
    if not lines:
        return None
    if not is_skip_link(lines[0]):
        # Without a skip link, a short name on the first line with the site's navigation right under it.
        head = lines[0]
        if (
            words(head) > _BARE_NAME_WORDS
            or not head[:1].isupper()
            or head.endswith(_SENTENCE_END)
            or is_ad_label(head)  # ("Advertisement 1" over the headline: no site's name)
        ):
            return None
        if not any(_navigation(line) for line in lines[1:_BARE_REACH]):
            return None
        first = 0
    else:
        first = 1
    while first < len(lines) and is_skip_link(lines[first]):
        first += 1
    area: list[int] = []
    navigation: list[int] = []
    for index in range(first, min(len(lines), first + _MASTHEAD_LINES)):
        line = lines[index]
        if _navigation(line):
            navigation.append(index)
            if is_home(line):
                break  # the menu's first item
            continue
        if words(line) > _NAME_WORDS or line.endswith(_SENTENCE_END) or breadcrumb(line) is not None:
            break
        if (_YEAR.search(line) or is_day_widget(line)) and words(line) <= _DATE_LINE_WORDS:
            # the day's date beside the site's name ("Guatemala, miércoles 22 de abril de 2026", "05.09 (목)")
            continue
        if words(line) > _BARE_NAME_WORDS and not _INSTITUTION.search(line):
            break  # a headline: the masthead is above it
        area.append(index)
    if not navigation:
        return None
    for index in area:
        if index < navigation[-1] and _INSTITUTION.search(lines[index]) and _name(lines[index]):
            return _masthead_end(lines, index, navigation), lines[index]
    names = [index for index in area if index < navigation[-1] and not _GREETING.match(lines[index])]
    if names and _name(lines[names[0]]):
        return _masthead_end(lines, names[0], navigation), lines[names[0]]
    return None

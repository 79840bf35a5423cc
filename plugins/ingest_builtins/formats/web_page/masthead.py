"""The masthead of a copied page: the site's name printed between the skip link and the navigation."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.furniture import (
    breadcrumb,
    is_home,
    is_skip_link,
    is_widget_label,
    label_key,
    words,
)
from ingest_builtins.formats.articles.site_lines import is_share_row
from ingest_builtins.formats.web_page.page_lines import is_menu

__all__ = ["masthead_name"]

#: How many lines under the skip link the site's name and its navigation are looked through.
_MASTHEAD_LINES = 8
#: Most words of a line of the masthead (a ministry's full name with its country).
_NAME_WORDS = 12
_SENTENCE_END = (".", "!", "?", "…", ":", ";", ",")
_BUTTON_WORDS = 3

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
_NAVIGATION = frozenset(
    (
        *("menu", "menú", "menü", "valikko", "meny", "меню", "القائمة", "菜单", "メニュー", "메뉴"),
        *("rechercher", "recherche", "buscar", "búsqueda", "buscador", "pesquisar", "suche"),
        *("suchen", "cerca", "zoeken", "sök", "søg", "søk", "haku", "hae sivustolta", "szukaj"),
        *("hledat", "поиск", "пошук", "ara", "بحث", "搜索", "検索", "검색", "connexion", "se connecter"),
        *("s'abonner", "iniciar sesión", "suscribirse", "entrar", "assinar", "anmelden"),
        *("abonnieren", "accedi", "abbonati", "inloggen", "zaloguj się", "войти", "english"),
        *("français", "español", "deutsch", "português", "italiano", "русский", "العربية", "中文"),
        *("suomeksi", "på svenska", "in english", "en français", "en español"),
    )
)


# What a page prints under its headline rather than beside the site's name: share, print and media buttons.
_ARTICLE_BUTTONS = frozenset(
    (
        *("share", "partager", "compartir", "compartilhar", "teilen", "condividi", "delen", "dela", "del"),
        *("jaa", "print", "imprimer", "imprimir", "drucken", "stampa", "email", "e-mail", "tweet", "save"),
        *("like", "listen", "photo", "video", "gallery"),
    )
)


def _navigation(line: str) -> bool:
    """A line of the site's navigation: a menu, a search box, a sign-in link, a language switch."""
    key = label_key(line)
    if key in _ARTICLE_BUTTONS or is_share_row(line):
        return False
    if key in _NAVIGATION or is_menu(line) or is_home(line):
        return True
    return is_widget_label(line) and words(line) <= _BUTTON_WORDS


def _name(line: str) -> bool:
    """A line that can be a site's name: short, capitalised, no sentence, no label."""
    return (
        words(line) <= _NAME_WORDS
        and (line[:1].isupper() or not line[:1].isalpha())
        and not line.endswith(_SENTENCE_END)
        and not is_widget_label(line)
        and not _navigation(line)
        and breadcrumb(line) is None
    )


def masthead_name(lines: list[str], headline: int | None = None) -> tuple[int, str] | None:
    """The site's name under the skip link at the top of a copied page, with its line's index, or ``None``.

    The lines under the skip link, down to the breadcrumb, the headline (``headline``, its index, if
    one was found) or the first line of prose, hold the site's name and its navigation. A line naming a
    ministry, an embassy or a mission is the publisher (a government's banner above it is not);
    otherwise the first line is, when navigation follows it. What was taken for the headline is the
    site's name only when it is the first line and navigation follows it.
    """
    if not lines or not is_skip_link(lines[0]):
        return None
    at = 1
    while at < len(lines) and is_skip_link(lines[at]):
        at += 1
    first = at
    area: list[int] = []
    for index in range(first, min(len(lines), first + _MASTHEAD_LINES)):
        line = lines[index]
        if words(line) > _NAME_WORDS or line.endswith(_SENTENCE_END) or breadcrumb(line) is not None:
            break
        if is_home(line) or (index == headline and not (index == first and _navigation(lines[index + 1]))):
            break
        area.append(index)
    for index in area:
        if _INSTITUTION.search(lines[index]) and _name(lines[index]) and not is_menu(lines[index]):
            return index, lines[index]
    if area and _name(lines[first]) and first + 1 < len(lines) and _navigation(lines[first + 1]):
        return first, lines[first]
    return None

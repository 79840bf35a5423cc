"""Text of lexbor nodes and the nodes around a page's headline."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

__all__ = ["among_other_texts", "in_page_furniture", "near", "node_text", "norm"]


def node_text(node: LexborNode | None) -> str:
    """The text of ``node`` (none for None), its whitespace collapsed."""
    return " ".join((node.text(deep=True) if node is not None else "").split())


def near(anchor: LexborNode | None, selector: str) -> list[LexborNode]:
    """Matches of ``selector`` around the headline first (up to four levels up), then anywhere."""
    node = anchor
    for _ in range(4):
        if node is None or node.parent is None:
            break
        node = node.parent
        found = node.css(selector)
        if found:
            return found[:30]
    return []


def norm(text: str) -> str:
    """``text`` folded for comparing titles and headings."""
    return " ".join(text.casefold().split()).strip(" .:!?|-")


#: Class-name words of boxes that list other stories ("related-posts", "recent-posts", "sidebar"),
#: each story with its own date and author.
_OTHER_STORIES = frozenset(
    {"sidebar", "related", "recommended", "trending", "popular", "mostread", "recirc", "recent"}
    | {"morestories"}
    # The same boxes as European sites name them ("weitere-artikel", "lesetipps", "articles-similaires").
    | {"weitere", "empfehlung", "empfehlungen", "lesetipp", "lesetipps", "meistgelesen", "similaires"}
    | {"relacionados", "relacionadas", "correlati", "gerelateerd", "powiazane"}
)
#: Class-name words of a comment thread, each comment with its own date and author.
_COMMENTS = frozenset({"comment", "comments", "commentlist", "disqus", "replies"})
#: Layout names that hold the page's own text beside such a box ("content-sidebar-wrap", "has-sidebar"),
#: and the comment count or link in the page's own byline ("comments-link", "social-comments").
_NOT_A_BOX = frozenset(
    {"content", "main", "article", "page", "site", "layout", "has", "no", "with", "without"}
    | {"count", "number", "link", "links", "social", "meta", "button", "icon", "bubble", "share"}
)
_CLASS_WORDS = re.compile(r"[^a-z0-9]+")


def _other_texts_box(names: str, boxes: frozenset[str]) -> bool:
    # A box word of other stories may be run together with what the box holds ("relatedposts",
    # "popularArticles"); a comment word may not ("commentary" is an article's kind).
    prefixes = tuple(boxes & _OTHER_STORIES)
    for name in names.lower().split():
        if len(name) > 60 or "/" in name:  # an address used as an id names no box
            continue
        words = set(_CLASS_WORDS.split(name))
        if _NOT_A_BOX.intersection(words):
            continue
        if boxes.intersection(words) or any(w.startswith(prefixes) for w in words):
            return True
    return False


def among_other_texts(node: LexborNode, sidebar: bool = True, itself: bool = False) -> bool:
    """Whether ``node`` sits in a comment thread or a box of other stories (a sidebar too, if asked).

    Their dates and names are the comments' and the other stories', not the page's.  With
    ``itself``, ``node`` being such a box counts too.
    """
    boxes = _COMMENTS | (_OTHER_STORIES if sidebar else _OTHER_STORIES - {"sidebar"})
    parent = node if itself else node.parent
    for _ in range(25):
        if parent is None or parent.tag == "body":
            return False
        a = parent.attributes
        names = f"{a.get('class') or ''} {a.get('id') or ''}"
        if names.strip() and _other_texts_box(names, boxes):
            return True
        parent = parent.parent
    return False


def in_page_furniture(node: LexborNode) -> bool:
    """Whether ``node`` sits in the page's navigation, footer or page header (not an article's header).

    A page header shows the day's date, a footer the copyright year: neither is the article's.
    """
    parent = node.parent
    in_header = False
    for _ in range(30):
        if parent is None or parent.tag == "body":
            return in_header
        if parent.tag in ("nav", "footer"):
            return True
        if parent.tag in ("article", "main"):
            return False
        in_header = in_header or parent.tag == "header"
        parent = parent.parent
    return in_header

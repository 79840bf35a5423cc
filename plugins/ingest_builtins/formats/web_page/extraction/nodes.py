"""Text of lexbor nodes and the nodes around a page's headline."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .vocabulary import COMMENT, classify_attrs

__all__ = ["among_other_texts", "near", "node_text", "norm"]


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
)
#: Layout names that hold the page's own text beside such a box ("content-sidebar-wrap", "has-sidebar").
_LAYOUT = frozenset(("content", "main", "article", "page", "site", "layout", "has", "no", "with", "without"))
_CLASS_WORDS = re.compile(r"[^a-z0-9]+")


def _lists_other_stories(names: str) -> bool:
    for name in names.lower().split():
        words = set(_CLASS_WORDS.split(name))
        if _OTHER_STORIES.intersection(words) and not _LAYOUT.intersection(words):
            return True
    return False


def among_other_texts(node: LexborNode) -> bool:
    """Whether ``node`` sits in a comment thread or a box of other stories.

    Their dates and names are the comments' and the other stories', not the page's.
    """
    parent = node.parent
    for _ in range(25):
        if parent is None or parent.tag == "body":
            return False
        a = parent.attributes
        names = f"{a.get('class') or ''} {a.get('id') or ''}"
        if names.strip() and (classify_attrs(names) & COMMENT or _lists_other_stories(names)):
            return True
        parent = parent.parent
    return False

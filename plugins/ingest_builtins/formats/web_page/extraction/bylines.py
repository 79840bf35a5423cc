"""The page's authors: bylines by class name, JSON-LD, meta tags, author-page links or "By" lines."""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .jsonld import names
from .nodes import among_other_texts, near
from .people import clean_names, surname_last

__all__ = ["page_authors"]

_AUTHOR_KEYS = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
#: Class names are matched whatever their case: generated ones are often camel-cased ("Byline",
#: "AuthorName").
_CLASS_WORDS = ("byline", "author", "autor", "auteur", "firma", "writer", "by-line", "contributor")
_VISIBLE_BYLINE = ", ".join(
    ['[rel="author"]', '[itemprop="author"]', *(f'[class*="{word}" i]' for word in _CLASS_WORDS)]
)
#: Beside the headline, HTML's element for the author's contact details is a byline too (elsewhere
#: it is more often the site's postal address).
_NEAR_BYLINE = _VISIBLE_BYLINE + ", address"

#: Links to an author's page (``/author/jane-doe``, ``/profile/…``): a byline whatever its class names.
_AUTHOR_LINK = (
    ", ".join(
        f'a[href*="/{path}/"]'
        for path in (
            "author",
            "authors",
            "autor",
            "autore",
            "auteur",
            "profile",
            "people",
            "staff",
            "writers",
            "editors",
        )
    )
    + ', a[rel~="author"]'
)
#: A short line opening with "By" or "Author:" (in the languages seen most), wherever the byline sits.
_BY_LINE = re.compile(
    r"^(?:(?:written|posted|geschrieben|verfasst|ein beitrag|publi[ée]|escrito|publicado)\s+)?"
    r"(?:by|par|por|von|di|door|av|af)\s+\S"
    r"|^(?:author|autor(?:in)?|auteur|autore|text|текст|автор|haber|yazan|tekst|texto|testo|بقلم)\s*:\s*\S"
    r"|^بقلم\s+\S",
    re.IGNORECASE,
)


def page_authors(
    tree: LexborHTMLParser,
    metas: dict[str, str],
    ld: dict[str, Any] | None,
    anchor: LexborNode | None,
    site: str | None = None,
) -> tuple[str, ...]:
    """The people named by the page's byline, near the headline (``anchor``) first.

    A byline told by its class name, then JSON-LD authors (organisations left
    out), then meta tags, then links to author pages or a "By …" line.  The
    site's own name (``site``) is no author.
    """
    found = _authors(tree, metas, ld, anchor)
    if site and found:  # "Business Insider" on the site "Business Insider Deutschland"
        words = set(site.casefold().split())
        found = tuple(name for name in found if not set(name.casefold().split()) <= words)
    return found


def _authors(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any] | None, anchor: LexborNode | None
) -> tuple[str, ...]:
    nodes = near(anchor, _NEAR_BYLINE) or tree.css(_VISIBLE_BYLINE)[:30]
    best: list[str] = []
    best_node: LexborNode | None = None
    for node in nodes[:12]:  # the byline naming the most people, the earliest on a tie
        if (node.tag == "address" and _in_footer(node)) or among_other_texts(node, sidebar=False):
            continue
        text = _spaced_text(node)
        if 3 <= len(text) <= 120:
            found = _closer_cut(node, clean_names(text))
            # On a tie, a byline inside the one found first is the closer cut: the name without
            # the outlet, job title or date set beside it.
            if len(found) > len(best) or (found and len(found) == len(best) and _inside(node, best_node)):
                best, best_node = found, node
    if best:
        return tuple(best[:8])
    if ld and ld.get("author") is not None:
        found = clean_names([surname_last(n) for n in names(ld["author"])])
        if found:
            return tuple(found[:10])
    for key in _AUTHOR_KEYS:
        if key in metas and "://" not in metas[key]:
            found = clean_names(surname_last(metas[key]))
            if found:
                return tuple(found[:10])
    return _unmarked_byline(anchor)


def _closer_cut(node: LexborNode, found: list[str]) -> list[str]:
    """Names of a byline cut where an element of it ends.

    A name is followed by a label, role or outlet in an element of its own
    ("<span>Erik Lindqvist</span><span>Publicerad 5 mars</span>", "<span>Gareth
    Evans</span><span>NBN Wales</span>"): the element holding only the name's
    first words gives the name.
    """
    if not found or len(found) > 4:
        return found
    parts: list[str] = []
    for child in node.css("*")[:24]:
        text = _spaced_text(child)
        if 3 <= len(text) <= 60:
            parts.extend(clean_names(text))
    out = []
    for name in found:
        shorter = [p for p in parts if len(p) < len(name) and name.startswith(p + " ")]
        out.append(max(shorter, key=len) if shorter else name)
    return out


def _in_footer(node: LexborNode) -> bool:
    """Whether ``node`` sits in the page's footer."""
    parent = node.parent
    while parent is not None and parent.tag != "body":
        if parent.tag == "footer" or "footer" in (parent.attributes.get("class") or "").lower():
            return True
        parent = parent.parent
    return False


def _inside(node: LexborNode, outer: LexborNode | None) -> bool:
    """Whether ``node`` lies within ``outer`` (a few levels down at most)."""
    if outer is None:
        return False
    parent = node.parent
    for _ in range(6):
        if parent is None:
            return False
        if parent.mem_id == outer.mem_id:
            return True
        parent = parent.parent
    return False


def _spaced_text(node: LexborNode) -> str:
    """The node's text with a space between its elements' texts.

    A name and the link label ("Twitter"), job title or date set beside it in
    markup are not run together.
    """
    return " ".join(node.text(deep=True, separator=" ").split())


def _unmarked_byline(anchor: LexborNode | None) -> tuple[str, ...]:
    """Names of a byline no class name tells, near the headline: links to author pages, or "By …"."""
    linked: list[str] = []
    for link in [n for n in near(anchor, _AUTHOR_LINK)[:12] if not among_other_texts(n, sidebar=False)][:6]:
        for name in clean_names(_spaced_text(link)):
            if name not in linked:
                linked.append(name)
    if linked:
        return tuple(linked[:8])
    box = anchor
    for _ in range(5):  # the headline's surroundings, widened a level at a time
        if box is None or box.parent is None or box.tag == "body":
            break
        box = box.parent
        for node in box.css("p, div, span")[:80]:
            text = _spaced_text(node)
            if len(text) <= 80 and _BY_LINE.match(text) and not among_other_texts(node, sidebar=False):
                found = clean_names(text)
                if found:
                    return tuple(found[:8])
    return ()

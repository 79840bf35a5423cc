"""The page's title: the headline it shows, its <title>, og:title or JSON-LD headline."""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .jsonld import text_value
from .nodes import among_other_texts, node_text, norm

__all__ = ["SEPARATORS", "page_title", "strip_site_suffix"]

SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/)\s+|\s*[|｜]\s*|：(?=[^：]*$)")


def strip_site_suffix(title: str, site: str | None = None) -> str:
    """``"Headline | Site"`` -> ``"Headline"``: keep the longest segment of a separated title."""
    parts = [p.strip() for p in SEPARATORS.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title.strip()
    if site:
        key = site.casefold()
        kept = [p for p in parts if p.casefold() != key]
        if kept and len(kept) < len(parts):
            parts = kept
    return max(parts, key=len)


_SITE_ROOT = re.compile(r"(?:(?:https?:)?//[^/?#]+)?/?(?:index\.\w{2,5})?")


_WORD = re.compile(r"\w{4,}")


def _shares_a_word(heading: str, title: str, site: str | None) -> bool:
    """Whether ``heading`` has a word of four letters or more of ``title`` (its site name left out)."""
    words = set(_WORD.findall(strip_site_suffix(title, site).casefold()))
    return any(w in words for w in _WORD.findall(heading.casefold()))


def _names_site(heading: LexborNode) -> bool:
    """A heading that is one link to the site's home page: the site's name, not a headline."""
    link = heading.css_first("a")
    if link is None or node_text(link) != node_text(heading):
        return False
    return _SITE_ROOT.fullmatch((link.attributes.get("href") or "").strip()) is not None


def page_title(
    tree: LexborHTMLParser,
    raw_title: str,
    h1_nodes: list[LexborNode],
    metas: dict[str, str],
    ld: dict[str, Any] | None,
    site: str | None,
) -> tuple[str | None, list[str], LexborNode | None]:
    """The title, the page's top headings, and the heading node the title was found in (or None).

    A top heading repeating the title, og:title or JSON-LD headline comes first;
    then the one top heading on the title's subject; then, on a page without
    og:title or JSON-LD, an element whose class says headline (not one of a box
    of other stories); then the title itself, its site name taken off.  A
    heading that links to the site's home page is the site's name and is
    passed over.
    """
    og = metas.get("og:title") or metas.get("twitter:title")
    headline = text_value(ld.get("headline")) if ld else None
    site_names = {norm(node_text(n)) for n in h1_nodes[:8] if _names_site(n)}
    if norm(raw_title) in site_names:
        raw_title = ""  # the page's title is the site's name: the article's headline is elsewhere
    refs = [t for t in (og, headline, raw_title) if t]
    ref_keys = {norm(t) for t in refs} | {norm(strip_site_suffix(t, site)) for t in refs}
    h1s = [(n, node_text(n)) for n in h1_nodes[:8] if norm(node_text(n)) not in site_names]
    for node, text in h1s:
        if text and norm(text) in ref_keys:
            return text, [t for _, t in h1s if t], node
    for node, text in h1s:
        if text and any(norm(text) in k or k in norm(text) for k in ref_keys if len(k) > 10):
            return _without_kicker(node, text, refs, site), [t for _, t in h1s if t], node
    heads = [t for _, t in h1s if t]
    on_subject = [
        (node, text)
        for node, text in h1s
        if 15 <= len(text) <= 250 and any(_shares_a_word(text, t, site) for t in refs)
    ]
    if len(on_subject) == 1:
        # The one headline the page shows on the title's subject: the title and og:title may be
        # worded for search engines.
        return on_subject[0][1], heads, on_subject[0][0]
    if not og and not headline:
        for node in tree.css('[itemprop="headline"], [class*="headline"], [class*="entry-title"]')[:5]:
            text = node_text(node)
            if 15 <= len(text) <= 250 and norm(text) not in norm(raw_title) and not among_other_texts(node):
                return text, heads or [text], node
    for cand in (headline, og, raw_title):
        if cand:
            return strip_site_suffix(cand, site), heads, None
    return (heads[0] if heads else None), heads, (h1s[0][0] if h1s else None)


def _without_kicker(node: LexborNode, text: str, refs: list[str], site: str | None) -> str:
    """The headline ``text`` without a section label set before it in an element of its own.

    ``<h1><span class="kicker">Gesundheit</span> Klinikreform: …</h1>`` where og:title or
    the JSON-LD headline is "Klinikreform: …": the title is the headline the markup states.
    """
    first = next(node.iter(), None)  # the first element inside the headline
    label = norm(node_text(first)) if first is not None else ""
    if not label or label == norm(text):
        return text
    for ref in refs:
        for cand in (ref, strip_site_suffix(ref, site)):
            key = norm(cand)
            if len(key) > 10 and norm(text) == f"{label} {key}":
                return cand.strip()
    return text

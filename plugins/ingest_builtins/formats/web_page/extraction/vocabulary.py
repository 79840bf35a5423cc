"""Class/id vocabulary that marks page furniture or article content."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "BOILERPLATE",
    "COMMENT",
    "CONTENT",
    "HIDDEN",
    "classify_attrs",
    "is_hidden_class",
]

#: Flag bits returned by :func:`classify_attrs`.
BOILERPLATE = 1
COMMENT = 2
CONTENT = 4
HIDDEN = 8

# Whole tokens only: these are short enough to appear inside unrelated words
# ("ad" in "shadow" or "load", "nav" in "canvas", "tag" in "stage").
_EXACT_JUNK = frozenset(
    """
    ad ads adv advert adverts advertisement advertising advertorial banner banners
    nav navbar navigation navlinks menu menus submenu megamenu toolbar
    share shares sharing sharebar social socials sociallinks follow
    related recommended recommendations recirc recirculation trending popular mostread
    cookie cookies consent gdpr newsletter newsletters subscribe subscription signup
    breadcrumb breadcrumbs crumbs crumb tag tags tagged taglist tagcloud keywords topics
    footer foot sidebar sidebars rail aside promo promos promotion promoted sponsor
    sponsored widget widgets popup modal overlay masthead header topbar login logout
    register pagination pager paging print email mail outbrain taboola teaser teasers
    more readmore morestories next prev previous disclaimer copyright legal skip
    byline author authors dateline timestamp caption credit credits figcaption
    toc contributor bio disqus comment comments commentlist
    """.split()
)
# Prefixes for compound class names written without separators
# ("sharebuttons", "relatedposts", "commentlist", "newslettersignup").
_PREFIX_JUNK = (
    "advert", "navig", "navbar", "breadcrumb", "newsletter", "subscri", "sidebar",
    "cookie", "social", "sharing", "share", "related", "recommend", "trending",
    "footer", "promo", "sponsor", "widget", "popup", "banner", "outbrain", "taboola",
    "comment", "disqus", "masthead", "pagination", "byline", "caption",
)
_COMMENT = ("comment", "disqus", "replies", "respond", "discussion")
_NOT_COMMENT = ("commentary", "commentator")
_CONTENT = frozenset(
    """
    article articlebody article-body content entry entrycontent post postbody
    story storybody body text main blog prose richtext
    """.split()
)
_HIDDEN = frozenset(
    """
    hidden sr-only visually-hidden visuallyhidden screen-reader-text screenreader
    element-invisible is-hidden d-none hide offscreen
    """.split()
)

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def is_hidden_class(cls: str) -> bool:
    """True when one of the whole class names hides the element from readers."""
    return any(c.lower() in _HIDDEN for c in cls.split())


@lru_cache(maxsize=8192)
def classify_attrs(attrs: str) -> int:
    """Flags for an element's joined ``class``/``id``/``role`` string.

    Tokens are split on punctuation and camelCase; short keywords must match a
    whole token, longer ones may start a compound token.
    """
    if not attrs:
        return 0
    flags = 0
    tokens = _SPLIT.split(_CAMEL.sub("-", attrs).lower())
    junk = False
    content = False
    comment = False
    for tok in tokens:
        if not tok:
            continue
        if tok in _CONTENT:
            content = True
            continue
        if tok.startswith(_NOT_COMMENT):
            continue
        if tok.startswith(_COMMENT):
            comment = True
        if tok in _EXACT_JUNK or (len(tok) > 5 and tok.startswith(_PREFIX_JUNK)):
            junk = True
    if comment:
        flags |= COMMENT | BOILERPLATE
    elif junk:
        flags |= BOILERPLATE
    if content:
        flags |= CONTENT
    return flags

"""Class/id vocabulary that marks page furniture or article content."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "BOILERPLATE",
    "COMMENT",
    "CONTENT",
    "HIDDEN",
    "THREAD",
    "classify_attrs",
    "is_hidden_class",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Flag bits returned by :func:`classify_attrs`.
BOILERPLATE = 1
COMMENT = 2
CONTENT = 4
HIDDEN = 8
#: A comment thread told by its structure (reply controls), not by a class name.
THREAD = 32

# Furniture words.  A class name is furniture when its head word (the last one,
# after generic words such as "wrapper" or "list" are dropped) is one of these,
# or when it starts with one of _LEADING.  Only whole words count, so "ad" does
# not match "shadow" or "load", nor "nav" "canvas", nor "head" "masthead".
_HEAD = _words(
    """
    ad ads adv advert adverts advertisement advertising advertorial banner banners
    nav navbar navigation navlinks menu menus submenu megamenu toolbar
    share shares sharing sharebar social socials follow
    related recommended recommendations recirc recirculation trending popular mostread
    cookie cookies consent gdpr newsletter newsletters subscribe subscription signup
    breadcrumb breadcrumbs crumbs crumb tag tags taglist tagcloud keywords topics
    footer sidebar sidebars rail aside promo promos promotion promoted sponsor
    sponsored widget widgets popup modal overlay masthead header topbar login
    pagination pager paging print email outbrain taboola teaser teasers
    morestories next prev copyright skip
    byline author authors bio caption credit credits figcaption contributor
    comment comments commentlist disqus
    cmp iubenda onetrust cookiebot didomi usercentrics gdpr dsgvo
    firma autor autore auteur
    """
)
_LEADING = _words(
    """
    ad ads advert advertisement nav navbar navigation menu share sharing social
    related recommended trending popular cookie cookies consent newsletter subscribe
    breadcrumb breadcrumbs tags footer sidebar promo sponsor sponsored widget popup
    modal masthead header login pagination print email outbrain taboola skip next
    byline author bio caption credit comment comments disqus
    cmp iubenda onetrust cookiebot cybotcookiebotdialog didomi usercentrics gdpr dsgvo privacy
    firma autor autore auteur
    """
)
# Words that say nothing about the role ("share-buttons-wrapper" is "share").
_GENERIC = _words(
    """
    wrap wrapper wrp container cont inner outer box area block holder module list
    links link bar buttons button btns btn items item col column region zone panel
    section group icons icon tools full top bottom left right primary secondary
    desktop mobile xs sm md lg xl small large first last title label text heading
    """
)
# Layout switches on wrappers ("has-sidebar", "no-ads", "with-comments").
_NEGATING = _words("has no with without is not show hide enable disable")
# Embedded posts (tweets, videos) inside an article are part of it: in a name that says
# "embed", the social-network words do not make it furniture ("social-media-embed").
_EMBED = _words("embed embedded tweet")
_SOCIAL = _words("social socials share shares sharing follow twitter facebook instagram")
_COMMENT = _words("comment comments commentlist disqus replies respond discussion")
_CONTENT = _words(
    """
    article articlebody content entry entrycontent post postbody story storybody
    body text main blog prose richtext hentry
    """
)
# Compound names written without separators ("sharebuttons", "postcomments").
_COMPOUND_START = (
    "advert",
    "navig",
    "navbar",
    "breadcrumb",
    "newsletter",
    "subscri",
    "sidebar",
    "cookie",
    "social",
    "sharing",
    "share",
    "related",
    "recommend",
    "trending",
    "footer",
    "promo",
    "sponsor",
    "widget",
    "popup",
    "outbrain",
    "taboola",
    "comment",
    "disqus",
    "masthead",
    "pagination",
    "byline",
)
_COMPOUND_END = (
    "footer",
    "sidebar",
    "menu",
    "comments",
    "share",
    "social",
    "navigation",
    "breadcrumbs",
    "newsletter",
    "banner",
    "widget",
    "sharing",
    "tags",
)
_HIDDEN = _words(
    """
    hidden sr-only visually-hidden visuallyhidden screen-reader-text screenreader
    element-invisible is-hidden d-none hide offscreen
    """
)

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def is_hidden_class(cls: str) -> bool:
    """True when one of the whole class names hides the element from readers."""
    return any(c.lower() in _HIDDEN for c in cls.split())


def _name_flags(name: str) -> int:
    words = [w for w in _SPLIT.split(_CAMEL.sub("-", name).lower()) if w and not w.isdigit()]
    if not words or words[0] in _NEGATING:
        return 0
    if any(w in _EMBED for w in words):
        words = [w for w in words if w not in _SOCIAL]
    flags = 0
    if any(w in _CONTENT for w in words):
        flags |= CONTENT
    if any(w in _COMMENT for w in words) and not any(w.startswith("commentar") for w in words):
        return flags | COMMENT | BOILERPLATE
    core = [w for w in words if w not in _GENERIC] or words
    head, lead = core[-1], core[0]
    if head in _HEAD or lead in _LEADING:
        return flags | BOILERPLATE
    if (
        len(core) == 1
        and len(head) > 6
        and (head.startswith(_COMPOUND_START) or head.endswith(_COMPOUND_END))
    ):
        if head.startswith(("comment", "disqus")) and not head.startswith("commentar"):
            return flags | COMMENT | BOILERPLATE
        return flags | BOILERPLATE
    return flags


@lru_cache(maxsize=16384)
def classify_attrs(attrs: str) -> int:
    """Flags for an element's class names and id, joined by spaces.

    Each class name is judged by itself; the element gets the union of the
    flags of its names.
    """
    flags = 0
    for name in attrs.split():
        flags |= _name_flags(name)
    return flags

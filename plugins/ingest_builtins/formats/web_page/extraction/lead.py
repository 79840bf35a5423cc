"""The standfirst: a lead paragraph set just before the article's body container."""

from __future__ import annotations

import re

from .dom import Page
from .structure import Children
from .text import is_meta_line, looks_like_sentence
from .vocabulary import BOILERPLATE

__all__ = ["lead_before", "lead_within"]

#: How far back (in sibling elements) the lead paragraph is looked for.
_REACH = 4

#: Class-name words that name a standfirst (English, German, French, Spanish, Italian, Nordic).
_LEAD_NAMES = """
    lead leadtext leadin lede standfirst summary teaser subtitle subtitel subheadline subhead
    subline dek deck intro introduction chapo chapeau excerpt abstract strapline vorspann
    anriss kurztext einleitung sottotitolo sommario entradilla bajada sumario subtitulo
    ingress ingres ingressi
    """
_LEAD_WORDS = frozenset(_LEAD_NAMES.split())
_NAME_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
#: Tags a named standfirst without a final stop is taken in.  A dek set as a heading or a
#: ``<div>`` ("h2.subtitle", "div.standfirst") is left out: the benchmarks' gold leaves those
#: out on real pages, while a paragraph is the body's own shape.
_LEAD_TAGS = frozenset(("p",))


def _named_lead(page: Page, element: int) -> bool:
    """Whether a class name of ``element`` names a standfirst ("article-teaser", "ContentHeaderDek")."""
    cls = page.classes[element]
    if not cls:
        return False
    words = _NAME_SPLIT.split(_CAMEL.sub("-", cls).lower())
    return any(w in _LEAD_WORDS for w in words)


def _lead_shaped(page: Page, element: int, blocks: list[int], headline: int) -> bool:
    """One or two lines of prose after the headline, named a standfirst or shaped as one.

    A paragraph of running prose is a lead wherever it stands; a shorter one (a dek
    without a final stop) only when its class names a standfirst ("article-subtitle",
    "summary-art", "teaser").  Bylines, date lines, labels and link lists never are.
    """
    if not blocks or blocks[0] <= headline or len(blocks) > 2:
        return False
    tag = page.tags[element]
    chars = sum(page.blocks[k].chars for k in blocks)
    links = sum(page.blocks[k].link_chars for k in blocks)
    if links > 0.2 * chars:
        return False
    text = " ".join(page.blocks[k].text for k in blocks)
    if len(blocks) == 1 and tag == "p" and looks_like_sentence(text):
        return True
    if is_meta_line(text, 120) or len(text) > 600 or len(text.split()) < 5:
        return False
    return tag in _LEAD_TAGS and _named_lead(page, element)


def _clean_blocks(page: Page, element: int, junk: list[int]) -> list[int]:
    return [
        k
        for k in range(page.block_start[element], page.block_end[element])
        if junk[page.blocks[k].owner] <= element
    ]


def lead_before(page: Page, kids: Children, first: int, junk: list[int], headline: int) -> int | None:
    """The paragraph before ``first`` (the body's first element) that opens the story, or None.

    Pages set the standfirst apart from the body container, as its sibling or as a
    sibling of one of its ancestors, often with a picture, a caption or an advertisement
    between them.  Going back from the body, up through the ancestors that open with
    it, siblings holding no text of their own (furniture only) are stepped over; the
    first one holding text is the lead when it is one paragraph of running prose,
    with few links, after the ``headline`` block.  Anything else (a byline, a heading,
    a list) ends the search.
    """
    if headline < 0:
        return None
    parents = page.parents
    element = first
    for _ in range(3):  # up through ancestors whose first text the body is
        parent = parents[element]
        if parent <= 0:
            return None
        group = kids[parent]
        at = group.index(element)
        for sibling in reversed(group[max(0, at - _REACH) : at]):
            if junk[sibling] == sibling:  # furniture, or the header box holding the headline
                boxed = range(page.block_start[sibling], page.block_end[sibling])
                if len(boxed) > 1 and boxed[0] <= headline < boxed[-1]:
                    return _lead_in_header(page, sibling, list(boxed), headline)
                if _named_lead(page, sibling) and _lead_shaped(page, sibling, list(boxed), headline):
                    return sibling  # a standfirst whose name reads as furniture ("teaser")
                continue
            blocks = _clean_blocks(page, sibling, junk)
            if not blocks:
                continue
            if blocks[0] <= headline < blocks[-1]:  # the article's header box: the lead in it
                return _lead_in_header(page, sibling, blocks, headline)
            if _lead_shaped(page, sibling, blocks, headline):
                return sibling
            if _meta_lines(page, blocks) and blocks[0] > headline:
                continue  # a byline or date line between the lead and the body
            return None
        if at > 0 and any(_clean_blocks(page, s, junk) for s in group[:at] if junk[s] != s):
            return None
        element = parent
    return None


def lead_within(page: Page, element: int, junk: list[int], headline: int) -> int | None:
    """A standfirst inside ``element``, under its headline, whose class name reads as furniture, or None.

    A "teaser" or "summary" box right under the headline is a lead, not a teaser list,
    when it is shaped as one (:func:`_lead_shaped`): the region's text leaves furniture
    out, so it is taken apart.  Only short lines (a kicker, a byline) may come between.
    """
    if headline < 0 or not page.block_start[element] <= headline < page.block_end[element]:
        return None
    for k in range(headline + 1, page.block_end[element]):
        b = page.blocks[k]
        box = junk[b.owner]
        if box > element:
            if _named_lead(page, box):
                boxed = list(range(page.block_start[box], page.block_end[box]))
                return box if _lead_shaped(page, box, boxed, headline) else None
            continue
        if b.chars > _SHORT_LINE:
            return None
    return None


#: Longest line passed over between the headline and the lead in a header box (a byline, a date).
_SHORT_LINE = 100


def _lead_in_header(page: Page, box: int, blocks: list[int], headline: int) -> int | None:
    """The paragraph of running prose after the headline in the article's header ``box``, or None.

    Headers hold the headline, a kicker, the standfirst, a picture with its caption
    and the byline and date lines in any order: furniture inside the box and short
    lines are passed over; anything else ends the search.
    """
    for k in blocks:
        if k <= headline:
            continue
        b = page.blocks[k]
        owner = b.owner
        if _furniture_inside(page, page.parents[owner] if _named_lead(page, owner) else owner, box):
            continue
        if _lead_shaped(page, owner, list(range(page.block_start[owner], page.block_end[owner])), headline):
            return owner
        if b.chars > _SHORT_LINE:
            return None
    return None


def _meta_lines(page: Page, blocks: list[int]) -> bool:
    """Whether ``blocks`` are a few short lines of byline, date or label, no prose."""
    return len(blocks) <= 4 and all(
        page.blocks[k].chars <= _SHORT_LINE and not looks_like_sentence(page.blocks[k].text) for k in blocks
    )


def _furniture_inside(page: Page, element: int, box: int) -> bool:
    """Whether ``element`` lies in a picture, caption or other furniture inside ``box``."""
    while element > box:
        if page.flags[element] & BOILERPLATE or page.tags[element] in ("figure", "figcaption"):
            return True
        element = page.parents[element]
    return False

"""The standfirst: a lead paragraph set just before the article's body container."""

from __future__ import annotations

from .dom import Page
from .structure import Children
from .text import looks_like_sentence
from .vocabulary import BOILERPLATE

__all__ = ["lead_before"]

#: How far back (in sibling elements) the lead paragraph is looked for.
_REACH = 4


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
                continue
            blocks = _clean_blocks(page, sibling, junk)
            if not blocks:
                continue
            if len(blocks) != 1 or page.tags[sibling] != "p":
                if blocks[0] <= headline < blocks[-1]:  # the article's header box: the lead in it
                    return _lead_in_header(page, sibling, blocks, headline)
                return None
            b = page.blocks[blocks[0]]
            if blocks[0] <= headline or b.link_chars > 0.2 * b.chars or not looks_like_sentence(b.text):
                return None
            return sibling
        if at > 0 and any(_clean_blocks(page, s, junk) for s in group[:at] if junk[s] != s):
            return None
        element = parent
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
        if _furniture_inside(page, b.owner, box):
            continue
        if page.tags[b.owner] == "p" and b.link_chars <= 0.2 * b.chars and looks_like_sentence(b.text):
            return b.owner
        if b.chars > _SHORT_LINE:
            return None
    return None


def _furniture_inside(page: Page, element: int, box: int) -> bool:
    """Whether ``element`` lies in a picture, caption or other furniture inside ``box``."""
    while element > box:
        if page.flags[element] & BOILERPLATE or page.tags[element] in ("figure", "figcaption"):
            return True
        element = page.parents[element]
    return False

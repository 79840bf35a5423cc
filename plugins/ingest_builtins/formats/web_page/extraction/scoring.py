"""Choose the element that holds the article: block values summed up the tree."""

from __future__ import annotations

import attrs

from .dom import ARTICLE_BODY, Block, Page
from .vocabulary import BOILERPLATE, COMMENT, CONTENT

__all__ = ["Choice", "Params", "choose_region", "junk_ancestors"]


@attrs.frozen
class Params:
    """Tunable weights of the region scorer (chosen by cross-validation)."""

    link_density_max: float = 0.5
    link_weight: float = 2.0
    junk_weight: float = 0.3
    short_chars: int = 30
    short_value: float = 0.0
    content_bonus: float = 0.0
    dominance: float = 0.6


@attrs.frozen
class Choice:
    """The winning element, its score and the share of the page's prose it holds."""

    element: int
    score: float
    share: float


def block_value(b: Block, p: Params) -> float:
    """Evidence that one block is article prose (positive) or furniture (negative)."""
    n = b.chars
    if n == 0:
        return 0.0
    link = b.link_chars
    if link > p.link_density_max * n:
        return -float(n)
    if n < p.short_chars:
        return p.short_value
    return n - p.link_weight * link


def junk_ancestors(page: Page) -> list[int]:
    """For each element, the nearest ancestor-or-self flagged as furniture, or -1."""
    out = [-1] * len(page.tags)
    parents, flags = page.parents, page.flags
    for i in range(len(out)):
        if flags[i] & BOILERPLATE:
            out[i] = i
        elif i:
            out[i] = out[parents[i]]
    return out


def choose_region(page: Page, p: Params) -> tuple[Choice | None, list[float]]:
    """Best element by summed block value, furniture subtrees counted against it."""
    n_el = len(page.tags)
    if not page.blocks:
        return None, []
    values = [block_value(b, p) for b in page.blocks]
    own = [0.0] * n_el
    size = [0] * n_el
    for b, v in zip(page.blocks, values):
        own[b.owner] += v
        size[b.owner] += b.chars
    total_prose = sum(v for v in values if v > 0) or 1.0
    score = own[:]
    prose = [max(v, 0.0) for v in own]
    prose = [0.0] * n_el
    for b, v in zip(page.blocks, values):
        if v > 0:
            prose[b.owner] += v
    parents, flags = page.parents, page.flags
    best, best_score = -1, float("-inf")
    for i in range(n_el - 1, -1, -1):
        s = score[i]
        f = flags[i]
        junk = bool(f & BOILERPLATE)
        if junk and not f & COMMENT and prose[i] > p.dominance * total_prose:
            junk = False
        if f & (CONTENT | ARTICLE_BODY) and not junk:
            s += p.content_bonus * prose[i]
        if not junk and s > best_score:
            best, best_score = i, s
        if i:
            par = parents[i]
            score[par] += -p.junk_weight * size[i] if junk else score[i]
            prose[par] += prose[i]
            size[par] += size[i]
    if best < 0:
        return None, values
    return Choice(best, best_score, prose[best] / total_prose), values

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
    link_weight: float = 0.5
    junk_weight: float = 1.0
    short_chars: int = 30
    short_value: float = 0.0
    content_bonus: float = 0.0
    dominance: float = 0.6
    inside_junk_factor: float = 0.25
    prose_start: float = 60.0
    meta_line_chars: int = 90


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
    if n < p.short_chars and link < n:
        return p.short_value
    return n - (1.0 + p.link_weight) * link


def junk_ancestors(page: Page, junk: list[bool]) -> list[int]:
    """For each element, the nearest ancestor-or-self that is furniture, or -1."""
    out = [-1] * len(page.tags)
    parents = page.parents
    for i in range(len(out)):
        if junk[i]:
            out[i] = i
        elif i:
            out[i] = out[parents[i]]
    return out


def furniture(page: Page, prose: list[float], p: Params) -> list[bool]:
    """Which elements count as furniture: flagged, unless they hold most of the prose.

    A comment section stays furniture however long it is.
    """
    flags = page.flags
    total = prose[0] or 1.0
    limit = p.dominance * total
    return [
        bool(f & BOILERPLATE) and (bool(f & COMMENT) or prose[i] <= limit)
        for i, f in enumerate(flags)
    ]


def choose_region(page: Page, p: Params) -> tuple[Choice | None, list[float], list[bool]]:
    """Best element by summed block value, furniture subtrees counted against it.

    Returns the choice, the value of every block and the furniture mask.
    """
    n_el = len(page.tags)
    if not page.blocks:
        return None, [], []
    values = [block_value(b, p) for b in page.blocks]
    score = [0.0] * n_el
    size = [0] * n_el
    prose = [0.0] * n_el
    for b, v in zip(page.blocks, values):
        o = b.owner
        score[o] += v
        size[o] += b.chars
        if v > 0:
            prose[o] += v
    parents, flags = page.parents, page.flags
    for i in range(n_el - 1, 0, -1):
        par = parents[i]
        prose[par] += prose[i]
        size[par] += size[i]
    total_prose = prose[0] or 1.0
    junk = furniture(page, prose, p)
    for i in range(n_el - 1, 0, -1):
        score[parents[i]] += -p.junk_weight * size[i] if junk[i] else score[i]
    inside = [False] * n_el
    best, best_score = -1, float("-inf")
    for i in range(n_el):
        if i:
            par = parents[i]
            inside[i] = inside[par] or junk[par]
        s = score[i]
        if flags[i] & (CONTENT | ARTICLE_BODY):
            s += p.content_bonus * prose[i]
        if junk[i] or inside[i]:
            s *= p.inside_junk_factor
        if s > best_score:
            best, best_score = i, s
    if best < 0:
        return None, values, junk
    return Choice(best, best_score, prose[best] / total_prose), values, junk

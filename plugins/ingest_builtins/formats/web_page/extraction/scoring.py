"""Choose the element that holds the article: block values summed up the tree."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import attrs

from .dom import ARTICLE_BODY, Block, Page
from .vocabulary import BOILERPLATE, COMMENT, CONTENT

__all__ = ["Choice", "Params", "choose_region", "junk_ancestors", "near_headline"]


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
    headline_gap: float = 400.0
    far_factor: float = 0.5
    jsonld_fallback_chars: int = 500
    meta_line_chars: int = 90
    #: Comment threads told by their structure (repeated siblings with reply controls).
    comment_structure: bool = True
    #: Keep only the story holding the headline when the region holds separate stories.
    story_split: bool = True
    story_min: float = 200.0
    #: Add sibling containers that continue the region's prose (an article split in parts).
    merge_siblings: bool = True
    merge_min_chars: int = 70
    #: Below this many characters of text, prose found in the page's script state is used instead.
    script_state_chars: int = 500
    #: A flagged box by the headline holding a block of prose this long is no furniture (0: off).
    long_prose_chars: float = 800.0
    #: Take a lead paragraph set just before the body container (a standfirst).
    standfirst: bool = True
    #: Leave out a pull quote: one short line boxed alone between two paragraphs.
    pull_quotes: bool = True
    #: Cut the text at a teaser-list label or closing notice in its second half.
    closing_furniture: bool = True
    #: A closing run of this many short lines that are not sentences is dropped (0: kept).
    tail_run: int = 3
    #: Below this many characters of text, taken far from the headline, the page is scored again
    #: with only structurally told comment threads as furniture (the class/id vocabulary may have erred).
    confidence_chars: int = 500


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
    for i, is_junk in enumerate(junk):
        if is_junk:
            out[i] = i
        elif i:
            out[i] = out[parents[i]]
    return out


def _holds(page: Page, element: int, block: int) -> bool:
    """Whether ``element`` holds the block (any element holds a missing one, -1)."""
    return block < 0 or page.block_start[element] <= block < page.block_end[element]


def furniture(
    page: Page,
    prose: list[float],
    p: Params,
    mask: int = BOILERPLATE,
    headline: int = -1,
    long_by_headline: list[bool] | None = None,
) -> tuple[list[bool], list[int]]:
    """Which elements count as furniture: flagged (``mask``), unless they hold most of the prose.

    A comment section stays furniture however long it is, and so does furniture
    that does not hold the ``headline`` block (when there is one): a site's footer
    can outweigh a short article without being one.  A box by the headline that holds
    a long block of prose (``long_by_headline``) is no furniture, whatever its class
    names say: captions and teasers are short.  Also gives, for every element, the
    furniture it lies in (as :func:`junk_ancestors` does).
    """
    limit = p.dominance * (prose[0] or 1.0)
    parents = page.parents
    junk = [False] * len(prose)
    inside = [-1] * len(prose)
    for i, f in enumerate(page.flags):
        long_prose = long_by_headline is not None and long_by_headline[i]
        dominant = prose[i] > limit and _holds(page, i, headline)
        if f & mask and (f & COMMENT or not (long_prose or dominant)):
            junk[i] = True
            inside[i] = i
        elif i:
            inside[i] = inside[parents[i]]
    return junk, inside


_HEADINGS = frozenset(("h1", "h2", "h3", "h4"))
_CONTENT = CONTENT | ARTICLE_BODY


def near_headline(
    page: Page, values: list[float], headline: int, p: Params, junk: list[bool] | None = None
) -> list[bool]:
    """Which elements hold the headline block or start soon after it (little prose between).

    Prose inside furniture (``junk``: a caption, a box of links) does not count as distance.
    """
    return _near_headline(page, values, headline, p, junk_ancestors(page, junk) if junk else None)


def _near_headline(
    page: Page, values: list[float], headline: int, p: Params, inside: list[int] | None
) -> list[bool]:
    """:func:`near_headline` with the furniture given by :func:`junk_ancestors` (or None).

    The elements are in document order, so their first blocks never go back: those
    starting up to the headline block come first (near when they hold it), then those
    after it, near while the prose counted since the headline is within the gap.
    """
    cum = [0.0]
    total = 0.0
    for b, v in zip(page.blocks, values, strict=True):
        if v > 0 and (inside is None or inside[b.owner] < 0):
            total += v
        cum.append(total)
    starts, start = page.block_start, cum[headline + 1]
    after = bisect_right(starts, headline)
    first_far = bisect_right(cum, p.headline_gap, lo=headline + 1, key=lambda c: c - start)
    far = bisect_left(starts, first_far, lo=after)
    near = [headline < be for be in page.block_end[:after]]
    return near + [True] * (far - after) + [False] * (len(starts) - far)


def choose_region(
    page: Page, p: Params, headline: int = -1, mask: int = BOILERPLATE
) -> tuple[Choice | None, list[float], list[int]]:
    """Best element by summed block value, furniture subtrees counted against it.

    ``headline`` is the index of the block holding the page's headline (or -1);
    elements far from it are discounted, so that a longer neighbouring story
    does not win over a short article.  ``mask`` selects the flags that make
    furniture.  Returns the choice, the value of every block and, for every element, the
    furniture it lies in (:func:`junk_ancestors`).
    """
    n_el = len(page.tags)
    if not page.blocks:
        return None, [], []
    values = [block_value(b, p) for b in page.blocks]
    score = [0.0] * n_el
    size = [0] * n_el
    prose = [0.0] * n_el
    longest = [0.0] * n_el
    for b, v in zip(page.blocks, values, strict=True):
        o = b.owner
        score[o] += v
        size[o] += b.chars
        if v > 0:
            prose[o] += v
            longest[o] = max(longest[o], v)
    parents, flags = page.parents, page.flags
    penalty = -p.junk_weight
    # An element without text adds nothing (its prose and score are +0.0), so it is passed over.
    for i in range(n_el - 1, 0, -1):
        if size[i]:
            par = parents[i]
            prose[par] += prose[i]
            size[par] += size[i]
            longest[par] = max(longest[par], longest[i])
    total_prose = prose[0] or 1.0
    long_by_headline = None
    if headline >= 0 and p.long_prose_chars > 0:
        near_any = _near_headline(page, values, headline, p, None)
        long_by_headline = [n and lg >= p.long_prose_chars for n, lg in zip(near_any, longest, strict=True)]
    junk, inside = furniture(
        page, prose, p, mask, headline, long_by_headline
    )  # inside: furniture or in it when >= 0
    for i in range(n_el - 1, 0, -1):
        if size[i]:
            score[parents[i]] += penalty * size[i] if junk[i] else score[i]
    near = _near_headline(page, values, headline, p, inside if junk else None) if headline >= 0 else None
    bonus, junk_factor, far_factor = p.content_bonus, p.inside_junk_factor, p.far_factor
    best, best_score = -1, float("-inf")
    for i, s in enumerate(score):
        if flags[i] & _CONTENT:
            s += bonus * prose[i]
        box = inside[i]
        if box >= 0 and not (
            flags[box] & (CONTENT | COMMENT) == CONTENT and headline >= 0 and _holds(page, box, headline)
        ):
            s *= junk_factor
        if near is not None and not near[i]:
            s *= far_factor
        if s > best_score:
            best, best_score = i, s
    if best < 0:
        return None, values, inside
    return Choice(best, best_score, prose[best] / total_prose), values, inside

"""Page structure around the chosen region: comment threads, separate stories, split containers."""

from __future__ import annotations

import re

from .dom import Page
from .text import is_meta_line, looks_like_sentence
from .vocabulary import BOILERPLATE, COMMENT, THREAD

__all__ = [
    "Children",
    "Region",
    "children",
    "headline_story",
    "mark_comment_threads",
    "merge_siblings",
    "restrict_to_story",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words of a comment's reply control, in the languages seen most on the web.
_REPLY = _words(
    """
    reply replies antworten antwort répondre repondre responder responda rispondi risposta
    beantwoorden reageer reageren svara svar odpowiedz odpowiedź ответить відповісти balas
    yanıtla cevapla 답글 답장 返信 回复 回覆 回應
    """
)
#: "Jane says:" / "Jean a dit :" — the name line of a threaded comment.
_SAYS = re.compile(
    r"\b(?:says|said|wrote|writes|dice|dijo|escribió|disse|escreveu|schreibt|schrieb|dit|a écrit"
    r"|scrive|ha scritto|schreef|пишет|написал)\s*:\s*$",
    re.IGNORECASE,
)
#: Prose the headline's own story needs (one sentence or so) to be kept apart.
_OWN_MIN = 80.0
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
_ALL_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


class Region:
    """Per-element prose of the page (headings left out) without the furniture nested in a region."""

    __slots__ = ("cum", "page")

    def __init__(self, page: Page, values: list[float], junk: list[int], element: int) -> None:
        self.page = page
        cum = [0.0]
        blocks = page.blocks
        for k, v in enumerate(values):
            clean = v > 0 and junk[blocks[k].owner] <= element and blocks[k].tag not in _ALL_HEADINGS
            cum.append(cum[-1] + (v if clean else 0.0))
        self.cum = cum

    def prose(self, element: int) -> float:
        """Summed positive block value of ``element`` outside nested furniture."""
        return self.cum[self.page.block_end[element]] - self.cum[self.page.block_start[element]]


#: The child elements of each element, in document order, indexed by element.
Children = list[list[int]]


def children(page: Page) -> Children:
    """The child elements of every element, in document order."""
    kids: Children = [[] for _ in page.parents]
    for element, parent in enumerate(page.parents):
        if parent >= 0:
            kids[parent].append(element)
    return kids


def _is_marker(text: str) -> bool:
    if text[-1] == ":":
        return _SAYS.search(text) is not None
    if len(text) <= 40:
        word = text.casefold().strip(" \t.:!?()[]|·•↓→-–—0123456789")
        return word in _REPLY or word.split(" ", 1)[0] in _REPLY
    return False


def mark_comment_threads(page: Page, kids: Children, min_items: int = 3) -> int:
    """Flag as comments the repeated siblings that each carry a reply control or a "says:" line.

    Sibling elements of the same tag and class form a group; when at least
    ``min_items`` of a group, and half of it, hold such a marker, each of
    those is furniture of the comment kind.  Returns how many were flagged.
    """
    marked = [0] * len(page.tags)
    parents = page.parents
    for b in page.blocks:
        if b.chars <= 80 and (b.chars <= 40 or b.text[-1] == ":") and _is_marker(b.text):
            e = b.owner
            while e > 0 and not marked[e]:  # the ancestors of a marked element are marked
                marked[e] = 1
                e = parents[e]
    if not any(marked):
        return 0
    count = 0
    tags, classes, flags = page.tags, page.classes, page.flags
    for parent, group in enumerate(kids):
        if len(group) < min_items or not marked[parent]:
            continue
        by_kind: dict[tuple[str, str], list[int]] = {}
        for c in group:
            by_kind.setdefault((tags[c], classes[c]), []).append(c)
        for members in by_kind.values():
            hits = [c for c in members if marked[c]]
            if len(hits) >= min_items and 2 * len(hits) >= len(members):
                for c in hits:
                    if not flags[c] & THREAD:
                        flags[c] |= COMMENT | BOILERPLATE | THREAD
                        count += 1
    return count


def _in_article(page: Page, owner: int, element: int) -> bool:
    """Whether an ``<article>`` lies between ``owner`` and ``element`` (both included)."""
    tags, parents = page.tags, page.parents
    e = owner
    while e >= element:
        if tags[e] == "article":
            return True
        e = parents[e]
    return False


def _separate_story(
    page: Page, element: int, junk: list[int], level: int, headline: str = "", limit: int = 4
) -> int:
    """How clearly ``element`` opens as another story does: 0 not, 1 weakly, 2 clearly.

    The headings before its first paragraph of prose (among its first
    ``limit`` text blocks) are looked at.  Clearly: a linked heading, a heading
    followed by its own date or byline, or a heading inside an ``<article>``.
    Weakly: a heading as high as the headline's (a sub-head of the same level
    is also that).  A heading repeating the ``headline`` is the same story.
    """
    seen = 0
    evidence = 0
    pending: int | None = None  # level of a heading whose next block is looked at for a date
    for k in range(page.block_start[element], page.block_end[element]):
        b = page.blocks[k]
        if pending is not None and is_meta_line(b.text, 90):
            return 2  # a byline or date under the heading, even one the vocabulary calls furniture
        if junk[b.owner] > element:
            continue
        pending = None
        head_level = _HEADINGS.get(b.tag)
        if head_level is None:
            if b.chars >= 80:
                break  # prose before any heading: the element does not open as a story
        elif headline and b.text == headline:
            return 0
        elif b.link_chars >= 0.8 * b.chars or _in_article(page, b.owner, element):
            return 2
        else:
            if head_level <= level:
                evidence = 1
            pending = head_level
        seen += 1
        if seen >= limit:
            break
    return evidence


def restrict_to_story(
    page: Page,
    kids: Children,
    region: int,
    headline: int,
    values: list[float],
    junk: list[int],
    story_min: float,
) -> list[int]:
    """The story holding the headline, when the region also holds other, separate stories.

    Going down from ``region`` towards the headline, at the first level where a
    sibling of the headline's container is a separate story of ``story_min``
    prose or more, the story is the headline's container and the siblings after
    it up to the next separate story.  A sibling that clearly opens another
    story is enough when the story holds a paragraph (``_OWN_MIN``): a short
    article beside a longer one keeps to itself.  A sibling that only opens
    with a heading as high as the headline (a sub-head can) counts when the
    headline's container alone holds ``story_min`` of prose.  A separate story
    followed by loose paragraphs, or by a part of the same tag and class as one
    already taken, is an insert in the body: it is left out and the body goes on.
    Returns the elements of the story, or ``[region]``.
    """
    blocks = page.blocks
    if headline < 0:  # no title match: the first top-level heading inside the region
        headline = next(
            (
                k
                for k in range(page.block_start[region], page.block_end[region])
                if blocks[k].tag == "h1" and junk[blocks[k].owner] <= region
            ),
            -1,
        )
    if not page.block_start[region] <= headline < page.block_end[region]:
        return [region]
    level = _HEADINGS.get(blocks[headline].tag, 1)
    same = blocks[headline].text
    path = []
    e = blocks[headline].owner
    while e > region:
        path.append(e)
        e = page.parents[e]
    if e != region:
        return [region]
    prose = Region(page, values, junk, region)
    parent = region
    for child in reversed(path):
        siblings = kids[parent]
        at = siblings.index(child)
        whole = prose.prose(child) >= story_min

        def separate(other: int, whole: bool = whole) -> bool:
            if junk[other] > region or prose.prose(other) < story_min:
                return False
            evidence = _separate_story(page, other, junk, level, same)
            return evidence == 2 or (evidence == 1 and whole)

        story = [child]
        cut = any(separate(o) for o in siblings[:at])
        j = at + 1
        while j < len(siblings):
            other = siblings[j]
            j += 1
            if junk[other] > region:
                continue
            if not separate(other):
                story.append(other)
                continue
            cut = True
            # An insert in the body: leave it out and go on when loose paragraphs of the body,
            # or another part of the same kind as one already taken, follow it.
            after = next((o for o in siblings[j:] if junk[o] <= region), -1)
            kinds = {(page.tags[c], page.classes[c]) for c in story if page.classes[c]}
            loose = after >= 0 and page.tags[after] == "p"
            if not loose and (after < 0 or (page.tags[after], page.classes[after]) not in kinds):
                break
        if cut:
            return story if sum(prose.prose(c) for c in story) >= _OWN_MIN else [region]
        parent = child
    return [region]


def headline_story(
    page: Page,
    kids: Children,
    region: int,
    headline: int,
    values: list[float],
    junk: list[int],
    story_min: float,
) -> list[int] | None:
    """The headline's story when ``region`` lies outside it, in a separate story (a longer neighbour).

    ``region`` does not hold the headline.  Where the two meet, the branch
    holding ``region`` has to open as another story does; then the story
    holding the headline is taken from there, if it is one and leaves
    ``region`` out.  None otherwise (the region is kept).
    """
    blocks, parents = page.blocks, page.parents
    if headline < 0 or page.block_start[region] <= headline < page.block_end[region]:
        return None
    ancestors = set()
    e = blocks[headline].owner
    while e >= 0:
        ancestors.add(e)
        e = parents[e]
    branch = region
    while parents[branch] >= 0 and parents[branch] not in ancestors:
        branch = parents[branch]
    top = parents[branch]
    if top < 0 or junk[branch] > top:
        return None
    level = _HEADINGS.get(blocks[headline].tag, 1)
    if not _separate_story(page, branch, junk, level, blocks[headline].text):
        return None
    story = restrict_to_story(page, kids, top, headline, values, junk, story_min)
    if story == [top] or any(
        page.block_start[e] <= page.block_start[region] < page.block_end[e] for e in story
    ):
        return None
    return story


def _chars(page: Page, element: int, junk: list[int]) -> int:
    return sum(
        page.blocks[k].chars
        for k in range(page.block_start[element], page.block_end[element])
        if junk[page.blocks[k].owner] <= element
    )


def _prose_dense(page: Page, element: int, junk: list[int], min_chars: int) -> bool:
    chars = links = sentences = 0
    for k in range(page.block_start[element], page.block_end[element]):
        b = page.blocks[k]
        if junk[b.owner] > element:
            continue
        chars += b.chars
        links += b.link_chars
        if looks_like_sentence(b.text):
            sentences += b.chars
    return chars >= min_chars and links <= 0.15 * chars and sentences >= 0.6 * chars


def merge_siblings(
    page: Page,
    kids: Children,
    region: int,
    junk: list[int],
    headline: int,
    min_chars: int,
) -> list[int]:
    """The region with the sibling containers that continue its prose (an article split in parts).

    A sibling is a part when it has the region's tag and class, reads as
    running prose (``min_chars`` or more) and does not open another story;
    furniture and near-empty siblings between the parts are stepped over.  A
    container of another kind ends the search on that side: after the body it
    is an author's note or a box, before it a standfirst (neither is a part).
    """
    parent = page.parents[region] if region > 0 else -1
    kind = (page.tags[region], page.classes[region])
    if parent < 0 or not kind[1]:
        return [region]
    group = kids[parent]
    at = group.index(region)
    level = _HEADINGS.get(page.blocks[headline].tag, 1) if headline >= 0 else 1
    same_story = page.blocks[headline].text if headline >= 0 else ""
    out = [region]
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(group):
            s = group[i]
            i += step
            if junk[s] == s or _chars(page, s, junk) < 40:
                continue
            if (page.tags[s], page.classes[s]) != kind:
                break
            if step < 0 and headline >= 0 and page.block_end[s] <= headline:
                break  # nothing before the headline
            if _separate_story(page, s, junk, level, same_story) == 2:
                break
            if not _prose_dense(page, s, junk, min_chars):
                break
            out.append(s)
    return sorted(out)

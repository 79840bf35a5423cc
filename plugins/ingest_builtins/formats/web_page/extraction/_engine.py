"""The extraction pipeline: parse, walk, score, assemble, attach metadata."""

from __future__ import annotations

from collections.abc import Callable

import attrs
from selectolax.lexbor import LexborHTMLParser

from .closing import cut_closing_furniture, drop_teaser_boxes
from .dom import Page, walk
from .lead import lead_before, lead_within
from .metadata import Metadata, extract_metadata
from .page_dates import htmldate_day
from .parse import parse_html
from .people import credit_names
from .scoring import Params, choose_region, near_headline
from .scripts import script_state_text
from .structure import (
    Children,
    children,
    headline_story,
    mark_comment_threads,
    merge_siblings,
    restrict_to_story,
)
from .text import clean_text, find_headline, region_text, title_keys, trim_tail
from .vocabulary import BOILERPLATE, COMMENT

__all__ = ["Article", "extract_article", "extract_text"]

DEFAULT_PARAMS = Params()


@attrs.frozen
class Article:
    """Main content and metadata of one page."""

    text: str
    title: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    section: str | None = None
    publisher: str | None = None
    language: str | None = None
    description: str | None = None
    explanation: tuple[str, ...] = ()


def extract_text(html: str, params: Params = DEFAULT_PARAMS) -> tuple[str, list[str]]:
    """Main text of ``html`` and the lines explaining the choice."""
    tree = parse_html(html)
    meta = extract_metadata(tree)
    return _main_text(tree, meta, params)


def _assemble(
    page: Page,
    kids: Children,
    params: Params,
    headline: int,
    titles: frozenset[str],
    why: list[str],
    mask: int = BOILERPLATE,
) -> tuple[str, Callable[[], bool]]:
    """Choose the region, narrow it to the headline's story, add its split parts, and join its text.

    Also gives a test of whether the region holds the headline or starts soon after it,
    counting all the prose between them, furniture's too (much prose skipped as furniture
    is a doubt).
    """
    choice, values, junk = choose_region(page, params, headline, mask)
    if choice is None:
        why.append("no text blocks found")
        return "", lambda: False
    region = choice.element
    why.append(
        f"region <{page.tags[region]}> #{region} won with score "
        f"{choice.score:.0f}, holding {choice.share:.0%} of the page's prose"
        + ("" if headline >= 0 else "; no headline found on the page")
    )
    elements = [region]
    if params.story_split:
        beside = headline_story(page, kids, region, headline, values, junk, params.story_min)
        if beside is not None:
            where = ", ".join(f"<{page.tags[e]}> #{e}" for e in beside)
            why.append(f"the region is another story beside the headline's: took {where} instead")
            elements = beside
        else:
            elements = restrict_to_story(page, kids, region, headline, values, junk, params.story_min)
        if beside is None and elements != [region]:
            where = ", ".join(f"<{page.tags[e]}> #{e}" for e in elements)
            why.append(f"kept the story holding the headline ({where}); the region holds other stories")
    if params.merge_siblings and elements == [region]:
        elements = merge_siblings(page, kids, elements[0], junk, headline, params.merge_min_chars)
        if len(elements) > 1:
            why.append(f"merged {len(elements) - 1} sibling containers continuing the prose")
    if params.standfirst:
        top = headline if headline >= 0 else _sole_h1(page)
        lead = lead_before(page, kids, elements[0], junk, top)
        if lead is None:
            lead = lead_within(page, elements[0], junk, top)
        if lead is not None:
            why.append(f"took the standfirst <{page.tags[lead]}> #{lead} set before the body")
            elements = [lead, *elements]
    paras: list[str] = []
    for element in elements:
        paras.extend(region_text(page, element, values, junk, params, titles))
    if params.closing_furniture:
        kept = drop_teaser_boxes(paras)
        if len(kept) < len(paras):
            why.append(f"dropped {len(paras) - len(kept)} lines of teaser boxes inside the article")
        paras = kept
        kept = cut_closing_furniture(paras)
        if len(kept) < len(paras):
            why.append(f"cut {len(paras) - len(kept)} lines from a teaser-list label or closing notice on")
        paras = kept
    kept = trim_tail(paras, params.tail_run)
    if len(kept) < len(paras):
        why.append(f"dropped {len(paras) - len(kept)} short closing lines that are not prose")
    paras = kept
    text = "\n\n".join(paras)
    first = elements[0]
    return text, lambda: headline >= 0 and near_headline(page, values, headline, params)[first]


def _sole_h1(page: Page) -> int:
    """The block of the page's only ``<h1>`` (a headline the title did not match), or -1."""
    found = [k for k, b in enumerate(page.blocks) if b.tag == "h1"]
    return found[0] if len(found) == 1 else -1


def _main_text(tree: LexborHTMLParser, meta: Metadata, params: Params) -> tuple[str, list[str]]:
    page = walk(tree)
    kids = children(page)
    why: list[str] = []
    if params.comment_structure:
        threads = mark_comment_threads(page, kids)
        if threads:
            why.append(f"{threads} comments told by their reply controls")
    titles = title_keys(meta.title, *meta.headings[:1])
    headline = find_headline(page, titles)
    text, near = _assemble(page, kids, params, headline, titles, why)
    if page.truncated:
        why.append("nesting deeper than the walk limit was read flat")
    if len(text) < params.confidence_chars and headline >= 0 and not near():
        # Low confidence: little text, away from the headline.  The class/id vocabulary may
        # have hidden the article: score again with only comment threads as furniture, and
        # take that when it is by the headline and holds more.
        notes: list[str] = []
        alt, alt_near = _assemble(page, kids, params, headline, titles, notes, COMMENT)
        if (
            len(alt) >= 2 * max(len(text), 1)
            and alt_near()
            and len(alt) >= 2 * max(len(text), 1)
            and len(alt) >= params.confidence_chars
        ):
            why.append(
                f"low confidence ({len(text)} characters): scored again without the "
                "class/id vocabulary; " + notes[0]
            )
            text = alt
    body = meta.jsonld_body
    if body and len(text) < params.jsonld_fallback_chars and len(text) < 0.3 * len(body):
        why.append(f"low confidence ({len(text)} characters): used the JSON-LD articleBody instead")
        text = "\n\n".join(clean_text(p) for p in body.split("\n") if p.strip())
    elif params.script_state_chars and len(text) < params.script_state_chars:
        state = script_state_text(tree)
        if len(state) >= 200 and len(state) >= 2 * len(text):
            why.append(f"low confidence ({len(text)} characters): used the prose of the page's script state")
            text = state
    return text, why


def extract_article(html: str, params: Params = DEFAULT_PARAMS) -> Article:
    """Extract the main text and metadata of an HTML page; never raises.

    ``params`` are the region scorer's weights; the defaults are the ones the
    benchmark's cross-validation settles on.
    """
    html = html if isinstance(html, str) else str(html)
    try:
        tree = parse_html(html)
        meta = extract_metadata(tree)
        text, why = _main_text(tree, meta, params)
    except Exception as exc:
        return Article(text="", explanation=(f"extraction failed: {type(exc).__name__}",))
    authors = meta.authors or tuple(credit_names(text))
    date = meta.date
    if date is None:
        date = htmldate_day(html)
        if date is not None:
            why.append("date from htmldate (no date in the page's metadata or near its headline)")
    return Article(
        text=text,
        title=meta.title,
        date=date,
        authors=authors,
        section=meta.section,
        publisher=meta.publisher,
        language=meta.language,
        description=meta.description,
        explanation=tuple(why) + meta.notes,
    )

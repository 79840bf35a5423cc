"""The extraction pipeline: parse, walk, score, assemble, attach metadata."""

from __future__ import annotations

import attrs
from selectolax.lexbor import LexborHTMLParser

from .dom import walk
from .metadata import Metadata, extract_metadata
from .parse import parse_html
from .people import credit_names
from .scoring import Params, choose_region, junk_ancestors
from .text import clean_text, find_headline, region_text, title_keys

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


def _main_text(tree: LexborHTMLParser, meta: Metadata, params: Params) -> tuple[str, list[str]]:
    page = walk(tree)
    titles = title_keys(meta.title, *meta.headings[:1])
    headline = find_headline(page, titles)
    choice, values, furniture = choose_region(page, params, headline)
    why: list[str] = []
    text = ""
    if choice is not None:
        junk = junk_ancestors(page, furniture)
        text = "\n\n".join(region_text(page, choice.element, values, junk, params, titles))
        why.append(f"region <{page.tags[choice.element]}> #{choice.element} won with score "
                   f"{choice.score:.0f}, holding {choice.share:.0%} of the page's prose"
                   + ("" if headline >= 0 else "; no headline found on the page"))
    else:
        why.append("no text blocks found")
    if page.truncated:
        why.append("nesting deeper than the walk limit was read flat")
    body = meta.jsonld_body
    if body and len(text) < params.jsonld_fallback_chars and len(text) < 0.3 * len(body):
        why.append(f"low confidence ({len(text)} characters): used the JSON-LD articleBody instead")
        text = "\n\n".join(clean_text(p) for p in body.split("\n") if p.strip())
    return text, why


def extract_article(html: str, params: Params = DEFAULT_PARAMS) -> Article:
    """Extract the main text and metadata of an HTML page; never raises.

    ``params`` are the region scorer's weights; the defaults are the ones the
    benchmark's cross-validation settles on.
    """
    try:
        tree = parse_html(html if isinstance(html, str) else str(html))
        meta = extract_metadata(tree)
        text, why = _main_text(tree, meta, params)
    except Exception as exc:
        return Article(text="", explanation=(f"extraction failed: {type(exc).__name__}",))
    authors = meta.authors or tuple(credit_names(text))
    return Article(
        text=text,
        title=meta.title,
        date=meta.date,
        authors=authors,
        section=meta.section,
        publisher=meta.publisher,
        language=meta.language,
        description=meta.description,
        explanation=tuple(why) + meta.notes,
    )

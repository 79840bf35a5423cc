"""Page metadata: title, date, authors, section, publisher, language, description."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .bylines import page_authors
from .dates import normalise_iso, parse_visible_date
from .headline_dates import PUBLISHED as _PUBLISHED
from .headline_dates import UPDATED as _UPDATED
from .headline_dates import headline_line_date
from .jsonld import article_object, jsonld_objects, page_object, resolve_references, text_value
from .nodes import among_other_texts, in_page_furniture, near, node_text, norm
from .structured_dates import structured_date
from .titles import SEPARATORS, page_title

__all__ = ["Metadata", "extract_metadata"]


@attrs.frozen
class Metadata:
    """What the page says about itself, plus the JSON-LD article body if any."""

    title: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    section: str | None = None
    publisher: str | None = None
    language: str | None = None
    description: str | None = None
    jsonld_body: str | None = None
    headings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


_LANG = re.compile(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*$")
_VISIBLE_DATE = (
    'time, [itemprop="datePublished"], [class*="date"], [class*="time"], [class*="publish"], '
    '[class*="fecha"], [class*="datum"], [id*="date"], [class*="actualiz"], [class*="updated"], '
    '[class*="meta"]'
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?(?:[-–]\s*(?:19|20)\d\d\s*)?"
    r"([A-Z][\w&'. -]{2,50}?)(?:\.|,|\s+all rights|\s+\d{4}|$)",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(?:[a-z_-]+/)?(\d{1,2})/(\d{1,2})(?:/|$)")


#: The elements the fields are read from, found in one pass over the document (a pass costs
#: about the same for one selector as for five).
_ELEMENTS = 'html, title, meta, h1, script[type*="ld+json"], link[rel="canonical"]'


def _elements(tree: LexborHTMLParser) -> dict[str, list[LexborNode]]:
    """The page's html, title, meta, h1, JSON-LD script and canonical link elements, by tag, in order."""
    found: dict[str, list[LexborNode]] = {
        "html": [],
        "title": [],
        "meta": [],
        "h1": [],
        "script": [],
        "link": [],
    }
    for node in tree.css(_ELEMENTS):
        group = found.get((node.tag or "").lower())
        if group is not None:
            group.append(node)
    return found


def _meta_map(nodes: list[LexborNode]) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in nodes[:400]:
        a = node.attributes
        key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv")
        value = a.get("content")
        if key and value and value.strip():
            out.setdefault(key.strip().lower(), " ".join(value.split()))
    return out


def _text_tail(node: LexborNode, chars: int) -> str:
    """``node_text(node)[-chars:]``, with only the end of a long text normalised."""
    raw = node.text(deep=True)
    if len(raw) > 4 * chars:
        tail = " ".join(raw[-2 * chars :].split())
        cut = tail.find(" ")  # the first word may be cut off: the words after it are whole
        if cut >= 0 and len(tail) - cut - 1 >= chars:
            return tail[-chars:]
    return " ".join(raw.split())[-chars:]


def _visible_date(
    nodes: list[LexborNode], year: int | None, month_first: bool
) -> tuple[str | None, str | None]:
    first: str | None = None
    updated: str | None = None
    for node in nodes[:40]:
        text = node_text(node)
        if len(text) > 160 or among_other_texts(node):
            continue
        attrs = node.attributes
        raw = attrs.get("datetime") or attrs.get("content") or attrs.get("title")
        marked = normalise_iso(raw) if raw else None
        node_year = int(marked[:4]) if marked else year
        published = _PUBLISHED.search(text)
        value = parse_visible_date(text[published.start() :] if published else text, node_year, month_first)
        if value is None:
            value = marked
        if value is None:
            continue
        context = text + " " + " ".join(filter(None, (attrs.get("class"), attrs.get("itemprop"))))
        parent = node.parent
        if parent is not None and len(context) < 200:
            context += " " + node_text(parent)[:120] + " " + (parent.attributes.get("class") or "")
        if _UPDATED.search(context) and not (published or _labelled_published(node, text)):
            updated = updated or value
            continue
        first = first or value
        if "T" in value:
            return value, updated
    return first, updated


def _labelled_published(node: LexborNode, text: str) -> bool:
    """Whether the element's own class or the words just before it say published ("Posted on …").

    Themes mark the one date of a post ``class="date updated"`` or ``"published updated"`` (the hAtom
    names): a label or class saying published makes it the publication date, whatever else it says.
    """
    if _PUBLISHED.search(node.attributes.get("class") or ""):
        return True
    parent = node.parent
    if parent is None or not text:
        return False
    around = node_text(parent)[:200]
    at = around.find(text)
    return at > 0 and _PUBLISHED.search(around[max(0, at - 30) : at]) is not None


def _date(
    tree: LexborHTMLParser,
    body_tail: Callable[[], str],
    metas: dict[str, str],
    ld: dict[str, Any] | None,
    page: dict[str, Any] | None,
    anchor: LexborNode | None,
    lang: str | None,
) -> tuple[str | None, str]:
    month_first = lang == "en"
    structured = structured_date(metas, ld, page, month_first)
    year = int(structured[:4]) if structured else None
    url_day = _url_day(metas.get("og:url") or metas.get("canonical") or "")
    if year is None and url_day:
        year = int(url_day[:4])
    if year is None:
        m = _COPYRIGHT.search(body_tail())
        y = re.search(r"(?:19|20)\d\d", m.group(0)) if m else None
        year = int(y.group(0)) if y else None
    nodes = near(anchor, _VISIBLE_DATE)
    where = "near the headline"
    if not nodes:
        nodes = [n for n in tree.css(_VISIBLE_DATE)[:80] if not in_page_furniture(n)][:40]
        where = "anywhere on the page"
    visible, updated = _visible_date(nodes, year, month_first)
    if visible and structured and where != "near the headline" and _days_apart(visible, structured) > 1:
        visible = None  # far from the headline and days off the date the markup states: another story's
    utc = bool(structured and structured.endswith(("Z", "+00:00")))
    if visible and "T" in visible:
        return visible, f"visible date {where}"
    same_day = bool(structured and updated and updated.startswith(structured[:10]))
    if updated and "T" in updated and same_day and structured and "T" not in structured:
        return updated, "visible date (same day as the structured one)"
    if structured and not utc:
        return structured, "structured date"
    line = headline_line_date(anchor, year, month_first)
    if line and visible and line != visible:  # the byline's date, not one of a list further down
        return line, "date on the line under the headline"
    if visible:
        return visible, f"visible date {where}"
    if structured:
        if url_day and _next_day(url_day) == structured[:10]:
            # A time in UTC past the publisher's midnight: the day in the address is the local one.
            return url_day, "date in the page address (the structured date is in UTC, a day later)"
        return structured, "structured date"
    labelled = _labelled_date(anchor, year, month_first)
    if labelled:
        return labelled, "date labelled as published beside the headline"
    if line:
        return line, "date on the line under the headline"
    if updated:
        return updated, "visible date (updated)"
    if url_day:
        return url_day, "date in the page address"
    return None, ""


#: Elements a "Published …" line beside the headline is read from when no class names it a date.
_LINES = "p, div, span, li, small, em"
#: What may stand before the label on such a line: nothing, a byline, or a separator ending it.
_LABEL_SEPARATORS = ".|•·–—-:"


def _labelled_date(anchor: LexborNode | None, year: int | None, month_first: bool) -> str | None:
    """The date of a short line beside the headline that labels it published ("Posted on 12 May 2019").

    The label must open the line, follow a byline ("By Ann Smith. Published …") or a separator:
    a sentence of the text that mentions a publication ("the report, published on …") is no label.
    """
    for node in near(anchor, _LINES):
        text = node_text(node)
        if len(text) > 160 or among_other_texts(node):
            continue
        published = _PUBLISHED.search(text)
        if published is None:
            continue
        before = text[: published.start()].strip()
        if before and not before.lower().startswith("by ") and before[-1] not in _LABEL_SEPARATORS:
            continue
        value = parse_visible_date(text[published.start() : published.start() + 60], year, month_first)
        if value:
            return value
    return None


def _url_day(url: str) -> str | None:
    """The day a page's address gives (``/2019/11/18/``), or None."""
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _days_apart(one: str, other: str) -> int:
    try:
        return abs((datetime.date.fromisoformat(one[:10]) - datetime.date.fromisoformat(other[:10])).days)
    except ValueError:
        return 0


def _next_day(day: str) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


def _language(html: LexborNode | None, metas: dict[str, str], ld: dict[str, Any] | None) -> str | None:
    cands = [
        html.attributes.get("lang") if html is not None else None,
        html.attributes.get("xml:lang") if html is not None else None,
        metas.get("og:locale"),
        metas.get("content-language"),
        metas.get("language"),
        metas.get("dc.language"),
        metas.get("lang"),
        text_value(ld.get("inLanguage")) if ld else None,
    ]
    for c in cands:
        if c:
            m = _LANG.match(c.strip())
            if m:
                return m.group(1).lower()
    return None


def _publisher(
    raw_title: str,
    body_tail: Callable[[], str],
    metas: dict[str, str],
    ld: dict[str, Any] | None,
    objs: list[dict[str, Any]],
    section: str | None,
) -> str | None:
    sections = {norm(section)} if section else set()
    for cand in (
        metas.get("og:site_name"),
        text_value(ld.get("publisher")) if ld else None,
        metas.get("application-name"),
        metas.get("publisher"),
        metas.get("dc.publisher"),
    ):
        if cand and len(cand) <= 80 and norm(cand) not in sections:  # a section's name is no publisher
            return cand
    parts = [p.strip() for p in SEPARATORS.split(raw_title) if p and p.strip()]
    if len(parts) >= 2 and len(parts[-1]) <= 40 and parts[-1] != max(parts, key=len):
        return parts[-1]
    for obj in objs:
        if obj.get("@type") in ("Organization", "NewsMediaOrganization", "WebSite"):
            name = text_value(obj.get("name"))
            if name:
                return name
    m = _COPYRIGHT.search(body_tail())
    if m:
        return m.group(1).strip()
    return None


def _site_name(metas: dict[str, str], ld: dict[str, Any] | None) -> str | None:
    """The site's name as its markup states it (not guessed from a title or a copyright line)."""
    return metas.get("og:site_name") or (text_value(ld.get("publisher")) if ld else None)


def _section(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any] | None, objs: list[dict[str, Any]]
) -> str | None:
    for cand in (
        text_value(ld.get("articleSection")) if ld else None,
        metas.get("article:section"),
        metas.get("section"),
        metas.get("og:section"),
    ):
        if cand:
            return cand
    for obj in objs:
        if obj.get("@type") == "BreadcrumbList" and isinstance(obj.get("itemListElement"), list):
            items = [
                text_value(i.get("name") or i.get("item"))
                for i in obj["itemListElement"]
                if isinstance(i, dict)
            ]
            items = [i for i in items if i]
            if len(items) >= 2:
                return items[1] if len(items) > 2 else items[-1]
    crumbs = _crumb_links(tree, 6)
    labels = [node_text(c) for c in crumbs if node_text(c)]
    if len(labels) >= 2:
        return labels[1]
    return None


def _crumb_links(tree: LexborHTMLParser, limit: int) -> list[LexborNode]:
    """The first ``limit`` links inside breadcrumb boxes, in document order.

    The same links as ``[class*="breadcrumb"] a``, found box by box: a selector
    that looks up every link's ancestors costs twice as much.  A box nested in
    an earlier one adds nothing new; a link that is itself a box counts only
    inside another box.
    """
    seen: set[int] = set()
    out: list[LexborNode] = []
    for box in tree.css('[class*="breadcrumb"]'):
        own = box.mem_id
        for link in box.css("a"):
            key = link.mem_id
            if key != own and key not in seen:
                seen.add(key)
                out.append(link)
        if len(out) >= limit:
            break
    return out[:limit]


def extract_metadata(tree: LexborHTMLParser) -> Metadata:
    """Read title, date, authors, section, publisher and language from a parsed page."""
    elements = _elements(tree)
    metas = _meta_map(elements["meta"])
    if elements["link"]:  # the page's canonical address, beside its meta tags
        metas.setdefault("canonical", elements["link"][0].attributes.get("href") or "")
    objs = jsonld_objects(elements["script"])
    ld = article_object(objs)
    if ld is not None and ld.get("author") is not None:
        ld = {**ld, "author": resolve_references(ld["author"], objs)}
    raw_title = node_text(elements["title"][0] if elements["title"] else None)
    tail: list[str] = []

    def body_tail() -> str:  # the end of the body's text, where a copyright line is; read once
        if not tail:
            tail.append(_text_tail(tree.body, 3000) if tree.body is not None else "")
        return tail[0]

    section = _section(tree, metas, ld, objs)
    publisher = _publisher(raw_title, body_tail, metas, ld, objs, section)
    title, heads, anchor = page_title(tree, raw_title, elements["h1"], metas, ld, publisher)
    language = _language(elements["html"][0] if elements["html"] else None, metas, ld)
    date, date_note = _date(tree, body_tail, metas, ld, page_object(objs), anchor, language)
    raw_body = ld.get("articleBody") if ld else None
    body = raw_body.strip() if isinstance(raw_body, str) else None
    description = metas.get("description") or metas.get("og:description")
    notes = [f"date from {date_note}"] if date_note else []
    return Metadata(
        title=title,
        date=date,
        authors=page_authors(tree, metas, ld, anchor, _site_name(metas, ld)),
        section=section,
        publisher=publisher,
        language=language,
        description=description,
        jsonld_body=body or None,
        headings=tuple(heads),
        notes=tuple(notes),
    )

"""Page metadata: title, date, authors, section, publisher, language, description."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dates import normalise_iso, parse_visible_date
from .jsonld import article_object, jsonld_objects, names, text_value
from .people import clean_names

__all__ = ["Metadata", "extract_metadata", "strip_site_suffix"]


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


_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/)\s+|\s*[|｜]\s*|：(?=[^：]*$)")
_LANG = re.compile(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*$")
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date.issued",
    "dc.date.issue",
    "dcterms.created",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "article.published",
    "og:article:published_time",
)
_AUTHOR_KEYS = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
_VISIBLE_DATE = (
    'time, [itemprop="datePublished"], [class*="date"], [class*="time"], [class*="publish"], '
    '[class*="fecha"], [class*="datum"], [id*="date"], [class*="actualiz"], [class*="updated"], '
    '[class*="meta"]'
)
_VISIBLE_BYLINE = (
    '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author"], '
    '[class*="autor"], [class*="auteur"], [class*="firma"], [class*="writer"]'
)
_UPDATED = re.compile(r"updat|modif|mis à jour|mise à jour|actualiz|atualiz|aktualisiert|edited", re.I)
_PUBLISHED = re.compile(r"publi|posted|erschienen|pubblicato", re.I)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?(?:[-–]\s*(?:19|20)\d\d\s*)?"
    r"([A-Z][\w&'. -]{2,50}?)(?:\.|,|\s+all rights|\s+\d{4}|$)",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(?:[a-z_-]+/)?(\d{1,2})/(\d{1,2})(?:/|$)")


#: The elements the fields are read from, found in one pass over the document (a pass costs
#: about the same for one selector as for five).
_ELEMENTS = 'html, title, meta, h1, script[type*="ld+json"]'


def _elements(tree: LexborHTMLParser) -> dict[str, list[LexborNode]]:
    """The page's html, title, meta, h1 and JSON-LD script elements, by tag, in document order."""
    found: dict[str, list[LexborNode]] = {"html": [], "title": [], "meta": [], "h1": [], "script": []}
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


def _text(node: LexborNode | None) -> str:
    return " ".join((node.text(deep=True) if node is not None else "").split())


def _text_tail(node: LexborNode, chars: int) -> str:
    """``_text(node)[-chars:]``, with only the end of a long text normalised."""
    raw = node.text(deep=True)
    if len(raw) > 4 * chars:
        tail = " ".join(raw[-2 * chars :].split())
        cut = tail.find(" ")  # the first word may be cut off: the words after it are whole
        if cut >= 0 and len(tail) - cut - 1 >= chars:
            return tail[-chars:]
    return " ".join(raw.split())[-chars:]


def strip_site_suffix(title: str, site: str | None = None) -> str:
    """``"Headline | Site"`` -> ``"Headline"``: keep the longest segment of a separated title."""
    parts = [p.strip() for p in _SEPARATORS.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title.strip()
    if site:
        key = site.casefold()
        kept = [p for p in parts if p.casefold() != key]
        if kept and len(kept) < len(parts):
            parts = kept
    return max(parts, key=len)


def _norm(s: str) -> str:
    return " ".join(s.casefold().split()).strip(" .:!?|-")


_SITE_ROOT = re.compile(r"(?:(?:https?:)?//[^/?#]+)?/?(?:index\.\w{2,5})?")


def _names_site(heading: LexborNode) -> bool:
    """A heading that is one link to the site's home page: the site's name, not a headline."""
    link = heading.css_first("a")
    if link is None or _text(link) != _text(heading):
        return False
    return _SITE_ROOT.fullmatch((link.attributes.get("href") or "").strip()) is not None


def _title(
    tree: LexborHTMLParser,
    raw_title: str,
    h1_nodes: list[LexborNode],
    metas: dict[str, str],
    ld: dict[str, Any] | None,
    site: str | None,
) -> tuple[str | None, list[str], LexborNode | None]:
    og = metas.get("og:title") or metas.get("twitter:title")
    headline = text_value(ld.get("headline")) if ld else None
    site_names = {_norm(_text(n)) for n in h1_nodes[:8] if _names_site(n)}
    if _norm(raw_title) in site_names:
        raw_title = ""  # the page's title is the site's name: the article's headline is elsewhere
    refs = [t for t in (og, headline, raw_title) if t]
    ref_keys = {_norm(t) for t in refs} | {_norm(strip_site_suffix(t, site)) for t in refs}
    h1s = [(n, _text(n)) for n in h1_nodes[:8] if _norm(_text(n)) not in site_names]
    for node, text in h1s:
        if text and _norm(text) in ref_keys:
            return text, [t for _, t in h1s if t], node
    for node, text in h1s:
        if text and any(_norm(text) in k or k in _norm(text) for k in ref_keys if len(k) > 10):
            return text, [t for _, t in h1s if t], node
    heads = [t for _, t in h1s if t]
    if not og and not headline:
        for node in tree.css('[itemprop="headline"], [class*="headline"], [class*="entry-title"]')[:5]:
            text = _text(node)
            if 15 <= len(text) <= 250 and _norm(text) not in _norm(raw_title):
                return text, heads or [text], node
    for cand in (headline, og, raw_title):
        if cand:
            return strip_site_suffix(cand, site), heads, None
    return (heads[0] if heads else None), heads, (h1s[0][0] if h1s else None)


def _near(anchor: LexborNode | None, selector: str) -> list[LexborNode]:
    """Matches of ``selector`` around the headline first (up to four levels up), then anywhere."""
    node = anchor
    for _ in range(4):
        if node is None or node.parent is None:
            break
        node = node.parent
        found = node.css(selector)
        if found:
            return found[:30]
    return []


def _visible_date(
    nodes: list[LexborNode], year: int | None, month_first: bool
) -> tuple[str | None, str | None]:
    first: str | None = None
    updated: str | None = None
    for node in nodes[:40]:
        text = _text(node)
        if len(text) > 160:
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
            context += " " + _text(parent)[:120] + " " + (parent.attributes.get("class") or "")
        if _UPDATED.search(context) and not published:
            updated = updated or value
            continue
        first = first or value
        if "T" in value:
            return value, updated
    return first, updated


def _date(
    tree: LexborHTMLParser,
    body_tail: Callable[[], str],
    metas: dict[str, str],
    ld: dict[str, Any] | None,
    anchor: LexborNode | None,
    lang: str | None,
) -> tuple[str | None, str]:
    structured = None
    if ld and isinstance(ld.get("datePublished"), str):
        structured = normalise_iso(ld["datePublished"])
    for key in _DATE_KEYS:
        if structured:
            break
        if key in metas:
            structured = normalise_iso(metas[key])
    year = int(structured[:4]) if structured else None
    url = metas.get("og:url") or ""
    url_date = _URL_DATE.search(url)
    if year is None and url_date:
        year = int(url_date.group(1))
    if year is None:
        m = _COPYRIGHT.search(body_tail())
        y = re.search(r"(?:19|20)\d\d", m.group(0)) if m else None
        year = int(y.group(0)) if y else None
    month_first = lang == "en"
    nodes = _near(anchor, _VISIBLE_DATE) or tree.css(_VISIBLE_DATE)[:40]
    visible, updated = _visible_date(nodes, year, month_first)
    utc = bool(structured and structured.endswith(("Z", "+00:00")))
    if visible and "T" in visible:
        return visible, "visible date"
    same_day = bool(structured and updated and updated.startswith(structured[:10]))
    if updated and "T" in updated and same_day and structured and "T" not in structured:
        return updated, "visible date (same day as the structured one)"
    if structured and not utc:
        return structured, "structured date"
    if visible:
        return visible, "visible date"
    if structured:
        return structured, "structured date"
    if updated:
        return updated, "visible date (updated)"
    if url_date:
        uy, um, ud = (int(g) for g in url_date.groups())
        if 1 <= um <= 12 and 1 <= ud <= 31:
            return f"{uy:04d}-{um:02d}-{ud:02d}", "date in the page address"
    return None, ""


def _authors(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any] | None, anchor: LexborNode | None
) -> tuple[str, ...]:
    nodes = _near(anchor, _VISIBLE_BYLINE) or tree.css(_VISIBLE_BYLINE)[:30]
    best: list[str] = []
    for node in nodes[:12]:  # the byline naming the most people, the earliest on a tie
        text = _text(node)
        if 3 <= len(text) <= 120:
            found = clean_names(text)
            if len(found) > len(best):
                best = found
    if best:
        return tuple(best[:8])
    if ld and ld.get("author") is not None:
        found = clean_names(names(ld["author"]))
        if found:
            return tuple(found[:10])
    for key in _AUTHOR_KEYS:
        if key in metas and "://" not in metas[key]:
            found = clean_names(metas[key])
            if found:
                return tuple(found[:10])
    return ()


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
) -> str | None:
    for cand in (
        metas.get("og:site_name"),
        text_value(ld.get("publisher")) if ld else None,
        metas.get("application-name"),
        metas.get("publisher"),
        metas.get("dc.publisher"),
    ):
        if cand and len(cand) <= 80:
            return cand
    parts = [p.strip() for p in _SEPARATORS.split(raw_title) if p and p.strip()]
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
    labels = [_text(c) for c in crumbs if _text(c)]
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
    objs = jsonld_objects(elements["script"])
    ld = article_object(objs)
    raw_title = _text(elements["title"][0] if elements["title"] else None)
    tail: list[str] = []

    def body_tail() -> str:  # the end of the body's text, where a copyright line is; read once
        if not tail:
            tail.append(_text_tail(tree.body, 3000) if tree.body is not None else "")
        return tail[0]

    publisher = _publisher(raw_title, body_tail, metas, ld, objs)
    title, heads, anchor = _title(tree, raw_title, elements["h1"], metas, ld, publisher)
    language = _language(elements["html"][0] if elements["html"] else None, metas, ld)
    date, date_note = _date(tree, body_tail, metas, ld, anchor, language)
    raw_body = ld.get("articleBody") if ld else None
    body = raw_body.strip() if isinstance(raw_body, str) else None
    description = metas.get("description") or metas.get("og:description")
    notes = [f"date from {date_note}"] if date_note else []
    return Metadata(
        title=title,
        date=date,
        authors=_authors(tree, metas, ld, anchor),
        section=_section(tree, metas, ld, objs),
        publisher=publisher,
        language=language,
        description=description,
        jsonld_body=body or None,
        headings=tuple(heads),
        notes=tuple(notes),
    )

"""JSON-LD blocks of a page: parsing, flattening and picking the article object."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from selectolax.lexbor import LexborNode

__all__ = ["article_object", "jsonld_objects", "names", "page_object", "resolve_references", "text_value"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ARTICLE_TYPES = _words(
    """
    article newsarticle blogposting reportagenewsarticle analysisnewsarticle
    opinionnewsarticle reviewnewsarticle backgroundnewsarticle scholarlyarticle
    techarticle report liveblogposting socialmediaposting posting review
    """
)
_MAX_SCRIPT = 2_000_000
_MAX_OBJECTS = 200


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def _flatten(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6 or len(out) >= _MAX_OBJECTS:
        return
    if isinstance(value, list):
        for item in value:
            _flatten(item, out, depth + 1)
    elif isinstance(value, dict):
        out.append(value)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in value:
                _flatten(value[key], out, depth + 1)


def jsonld_objects(scripts: Iterable[LexborNode]) -> list[dict[str, Any]]:
    """Every JSON object found in the page's ``application/ld+json`` ``scripts``."""
    out: list[dict[str, Any]] = []
    for node in scripts:
        raw = node.text(deep=True)
        if not raw or len(raw) > _MAX_SCRIPT:
            continue
        raw = raw.strip().rstrip(";")
        if raw.startswith("<!--"):
            raw = raw[4:].rstrip("->").strip()
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        _flatten(data, out)
    return out


def article_object(objs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The object describing the article itself (NewsArticle, BlogPosting, ...)."""
    best = None
    for obj in objs:
        types = _types(obj)
        if types & _ARTICLE_TYPES:
            if obj.get("articleBody"):
                return obj
            best = best or obj
    return best


def page_object(objs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The object describing the page as a whole (WebPage, ItemPage, MedicalWebPage ...), if any."""
    for obj in objs:
        if any(t.endswith("webpage") or t == "itempage" for t in _types(obj)):
            return obj
    return None


def resolve_references(value: Any, objs: list[dict[str, Any]]) -> Any:
    """``value`` with each ``{"@id": ...}`` reference replaced by the object of that id in ``objs``.

    A graph (as SEO plugins write it) names the article's author once, as a
    Person elsewhere in the graph, and refers to it by id.
    """
    items = value if isinstance(value, list) else [value]
    if not any(isinstance(i, dict) and "@id" in i and "name" not in i for i in items):
        return value
    known = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str)}
    out = [
        known.get(i["@id"], i)
        if isinstance(i, dict) and "name" not in i and isinstance(i.get("@id"), str)
        else i
        for i in items
    ]
    return out if isinstance(value, list) else out[0]


def _referred(item: Any, known: dict[str, dict[str, Any]]) -> Any:
    if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
        return known.get(item["@id"], item)
    return item


def text_value(value: Any) -> str | None:
    """A plain string from a JSON-LD value (string, list of strings, or named object)."""
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        for v in value:
            s = text_value(v)
            if s:
                return s
        return None
    if isinstance(value, dict):
        return text_value(value.get("name") or value.get("@value"))
    return None


def names(value: Any) -> list[str]:
    """Names of the people in a JSON-LD ``author``/``creator`` value."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            if _types(item) & {"organization", "newsmediaorganization"}:
                continue
            name = item.get("name")
            if isinstance(name, str):
                out.append(name)
            elif isinstance(name, list):
                out.extend(n for n in name if isinstance(n, str))
    return [" ".join(n.split()) for n in out if n and n.strip()]

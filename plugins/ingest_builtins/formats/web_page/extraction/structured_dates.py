"""The publication date a page states in its markup: JSON-LD, then meta tags, in the names sites use."""

from __future__ import annotations

from typing import Any

from .dates import normalise_iso, parse_visible_date

__all__ = ["DATE_KEYS", "structured_date"]

#: Meta tags of the publication date, most trusted first (property, name or itemprop, lower-cased).
DATE_KEYS = (
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
    # Dublin Core, scholarly and CMS names met less often.
    *("dcterms.issued", "dcterms.date", "dc.date.created", "dc.created", "dc.date.published"),
    *("citation_publication_date", "citation_online_date", "citation_date", "prism.publicationdate"),
    *("date_published", "published_time", "published-date", "pub_date", "article:published", "og:pubdate"),
    *("publication_date", "originalpublicationdate", "article_date_original", "article.created"),
    *("datecreated", "displaydate", "bt:pubdate", "rnews:datepublished", "release_date"),
)


def structured_date(
    metas: dict[str, str], ld: dict[str, Any] | None, page: dict[str, Any] | None, month_first: bool = False
) -> str | None:
    """The article object's ``datePublished``, the page object's, or the first date meta tag's.

    A tag's value not in ISO form is read as printed dates are (``08/09/2012`` month first on an
    English page).
    """
    for obj in (ld, page):
        if obj and isinstance(obj.get("datePublished"), str):
            found = normalise_iso(obj["datePublished"])
            if found:
                return found
    for key in DATE_KEYS:
        if key in metas:
            value = metas[key]
            found = normalise_iso(value) or parse_visible_date(value, month_first=month_first)
            if found:
                return found
    return None

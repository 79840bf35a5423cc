"""The ``web-page`` format plugin: raw HTML pages, and text copied from a page with its furniture."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ingest import FORMAT, PREPARE, Document, FormatRegistry, Rejected, Score, Step, hookimpl

if TYPE_CHECKING:
    from ingest_builtins.formats.web_page.copied import CopiedPage

# The rules are imported by the functions that use them, when first called, not when the plugin loads
# (`ingest --help` loads every plugin).

__all__ = [
    "ARTICLE",
    "COPIED",
    "ingest_cleaning_steps",
    "ingest_identify",
    "ingest_metadata_steps",
    "ingest_register_formats",
    "main_content",
    "page_fields",
]

FORMAT_NAME = "web-page"
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Annotation keys: the engine's :class:`Article` for HTML input, the :class:`CopiedPage` for copied text.
ARTICLE = "web-page.article"
COPIED = "web-page.copied"
_SAMPLE = 20_000
_TAG = re.compile(r"<[A-Za-z][^<>]{0,200}>")
_PAGE_TAG = re.compile(r"<(?:html|body|p|div|article|main)\b", re.IGNORECASE)
_MIN_TAGS = 5
_MARKDOWN = "text/markdown"
_STRUCTURED = ("application/json", "application/jsonl", "text/csv", "application/xml", "text/sgml")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
# A count of comments after the headline ("… Embassy in Kyiv (1)"), or the age rating a site prints before
# or after it ("(12+) Встреча сельских старост", "… [16+]").
_COMMENT_COUNT = re.compile(r"\s+\(\d{1,4}\)$|^[(\[]\d{1,2}\+[)\]]\s+|\s+[(\[]\d{1,2}\+[)\]]$")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?")

# What each sign of a copied page is worth as evidence; several signs add a little.
_SIGNS = {
    # A discussion box under the text is no agency's: it outweighs a dateline at the top (0.85).
    "discussion box": 0.88,
    "repeated headline": 0.87,
    # "3 hours ago", "Reading time: 2 min": only a page prints how long ago or how long to read; like a
    # repeated headline, it makes agency copy a page's (DECISIONS: furniture decides).
    "reading time": 0.87,
    "headline with teaser": 0.87,
    "time stamp": 0.8,
    "skip link": 0.6,
    "breadcrumb": 0.86,
    "furniture at the end": 0.7,
    "labelled and dated headline": 0.6,
    "publication date": 0.7,
    # A photo's caption with its credit ("… Ảnh: An Đăng - TTXVN", "REUTERS/Name") is no plain text's.
    "caption": 0.6,
    # "Advertisement" over an ad's slot, above or between the paragraphs.
    "ad label": 0.6,
    # Two lines or more that are buttons' or links' labels ("Share", "Next Story", "BACA JUGA: …").
    "widget labels": 0.6,
    # Other stories listed under the text, each headline beside its date ("… / - 32 minutes ago").
    "teaser list": 0.7,
    # A label of a word or two printed down a list of stories again and again ("3 dni", "polecane").
    "repeated labels": 0.6,
    # The site's name over its navigation at the top.
    "masthead": 0.6,
    # The site's sections, one bulleted item a line, eight or more.
    "navigation menu": 0.6,
    # A portal's weather widget in its header: "9.5 C", "MIN 16º MÁX 22º".
    "weather widget": 0.6,
}
_MAX_TEXT_SCORE = 0.89
#: The shape of a story with lines around it that belong to no text, no furniture read by name: weak evidence,
#: above the plain-text fallback and below every format's own.
_SHAPE_SCORE = 0.3
#: A news story's text with no line around it: weaker still, and above the plain-text fallback.
_STORY_SCORE = 0.2
#: The HTML step runs before every shared cleaning step (the earliest is at PREPARE - 10).
MAIN_CONTENT_ORDER = PREPARE - 50


def _is_html(document: Document) -> bool:
    """HTML by its media type and by its markup: a text with one stray tag is not a page."""
    if document.media_type not in HTML_TYPES:
        return False
    head = document.decoded.text[:_SAMPLE]
    return bool(_PAGE_TAG.search(head)) or len(_TAG.findall(head, 0, _SAMPLE)) >= _MIN_TAGS


def _sample(text: str) -> str:
    if len(text) <= 2 * _SAMPLE:
        return text
    return text[:_SAMPLE] + "\n\n" + text[-_SAMPLE:]


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``web-page``."""
    formats.add(FORMAT_NAME, "Web pages, as raw HTML or as text copied with the page's furniture")


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """HTML, or text with a page's furniture: headline repeated, time stamp, breadcrumb, widget labels."""
    if _is_html(document):
        return Score(FORMAT_NAME, 0.8, "HTML markup")
    if document.media_type in _STRUCTURED:
        return None
    from ingest_builtins.cleaning.crawl_stamp import without_crawl_stamp
    from ingest_builtins.cleaning.front_matter import read_front_matter
    from ingest_builtins.formats.web_page.copied import page_signs
    from ingest_builtins.formats.web_page.news_story import news_story
    from ingest_builtins.formats.web_page.page_shape import stray_lines

    if document.text.lstrip("\ufeff").startswith(("---", "+++")) and read_front_matter(document.text):
        return None  # a writer's source with its front matter (a post, a page's Markdown): no copied page
    sample = _sample(document.text)
    found = page_signs(sample)
    signs = sorted({sign for sign in found if sign in _SIGNS}, key=lambda s: (-_SIGNS[s], s))  # ties by name
    if not signs:
        stray = stray_lines(sample)
        if stray:
            shown = ", ".join(repr(line[:40]) for line in stray[:3])
            return Score(
                FORMAT_NAME, _SHAPE_SCORE, f"a story's shape: a headline over the text, and around it {shown}"
            )
        if without_crawl_stamp(sample) != sample:
            # A page store's stamp of when it saved the page: a page's text, unless agency copy is under it.
            return Score(FORMAT_NAME, _SHAPE_SCORE, "a page store's date stamp over the text")
        # (a Markdown file is its writer's own document: notes, a README, a post's draft)
        story = None if document.media_type == _MARKDOWN else news_story(sample)
        return None if story is None else Score(FORMAT_NAME, _STORY_SCORE, story)
    score = min(_MAX_TEXT_SCORE, _SIGNS[signs[0]] + 0.03 * (len(signs) - 1))
    return Score(FORMAT_NAME, round(score, 2), "copied page furniture: " + ", ".join(signs))


# -- raw HTML ----------------------------------------------------------------------------------


def _extract_html(document: Document) -> Document:
    try:
        from ingest_builtins.formats.web_page.extraction import extract_article
    except ImportError as error:
        raise Rejected(f"the HTML extraction engine cannot load ({error}); reinstall ingest") from error
    from ingest_builtins.formats.articles.tail import parse_tail

    article = extract_article(document.decoded.text)
    # What the engine keeps can still end in agency credit lines, promotion or widget labels.
    tail = parse_tail(article.text)
    text = article.text[: tail.body_end].rstrip() if tail.found else article.text
    notes = [*article.explanation, *(f"dropped from the end: {what}" for what in tail.found)]
    return document.evolve(text=text).with_annotations(**{ARTICLE: article}).explain(*notes)


def _language(code: str | None) -> str | None:
    if not code:
        return None
    primary = code.replace("_", "-").split("-")[0].strip().lower()
    return primary if _LANGUAGE.fullmatch(primary) else None


def _article_fields(document: Document, article: Any) -> Document:
    changes: dict[str, Any] = {}
    if article.title and document.title is None:
        changes["title"] = article.title
    if article.date and document.date is None and _ISO_DATE.fullmatch(article.date):
        changes["date"] = article.date
    if article.authors and not document.authors:
        changes["authors"] = tuple(article.authors)
    if article.publisher and document.publisher is None:
        changes["publisher"] = article.publisher
    language = _language(article.language)
    if language and document.language is None:
        changes["language"] = language
    if changes:
        document = document.evolve(**changes)
    if article.section and "section" not in document.metadata:
        document = document.with_metadata(section=article.section)
    return document


# -- text copied from a page ----------------------------------------------------------------------


def _strip_copied(document: Document) -> Document:
    from ingest_builtins.formats.articles.paragraphs import rebuild_paragraphs
    from ingest_builtins.formats.articles.tail import parse_tail
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    page = parse_copied_page(document.text)
    tail = parse_tail(page.body)
    body = page.body[: tail.body_end] if tail.found else page.body
    page.add_authors(tail.authors)
    text = rebuild_paragraphs(body)
    if page.found or tail.found:
        document = document.with_annotations(**{COPIED: page})
    return document if text == document.text else document.evolve(text=text)


def _copied_fields(document: Document, page: CopiedPage) -> Document:
    from ingest_builtins.formats.articles.furniture import is_site_name
    from ingest_builtins.formats.articles.lead import lead_attribution, told_outlet

    publisher = page.publisher
    if publisher is None:
        outlet = told_outlet(document.text)
        publisher = outlet if outlet and is_site_name(outlet) else None
    if publisher is None:
        # A page naming no site of its own: the agency its lead attributes the story to ("…, Trend reports.").
        publisher = lead_attribution(document.text)
    changes: dict[str, Any] = {}
    title = _COMMENT_COUNT.sub("", page.title) if page.title else None
    for field, value in (("title", title), ("date", page.date), ("publisher", publisher)):
        if value and getattr(document, field) is None:
            changes[field] = value
    if page.authors and not document.authors:
        changes["authors"] = tuple(page.authors)
    if changes:
        document = document.evolve(**changes)
    if page.section and "section" not in document.metadata:
        document = document.with_metadata(section=page.section)
    return document


# -- the steps ------------------------------------------------------------------------------------


def main_content(document: Document) -> Document:
    """HTML: the extraction engine's main content, before any text cleaning works on the markup.

    The engine's :class:`Article` (with its explanation of each choice) is
    kept as ``annotations["web-page.article"]``.  Text that is not HTML is
    left to :func:`strip_furniture`.
    """
    if _is_html(document) and ARTICLE not in document.annotations:
        return _extract_html(document)
    return document


def strip_furniture(document: Document) -> Document:
    """Copied text: the headline copies, teaser, labels, time stamp, widgets, credit lines and prompts go.

    Hard-wrapped lines are joined.  HTML, already reduced to its article by
    :func:`main_content`, is left alone.
    """
    if ARTICLE in document.annotations:
        return document
    return _strip_copied(document)


def page_fields(document: Document) -> Document:
    """Title, date (to the minute when printed), authors, section, publisher and language the page states.

    A page copied as text that prints no date takes its page store's stamp's (``date 2024-05-03``).
    """
    article = document.annotations.get(ARTICLE)
    if article is not None:
        return _article_fields(document, article)
    page = document.annotations.get(COPIED)
    from ingest_builtins.formats.web_page.copied import CopiedPage

    if isinstance(page, CopiedPage):
        document = _copied_fields(document, page)
    return _stamped_date(document)


def _stamped_date(document: Document) -> Document:
    """The page store's date for a copied page that prints none of its own."""
    from ingest_builtins.cleaning.crawl_stamp import stamp_date

    if document.date is not None:
        return document
    date = stamp_date(document.decoded.text)
    return document if date is None else document.evolve(date=date)


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step] | None:
    """HTML: the engine's main content, first.  Copied text: furniture dropped, paragraphs rebuilt."""
    if format != FORMAT_NAME:
        return None
    return [
        # Before the shared cleaning: Unicode, mojibake and invisible-character repairs then work
        # on the article's text, not on the page's markup the engine reads from the decoded text.
        Step("web-page.main-content", main_content, order=MAIN_CONTENT_ORDER),
        Step("web-page.strip-furniture", strip_furniture, order=FORMAT),
    ]


@hookimpl
def ingest_metadata_steps(format: str) -> Sequence[Step] | None:
    """The fields the page states, from the engine (HTML) or from the copied furniture (text)."""
    if format != FORMAT_NAME:
        return None
    return [Step("web-page.page-fields", page_fields, order=FORMAT)]

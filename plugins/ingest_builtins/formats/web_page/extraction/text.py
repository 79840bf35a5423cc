"""Assemble the chosen region's blocks into paragraphs of plain text."""

from __future__ import annotations

import re

from .dom import Page
from .meta_lines import PUBLICATION_LABEL, is_time_line
from .scoring import Params
from .titles import SEPARATORS
from .vocabulary import BOILERPLATE, COMMENT, CONTENT

__all__ = [
    "clean_text",
    "find_headline",
    "is_meta_line",
    "looks_like_sentence",
    "region_text",
    "title_keys",
    "trim_tail",
]

_DROP = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")


def clean_text(text: str) -> str:
    """Drop soft hyphens and zero-width characters, collapse whitespace."""
    if not text.isascii():  # (a constant-time test; ASCII text has none of them)
        text = _DROP.sub("", text)
    return " ".join(text.split())


_SENTENCE_END = tuple('.!?\u3002\uff01\uff1f"\u201d\u00bb)')


def looks_like_sentence(text: str) -> bool:
    """Long enough and ending like running prose."""
    return len(text) >= 80 and text.rstrip().endswith(_SENTENCE_END)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}:\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_BYLINE = re.compile(r"^(?:by|par|por|von|di|door|written by|posted by)\s", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .:!?|-")


#: A byline or a dated line, told by its opening word ("Por João Silva Publicado em 22/04/2024").
_LABELLED_META = re.compile(
    r"(?:(?:by|par|por|von|di|door|av|af|autor|auteur)\s+(?-i:[A-ZÀ-ÖØ-Þ])"  # a byline: the word, a name
    rf"|{PUBLICATION_LABEL}(?: le| on| am| el| il| den| op)?:?\s).*\d"  # a publication label and a date
    r"|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d\b|(?:19|20)\d\d-\d\d-\d\d",  # a date opening the line
    re.IGNORECASE,
)


#: A publication label and its date after a source or a name ("Ouest-Matin Léa Guillou . Publié le 12/09").
_DATED_LABEL = re.compile(
    rf"(?:^|[\s.|·•–-]){PUBLICATION_LABEL}(?: le| on| am| el| il| den| op)?(?::?\s+|[:：]\s*)\d",
    re.IGNORECASE,
)


def _labelled_meta(text: str) -> bool:
    """A byline or date line ("Par Claire Dubois - Publié le 7 mars"), not a sentence ("Von Mai an …")."""
    text = text.lstrip("-–—|·•:, ")
    if is_time_line(text):
        return True  # how long ago or how long to read ("il y a 3 jours · Lecture 2 min.")
    if text.endswith((".", "!", "?", "…")):
        return False
    return _LABELLED_META.match(text) is not None or _DATED_LABEL.search(text) is not None


def is_meta_line(text: str, max_chars: int) -> bool:
    """A short line that carries a date, time or byline rather than prose."""
    if len(text) > max_chars:
        return False
    return bool(_YEAR.search(text) or _BYLINE.match(text))


#: A line that only labels furniture: an advertisement's slot or a link to go on reading elsewhere.
_FURNITURE_LABEL = re.compile(
    r"(?:advertisements?|adverts?|ads?|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklame|reklama"
    r"|iklan|publicidade|advertentie|(?:story|article) continues below(?: advertisement)?"
    r"|read more|continue reading|weiterlesen|lire la suite|leer más|leia mais)\W*$",
    re.IGNORECASE,
)
_LABEL_CHARS = 40
#: A line naming the article's source: "Source: ...", "via ...", "Link: ...", or a bare address.
_SOURCE_LINE = re.compile(
    r"(?:(?:sources?|via|link|quelle|fuente|fonte|source link)\s*:?\s|https?://)", re.IGNORECASE
)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: The longest line a pull quote is taken to be.
_PULL_QUOTE_CHARS = 160


def _pull_quote(page: Page, k: int, element: int) -> bool:
    """Whether block ``k`` is a pull quote: one short line boxed alone between two paragraphs.

    The line's element (a paragraph, a quote) sits in a ``<div>`` or ``<aside>`` inside
    ``element`` holding only this line, and the blocks just before and after the box
    are paragraphs of its parent's: the box interrupts running prose.  A ``<div>``
    holding the line itself is a sub-head, kept.
    """
    blocks, parents, tags = page.blocks, page.parents, page.tags
    b = blocks[k]
    if b.chars > _PULL_QUOTE_CHARS or b.text.endswith(_SENTENCE_END) or not 0 < k < len(blocks) - 1:
        return False
    box = parents[b.owner]  # the line's own element is boxed: a <div> holding text is a sub-head
    while box > element and tags[box] not in ("div", "aside"):
        box = parents[box]
    if box <= element or page.block_end[box] - page.block_start[box] != 1:
        return False
    outer = parents[box]
    before, after = blocks[k - 1], blocks[k + 1]
    return (
        before.tag == after.tag == "p"
        and parents[before.owner] == parents[after.owner] == outer
        and looks_like_sentence(before.text)
        and looks_like_sentence(after.text)
    )


def region_text(
    page: Page,
    element: int,
    values: list[float],
    junk: list[int],
    p: Params,
    titles: frozenset[str] = frozenset(),
) -> list[str]:
    """Paragraphs of ``element``'s blocks, without furniture nested inside it.

    Headings that repeat the page title and date or byline lines before the
    first paragraph of prose are left out, and so are pull quotes, lines that
    only label an advertisement or a read-more link, and linked lines (unless
    prose follows them: see below).  A comment section's heading ends the text.
    """
    out: list[str] = []
    blocks, flags = page.blocks, page.flags
    started = False
    # Linked lines after the first prose whose links leave room for other words (a list of
    # sources or results, a source line "Link to the report - https://..."), or that are a
    # whole linked sentence, are taken on trial: they stay when prose follows them, as the
    # body's own lines do.
    trial: list[int] = []
    for k in range(page.block_start[element], page.block_end[element]):
        b = blocks[k]
        if junk[b.owner] > element:
            if started and b.owner == junk[b.owner] and flags[b.owner] & COMMENT and b.tag in _HEADINGS:
                break  # the heading of the comments: what follows it in the region is theirs
            continue
        if b.tag[0] == "h" and len(b.tag) == 2 and (b.tag == "h1" or _norm(b.text) in titles):
            continue
        if not started:
            if b.chars <= p.meta_line_chars and _labelled_meta(b.text):
                continue  # a dated label line that reads long enough to pass for prose
            if values[k] >= p.prose_start:
                started = True
            elif is_meta_line(b.text, p.meta_line_chars) or is_time_line(b.text):
                continue
        elif p.pull_quotes and b.owner != element and _pull_quote(page, k, element):
            continue
        elif len(out) <= 2 and b.chars <= p.meta_line_chars and _labelled_meta(b.text):
            continue  # the byline or date line under a standfirst
        if b.chars <= _LABEL_CHARS and _FURNITURE_LABEL.match(b.text):
            continue
        if b.link_chars > p.link_density_max * b.chars and (
            b.link_chars > 0.8 * b.chars or not looks_like_sentence(b.text)
        ):
            if started and (
                (b.link_chars <= 0.8 * b.chars and (b.tag == "li" or b.chars - b.link_chars >= 5))
                or (looks_like_sentence(b.text) and b.text.endswith("."))
            ):
                trial.append(len(out))
                out.append(clean_text(b.text))
            continue
        if trial and values[k] >= p.prose_start:
            trial.clear()
        text = b.text  # its whitespace is collapsed already: only invisible characters may remain
        if not text.isascii() and _DROP.search(text):
            text = clean_text(text)
        if text:
            out.append(text)
    for i in reversed(trial):
        if not _SOURCE_LINE.match(out[i]):
            del out[i]
    return out


def _label_line(text: str, max_chars: int) -> bool:
    """A short line with no sentence end and no figure: a label or a name, not data."""
    return len(text) <= max_chars and not text.endswith(_SENTENCE_END) and not any(c.isdigit() for c in text)


def trim_tail(paras: list[str], run: int, max_chars: int = 50) -> list[str]:
    """Drop a closing run of ``run`` or more short label lines after the last paragraph of prose.

    Such a run is a contacts box or a list of labels.  A line with a figure
    (a telephone number, an address, a date, a page reference) is data the
    article gives, and ends the run.
    """
    if run <= 0:
        return paras
    end = len(paras)
    while end > 0 and _label_line(paras[end - 1], max_chars):
        end -= 1
    return paras[:end] if len(paras) - end >= run and end > 0 else paras


def title_keys(*titles: str | None) -> frozenset[str]:
    """Normalised forms of the page's title candidates, for comparing with headings."""
    return frozenset(_norm(t) for t in titles if t)


_MENU_TAGS = frozenset(("nav", "aside", "footer"))
_MENU_CLASS = re.compile(r"menu|nav|sidebar|footer", re.IGNORECASE)


def _in_menu(page: Page, element: int) -> bool:
    """Whether ``element`` lies in a menu, a sidebar or a footer (by tag or class name).

    Only the furniture below the nearest content element counts: a layout class
    around the whole post can say "sidebar" too, and a heading the vocabulary calls
    content ("entry-title") is the post's.
    """
    tags, classes, flags, parents = page.tags, page.classes, page.flags, page.parents
    while element > 0:
        if flags[element] & CONTENT:
            return False
        menu = tags[element] in _MENU_TAGS or _MENU_CLASS.search(classes[element])
        if menu and flags[element] & BOILERPLATE:
            return True
        element = parents[element]
    return False


#: The separator after a site's name that leads a title ("Blog name: Post title").
_LEADING_SITE = re.compile(r":\s+")
#: A title part shorter than this names a section or a site rather than the story.
_PART_CHARS = 12


def _title_parts(titles: frozenset[str]) -> frozenset[str]:
    """Each title without a leading or trailing site name, where it has one."""
    parts = set()
    for title in titles:
        part = _LEADING_SITE.split(title, maxsplit=1)[-1]
        part = _norm(SEPARATORS.split(part, maxsplit=1)[0])  # "Post title | Site"
        if len(part) >= _PART_CHARS and part not in titles:
            parts.add(part)
    return frozenset(parts)


def find_headline(page: Page, titles: frozenset[str]) -> int:
    """Index of the first heading block that repeats the page title, or -1.

    A heading in a menu, a sidebar or a footer (furniture other than a header) names
    the site or a section, not the page's story: it is passed over.  When no heading
    repeats a whole title, the first heading repeating it without a leading or
    trailing site name ("Blog name: Post title", "Post title | Site") is taken.
    """
    if not titles:
        return -1
    parts = _title_parts(titles)
    best = -1
    for k, b in enumerate(page.blocks):
        if b.tag not in ("h1", "h2", "h3"):
            continue
        text = _norm(b.text)
        if text in titles:
            if not _in_menu(page, b.owner):
                return k
        elif best < 0 and text in parts and not _in_menu(page, b.owner):
            best = k
    return best

"""The shape of a story copied from a page: a headline over its text, and lines that are no part of it.

A page's furniture is written in as many words as there are sites; its shape is the same in every language.
The story's headline stands over the first paragraphs, and around them are lines that belong to no text:
labels and buttons of a few words, counters, time stamps.  A letter, a speech or a note has a heading
too, but it addresses someone ("Mr. President,"), opens with front matter or a header block, or has no
such lines around it.  This is weaker evidence than any furniture read by name
(:func:`~ingest_builtins.formats.web_page.copied.page_signs`).
"""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.address import is_address_line
from ingest_builtins.formats.articles.agencies import is_agency
from ingest_builtins.formats.articles.furniture import is_site_name, reading_words
from ingest_builtins.formats.articles.reader_prompts import NETWORKS
from ingest_builtins.formats.web_page.copied import page_lines
from ingest_builtins.formats.web_page.document_kinds import names_own_kind
from ingest_builtins.formats.web_page.head_lines import SENTENCE_END, is_paragraph, title_like
from ingest_builtins.formats.web_page.stamps import read_timestamp
from ingest_builtins.metadata.dates import find_dates

__all__ = ["stray_lines"]

#: The headline stands among the first lines, above the first paragraph.
_HEAD_LINES = 6
_HEADLINE_WORDS = (3, 30)
#: A label or a button has so few words, and no sentence's end.
_LABEL_WORDS = 5
_FIGURES = re.compile(r"[\d\s.,:/|()+-]+")
_LETTER = re.compile(r"[^\W\d_]")
# A document's symbol on a line of its own ("SC/16342", "A/78/123"): a UN document's mark, not a page's.
_SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[A-Z0-9.]+)+$")
_NOT_STRAY = re.compile(
    r"\d{1,2}[.)．、](?:\s|(?=[\u3040-\u9fff]))|[-*•–]\s|(?i:page|pg\.|p\.|página|pagina|seite|страница|стр\.)\s*\d"
    rf"|{_SYMBOL.pattern}"
)
# A header field of minutes, a memo or a form: a label of one to three words, a colon, its value.
_FIELD = re.compile(r"[^\W\d_][\w'’-]*(?:[ ][\w'’-]+){0,2}[ \t]*:[ \t]+\S")
_HEADER_FIELDS = 2


def _is_stray(line: str) -> bool:
    """A label or button, a counter or a figure alone, or a time stamp with its time.

    Not an item of a list, a labelled field ("Apologies: Farid"), a page's number or a document's symbol, and
    not a date alone: a minute's, a letter's or a statement's parts ("Ulaanbaatar, 2 March 2026").
    """
    if _NOT_STRAY.match(line) or (": " in line and not _FIGURES.fullmatch(line.rsplit(": ", 1)[1])):
        return False
    stamp = read_timestamp(line)
    if stamp is not None:
        return "T" in stamp[0]
    dates = find_dates(line, 1)
    if dates:
        return "T" in dates[0].iso
    if _FIGURES.fullmatch(line):
        return any(character.isdigit() for character in line)  # a counter, not a rule ("=====")
    return (
        reading_words(line) <= _LABEL_WORDS
        and not line.endswith(SENTENCE_END)
        and _LETTER.search(line) is not None
    )


def _page_mark(line: str) -> bool:
    """A line under a story that only a page prints.

    A counter, a time stamp, a social network's or a site's name ("Share On Whatsapp", "Google新聞"), an
    agency's name in capitals signing the copy off.
    """
    return bool(
        _FIGURES.fullmatch(line)
        or read_timestamp(line) is not None
        or NETWORKS.search(line)
        or is_site_name(line)
        or (line.isupper() and is_agency(line))
    )


def stray_lines(text: str) -> list[str]:
    """The lines around a story that are no part of it, when ``text`` has a story's shape; else ``[]``.

    The shape: a headline among the first lines over the first paragraph, no line of address or header
    block, and above the headline or under the last paragraph lines that belong to no text.
    """
    lines = page_lines(text)
    if not lines or names_own_kind(lines):
        return []
    paragraphs = [index for index, line in enumerate(lines) if is_paragraph(line)]
    if not paragraphs or paragraphs[0] > _HEAD_LINES:
        return []
    first, last = paragraphs[0], paragraphs[-1]
    low, high = _HEADLINE_WORDS
    headlines = [line for line in lines[:first] if title_like(line) and low <= reading_words(line) <= high]
    if not headlines or any(map(is_address_line, lines)):
        return []
    head = lines[:first]
    if sum(bool(_FIELD.match(line)) for line in head) >= _HEADER_FIELDS or any(map(_SYMBOL.match, head)):
        return []  # a header block of fields ("Present: …", "Apologies: …") or a document's symbol
    above = [line for line in lines[:first] if line not in headlines and _is_stray(line)]
    below = [line for line in lines[last + 1 :] if _is_stray(line)]
    # Short lines only under the story may be its own: a signature, a list, a verse, a closing word. Alone,
    # only a counter or a time stamp there is a page's.
    if not above:
        below = [line for line in below if _page_mark(line)]
    return above + below

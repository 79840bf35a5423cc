"""The date on the short line a page sets under its headline (its byline or dateline), whatever its class."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from .dates import parse_visible_date
from .nodes import among_other_texts, node_text

__all__ = ["PUBLISHED", "UPDATED", "headline_line_date"]

#: Labels of an update's date and of the publication's.
UPDATED = re.compile(r"updat|modif|mis à jour|mise à jour|actualiz|atualiz|aktualisiert|edited", re.I)
PUBLISHED = re.compile(r"publi|posted|erschienen|pubblicato", re.I)

#: Longest line read: a byline with its date and time, an "updated" note beside it; a lead or a
#: paragraph of the text is longer.
_MAX_LINE = 100
#: Elements looked at after the headline, and after the headline's own box.
_SIBLINGS = 4


def headline_line_date(anchor: LexborNode | None, year: int | None, month_first: bool) -> str | None:
    """The first date printed on a short line right after the headline, or after the box holding it.

    Many sites print "Von Anna Schmidt, 7. Dezember 2025, 14:32 Uhr" under the
    headline in an element no class names a date, while boxes of other stories
    further down carry dates in elements that do.
    """
    node = anchor
    for _ in range(2):
        if node is None or node.tag == "body":
            return None
        sibling, seen = node.next, 0
        while sibling is not None and seen < _SIBLINGS:
            if not (sibling.tag or "-").startswith("-"):
                seen += 1
                text = node_text(sibling)
                if (
                    text
                    and len(text) <= _MAX_LINE
                    and not _sentence(text)
                    and not among_other_texts(sibling, itself=True)
                ):
                    value = parse_visible_date(_published_part(text), year, month_first)
                    if value:
                        return value
            sibling = sibling.next
        node = node.parent
    return None


def _published_part(text: str) -> str:
    """The line from its "published" label on; nothing of a line that only gives an update's date."""
    published = PUBLISHED.search(text)
    if published:
        return text[published.start() :]
    updated = UPDATED.search(text)
    return text[: updated.start()] if updated else text


def _sentence(text: str) -> bool:
    """A sentence of the text ("The report, published on March 12, 2019, found gaps."), not a byline."""
    return text.endswith((".", "!", "?", "…", '"', "“", "»")) and len(text.split()) >= 6

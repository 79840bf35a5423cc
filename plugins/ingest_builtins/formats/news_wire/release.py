"""The end of a release that a press-release wire delivers: its contact block and the wire's credit.

A company's, a party's or a government's release reaches clients as wire copy: a dateline naming the
wire ("Bonn (ots) -", "/PRNewswire/"), the text, then the issuer's press contact and the wire's own
credit ("Original-Content von: X, übermittelt durch news aktuell", "Distributed by APO Group on
behalf of X", "Distribué par APO Group pour X"). Scraped copy often glues them to the last sentence.
"""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.articles.agencies import canonical_agency
from ingest_builtins.formats.articles.site_lines import CONTACT_HEADING

__all__ = ["ReleaseTail", "release_tail"]

#: How far from the end the wire's credit is looked for, and how far above it the contact block.
_CREDIT_WINDOW = 600
_CONTACT_WINDOW = 600
_WIRES = (
    r"ots|news\s+aktuell|apa-ots|pr\s?newswire|business\s?wire|globe\s?newswire|accesswire|marketwired"
    r"|apo\s+group"
)
# At a line's or a sentence's start, or glued to the text's last word (scraped copy loses the breaks): a
# sentence saying who distributed something goes on after its verb, a credit ends the text.
_DISTRIBUTED = re.compile(
    r"(?:original-content\s+von\s*:[^\n]{0,120}?|\A|(?<=\n)[ \t]*|(?<=[.!?])[ \t]*|(?<=[^\W\d_]))"
    r"(?:übermittelt\s+durch|verbreitet\s+durch|distributed\s+by|distribué\s+par"
    r"|diffusé\s+par|distribuido\s+por|distribuído\s+por)"
    rf"\s+(?P<wire>{_WIRES})\b[^\n]{{0,300}}\s*\Z",
    re.IGNORECASE,
)
# A word each credit holds, sought first.
_CREDIT_WORDS = ("übermittelt", "verbreitet", "distribu", "diffusé")
# The label of the issuer's press contact, in the languages the wires deliver in.
_CONTACT = re.compile(rf"(?:{CONTACT_HEADING})\s*:", re.IGNORECASE)
# What a contact block holds: an address, a telephone number.
_REACH = re.compile(r"@|\d{3}")


@attrs.define
class ReleaseTail:
    """Where the release's text ends (``start`` of its contact block or credit) and the wire's name."""

    start: int
    wire: str


def release_tail(text: str) -> ReleaseTail | None:
    """The distribution block closing ``text``, or ``None`` if no press-release wire credits it."""
    window = max(0, len(text.rstrip()) - _CREDIT_WINDOW)
    end = text[window:].lower()
    if not any(word in end for word in _CREDIT_WORDS):
        return None
    credit = _DISTRIBUTED.search(text, window)
    if credit is None:
        return None
    start = credit.start()
    above = max(0, start - _CONTACT_WINDOW)
    contact = _CONTACT.search(text, above, start)
    if contact is not None and _REACH.search(text, contact.end(), start):
        start = contact.start()
    return ReleaseTail(start=start, wire=canonical_agency(credit.group("wire")))

"""Identification evidence: whether a text opens as a UN letter, a note verbale or an exchange of notes."""

from __future__ import annotations

import functools
import re

import attrs

from ingest_builtins.formats.text_keys import may_hold
from ingest_builtins.formats.un_documents.flattened import unflatten
from ingest_builtins.formats.un_documents.formulas import (
    CIRCULATION,
    CLOSINGS,
    FIRST_PERSON_OPENINGS,
    LETTER_CLOSING,
    LETTER_OPENINGS,
    OPENINGS,
    STRONG_OPENINGS,
    UN_ADDRESSEE,
    FormulaIndex,
    may_occur,
)
from ingest_builtins.formats.un_documents.markup import strip_markup
from ingest_builtins.formats.un_documents.masthead import looks_like_masthead
from ingest_builtins.formats.un_documents.signature import signed_mark
from ingest_builtins.formats.un_documents.titles import TITLE_KEYS, TITLE_START, ocr_title_kind

__all__ = ["CLOSING_REACH", "EXCHANGE_TITLE", "Evidence", "gather_evidence"]

#: The title of a treaty database's exchange of notes, in the languages such databases use; an exchange of
#: letters between governments is the same kind of instrument, written in the first person. The title may
#: name the agreement first: "Overeenkomst in de vorm van een notawisseling", "Agreement by Exchange of …".
#: The Nordic collections write "Noteveksling mellem …", "Avtale ved noteveksling", "Avtal genom notväxling".
EXCHANGE_TITLE = re.compile(
    r"^\W*(?:(?:overeenkomst|verdrag|regeling|agreement|arrangement|accord|acuerdo|convenio|"
    r"abkommen|vereinbarung|accordo|acordo|aftale|avtale|avtal|overenskomst|överenskommelse)\s+"
    r"(?:in\s+de\s+vorm\s+van\s+een|bij|in\s+the\s+form\s+of\s+an?|"
    r"by(?:\s+an?)?|effected\s+by(?:\s+an?)?|sous\s+(?:la\s+)?forme\s+d['’]|par(?:\s+un)?|en\s+forma\s+de|"
    r"por(?:\s+medio\s+de)?|mediante|in\s+form\s+eines|durch|in\s+forma\s+di|sob\s+a\s+forma\s+de|"
    r"ved|genom|gjennom|i\s+form\s+a[fv](?:\s+en)?)\s*)?"
    r"(?:exchange\s+of\s+(?:diplomatic\s+)?notes|échange\s+de\s+notes|canje\s+de\s+notas|notawisseling|"
    r"notenwechsels?|notenaustausch(?:es)?|scambio\s+di\s+note|troca\s+de\s+notas|wymiana\s+not|"
    r"note(?:ud)?veksling|brevveksling|notväxling|skriftväxling|brevväxling|noottienvaih(?:to|do)\w*|"
    r"exchange\s+of\s+letters|échange\s+de\s+lettres|canje\s+de\s+cartas|briefwisseling|briefwechsels?|"
    r"scambio\s+di\s+lettere|troca\s+de\s+cartas|(?:соглашение\s+в\s+форме\s+)?обмена?\s+нотами)\b"
    # Chinese and Japanese titles name the exchange last: "…关于延长派遣医疗队的换文", "…交換公文(口上書)".
    r"|^\W*[^\n]{2,150}?[(（]?(?:换文|換文|交换照会|交換照會|交換公文|口上書)[)）]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Every exchange-of-notes title holds one of these, lower-cased.
_EXCHANGE_KEYS = (
    "exchange", "échange", "canje", "wisseling", "wechsel", "notenaustausch", "scambio", "troca", "wymiana",
    "veksling", "växling", "noottienvaih", "обмен", "换文", "換文", "照会", "照會", "交換公文", "口上書",
)  # fmt: skip
# Web-page furniture: widget labels and timestamp lines around a copied page, each a line of its own. A match
# opens with the newline before its line (the text searched is given one first): a pattern opening with a
# literal is tried only where that literal stands.
_WEB_FURNITURE = re.compile(
    r"\n\s*(?:latest\s+news|read\s+more|share|print\s+version|search\s+in\s+archive|related\s+news|"
    r"you\s+might\s+also\s+like|views:\s*\d+|tags?:|\w+\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2}|"
    r"\d{1,2}\s+\w+\s+\d{4}\s+\[\d{1,2}:\d{2}\])\s*(?=\n|\Z)",
    re.IGNORECASE,
)
_HEAD = 6000
# Words emphasised inside running prose ("the formulas become *présente ses compliments* and …") are cited:
# identification reads the emphasis as quotation marks.
_CITED = re.compile(r"([*_])(?<=\w[ \t][*_])(?=[^\s*_])([^*_\n]{1,300}?)(?<=[^\s*_])\1(?![*_\w])")


# The openings, their keys looked for at once: the greetings, then the "has the honour" forms.
_GREETINGS = FormulaIndex(STRONG_OPENINGS)
_HONOUR_FORMS = FormulaIndex(OPENINGS[len(STRONG_OPENINGS) :])

#: A closing formula is evidence of a note only when the note's opening stands within this many characters.
CLOSING_REACH = 1500


@attrs.frozen
class Evidence:
    """What the head of a text shows; ``*_at`` are character offsets (``None``: not seen).

    Some signs weigh only beside others, and are looked for only there:
    ``closing`` (a closing courtesy formula anywhere in the text) beside a
    note's opening within :data:`CLOSING_REACH` characters of the top, and
    only when asked for (a note's title already settles its score);
    ``web_furniture`` (widget and time-stamp lines) beside a title or an
    opening; ``circulation`` beside a letter title, ``signed`` beside a
    letter title or a masthead, ``letter_opening`` beside either or an
    exchange-of-notes title.
    """

    letter_title_at: int | None = None
    note_title_at: int | None = None
    note_opening_at: int | None = None
    compliments_at: int | None = None
    exchange_title: bool = False
    masthead: bool = False
    signed: bool = False
    circulation: bool = False
    letter_opening: bool = False
    web_furniture: int = 0
    lines_before_title: int = 0
    bare_letter: bool = False
    text: str = attrs.field(default="", repr=False, eq=False)

    @property
    def closing(self) -> bool:
        """A closing courtesy formula anywhere in the text, beside a note's opening near the top."""
        opening = self.note_opening_at
        return opening is not None and opening < CLOSING_REACH and _closes(self.text[:200_000])


def _first_title(lines: list[str]) -> tuple[int | None, int | None, int]:
    letter = note = None
    offset = 0
    for number, line in enumerate(lines):
        if number >= 80:
            break
        match = TITLE_START.match(line)
        if match is not None:
            if match.group("note"):
                note = offset
            else:
                letter = offset
            return letter, note, number
        offset += len(line) + 1
    return None, None, 0


# The evidence of the last text asked about is kept: each format plugin weighing the same document
# (a letter, a note) asks for it, and it is gathered once.
@functools.lru_cache(maxsize=1)
def gather_evidence(text: str) -> Evidence:
    """Look at the first few thousand characters of ``text``; bounded work whatever its size."""
    return _gather(text)


def _search(pattern: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    return pattern.search(text) if may_occur(pattern, lowered) else None


def _quoted(text: str, position: int, block_quotes: bool = False) -> bool:
    """Whether ``position`` is inside a quotation opened earlier in its paragraph (a cited formula).

    With ``block_quotes``, a paragraph of a Markdown block quote (``> …``) is a quotation too.
    """
    paragraph = max(0, text.rfind("\n\n", 0, position))
    if block_quotes and text[paragraph:position].lstrip().startswith(">"):
        return True
    before = text[paragraph:position]
    german = before.count("„")  # German quotations open with „ and close with “
    if german > before.count("“"):
        return True
    curly = before.count("“") - german > before.count("”") or before.count("«") > before.count("»")
    # (a straight double quotation mark, or its look-alike the modifier letter double prime "ʺ")
    return curly or (before.count('"') + before.count("\u02ba")) % 2 == 1


def _unquoted(pattern: re.Pattern[str], text: str, block_quotes: bool) -> re.Match[str] | None:
    """The first match of ``pattern`` outside quotation marks (and block quotes, with ``block_quotes``)."""
    return next((m for m in pattern.finditer(text) if not _quoted(text, m.start(), block_quotes)), None)


def _quotes_blocks(text: str) -> bool:
    """Whether ``text`` sets Markdown block quotes (``> …``) among lines of its own.

    A text quoted whole (a forwarded message, every line ``> …``) is the
    quotation's own rendering: its block quotes cite nothing.
    """
    if ">" not in text:
        return False
    lines = [line.lstrip() for line in text.split("\n") if line.strip()]
    quoted = sum(line.startswith(">") for line in lines)
    return 0 < quoted < len(lines)


#: Room for the line breaks a flattened document gets back before its head is cut.
_FLAT_SLACK = 16


def _gather(text: str) -> Evidence:
    head = unflatten(text[: _HEAD + _FLAT_SLACK])[:_HEAD]
    head = strip_markup(_CITED.sub("“\\2”", head) if "*" in head or "_" in head else head)
    lowered = head.lower()
    lines = head.split("\n")
    may_be_titled = any(key in lowered for key in TITLE_KEYS)
    letter, note, before = _first_title(lines) if may_be_titled else (None, None, 0)
    masthead = looks_like_masthead(head[:2500], lowered[:2500])
    if letter is None and note is None and masthead:
        offset = 0
        lines = head[:4000].split("\n")
        for index, line in enumerate(lines):
            kind = ocr_title_kind(lines, index)
            if kind is not None:
                letter, note = (offset, None) if kind == "letter" else (None, offset)
                break
            offset += len(line) + 1
    # The compliments always count; "has the honour" forms only where they open a paragraph.
    # A formula cited in a block quote or between quotation marks is no opening of the text's own.
    blocks = _quotes_blocks(head)
    openings = [
        m.start() for pattern in _GREETINGS.occurring(lowered) if (m := _unquoted(pattern, head, blocks))
    ]
    compliments = min(openings) if openings else None
    for pattern in _HONOUR_FORMS.occurring(lowered):
        for match in pattern.finditer(head):
            paragraph_start = max(head.rfind("\n\n", 0, match.start()), head.rfind(".", 0, match.start()))
            if match.start() - paragraph_start < 250 and not _quoted(head, match.start(), blocks):
                openings.append(match.start())
                break
    top = head[:1500]
    exchange = may_hold(top, _EXCHANGE_KEYS) and EXCHANGE_TITLE.search(top) is not None
    titled = letter is not None
    framed = titled or masthead or exchange
    return Evidence(
        letter_title_at=letter,
        note_title_at=note,
        note_opening_at=min(openings) if openings else None,
        compliments_at=compliments,
        exchange_title=exchange,
        masthead=masthead,
        signed=(titled or masthead) and any(signed_mark(line) for line in lines),
        circulation=titled and _search(CIRCULATION, head, lowered) is not None,
        letter_opening=(framed and any(_search(pattern, head, lowered) for _, pattern in LETTER_OPENINGS))
        # Under an exchange title, letters in any language the first-person openings know ("Ich beehre mich").
        or (exchange and any(_search(pattern, head, lowered) for _, pattern in FIRST_PERSON_OPENINGS)),
        web_furniture=_web_furniture(text) if openings or letter is not None or note is not None else 0,
        lines_before_title=before,
        # (without a title or masthead, the letter's formula must open a paragraph: read there, once)
        bare_letter=not framed and _bare_letter(text, head, lines),
        text=text,
    )


def _bare_letter(text: str, head: str, lines: list[str]) -> bool:
    """A letter to the UN without its title or masthead.

    The Organization or an organ is named near the top, and a signature, a circulation request or a
    letter's closing courtesy ("… your obedient servant") stands in it.
    """
    if not _opens_paragraph(head) or UN_ADDRESSEE.search(head[:_BARE_LETTER_TOP]) is None:
        return False
    tail = text[-_BARE_LETTER_TAIL:]
    return (
        any(signed_mark(line) for line in lines + tail.split("\n"))
        or CIRCULATION.search(head) is not None
        or LETTER_CLOSING.search(tail) is not None
    )


def _opens_paragraph(head: str) -> bool:
    """Whether a letter's first-person formula opens a paragraph of ``head``, unquoted (not one cited)."""
    lowered = head.lower()
    for _, pattern in LETTER_OPENINGS:
        for match in pattern.finditer(head) if may_occur(pattern, lowered) else ():
            paragraph = head.rfind("\n\n", 0, match.start()) + 1
            if not head[paragraph : match.start()].strip() and not _quoted(head, match.start()):
                return True
    return False


#: Where a bare letter names the Organization, and where its signature or closing courtesy stands.
_BARE_LETTER_TOP = 1500
_BARE_LETTER_TAIL = 1500


def _web_furniture(text: str) -> int:
    return len(_WEB_FURNITURE.findall("\n" + text[:_HEAD] + "\n" + text[-2000:]))


def _closes(text: str) -> bool:
    lowered = text.lower()
    return any(_search(pattern, text, lowered) for _, pattern in CLOSINGS)

"""How sure we are that a text is a note verbale or an exchange of notes."""

from __future__ import annotations

import re

from ingest_builtins.formats.un_documents.genre import CLOSING_REACH, Evidence
from ingest_builtins.formats.un_documents.listing import listed_titles

__all__ = ["note_score"]

# A formula quoted as a model rather than sent: a placeholder for the sender ("La Mission permanente de
# [pays] …", "The Embassy of <country> …") or a language label opening its line ("FR: La Mission …").
# (A bracketed word, not a footnote's number "[1]" or a Markdown link's text "[…](…)".)
_PLACEHOLDER = re.compile(r"\[(?=[^\]\n]*[^\W\d_])[^\]\n]{1,30}\](?!\()|<[^>\n]{1,30}>|\{[^}\n]{1,30}\}")
_LANGUAGE_LABEL = re.compile(r"[ \t]*[A-Z]{2}[ \t]*:[ \t]")
# A blank named in brackets, as guides and textbooks print their models: "(name of country)",
# "(название страны)", "(nom du pays)", "(nombre del país)", "(№ ноты и дата)".
_NAMED_BLANK = re.compile(
    r"\((?:name\s+of(?:\s+the)?\s+\w+|название\s+\w+|nom\s+d[ue]\s+\w+|nombre\s+del?\s+\w+|№[^)\n]{0,30}"
    r"|country|pays|país|date|дата)\)",
    re.IGNORECASE,
)
_BLANK_REACH = 300


def _quoted_model(text: str, at: int) -> bool:
    """Whether the formula at ``at`` is quoted as a model, not sent.

    A placeholder or a language label on its line, or a blank named in brackets near it ("… to the
    Ministry of Foreign Affairs of (name of country)").
    """
    start = text.rfind("\n", 0, at) + 1
    if _PLACEHOLDER.search(text, start, at) or _LANGUAGE_LABEL.match(text, start, at):
        return True
    end = text.find("\n", at)
    if _PLACEHOLDER.search(text, at, len(text) if end < 0 else end):
        return True  # "… presents its compliments to the Permanent Mission of the [Country] …"
    return bool(_NAMED_BLANK.search(text, max(0, at - _BLANK_REACH), at + _BLANK_REACH))


# An office speaking of itself in the third person at the start of a paragraph, before "has the honour".
_OFFICE_SUBJECT = re.compile(
    r"(?:The|La|Le|El|A|O|Die|Das)\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:Department|Ministry|Embassy|Legation|Mission"
    r"|Secretariat|Consulate|High\s+Commission|Delegation|Ministère|Ambassade|Ministerio|Embajada|Misión|Missão"
    r"|Embaixada|Ministério|Botschaft|Ministerium)\b[^.\n]{0,120}$"
)


def _office_speaks(text: str, at: int) -> bool:
    """Whether the paragraph holding the opening at ``at`` begins with an office as its subject."""
    start = max(text.rfind("\n", 0, at) + 1, 0)
    return _OFFICE_SUBJECT.match(text[start:at].strip()) is not None


def note_score(evidence: Evidence) -> tuple[float, str] | None:
    """A score and its reason, or ``None`` when the text shows nothing of a note."""
    note, letter = evidence.note_title_at, evidence.letter_title_at
    if note is not None and (letter is None or note < letter):
        if evidence.note_opening_at is None and not evidence.masthead and listed_titles(evidence.text) >= 3:
            return None  # titles one under another and no note's formula: a list of documents
        return 0.95, "'Note verbale dated …' title" + (" with UN masthead" if evidence.masthead else "")
    opening = evidence.note_opening_at
    if letter is not None and (opening is None or letter < opening):
        return None  # a letter's title comes first; a note it quotes or annexes does not make it one
    if opening is None:
        if evidence.exchange_title and evidence.letter_opening:
            return 0.9, "exchange-of-notes title and notes written in the first person"
        return None
    if _quoted_model(evidence.text, opening):
        return None  # a glossary or a guide quoting the formula, not a note
    if evidence.exchange_title:
        return 0.95, "exchange-of-notes title and a note's courtesy formula"
    if evidence.masthead:
        return 0.9, "UN masthead and a note's courtesy formula"
    if evidence.web_furniture >= 2:
        return 0.4, "a note's courtesy formula inside a copied web page's furniture"
    if evidence.closing and opening < CLOSING_REACH:
        if evidence.compliments_at is not None and evidence.compliments_at < 1500:
            return 0.9, "a note's compliments and closing courtesy formulas"
        return 0.85, "a note's opening and closing courtesy formulas"
    if evidence.compliments_at is None:
        if _office_speaks(evidence.text, opening):
            # US practice: "The Department of State has the honor to …", in the third person, no formulas.
            return 0.45, "an office's third-person opening ('The Department of State has the honor to')"
        return None  # a lone "has the honour to" makes no note
    return (0.6 if evidence.compliments_at < 3000 else 0.4), "a note's courtesy formula"

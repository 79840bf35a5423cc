"""How sure we are that a text is a UN letter, from its title, masthead, signature and formulas."""

from __future__ import annotations

from ingest_builtins.formats.un_documents.genre import Evidence
from ingest_builtins.formats.un_documents.listing import listed_titles

__all__ = ["letter_score"]


def letter_score(evidence: Evidence) -> tuple[float, str] | None:
    """A score and its reason, or ``None`` when the text shows nothing of a letter."""
    if evidence.note_title_at is not None:
        return None  # a note verbale's title comes first: its annex may be a letter, it is not one
    support = sum((evidence.masthead, evidence.signed, evidence.circulation or evidence.letter_opening))
    if evidence.letter_title_at is not None:
        if evidence.note_opening_at is not None and evidence.note_opening_at < evidence.letter_title_at:
            return 0.3, "a note's courtesy formula comes before the letter title"
        if evidence.web_furniture >= 2 and not evidence.masthead:
            if evidence.signed and (evidence.circulation or evidence.letter_opening):
                # The whole letter is there, title, formula and signature: it outweighs the page around it.
                return (
                    0.9,
                    "'Letter dated …' title, '(Signed)' block and a letter's formula inside a web page",
                )
            return 0.45, "'Letter dated …' title, but inside a copied web page's furniture"
        if evidence.lines_before_title > 40 and not evidence.masthead:
            return 0.4, "'Letter dated …' line far from the top"
        letter_body = evidence.signed or evidence.circulation or evidence.letter_opening
        if not letter_body and listed_titles(evidence.text) >= 3:
            # titles one under another, perhaps under organs' names that read as a masthead, and nothing
            # of a letter's own (no formula, no signature): a list of documents
            return None
        return 0.9 + 0.02 * support, "'Letter dated …' title" + (
            " with UN masthead" if evidence.masthead else ""
        )
    if evidence.masthead and evidence.signed and evidence.letter_opening and evidence.note_opening_at is None:
        return 0.8, "UN masthead, first-person opening and '(Signed)' block, title illegible"
    if evidence.bare_letter and evidence.note_opening_at is None and evidence.web_furniture < 2:
        return (
            0.6,
            "a letter's first-person formula to the UN, and its signature, circulation request or courtesy",
        )
    return None

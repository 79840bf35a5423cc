"""Shared metadata step ``language.detect``: the language of each part, of the document, and all present."""

from __future__ import annotations

from collections.abc import Sequence

from ingest import FINISH, Document, Part, Step, hookimpl
from ingest_builtins.metadata.language import WHOLE_TEXT_LIMIT, detect_language, language_shares

__all__ = ["MEANINGFUL_SHARE", "fill_languages", "ingest_metadata_steps", "is_own_text"]

#: A language counts in ``document.languages`` when it covers at least this share of the text's letters …
MEANINGFUL_SHARE = 0.1
#: … or at least this many letters of it (a long annex in a very long document).
MEANINGFUL_LETTERS = 1_500

_WHOLE = WHOLE_TEXT_LIMIT
#: A text the model is unsure of as a whole is in the language of so large a share of its parts.
_MOSTLY = 0.8

#: Part roles that are not the document's own text: its language is that of another part.
_ACCESSORY_ROLES = ("annex", "attachment", "enclosure", "appendix", "footnote", "note-footnote")


def is_own_text(part: Part) -> bool:
    """Whether ``part`` is the document's own text (a letter, a note), not an annex or a footnote."""
    role = part.role.lower()
    return not role.startswith(_ACCESSORY_ROLES)


def _size(text: str) -> int:
    return sum(map(str.isalpha, text))


def _meaningful(letters: int, total: int) -> bool:
    return total > 0 and (letters / total >= MEANINGFUL_SHARE or letters >= MEANINGFUL_LETTERS)


def fill_languages(document: Document) -> Document:
    """Fill what is unset: each part's ``language``, ``document.language``, ``document.languages``.

    The document's language is that of its first own part (the note, the
    letter; not an annex) when it has parts, otherwise that of its whole
    text.  ``languages`` lists the document's language, then each part's,
    then (for a document without parts) any other language covering a
    meaningful share of the text.  Values a format plugin set are kept.
    """
    parts = tuple(
        part
        if part.language is not None
        else Part(part.role, part.text, part.title, detect_language(part.text))
        for part in document.parts
    )
    language = document.language
    if language is None and parts:
        language = next((p.language for p in parts if is_own_text(p) and p.language), None)
    # The shares of a text without parts serve both its language and its languages: read them once.
    shares = language_shares(document.text) if not parts and not document.languages else None
    if language is None:
        if shares is not None and len(document.text) > _WHOLE:
            language = next(iter(shares), None)
        else:
            language = detect_language(document.text)
        if language is None and shares:
            # The whole read as one left the model unsure; its parts read one by one agree on a language.
            top, share = next(iter(shares.items()))
            language = top if share >= _MOSTLY else None
    languages = document.languages
    if not languages:
        found: list[str] = [language] if language else []
        # Only a language other than the document's own needs its share weighed.
        if parts:
            others = [p for p in parts if p.language and p.language != language]
            if others:
                total = sum(_size(part.text) for part in parts)
                found += [p.language for p in others if p.language and _meaningful(_size(p.text), total)]
        elif any(code != language for code in shares or {}):
            total = _size(document.text)
            found += [
                code
                for code, share in (shares or {}).items()
                if share >= MEANINGFUL_SHARE or share * total >= MEANINGFUL_LETTERS
            ]
        languages = tuple(dict.fromkeys(found))
    changes: dict[str, object] = {}
    if parts != document.parts:
        changes["parts"] = parts
    if language != document.language:
        changes["language"] = language
    if languages != document.languages:
        changes["languages"] = languages
    return document.evolve(**changes) if changes else document


@hookimpl
def ingest_metadata_steps(format: str) -> Sequence[Step]:
    """Languages last, once every format has set what it knows, for every format."""
    return [Step("language.detect", fill_languages, order=FINISH)]

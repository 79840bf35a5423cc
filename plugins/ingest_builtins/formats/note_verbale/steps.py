"""The ``note-verbale`` steps: a UN-circulated note is laid out like a letter, an exchange cut into notes."""

from __future__ import annotations

from ingest import Document, Part
from ingest_builtins.formats.note_verbale.chain import Chain, read_chain
from ingest_builtins.formats.note_verbale.opening import find_opening, read_correspondents
from ingest_builtins.formats.un_documents.dates import title_date
from ingest_builtins.formats.un_documents.fields import document_fields
from ingest_builtins.formats.un_documents.flattened import unflatten
from ingest_builtins.formats.un_documents.layout import Layout, read_layout
from ingest_builtins.formats.un_documents.legibility import legible, legible_correspondents
from ingest_builtins.formats.un_documents.markup import strip_markup
from ingest_builtins.formats.un_documents.masthead import looks_like_masthead
from ingest_builtins.formats.un_documents.paragraphs import rebuild_paragraphs
from ingest_builtins.formats.un_documents.titles import parse_title, title_kind
from ingest_builtins.metadata.language import detect_language

__all__ = ["describe", "lay_out"]

_LAYOUT = "un_layout"
_CHAIN = "note_chain"


def _language(sample: str) -> str | None:
    if len(sample.strip()) < 20:
        return None
    try:
        return detect_language(sample)
    except Exception:  # pragma: no cover - a detector failure must not fail the document
        return None


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in rebuild_paragraphs(text.split("\n")) if p.strip()]


def _un_layout(text: str) -> Layout | None:
    text = unflatten(text)
    head = text[:6000]
    if not looks_like_masthead(head[:2500]) and not any(
        title_kind(line) == "note" for line in head.split("\n")[:80]
    ):
        return None
    layout = read_layout(text, "note", _language)
    if layout.title_kind == "note" or (looks_like_masthead("\n".join(layout.masthead)) and layout.sections):
        return layout if layout.text.strip() else None
    return None


def _chain_parts(chain: Chain) -> tuple[list[Part], list[str]]:
    spans: list[tuple[int, int, str, str | None, str | None]] = [
        (note.start, note.end, "note", None, note.language) for note in chain.notes
    ]
    spans += [(start, end, "annex", heading, None) for start, end, heading in chain.annexes]
    parts: list[Part] = []
    blocks: list[str] = []
    for start, end, role, title, language in sorted(spans):
        paragraphs = _paragraphs(chain.text[start:end])
        if not paragraphs:
            continue
        body = "\n\n".join(paragraphs)
        parts.append(Part(role, body, title, language or _language(body[:2000])))
        blocks.append(body)
    return parts, blocks


def lay_out(document: Document) -> Document:
    """Take the note(s) apart from masthead, letterheads, places and dates, addresses and annexes."""
    text = strip_markup(document.text)
    layout = _un_layout(text)
    if layout is not None:
        parts = [Part(s.role, s.text, s.title or s.heading, s.language) for s in layout.sections]
        if layout.footnotes:
            parts.append(Part("footnotes", "\n".join(layout.footnotes)))
        annotations = {**document.annotations, _LAYOUT: layout}
        return document.evolve(text=layout.text, parts=tuple(parts), annotations=annotations)
    chain = read_chain(text)
    if chain is None:
        return document.with_warning("note-verbale: no note opening found; text left as it was")
    parts, blocks = _chain_parts(chain)
    if not blocks:
        return document
    annotations = {**document.annotations, _CHAIN: chain}
    return document.evolve(text="\n\n".join(blocks), parts=tuple(parts), annotations=annotations)


def _languages(parts: tuple[Part, ...]) -> tuple[str, ...]:
    seen: list[str] = []
    for part in parts:
        if part.role in ("note", "annex") and part.language and part.language not in seen:
            seen.append(part.language)
    return tuple(seen)


def _describe_un(document: Document, layout: Layout) -> Document:
    fields = document_fields(layout)
    issue = fields.pop("issue_date")
    parsed = parse_title(layout.title) if layout.title and legible(layout.title) else None
    note_date = title_date(layout.title) if layout.title else None
    parts = legible_correspondents(layout.title) if layout.title else None
    sender, addressee = (parts.sender, parts.addressee) if parts else (None, None)
    note = layout.sections[0] if layout.sections else None
    if note is not None and (sender is None or addressee is None) and note.paragraphs:
        opening = find_opening(note.paragraphs[0])
        if opening is not None:
            found = read_correspondents(note.paragraphs[0][opening.start :], opening, opening.start)
            sender, addressee = sender or found[0], addressee or found[1]
    titles = [s.title for s in layout.sections if s.role == "annex" and s.title]
    changes: dict[str, object] = {"date": issue or note_date}
    if parsed is not None and (parsed.sender or parsed.addressee):
        changes["title"] = layout.title
    if note is not None and note.language:
        changes["language"] = note.language
    document = document.evolve(**{k: v for k, v in changes.items() if v is not None})
    return document.with_metadata(
        **fields,
        note_date=note_date,
        sender=sender,
        addressee=addressee,
        annex_title=titles[0] if titles else None,
        annex_titles=titles if len(titles) > 1 else None,
    )


def _describe_chain(document: Document, chain: Chain) -> Document:
    first = chain.notes[0]
    dates = {note.date for note in chain.notes if note.date}
    # A formula shared by several languages leaves the note's language to the detector.
    language = first.language or next(
        (p.language for p in document.parts if p.role == "note" and p.language), None
    )
    changes: dict[str, object] = {"language": language} if language else {}
    if chain.title:
        changes["title"] = chain.title
    if len(dates) == 1 and all(note.date for note in chain.notes):
        changes["date"] = next(iter(dates))  # every note of the exchange bears the same date
    document = document.evolve(**changes)
    return document.with_metadata(
        note_date=first.date,
        note_dates=[note.date for note in chain.notes] if len(dates) > 1 else None,
        sender=first.sender,
        addressee=first.addressee,
        annex_title=chain.annexes[0][2] if chain.annexes else None,
    )


def describe(document: Document) -> Document:
    """Title, dates, sender and addressee, UN fields; the note's language and the languages of all parts."""
    layout = document.annotations.get(_LAYOUT)
    chain = document.annotations.get(_CHAIN)
    if not isinstance(layout, Layout) and not isinstance(chain, Chain):
        text = strip_markup(document.text)
        layout = _un_layout(text)
        chain = None if layout is not None else read_chain(text)
    if isinstance(layout, Layout):
        document = _describe_un(document, layout)
    elif isinstance(chain, Chain):
        document = _describe_chain(document, chain)
    else:
        return document
    languages = _languages(document.parts)
    if languages:
        document = document.evolve(languages=languages)
    return document

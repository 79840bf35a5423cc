"""The ``un-letter`` steps: take the letter apart, then read its title, correspondents and document fields."""

from __future__ import annotations

from collections.abc import Callable

from ingest import Document, Part
from ingest_builtins.formats.un_documents.dates import own_date, title_date
from ingest_builtins.formats.un_documents.fields import document_fields, document_years
from ingest_builtins.formats.un_documents.layout import Layout, read_layout
from ingest_builtins.formats.un_documents.legibility import legible, legible_correspondents
from ingest_builtins.formats.un_documents.letter_head import dated_line
from ingest_builtins.formats.un_documents.markup import strip_markup
from ingest_builtins.formats.un_documents.organs import find_organs
from ingest_builtins.formats.un_documents.titles import parse_title

__all__ = ["correspondents", "describe", "lay_out", "layout_of", "title_and_date"]

from ingest_builtins.metadata.language import detect_language

_KEY = "un_layout"


def _language(sample: str) -> str | None:
    if len(sample.strip()) < 20:
        return None
    try:
        return detect_language(sample)
    except Exception:  # pragma: no cover - a detector failure must not fail the document
        return None


def layout_of(document: Document, role: str = "letter") -> Layout:
    """The layout a cleaning step found, or the layout of the text as it stands."""
    found = document.annotations.get(_KEY)
    if isinstance(found, Layout):
        return found
    return read_layout(strip_markup(document.text), role, _language)


def lay_out(role: str) -> Callable[[Document], Document]:
    """A cleaning step: keep the body and annexes, drop furniture, rebuild paragraphs, set the parts."""

    def step(document: Document) -> Document:
        layout = read_layout(strip_markup(document.text), role, _language)
        text = layout.text
        if not text.strip():
            return document.with_warning(f"{role}: no body found; text left as it was")
        parts = [Part(section.role, section.text, section.title or section.heading, section.language)
                 for section in layout.sections]  # fmt: skip
        if layout.footnotes:
            parts.append(Part("footnotes", "\n".join(layout.footnotes)))
        return document.evolve(
            text=text, parts=tuple(parts), annotations={**document.annotations, _KEY: layout}
        )

    step.__doc__ = (
        f"Take the {role} apart: body and annexes kept, page furniture, signature and footnotes set aside."
    )
    return step


def title_and_date(document: Document) -> Document:
    """Title (the "Letter dated …" lines, joined) and date (the letter's own; else the issue date)."""
    layout = layout_of(document)
    changes: dict[str, object] = {}
    if layout.title and legible(layout.title):
        parsed = parse_title(layout.title)
        if parsed is not None and (parsed.sender or parsed.addressee):
            changes["title"] = layout.title
    # (an untitled letter's own date: its place and date line over the salutation)
    dated = title_date(layout.title) if layout.title else dated_line(layout.masthead)
    date = own_date(dated, document_fields(layout)["issue_date"], document_years(layout))
    if date is not None:
        changes["date"] = date
    return document.evolve(**changes) if changes else document


def correspondents(document: Document) -> Document:
    """Sender and addressee from the title, signatory and titles from the "(Signed)" block."""
    layout = layout_of(document)
    parsed = legible_correspondents(layout.title) if layout.title else None
    signature = layout.sections[0].signature if layout.sections else None
    sender = parsed.sender if parsed else None
    if sender is None and signature is not None and signature.title:
        sender = signature.title
    return document.with_metadata(
        sender=sender,
        addressee=parsed.addressee if parsed else None,
        signatory=signature.name if signature else None,
        signatory_title=signature.title if signature else None,
    )


def describe(document: Document) -> Document:
    """Symbols, organs, agenda items, session, original language and annex titles; the letter's language."""
    layout = layout_of(document)
    fields = document_fields(layout)
    fields.pop("issue_date")
    if fields["organs"] is None and layout.title:
        fields["organs"] = find_organs(layout.title) or None  # "from the President of the Security Council"
    annexes = [section for section in layout.sections if section.role == "annex"]
    titles = [section.title for section in annexes if section.title]
    document = document.with_metadata(
        **fields,
        annex_title=titles[0] if titles else None,
        annex_titles=titles if len(titles) > 1 else None,
    )
    if document.language is None and layout.sections and layout.sections[0].language:
        document = document.evolve(language=layout.sections[0].language)
    return document

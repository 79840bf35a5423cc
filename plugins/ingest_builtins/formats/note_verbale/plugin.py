"""The ``note-verbale`` format plugin: identification, cleaning and metadata steps."""

from __future__ import annotations

from collections.abc import Sequence

from ingest import FORMAT, Document, FormatRegistry, Score, Step, hookimpl

# The rules are imported when first used, not when the plugin loads (`ingest --help` loads every plugin).

__all__ = ["ingest_cleaning_steps", "ingest_identify", "ingest_metadata_steps", "ingest_register_formats"]

NAME = "note-verbale"


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``note-verbale``."""
    formats.add(NAME, "Notes verbales of permanent missions and ministries, and exchanges of notes")


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """A 'Note verbale dated …' title, or a note's courtesy formula near the top."""
    from ingest_builtins.formats.note_verbale.identify import note_score
    from ingest_builtins.formats.un_documents.genre import gather_evidence

    found = note_score(gather_evidence(document.text))
    return None if found is None else Score(NAME, found[0], found[1])


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step] | None:
    """Separate the note(s) from masthead, letterheads, addresses and annexes."""
    if format != NAME:
        return None
    from ingest_builtins.formats.note_verbale.steps import lay_out

    return [Step(f"{NAME}.lay-out", lay_out, order=FORMAT)]


@hookimpl
def ingest_metadata_steps(format: str) -> Sequence[Step] | None:
    """Title, dates, correspondents, UN fields and languages."""
    if format != NAME:
        return None
    from ingest_builtins.formats.note_verbale.steps import describe

    return [Step(f"{NAME}.describe", describe, order=FORMAT)]

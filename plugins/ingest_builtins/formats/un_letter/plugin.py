"""The ``un-letter`` format plugin: identification, cleaning and metadata steps."""

from __future__ import annotations

from collections.abc import Sequence

from ingest import FORMAT, Document, FormatRegistry, Score, Step, hookimpl

# The rules are imported when first used, not when the plugin loads (`ingest --help` loads every plugin).

__all__ = ["ingest_cleaning_steps", "ingest_identify", "ingest_metadata_steps", "ingest_register_formats"]

NAME = "un-letter"


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``un-letter``."""
    formats.add(NAME, "UN letters to the Secretary-General or the President of an organ")


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """A 'Letter dated …' title (or a masthead, first-person opening and signature) at the top."""
    from ingest_builtins.formats.un_documents.genre import gather_evidence
    from ingest_builtins.formats.un_letter.identify import letter_score

    found = letter_score(gather_evidence(document.text))
    return None if found is None else Score(NAME, found[0], found[1])


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step] | None:
    """Take the letter apart into body, annexes and footnotes."""
    if format != NAME:
        return None
    from ingest_builtins.formats.un_letter.steps import lay_out

    return [Step(f"{NAME}.lay-out", lay_out("letter"), order=FORMAT)]


@hookimpl
def ingest_metadata_steps(format: str) -> Sequence[Step] | None:
    """Title and date, correspondents, then the document's UN fields."""
    if format != NAME:
        return None
    from ingest_builtins.formats.un_letter.steps import correspondents, describe, title_and_date

    return [
        Step(f"{NAME}.title-and-date", title_and_date, order=FORMAT),
        Step(f"{NAME}.correspondents", correspondents, order=FORMAT),
        Step(f"{NAME}.document-fields", describe, order=FORMAT),
    ]

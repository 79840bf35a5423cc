"""The hooks of the press-release plugin: a format, its identification, and its steps."""

from __future__ import annotations

from collections.abc import Sequence

from ingest import FORMAT, Document, FormatRegistry, Score, Step, hookimpl
from ingest_press_release.release import END_MARK, RELEASE_LINE, body_of, dateline_of, headline_of

__all__ = ["ingest_cleaning_steps", "ingest_identify", "ingest_metadata_steps", "ingest_register_formats"]

FORMAT_NAME = "press-release"


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare the ``press-release`` format."""
    formats.add(FORMAT_NAME, "Press releases with a release line and an end mark")


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """A release line near the top, and an end mark, make a press release."""
    head = document.text[:1500]
    if not RELEASE_LINE.search(head):
        return None
    if END_MARK.search(document.text):
        return Score(FORMAT_NAME, 0.95, "release line at the top and an end mark")
    return Score(FORMAT_NAME, 0.7, "release line at the top")


def keep_body(document: Document) -> Document:
    """Keep the release's body: drop the release line, the headline, the end mark and the contact block."""
    headline = headline_of(document.text)
    return document.evolve(text=body_of(document.text)).with_annotations(press_release_headline=headline)


def describe(document: Document) -> Document:
    """Take the headline as title, and the dateline's place and date."""
    document = document.evolve(title=document.annotations.get("press_release_headline"))
    dateline = dateline_of(document.text)
    if dateline is not None:
        place, date = dateline
        document = document.evolve(date=date).with_metadata(dateline=place)
    return document


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step] | None:
    """One step for press releases, none for other formats."""
    if format != FORMAT_NAME:
        return None
    return [Step("press-release.keep-body", keep_body, order=FORMAT)]


@hookimpl
def ingest_metadata_steps(format: str) -> Sequence[Step] | None:
    """One step for press releases, none for other formats."""
    if format != FORMAT_NAME:
        return None
    return [Step("press-release.describe", describe, order=FORMAT)]

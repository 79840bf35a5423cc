"""The output of the pipeline: one record per document, or one failure record."""

from __future__ import annotations

from typing import ClassVar, Literal

import attrs

from ingest.model.document import Document, Part
from ingest.model.frozen import FrozenDict, freeze
from ingest.model.provenance import Change
from ingest.model.source import RawInput, Source
from ingest.rounding import rounded

__all__ = ["CORE", "SCHEMA_VERSION", "Failure", "Record", "RecordSource", "Result"]

#: The name a failure gives when the core itself failed or refused the input (``Failure.plugin_name``).
CORE = "core"
#: Version of the record's JSON form (docs/record-schema.md); bumped on incompatible change.
SCHEMA_VERSION = 1


@attrs.frozen(slots=False)
class RecordSource:
    """The ``source`` block of a record: where the input was and how it was decoded."""

    uri: str
    path: str | None = None
    size: int | None = None
    sha256: str | None = None
    media_type: str | None = None
    encoding: str | None = None
    encoding_confidence: float | None = None

    @classmethod
    def of(cls, source: Source, raw: RawInput | None = None) -> RecordSource:
        """Describe ``source``, with size and digest when its bytes were read."""
        if raw is None:
            return cls(uri=source.uri, path=source.path)
        return cls(
            uri=source.uri,
            path=source.path,
            size=raw.size,
            sha256=raw.sha256,
            media_type=raw.media_type,
        )


@attrs.frozen(slots=False)
class Record:
    """A document that went through every stage: the JSON form's fields, typed."""

    kind: ClassVar[Literal["record"]] = "record"

    id: str
    source: RecordSource
    format: str
    format_confidence: float
    text: str = attrs.field(repr=lambda text: f"<{len(text)} characters>")
    title: str | None = None
    date: str | None = None
    language: str | None = None
    languages: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    parts: tuple[Part, ...] = ()
    metadata: FrozenDict = attrs.field(factory=FrozenDict, converter=freeze)
    provenance: tuple[Change, ...] = attrs.field(default=(), repr=False)
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_document(cls, document: Document) -> Record:
        """Build the record of a document that has been identified, cleaned and described."""
        raw = document.raw
        decoded = document.decoded
        source = RecordSource(
            uri=raw.source.uri,
            path=raw.source.path,
            size=raw.size,
            sha256=raw.sha256,
            media_type=raw.media_type,
            encoding=decoded.encoding,
            encoding_confidence=rounded(decoded.confidence, 1e4),
        )
        return cls(
            id=raw.id,
            source=source,
            format=document.format or "unknown",
            format_confidence=rounded(document.format_confidence or 0.0, 1e4),
            text=document.text,
            title=document.title,
            date=document.date,
            language=document.language,
            languages=document.languages,
            authors=document.authors,
            publisher=document.publisher,
            parts=document.parts,
            metadata=document.metadata,
            provenance=document.provenance,
            warnings=document.warnings,
        )


@attrs.frozen(slots=False)
class Failure:
    """An input that did not become a record: which stage and plugin failed, and why.

    ``plugin`` is ``None`` when the core itself refused the input (for
    instance, no plugin could read its media type).  ``id`` is ``None`` when
    the bytes could not be read at all.
    """

    kind: ClassVar[Literal["failure"]] = "failure"

    source: RecordSource
    stage: str
    plugin: str | None
    error_type: str
    message: str
    id: str | None = None
    warnings: tuple[str, ...] = ()
    provenance: tuple[Change, ...] = attrs.field(default=(), repr=False)

    @property
    def plugin_name(self) -> str:
        """The plugin named in outputs and messages: ``plugin``, or ``"core"`` when the core refused it."""
        return self.plugin or CORE


#: What the pipeline yields for each input.
Result = Record | Failure

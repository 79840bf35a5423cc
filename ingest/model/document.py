"""The decoded document as it moves through identification, cleaning and metadata extraction."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Self

import attrs

from ingest.model.frozen import FrozenDict, freeze
from ingest.model.identification import Score
from ingest.model.provenance import Change
from ingest.model.source import RawInput, Source

__all__ = ["Decoded", "Document", "Part"]

_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?")
_LANGUAGE = re.compile(r"[a-z]{2,3}")


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return values if type(values) is tuple else tuple(values)


def _scores(values: Iterable[Score]) -> tuple[Score, ...]:
    return values if type(values) is tuple else tuple(values)


def _parts(values: Iterable[Part]) -> tuple[Part, ...]:
    return values if type(values) is tuple else tuple(values)


def _changes(values: Iterable[Change]) -> tuple[Change, ...]:
    return values if type(values) is tuple else tuple(values)


def _check_date(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _ISO_DATE.fullmatch(value):
        raise ValueError(f"{attribute.name} must be ISO 8601 (YYYY[-MM[-DD[Thh:mm…]]]), got {value!r}")


def _check_language(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _LANGUAGE.fullmatch(value):
        raise ValueError(f"{attribute.name} must be an ISO 639 code such as 'en', got {value!r}")


def _check_languages(instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for code in value:
        _check_language(instance, attribute, code)


@attrs.frozen(slots=False)
class Decoded:
    """Text decoded from a :class:`~ingest.RawInput`, and how the encoding was decided.

    ``method`` says how: ``"bom"``, ``"utf-8"`` (strict UTF-8 succeeded),
    ``"detected"`` (the detector's guess decoded strictly), ``"replaced"``
    (decoded with replacement characters; see ``warnings``) or whatever a
    decoder plugin names.
    """

    text: str = attrs.field(repr=lambda text: f"<{len(text)} characters>")
    encoding: str
    confidence: float
    method: str
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@attrs.frozen(slots=False)
class Part:
    """A part of a document with a role of its own: a letter, a note, an annex, a footnote block."""

    role: str
    text: str
    title: str | None = None
    language: str | None = attrs.field(default=None, validator=_check_language)


@attrs.frozen(slots=False)
class Document:
    """A document between decoding and output; change it with :meth:`evolve`.

    ``text`` starts as the decoded text and is replaced by each cleaning
    step; ``decoded.text`` keeps what the decoder produced, so a metadata
    step can still read page furniture a cleaning step removed.  The
    descriptive fields (``title`` … ``metadata``) become the record's.
    ``annotations`` carries values from one step to later ones (a parsed
    tree, a located header); it is never written to a record.  ``notes``
    are lines a step adds with :meth:`explain`; the pipeline moves them into
    that step's provenance entry, where ``ingest inspect`` shows them.
    """

    raw: RawInput
    decoded: Decoded
    text: str = attrs.field(repr=lambda text: f"<{len(text)} characters>")
    format: str | None = None
    format_confidence: float | None = None
    scores: tuple[Score, ...] = attrs.field(default=(), converter=_scores)
    title: str | None = None
    date: str | None = attrs.field(default=None, validator=_check_date)
    language: str | None = attrs.field(default=None, validator=_check_language)
    languages: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_check_languages)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    publisher: str | None = None
    parts: tuple[Part, ...] = attrs.field(default=(), converter=_parts)
    metadata: FrozenDict = attrs.field(factory=FrozenDict, converter=freeze)
    annotations: FrozenDict = attrs.field(factory=FrozenDict, converter=freeze, repr=False)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    provenance: tuple[Change, ...] = attrs.field(default=(), converter=_changes, repr=False)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings, repr=False)

    @classmethod
    def from_decoded(cls, raw: RawInput, decoded: Decoded, provenance: Iterable[Change] = ()) -> Document:
        """Start a document from its bytes and their decoding (and what it took to get them)."""
        return cls(
            raw=raw, decoded=decoded, text=decoded.text, warnings=decoded.warnings, provenance=provenance
        )

    @classmethod
    def from_text(cls, text: str, name: str = "text", media_type: str = "text/plain") -> Document:
        """Build a document from text alone, as tests and embedding programs often need."""
        data = text.encode("utf-8")
        raw = RawInput.from_bytes(Source.from_name(name), data, media_type=media_type)
        return cls.from_decoded(raw, Decoded(text=text, encoding="utf-8", confidence=1.0, method="given"))

    @property
    def source(self) -> Source:
        """Where the document came from."""
        return self.raw.source

    @property
    def id(self) -> str:
        """The record id, derived from the raw bytes."""
        return self.raw.id

    @property
    def media_type(self) -> str:
        """The media type of the raw input."""
        return self.raw.media_type

    def evolve(self, **changes: Any) -> Self:
        """Return a copy with ``changes`` applied: :func:`attrs.evolve`, so a subclass stays itself.

        Every field goes through its converter and validator again, the
        subclass's own included; a name that is not a field is a ``TypeError``.
        """
        return attrs.evolve(self, **changes)

    def with_metadata(self, **values: Any) -> Self:
        """Return a copy whose ``metadata`` has ``values`` added; ``None`` values remove a key."""
        merged = {**self.metadata, **values}
        return self.evolve(metadata={k: v for k, v in merged.items() if v is not None})

    def with_annotations(self, **values: Any) -> Self:
        """Return a copy whose ``annotations`` have ``values`` added."""
        return self.evolve(annotations={**self.annotations, **values})

    def explain(self, *lines: str) -> Self:
        """Return a copy carrying ``lines`` that explain what the current step did and why."""
        return self.evolve(notes=(*self.notes, *lines))

    def with_warning(self, message: str) -> Self:
        """Return a copy with one more warning."""
        return self.evolve(warnings=(*self.warnings, message))

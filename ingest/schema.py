"""The JSON form of records and failures (documented in docs/record-schema.md)."""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

from ingest.model import SCHEMA_VERSION, Change, Failure, Part, Record, RecordSource, Result
from ingest.model.record import CORE
from ingest.rounding import rounded

__all__ = ["CORE", "dump_line", "dumps", "encode", "from_json", "to_json"]


def _source(source: RecordSource) -> dict[str, Any]:
    return {
        "path": source.path,
        "uri": source.uri,
        "size": source.size,
        "sha256": source.sha256,
        "media_type": source.media_type,
        "encoding": source.encoding,
        "encoding_confidence": source.encoding_confidence,
    }


def _provenance(changes: tuple[Change, ...]) -> list[dict[str, Any]]:
    return [
        {
            "stage": change.stage,
            "step": change.step,
            "plugin": change.plugin,
            "summary": change.summary,
            "details": list(change.details),
            "seconds": rounded(change.seconds, 1e6),
        }
        for change in changes
    ]


def _part(part: Part) -> dict[str, Any]:
    return {"role": part.role, "title": part.title, "language": part.language, "text": part.text}


def to_json(result: Result) -> dict[str, Any]:
    """The JSON-ready dictionary of a record or a failure; keys in schema order."""
    if isinstance(result, Failure):
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": "failure",
            "id": result.id,
            "source": _source(result.source),
            "stage": result.stage,
            "plugin": result.plugin_name,
            "error_type": result.error_type,
            "message": result.message,
            "warnings": list(result.warnings),
            "provenance": _provenance(result.provenance),
        }
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "record",
        "id": result.id,
        "source": _source(result.source),
        "format": result.format,
        "format_confidence": result.format_confidence,
        "title": result.title,
        "date": result.date,
        "language": result.language,
        "languages": list(result.languages),
        "authors": list(result.authors),
        "publisher": result.publisher,
        "text": result.text,
        "parts": [_part(p) for p in result.parts] if result.parts else [],
        "metadata": dict(result.metadata),
        "provenance": _provenance(result.provenance),
        "warnings": list(result.warnings),
    }


def _portable(value: Any) -> Any:
    """``value`` with what JSON cannot hold made as orjson makes it: NaN and infinities become ``null``."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _portable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_portable(item) for item in value]
    return value


def encode(data: Any) -> bytes:
    """The one JSON encoding of the project: compact UTF-8 bytes, non-ASCII kept as is.

    orjson writes it (a tenth of the standard library's time, which counts
    at millions of records).  What orjson refuses (a lone surrogate from an
    undecodable file name, an integer beyond 64 bits, an unknown type) is
    written by the standard library in the same form: non-finite floats as
    ``null`` as orjson writes them, unknown values as their ``str``, and a
    lone surrogate as its JSON escape, so the bytes are always valid UTF-8.
    """
    try:
        return orjson.dumps(data)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        text = json.dumps(
            _portable(data), ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str
        )
        return text.encode("utf-8", "backslashreplace")


def dumps(result: Result) -> str:
    """One line of JSON (no trailing newline): :func:`encode` of the result's JSON form."""
    return encode(to_json(result)).decode("utf-8")


def dump_line(result: Result) -> bytes:
    """The JSON line of ``result`` as UTF-8 bytes, newline included: what line-oriented sinks write."""
    return encode(to_json(result)) + b"\n"


def from_json(data: dict[str, Any]) -> Result:
    """Rebuild a record or failure from its JSON form (of this schema version)."""
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ValueError(f"record schema version {version!r} is not {SCHEMA_VERSION}")
    source = RecordSource(**data["source"])
    provenance = tuple(Change(**c) for c in data.get("provenance", ()))
    if data.get("kind") == "failure":
        return Failure(
            source=source,
            stage=data["stage"],
            plugin=None if data["plugin"] in (None, CORE) else data["plugin"],
            error_type=data["error_type"],
            message=data["message"],
            id=data.get("id"),
            warnings=tuple(data.get("warnings", ())),
            provenance=provenance,
        )
    return Record(
        id=data["id"],
        source=source,
        format=data["format"],
        format_confidence=data["format_confidence"],
        text=data["text"],
        title=data.get("title"),
        date=data.get("date"),
        language=data.get("language"),
        languages=tuple(data.get("languages", ())),
        authors=tuple(data.get("authors", ())),
        publisher=data.get("publisher"),
        parts=tuple(Part(**p) for p in data.get("parts", ())),
        metadata=data.get("metadata", {}),
        provenance=provenance,
        warnings=tuple(data.get("warnings", ())),
    )

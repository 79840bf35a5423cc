"""The Parquet sink's columns (docs/record-schema.md), and results turned into Arrow tables."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import orjson
import pyarrow as pa

from ingest import SCHEMA_VERSION, Failure, Part, Record, Result
from ingest_builtins.sinks.jsonl import encodable

__all__ = ["DOCUMENTS", "FAILURES", "PARTITION", "STAGED_DOCUMENTS", "tables", "year_of"]

_TEXT = pa.string()
_PART = pa.struct([("role", _TEXT), ("title", _TEXT), ("language", _TEXT), ("text", _TEXT)])
_SOURCE = [
    ("source", _TEXT),
    ("source_path", _TEXT),
    ("source_size", pa.int64()),
    ("source_sha256", _TEXT),
    ("source_media_type", _TEXT),
]

#: The partition columns of the documents, in directory order (``format=…/year=…``); not stored in the files.
PARTITION = ("format", "year")

#: The columns of a documents file.
DOCUMENTS = pa.schema(
    [
        ("id", _TEXT),
        *_SOURCE,
        ("source_encoding", _TEXT),
        ("source_encoding_confidence", pa.float64()),
        ("format_confidence", pa.float64()),
        ("title", _TEXT),
        ("date", _TEXT),
        ("language", _TEXT),
        ("languages", pa.list_(_TEXT)),
        ("authors", pa.list_(_TEXT)),
        ("publisher", _TEXT),
        ("text", _TEXT),
        ("parts", pa.list_(_PART)),
        ("metadata", _TEXT),
        ("warnings", pa.list_(_TEXT)),
        ("provenance", _TEXT),
        ("schema_version", pa.int32()),
        ("updated", pa.timestamp("us", tz="UTC")),
    ]
)
#: The documents as staged before compaction: the file columns plus the partition columns.
STAGED_DOCUMENTS = DOCUMENTS.append(pa.field("format", _TEXT)).append(pa.field("year", pa.int32()))
#: The columns of a failures file.
FAILURES = pa.schema(
    [
        ("id", _TEXT),
        *_SOURCE,
        ("stage", _TEXT),
        ("plugin", _TEXT),
        ("error_type", _TEXT),
        ("message", _TEXT),
        ("warnings", pa.list_(_TEXT)),
        ("provenance", _TEXT),
        ("schema_version", pa.int32()),
        ("updated", pa.timestamp("us", tz="UTC")),
    ]
)


def utf8(text: str | None) -> str | None:
    """``text`` as valid UTF-8 (:func:`~ingest_builtins.sinks.jsonl.encodable`); ``None`` stays ``None``."""
    return None if text is None else encodable(text)


def _json(value: Any) -> str:
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
        return utf8(text) or ""


def _provenance(result: Result) -> str:
    return _json(
        [
            {
                "stage": c.stage,
                "step": c.step,
                "plugin": c.plugin,
                "summary": c.summary,
                "details": list(c.details),
                "seconds": c.seconds,
            }
            for c in result.provenance
        ]
    )


def _strings(values: Iterable[str]) -> list[str | None]:
    return [utf8(v) for v in values]


def _part(part: Part) -> dict[str, str | None]:
    return {"role": part.role, "title": utf8(part.title), "language": part.language, "text": utf8(part.text)}


def year_of(date: str | None) -> int | None:
    """The year of an ISO 8601 date (``2018-04-17`` gives 2018), or ``None``."""
    if date is None or len(date) < 4 or not date[:4].isdigit():
        return None
    return int(date[:4])


def _columns(results: Sequence[Result], getters: dict[str, Callable[[Any], Any]]) -> dict[str, list[Any]]:
    return {name: [get(r) for r in results] for name, get in getters.items()}


_COMMON: dict[str, Callable[[Any], Any]] = {
    "id": lambda r: r.id,
    "source": lambda r: utf8(r.source.uri),
    "source_path": lambda r: utf8(r.source.path),
    "source_size": lambda r: r.source.size,
    "source_sha256": lambda r: r.source.sha256,
    "source_media_type": lambda r: r.source.media_type,
}
_RECORD: dict[str, Callable[[Any], Any]] = {
    **_COMMON,
    "source_encoding": lambda r: r.source.encoding,
    "source_encoding_confidence": lambda r: r.source.encoding_confidence,
    "format_confidence": lambda r: r.format_confidence,
    "title": lambda r: utf8(r.title),
    "date": lambda r: r.date,
    "language": lambda r: r.language,
    "languages": lambda r: list(r.languages),
    "authors": lambda r: _strings(r.authors),
    "publisher": lambda r: utf8(r.publisher),
    "text": lambda r: utf8(r.text),
    "parts": lambda r: [
        {"role": p.role, "title": utf8(p.title), "language": p.language, "text": utf8(p.text)}
        for p in r.parts
    ],
    "metadata": lambda r: _json(dict(r.metadata)),
    "warnings": lambda r: _strings(r.warnings),
    "provenance": _provenance,
    "format": lambda r: r.format,
    "year": lambda r: year_of(r.date),
}
_FAILURE: dict[str, Callable[[Any], Any]] = {
    **_COMMON,
    "stage": lambda r: r.stage,
    "plugin": lambda r: r.plugin,
    "error_type": lambda r: r.error_type,
    "message": lambda r: utf8(r.message),
    "warnings": lambda r: _strings(r.warnings),
    "provenance": _provenance,
}


def tables(batch: Sequence[Result]) -> tuple[pa.Table, pa.Table]:
    """The batch as two tables: records (:data:`STAGED_DOCUMENTS`) and failures (:data:`FAILURES`)."""
    now = datetime.datetime.now(datetime.UTC)
    out = []
    for kind, getters, schema in ((Record, _RECORD, STAGED_DOCUMENTS), (Failure, _FAILURE, FAILURES)):
        chosen = [r for r in batch if isinstance(r, kind)]
        columns = _columns(chosen, getters)
        columns["schema_version"] = [SCHEMA_VERSION] * len(chosen)
        columns["updated"] = [now] * len(chosen)
        out.append(pa.table(columns, schema=schema))
    return out[0], out[1]

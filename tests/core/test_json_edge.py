"""One JSON edge: the same bytes for a record whichever way it is written."""

from __future__ import annotations

import json

from ingest import Document, Record, Source
from ingest.schema import dump_line, dumps, encode


def _record(**metadata: object) -> Record:
    document = Document.from_text("Text.\n").evolve(format="plain-text", format_confidence=0.5)
    return Record.from_document(document.with_metadata(**metadata))


def test_nan_and_infinity_are_null_in_every_form():
    record = _record(score=float("nan"), big=float("inf"), fine=1.5)
    line = dump_line(record)
    assert line == (dumps(record) + "\n").encode("utf-8")
    assert json.loads(line)["metadata"] == {"score": None, "big": None, "fine": 1.5}


def test_what_orjson_refuses_is_written_alike_by_both_forms():
    huge = 2**70
    record = _record(huge=huge, score=float("nan"))
    line = dump_line(record)
    assert line == (dumps(record) + "\n").encode("utf-8")
    data = json.loads(line)
    assert data["metadata"] == {"huge": huge, "score": None}


def test_a_file_name_that_is_not_utf8_gives_valid_utf8_json():
    source = Source.from_path("caf\udce9.txt")
    document = Document.from_text("Text.\n").evolve(format="plain-text", format_confidence=0.5)
    record = Record.from_document(document.evolve(raw=document.raw.__class__.from_bytes(source, b"Text.\n")))
    line = dump_line(record)
    line.decode("utf-8")  # valid UTF-8
    assert line == (dumps(record) + "\n").encode("utf-8")
    assert json.loads(line)["source"]["path"].endswith("caf\udce9.txt")
    assert encode({"x": float("-inf")}) == b'{"x":null}'

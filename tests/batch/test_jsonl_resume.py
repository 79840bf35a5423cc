"""The JSON-lines sink under a journal: cut back to a checkpoint, replace lines, compact idempotently."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from ingest_builtins.sinks.jsonl import JsonlSink, compact

from ingest import Failure, Pipeline, Record, RecordSource, RunInfo, Summary

_INFO = RunInfo(targets=("x",), sinks=("jsonl:x",), fingerprint="f")
_DONE = Summary(records=0, failures=0, seconds=0.0)


@pytest.fixture(scope="module")
def results() -> dict[str, Record]:
    pipeline = Pipeline(autoload=False)
    made = {}
    for name in ("a", "b", "c"):
        result = pipeline.process(f"Note {name}\n\nThe mission transmits a report.\n".encode(), name=name)
        assert isinstance(result, Record)
        made[name] = result
    return made


def _failure(record: Record) -> Failure:
    return Failure(
        source=RecordSource(uri=record.source.uri), stage="decode", plugin=None, error_type="X", message="m"
    )


def _lines(path: Path) -> list[tuple[str, str]]:
    out = []
    for file in (path, path.with_name(path.name + ".failures.jsonl")):
        for line in file.read_text().splitlines():
            data = json.loads(line)
            out.append((data["kind"], data["source"]["uri"]))
    return sorted(out)


def _sink(path: Path, checkpoint: str | None) -> JsonlSink:
    sink = JsonlSink(str(path))
    sink.open(_INFO)
    sink.restore(checkpoint)
    return sink


def test_restore_drops_what_was_written_after_the_checkpoint(
    tmp_path: Path, results: dict[str, Record]
) -> None:
    path = tmp_path / "out.jsonl"
    sink = _sink(path, None)
    sink.write([results["a"], _failure(results["b"])])
    sink.commit()
    checkpoint = sink.checkpoint()
    sink.write([results["c"]])  # written, never committed: the process dies here
    sink.commit()
    sink.lock.release()  # as the kernel does when the process dies
    again = _sink(path, checkpoint)
    again.close(_DONE)
    assert _lines(path) == sorted([("record", "memory:a"), ("failure", "memory:b")])


def test_a_replaced_input_keeps_only_its_new_line_even_after_a_kill(
    tmp_path: Path, results: dict[str, Record]
) -> None:
    path = tmp_path / "out.jsonl"
    sink = _sink(path, None)
    sink.write([results["a"], results["b"]])
    sink.commit()
    sink.close(_DONE)
    second = _sink(path, sink.checkpoint())
    second.replacing(["memory:a"])
    second.write([_failure(results["a"])])  # a record becomes a failure
    second.commit()
    killed_at = second.checkpoint()  # the journal has this; the run is killed before it completes
    second.lock.release()  # as the kernel does when the process dies
    assert ("record", "memory:a") in _lines(path)
    third = _sink(path, killed_at)  # the next run starts: the pending replacement is done first
    assert _lines(path) == sorted([("failure", "memory:a"), ("record", "memory:b")])
    third.replacing(["memory:a"])
    third.write([attrs.evolve(results["a"], title="again")])  # and back to a record
    third.commit()
    third.close(_DONE)
    assert _lines(path) == sorted([("record", "memory:a"), ("record", "memory:b")])
    assert '"title":"again"' in path.read_text()


def test_compaction_twice_changes_nothing(tmp_path: Path, results: dict[str, Record]) -> None:
    records, failures = tmp_path / "r.jsonl", tmp_path / "f.jsonl"
    from ingest import dumps

    lines = [dumps(results["a"]), dumps(results["b"]), dumps(attrs.evolve(results["a"], title="new"))]
    records.write_text("\n".join(lines) + "\n")
    failures.write_text(dumps(_failure(results["b"])) + "\n")
    compact(records, failures, {"memory:a": "record", "memory:b": "failure"})
    first = (records.read_text(), failures.read_text())
    compact(records, failures, {"memory:a": "record", "memory:b": "failure"})
    assert (records.read_text(), failures.read_text()) == first
    assert first[0].count("memory:a") == 1 and '"title":"new"' in first[0] and "memory:b" not in first[0]
    assert first[1].count("memory:b") == 1

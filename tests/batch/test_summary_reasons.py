"""The failure summary groups by stage, plugin and reason; core failures say ``core`` at every edge."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

from ingest_builtins.sinks.sqlite import SqliteSink

from ingest import Failure, Pipeline, RecordSource, RunInfo, Summary, from_json, to_json
from ingest.batch.summary import (
    MAX_REASONS,
    OTHER_MESSAGES,
    REASON_CHARS,
    BatchSummary,
    print_batch_summary,
)


def _failures() -> list[Failure]:
    """Failures of the core with three reasons, as a PDF, a Word file, an archive and an empty file gave."""
    empty = Pipeline(autoload=False).process(b"", name="d.txt")
    assert isinstance(empty, Failure) and empty.plugin is None and empty.message == "empty input"
    made = [
        Failure(
            source=RecordSource(uri=f"memory:{name}"),
            stage="decode",
            plugin=None,
            error_type="Rejected",
            message=f"no reader for {media}",
        )
        for name, media in (
            ("a.pdf", "application/pdf"),
            ("b.docx", "application/zip"),
            ("c.zip", "application/zip"),
        )
    ]
    return [*made, empty]


def test_different_reasons_are_counted_apart() -> None:
    summary = BatchSummary()
    for failure in _failures():
        summary.add(failure, 0.01)
    counts = {key[3]: n for key, n in summary.reasons.items()}
    assert counts == {
        "no reader for application/pdf": 1,
        "no reader for application/zip": 2,
        "empty input": 1,
    }
    out = io.StringIO()
    print_batch_summary(summary, out)
    table = out.getvalue()
    assert "no reader for application/pdf" in table and "empty input" in table
    dumped = summary.as_dict()["failures_by_reason"]
    assert {(r["plugin"], r["reason"], r["count"]) for r in dumped} == {
        ("core", "no reader for application/pdf", 1),
        ("core", "no reader for application/zip", 2),
        ("core", "empty input", 1),
    }
    assert all(r["example"].startswith("memory:") for r in dumped)


def test_long_reasons_are_cut_and_many_reasons_are_summed_up() -> None:
    (failure,) = _failures()[:1]
    summary = BatchSummary()
    for n in range(25):
        summary.add(
            Failure(
                source=failure.source, stage="clean", plugin="p", error_type="E", message=f"{n} " + "x" * 500
            ),
            0,
        )
    assert all(len(key[3]) == REASON_CHARS for key in summary.reasons)
    out = io.StringIO()
    print_batch_summary(summary, out)
    assert "and 5 more failures for 5 other reasons" in out.getvalue()


def test_core_failures_say_core_in_json_and_sqlite(tmp_path: Path) -> None:
    failure = _failures()[-1]
    assert failure.plugin is None
    data = to_json(failure)
    assert data["plugin"] == "core"
    assert from_json(json.loads(json.dumps(data))) == failure  # read back as the core again
    sink = SqliteSink(str(tmp_path / "x.db"))
    sink.open(RunInfo(targets=("x",), sinks=("sqlite:x",), fingerprint="f"))
    sink.write([failure])
    sink.close(Summary(records=0, failures=1, seconds=0.0))
    with sqlite3.connect(tmp_path / "x.db") as db:
        assert db.execute("SELECT plugin FROM failures").fetchall() == [("core",)]


def test_distinct_reasons_are_bounded_and_the_rest_grouped_by_stage_plugin_and_error() -> None:
    summary = BatchSummary()
    for number in range(MAX_REASONS + 500):
        failure = Failure(
            source=RecordSource(uri=f"memory:{number}"),
            stage="read",
            plugin="catalogue",
            error_type="OSError",
            message=f"cannot read block {number}",
        )
        summary.add(failure, 0.0)
    assert len(summary.reasons) == MAX_REASONS + 1
    assert summary.reasons[("read", "catalogue", "OSError", OTHER_MESSAGES)] == 500
    assert sum(summary.reasons.values()) == summary.failures == MAX_REASONS + 500

"""The one run engine: a library run left early keeps what it yielded; its summary is the command's."""

from __future__ import annotations

import gc
import io
import json
import sqlite3
from pathlib import Path

import pytest

from ingest import Pipeline, Run, RunOptions
from ingest.batch.summary import print_batch_summary


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        (docs / f"doc{i}.txt").write_text(f"Document number {i} about the session.\n")
    (docs / "empty.txt").write_bytes(b"")
    return docs


def jsonl_sources(path: Path) -> list[str]:
    lines = path.read_text().splitlines() if path.exists() else []
    failures = Path(f"{path}.failures.jsonl")
    lines += failures.read_text().splitlines() if failures.exists() else []
    return sorted(json.loads(line)["source"]["uri"] for line in lines)


def sqlite_sources(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT source FROM documents UNION ALL SELECT source FROM failures").fetchall()
    return sorted(uri for (uri,) in rows)


def sinks_of(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    out, db = tmp_path / "out.jsonl", tmp_path / "out.db"
    return out, db, [f"jsonl:{out}", f"sqlite:{db}"]


def take(run: Run, count: int) -> list[str]:
    taken = []
    for result in run:
        taken.append(result.source.uri)
        if len(taken) == count:
            break
    return sorted(taken)


def test_a_run_left_with_break_then_closed_keeps_every_yielded_result(
    pipeline: Pipeline, folder: Path, tmp_path: Path
) -> None:
    out, db, sinks = sinks_of(tmp_path)
    run = pipeline.run([folder], sinks=sinks)
    taken = take(run, 3)
    run.close()
    assert jsonl_sources(out) == sqlite_sources(db) == taken
    run.close()  # closing again changes nothing
    assert jsonl_sources(out) == taken
    assert run.summary.records + run.summary.failures == 3


def test_a_run_left_by_an_exception_in_a_with_block_keeps_every_yielded_result(
    pipeline: Pipeline, folder: Path, tmp_path: Path
) -> None:
    out, db, sinks = sinks_of(tmp_path)
    taken: list[str] = []
    with pytest.raises(RuntimeError), pipeline.run([folder], sinks=sinks) as run:
        for result in run:
            taken.append(result.source.uri)
            if len(taken) == 4:
                raise RuntimeError("the program stops reading")
    assert jsonl_sources(out) == sqlite_sources(db) == sorted(taken)


def test_a_dropped_run_keeps_every_yielded_result(pipeline: Pipeline, folder: Path, tmp_path: Path) -> None:
    out, db, sinks = sinks_of(tmp_path)
    taken = take(pipeline.run([folder], sinks=sinks), 2)
    gc.collect()
    assert jsonl_sources(out) == sqlite_sources(db) == taken


def test_a_finished_run_prints_the_commands_table(pipeline: Pipeline, folder: Path, tmp_path: Path) -> None:
    with pipeline.run([folder], sinks=sinks_of(tmp_path)[2]) as run:
        results = list(run)
    assert len(results) == 7
    printed = io.StringIO()
    print_batch_summary(run.summary, printed)
    assert str(run.summary) + "\n" == printed.getvalue()
    text = str(run.summary)
    assert text.startswith("7 inputs: 6 records, 1 failures")
    assert "documents by format and outcome:" in text and "failures by stage and reason:" in text
    assert run.summary.by_format == {"plain-text": 6}
    assert run.summary.total == 7 and run.summary.exit_status == 1


def test_a_run_never_iterated_writes_nothing(pipeline: Pipeline, folder: Path, tmp_path: Path) -> None:
    out, db, sinks = sinks_of(tmp_path)
    with pipeline.run([folder], sinks=sinks):
        pass
    assert not out.exists() and not db.exists()


def test_a_run_in_workers_under_a_journal_left_early_resumes_with_every_input_once(
    pipeline: Pipeline, folder: Path, tmp_path: Path
) -> None:
    out, db, sinks = sinks_of(tmp_path)
    options = RunOptions(jobs=1, use_journal=True, batch_size=2)
    with pipeline.run([folder], sinks, options) as run:
        taken = take(run, 3)
    assert jsonl_sources(out) == sqlite_sources(db) == taken
    rest = pipeline.run([folder], sinks, options).consume()
    assert rest.skipped == 3 and rest.records + rest.failures == 4
    assert jsonl_sources(out) == sqlite_sources(db) == sorted(set(jsonl_sources(out)))
    assert len(jsonl_sources(out)) == 7

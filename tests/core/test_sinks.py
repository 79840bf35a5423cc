"""The built-in sinks: one row per input, whatever happened before; searchable SQLite."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ingest import SearchHit, UsageError


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("The Kalbajar district statement.\n")
    (docs / "b.txt").write_text("A note about the weather in Baku.\n")
    (docs / "empty.txt").write_bytes(b"")
    return docs


def rows(db: Path, table: str) -> list[tuple[str, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"SELECT source FROM {table} ORDER BY source").fetchall()


def test_sqlite_holds_each_input_once_across_runs(pipeline, folder, tmp_path):
    db = tmp_path / "out.db"
    for _ in range(2):
        pipeline.run([str(folder)], sinks=[f"sqlite:{db}"]).consume()
    assert len(rows(db, "documents")) == 2
    assert [Path(r[0]).name for r in rows(db, "failures")] == ["empty.txt"]


def test_an_input_that_stops_failing_moves_from_failures_to_documents(pipeline, folder, tmp_path):
    db = tmp_path / "out.db"
    pipeline.run([str(folder)], sinks=[f"sqlite:{db}"]).consume()
    (folder / "empty.txt").write_text("Now there is text.\n")
    pipeline.run([str(folder)], sinks=[f"sqlite:{db}"]).consume()
    assert len(rows(db, "documents")) == 3
    assert rows(db, "failures") == []


def test_byte_identical_inputs_are_two_rows_with_one_id(pipeline, folder, tmp_path):
    (folder / "copy.txt").write_bytes((folder / "a.txt").read_bytes())
    db = tmp_path / "out.db"
    pipeline.run([str(folder)], sinks=[f"sqlite:{db}"]).consume()
    with sqlite3.connect(db) as connection:
        ids = connection.execute("SELECT id, count(*) FROM documents GROUP BY id ORDER BY 2 DESC").fetchall()
    assert ids[0][1] == 2


def test_sqlite_search_ranks_by_full_text_and_accepts_plain_words(pipeline, folder, tmp_path):
    db = tmp_path / "out.db"
    pipeline.run([str(folder)], sinks=[f"sqlite:{db}"]).consume()
    search = pipeline.sinks.get("sqlite").search
    hits = search(str(db), "Kalbajar", 10)
    assert [Path(h.source).name for h in hits] == ["a.txt"]
    assert isinstance(hits[0], SearchHit) and "[Kalbajar]" in hits[0].snippet
    assert search(str(db), "Kalbajar-district (", 10)  # not FTS syntax: searched as words
    assert search(str(db), "nonexistentword", 10) == []


def test_jsonl_writes_records_and_failures_to_separate_files(pipeline, folder, tmp_path):
    out = tmp_path / "out.jsonl"
    pipeline.run([str(folder)], sinks=[f"jsonl:{out}"]).consume()
    records = [json.loads(line) for line in out.read_text().splitlines()]
    failures = [json.loads(line) for line in Path(f"{out}.failures.jsonl").read_text().splitlines()]
    assert sorted(Path(r["source"]["path"]).name for r in records) == ["a.txt", "b.txt"]
    assert [f["kind"] for f in failures] == ["failure"]
    assert failures[0]["stage"] == "decode" and failures[0]["message"] == "empty input"


def test_jsonl_holds_the_whole_collection_once_after_a_rerun(pipeline, folder, tmp_path):
    out = tmp_path / "out.jsonl"
    for _ in range(2):
        pipeline.run([str(folder)], sinks=[f"jsonl:{out}"]).consume()
    assert len(out.read_text().splitlines()) == 2
    assert len(Path(f"{out}.failures.jsonl").read_text().splitlines()) == 1


def test_an_unknown_sink_scheme_is_a_usage_error_listing_the_known_ones(pipeline, folder):
    with pytest.raises(UsageError, match=r"known schemes: .*jsonl:.*sqlite:"):
        pipeline.run([str(folder)], sinks=["nosuchscheme:out"])


def test_several_sinks_receive_every_result(pipeline, folder, tmp_path):
    out, db = tmp_path / "out.jsonl", tmp_path / "out.db"
    pipeline.run([str(folder)], sinks=[f"jsonl:{out}", f"sqlite:{db}"]).consume()
    assert len(out.read_text().splitlines()) == len(rows(db, "documents")) == 2

"""``ingest run``'s batch options: journal decisions, quarantine, dry run, progress, summary."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from batch_support import jsonl_sources, run, uri

_LETTER = "Note {n}\n\nThe mission has the honour to transmit the report of item {n}.\n"


def _fill(corpus: Path, count: int = 6) -> list[Path]:
    paths = []
    for n in range(count):
        path = corpus / f"note-{n}.txt"
        path.write_text(_LETTER.format(n=n), encoding="utf-8")
        paths.append(path)
    (corpus / "empty.txt").write_bytes(b"")
    return paths


def _summary(tmp_path: Path, *args: str | Path) -> dict[str, object]:
    target = tmp_path / "summary.json"
    result = run(*args, "--quiet", "--summary-json", target)
    assert result.returncode in (0, 1), result.stderr
    data: dict[str, object] = json.loads(target.read_text())
    data["exit"] = result.returncode
    return data


def test_the_journal_skips_unchanged_inputs_and_redoes_changed_ones(corpus: Path, tmp_path: Path) -> None:
    paths = _fill(corpus)
    out = tmp_path / "out.jsonl"
    args = (corpus, "--sink", f"jsonl:{out}", "--jobs", "1")
    first = _summary(tmp_path, *args)
    assert (first["records"], first["failures"], first["exit"]) == (6, 1, 1)

    again = _summary(tmp_path, *args)
    assert again["records"] == 0 and again["skipped"] == {"records": 6, "failures": 1}
    assert again["exit"] == 1  # the collection still holds a failure

    os.utime(paths[0], ns=(1, 1))  # another modification time, same bytes: skipped after a digest
    paths[1].write_text(_LETTER.format(n="changed"), encoding="utf-8")  # new content: done again
    (corpus / "empty.txt").write_text("Now it has text.\n", encoding="utf-8")  # a failure becomes a record
    changed = _summary(tmp_path, *args)
    assert (changed["records"], changed["failures"], changed["exit"]) == (2, 0, 0)
    records, failures = jsonl_sources(out)
    assert sorted(records) == sorted({uri(p) for p in corpus.iterdir()}) and failures == []
    texts = [json.loads(line)["text"] for line in out.read_text().splitlines()]
    assert sum("changed" in text for text in texts) == 1

    assert _summary(tmp_path, *args, "--reprocess")["records"] == 7
    assert len(out.read_text().splitlines()) == 7


def test_retry_failed_redoes_only_failures(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus, 3)
    database = tmp_path / "out.db"
    args = (corpus, "--sink", f"sqlite:{database}", "--jobs", "0")
    assert _summary(tmp_path, *args)["failures"] == 1
    retried = _summary(tmp_path, *args, "--retry-failed")
    assert retried["failures"] == 1 and retried["records"] == 0
    with sqlite3.connect(database) as db:
        rows = db.execute(
            "SELECT outcome, count(*) FROM ingest_journal GROUP BY outcome ORDER BY 1"
        ).fetchall()
        runs = db.execute("SELECT status FROM ingest_journal_runs").fetchall()
    assert rows == [("failure", 1), ("record", 3)]
    assert runs == [("completed",), ("completed",)]


def test_a_sink_added_to_a_journal_receives_the_inputs_of_earlier_runs(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus, 2)
    database = tmp_path / "out.db"
    assert run(corpus, "--sink", f"sqlite:{database}", "--quiet", "--jobs", "1").returncode == 1
    both = run(corpus, "--sink", f"sqlite:{database}", "--sink", f"jsonl:{tmp_path / 'o.jsonl'}")
    assert both.returncode == 1, both.stderr
    assert "is new to the journal" in both.stderr
    records, failures = jsonl_sources(tmp_path / "o.jsonl")
    assert len(records) == 2 and len(failures) == 1


def test_no_journal_writes_only_this_run(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus, 2)
    out = tmp_path / "plain.jsonl"
    for _ in range(2):
        assert run(corpus, "--sink", f"jsonl:{out}", "--no-journal", "--quiet", "--jobs", "1").returncode == 1
    assert len(out.read_text().splitlines()) == 2
    assert not (tmp_path / "plain.jsonl.journal.db").exists()


def test_quarantine_copies_failing_inputs_with_the_reason(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus, 1)
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    quarantine = tmp_path / "quarantine"
    result = run(
        corpus, "--sink", f"jsonl:{tmp_path / 'q.jsonl'}", "--quarantine", quarantine, "--quiet", "-j", "1"
    )
    assert result.returncode == 1
    reasons = [json.loads(p.read_text()) for p in sorted(quarantine.glob("*.json"))]
    assert sorted(Path(r["path"]).name for r in reasons) == ["binary.txt", "empty.txt"]
    for reason in reasons:
        assert reason["copied"] and reason["stage"] == "decode" and reason["message"]
        copy = quarantine / Path(reason["source"]).name
        assert not copy.exists()  # the copy is named by digest and file name
    copies = [p for p in quarantine.iterdir() if p.suffix != ".json"]
    assert sorted(p.read_bytes() for p in copies) == sorted([b"", bytes(range(256)) * 4])


def test_dry_run_shows_the_plan_and_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus, 2)
    out = tmp_path / "dry.jsonl"
    result = run(corpus, "--sink", f"jsonl:{out}", "--dry-run")
    assert result.returncode == 1  # the empty input would fail
    text = result.stdout
    assert text.count("  format: ") == 2 and "would fail: decode: empty input" in text
    assert "encoding: utf-8" in text and "clean: " in text and "extract: " in text
    assert f"sinks: jsonl:{out}" in text
    assert not out.exists() and not list(tmp_path.glob("dry.jsonl*"))


def test_status_lines_and_summary_table_when_not_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus, 4)
    result = run(corpus, "--sink", f"jsonl:{tmp_path / 's.jsonl'}", "--jobs", "2", "--status-every", "0")
    assert result.returncode == 1
    status = [line for line in result.stderr.splitlines() if line.startswith("ingest: ")]
    assert status and "5/5 inputs, 1 failures" in status[-1]
    out = result.stdout
    assert "documents by format and outcome:" in out
    assert "failures by stage and reason:" in out and "decode" in out and "Rejected" in out
    assert "slowest documents:" in out


def test_standard_input_is_read_by_the_parent(tmp_path: Path) -> None:
    import subprocess
    import sys

    from batch_support import environment

    out = tmp_path / "stdin.jsonl"
    command = [sys.executable, "-m", "ingest", "run", "-", "--sink", f"jsonl:{out}", "--jobs", "2", "--quiet"]
    for text in ("From standard input.\n", "From standard input.\n", "Another document.\n"):
        # keyed by its bytes: the same document again replaces its line, another one is a new line
        done = subprocess.run(command, input=text, text=True, env=environment(), check=False)
        assert done.returncode == 0
    records, failures = jsonl_sources(out)
    assert len(records) == 2 and all(r.startswith("stdin:") and len(r) == 22 for r in records)
    assert failures == []


def test_workers_with_another_pipeline_abort_the_run(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus, 2)
    result = run(corpus, "--sink", f"jsonl:{tmp_path / 'x.jsonl'}", "-p", "shifty_plugin", "--jobs", "1")
    assert result.returncode == 3
    assert "fingerprint" in result.stderr and "run aborted" in result.stderr

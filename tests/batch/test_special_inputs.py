"""FIFOs and devices among the inputs become failure records; nothing in the parent waits on them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from batch_support import environment, run


def _ingest(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ingest", *map(str, args)],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=timeout,  # a hang fails the test instead of blocking it
        check=False,
    )


def test_a_fifo_in_a_walk_or_named_and_a_device_are_failure_records(corpus: Path, tmp_path: Path) -> None:
    (corpus / "note.txt").write_text("The mission has the honour to transmit a report.\n", encoding="utf-8")
    os.mkfifo(corpus / "pipe")
    named = tmp_path / "named-pipe"
    os.mkfifo(named)
    out = tmp_path / "out.jsonl"
    for jobs in ("0", "1"):
        done = run(
            corpus, named, "/dev/zero", "--sink", f"jsonl:{out}", "--jobs", jobs, "--reprocess", timeout=60
        )
        assert done.returncode == 1, done.stderr
        failures = {
            json.loads(line)["source"]["path"]: json.loads(line)["message"]
            for line in Path(f"{out}.failures.jsonl").read_text().splitlines()
        }
        assert failures == {
            str(corpus / "pipe"): "not a regular file: fifo",
            str(named): "not a regular file: fifo",
            "/dev/zero": "not a regular file: character device",
        }
    quarantine = tmp_path / "quarantine"
    done = run(corpus, "/dev/zero", "--sink", f"jsonl:{out}", "--no-journal", "--quarantine", quarantine)
    assert done.returncode == 1, done.stderr
    reasons = [json.loads(p.read_text()) for p in quarantine.glob("*.json")]
    assert len(reasons) == 2 and not any(r["copied"] for r in reasons)
    assert sorted(p.name for p in quarantine.iterdir() if p.suffix != ".json") == []
    dry = _ingest("run", corpus, "--dry-run")
    assert dry.returncode == 1 and "not a regular file: fifo" in dry.stdout


def test_inspect_does_not_wait_on_a_fifo_and_has_a_time_limit(corpus: Path) -> None:
    pipe = corpus / "pipe"
    os.mkfifo(pipe)
    done = _ingest("inspect", pipe)
    assert done.returncode == 1 and "not a regular file: fifo" in done.stdout
    slow = corpus / "slow.txt"
    slow.write_text("HANG-ME forever\n", encoding="utf-8")
    done = _ingest("inspect", slow, "-p", "hostile_plugins", "--timeout", "1")
    assert done.returncode == 1
    assert "took longer than 1 s (--timeout)" in done.stderr and "Traceback" not in done.stderr


def test_a_fifo_that_replaced_a_file_done_before_does_not_hang_the_journal(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "e.txt").write_bytes(b"")
    (folder / "f.txt").write_text("A short text.\n", encoding="utf-8")
    sink = f"jsonl:{tmp_path / 'x.jsonl'}"
    command = [sys.executable, "-m", "ingest", "run", str(folder), "--sink", sink, "-q"]
    assert subprocess.run(command, capture_output=True, env=environment(), timeout=120).returncode == 1
    (folder / "e.txt").unlink()
    os.mkfifo(folder / "e.txt")
    done = subprocess.run(command, capture_output=True, text=True, env=environment(), timeout=60)
    assert done.returncode == 1, done.stderr

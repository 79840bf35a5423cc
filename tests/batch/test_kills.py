"""``kill -9`` of the whole process group at many moments, then re-runs: each sink holds every input once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from batch_support import assert_exactly_once, kill_group, kill_when, run, start, write_corpus

pytestmark = pytest.mark.slow


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _grows_by(path: Path, fraction: float, expected_bytes: int) -> object:
    """A condition: ``path`` grew by ``fraction`` of ``expected_bytes`` since now."""
    base = _size(path)

    def ready() -> bool:
        return _size(path) >= base + fraction * expected_bytes

    return ready


def test_kills_then_reruns_hold_every_input_once(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    database, jsonl = tmp_path / "out.db", tmp_path / "out.jsonl"
    expected = write_corpus(inputs, 2500)
    sinks = ("--sink", f"sqlite:{database}", "--sink", f"jsonl:{jsonl}", "--quiet")
    kills = 0

    def command(jobs: int, *extra: str) -> tuple[str | Path, ...]:
        return (inputs, *sinks, "--jobs", str(jobs), *extra)

    # Round 1: kills while starting, early, in the middle, late; re-runs with other --jobs.
    kills += kill_when(start(*command(2)), lambda: False, limit=0.15)  # before any input is done
    full = 2500 * 2500  # about the JSON-lines size of the whole corpus
    for fraction, jobs in ((0.05, 2), (0.2, 1), (0.2, 3), (0.3, 2)):
        kills += kill_when(start(*command(jobs)), _grows_by(jsonl, fraction, full))  # type: ignore[arg-type]
    started = time.monotonic()
    finished = run(*command(2))
    duration = time.monotonic() - started
    assert finished.returncode == 1, finished.stderr  # the empty and binary inputs fail
    assert_exactly_once(expected, database, jsonl)

    # Round 2: inputs added, runs killed at moments relative to a whole run's duration.
    expected |= write_corpus(inputs, 600, start=2500)
    for share, jobs in ((0.3, 2), (0.6, 1), (0.95, 2)):
        process = start(*command(jobs, "--reprocess"))
        time.sleep(share * duration)
        kills += kill_group(process)
    assert run(*command(1)).returncode == 1
    assert_exactly_once(expected, database, jsonl)

    # Round 3: files changed (records become failures and back), --retry-failed, kills near the end.
    write_corpus(inputs, 400, start=0, generation=1)
    for number in range(1000, 1100):
        (inputs / f"part-{number // 500:02d}" / f"doc-{number:05d}.txt").write_bytes(b"")
    kills += kill_when(start(*command(2)), _grows_by(jsonl, 0.05, full))  # type: ignore[arg-type]
    for share in (0.5, 0.9, 1.05):
        process = start(*command(2, "--retry-failed"))
        time.sleep(share * duration)
        kills += kill_group(process)
    final = run(*command(3))
    assert final.returncode == 1, final.stderr
    assert_exactly_once(expected, database, jsonl)
    assert kills >= 10, f"only {kills} runs were still going when killed"


def test_jsonl_alone_resumes_after_kills(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    jsonl = tmp_path / "alone.jsonl"
    expected = write_corpus(inputs, 1500, seed=11)
    args = (inputs, "--sink", f"jsonl:{jsonl}", "--quiet", "--jobs", "2")
    for fraction in (0.1, 0.4):
        kill_when(start(*args), _grows_by(jsonl, fraction, 1500 * 2500))  # type: ignore[arg-type]
    assert run(*args).returncode == 1
    assert_exactly_once(expected, jsonl=jsonl)
    assert (tmp_path / "alone.jsonl.journal.db").exists()
    again = run(*args, "--summary-json", tmp_path / "summary.json")
    assert again.returncode == 1
    assert_exactly_once(expected, jsonl=jsonl)
    summary = (tmp_path / "summary.json").read_text()
    assert '"records": 0' in summary  # all skipped: nothing was done twice


def test_ctrl_c_stops_cleanly_and_the_next_run_finishes(tmp_path: Path) -> None:
    import os
    import signal

    inputs, jsonl = tmp_path / "inputs", tmp_path / "ctrl-c.jsonl"
    expected = write_corpus(inputs, 1200, seed=5)
    args = (inputs, "--sink", f"jsonl:{jsonl}", "--quiet", "--jobs", "2")
    process = start(*args)
    ready = _grows_by(jsonl, 0.2, 1200 * 2500)
    deadline = time.monotonic() + 60
    while process.poll() is None and not ready() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGINT)
    assert process.wait(timeout=60) in (130, 1)  # 1: it had finished before the signal came
    assert run(*args).returncode == 1
    assert_exactly_once(expected, jsonl=jsonl)

"""Property: runs over overlapping target sets, killed or not, with outputs deleted between them, agree.

After any sequence, each sink holds every input at most once; the JSON-lines
sink holds exactly what the journal holds; every input of a run that
completed is there; and SQLite holds nothing else beyond the one batch a
killed run may have written ahead of its journal.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import Pipeline, RunOptions, Source

_TARGET_SETS = [("P",), ("Q",), ("P", "Q"), ("Q", "R"), ("R", "P/p1.txt")]

_ACTIONS = st.one_of(
    st.tuples(st.just("run"), st.integers(0, len(_TARGET_SETS) - 1), st.just(0)),
    st.tuples(st.just("kill"), st.integers(0, len(_TARGET_SETS) - 1), st.integers(0, 8)),
    st.tuples(st.sampled_from(["delete-jsonl", "cut-jsonl", "delete-db"]), st.just(0), st.just(0)),
)


@pytest.fixture(scope="module")
def pipeline() -> Iterator[Pipeline]:
    yield Pipeline(autoload=False)


def _corpus(root: Path) -> dict[str, set[str]]:
    inputs: dict[str, set[str]] = {}
    for folder in "PQR":
        (root / folder).mkdir()
        for n in range(4):
            path = root / folder / f"{folder.lower()}{n}.txt"
            path.write_bytes(b"" if n == 3 else f"Note {folder}{n} on the session.\n".encode())
            inputs.setdefault(folder, set()).add(Source.from_path(path).uri)
    inputs["P/p1.txt"] = {Source.from_path(root / "P" / "p1.txt").uri}
    return inputs


def _jsonl(path: Path) -> list[str]:
    found = []
    for file in (path, Path(f"{path}.failures.jsonl")):
        if file.exists():
            found += [json.loads(line)["source"]["uri"] for line in file.read_text().splitlines()]
    return found


def _sqlite(path: Path) -> tuple[list[str], set[str]]:
    if not path.exists():
        return [], set()
    with sqlite3.connect(path) as db:
        rows = [
            r[0] for r in db.execute("SELECT source FROM documents UNION ALL SELECT source FROM failures")
        ]
        journal = {r[0] for r in db.execute("SELECT source FROM ingest_journal")}
    return rows, journal


def _run(pipeline: Pipeline, root: Path, targets: tuple[str, ...], stop_after: int | None) -> bool:
    """One run in a child process, killed (``os._exit``) after ``stop_after`` results; ``True``: completed."""
    sinks = [f"sqlite:{root / 'o.db'}", f"jsonl:{root / 'o.jsonl'}"]
    options = RunOptions(use_journal=True, batch_size=3)
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        try:
            run = pipeline.run([str(root / t) for t in targets], sinks, options)
            for done, _ in enumerate(run, 1):
                if stop_after is not None and done > stop_after:
                    os._exit(9)  # a kill: no finally, no close
            os._exit(0)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(child, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, 9), f"the run failed (exit {code})"
    return code == 0


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(_ACTIONS, min_size=1, max_size=6), last=st.integers(0, len(_TARGET_SETS) - 1))
def test_sequences_of_runs_kills_and_deletions_end_with_every_input_once(
    pipeline: Pipeline, actions: list[tuple[str, int, int]], last: int
) -> None:
    root = Path(tempfile.mkdtemp(prefix="ingest-sequence-"))
    try:
        inputs = _corpus(root)
        completed: set[str] = set()
        killed: set[str] = set()
        for action, which, after in [*actions, ("run", last, 0)]:
            named = set().union(*(inputs[t] for t in _TARGET_SETS[which]))
            if action in ("run", "kill"):
                if _run(pipeline, root, _TARGET_SETS[which], after if action == "kill" else None):
                    completed |= named
                else:
                    killed |= named
            elif action == "delete-jsonl":
                for file in (root / "o.jsonl", root / "o.jsonl.failures.jsonl"):
                    file.unlink(missing_ok=True)
            elif action == "cut-jsonl" and (root / "o.jsonl").exists():
                os.truncate(root / "o.jsonl", (root / "o.jsonl").stat().st_size // 2)
            elif action == "delete-db":  # the journal lives there: a fresh start
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{root / 'o.db'}{suffix}").unlink(missing_ok=True)
                completed, killed = set(), set()
        rows, journal = _sqlite(root / "o.db")
        lines = _jsonl(root / "o.jsonl")
        assert not [s for s, n in Counter(rows).items() if n > 1], "SQLite holds an input twice"
        assert not [s for s, n in Counter(lines).items() if n > 1], "JSONL holds an input twice"
        assert set(lines) == journal, "the JSON-lines sink and the journal disagree"
        assert completed <= journal, "an input of a completed run is missing"
        assert journal <= set(rows) <= journal | killed, "SQLite holds other inputs than the journal"
    finally:
        shutil.rmtree(root, ignore_errors=True)

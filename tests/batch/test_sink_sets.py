"""The journal and each sink agree per input: a sink that lost records, or is new, gets exactly those."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_support import assert_exactly_once, run, write_corpus


def _run(*args: str | Path) -> str:
    done = run(*args, "--quiet", "--jobs", "0")
    assert done.returncode in (0, 1), done.stderr
    return done.stderr


@pytest.mark.parametrize("damage", ["delete", "cut"])
def test_a_lost_jsonl_gets_back_the_inputs_of_every_target_set(tmp_path: Path, damage: str) -> None:
    a, b = tmp_path / "A", tmp_path / "B"
    expected = write_corpus(a, 12) | write_corpus(b, 12, start=100)
    database, jsonl = tmp_path / "o.db", tmp_path / "o.jsonl"
    sinks = ("--sink", f"sqlite:{database}", "--sink", f"jsonl:{jsonl}")
    _run(a, *sinks)
    _run(b, *sinks)
    if damage == "delete":
        jsonl.unlink()
    else:  # what a run killed right after the end-of-run rewrite leaves: a shorter file
        jsonl.write_bytes(jsonl.read_bytes()[: jsonl.stat().st_size // 3])
    assert "holds less than the journal recorded" in _run(b, *sinks)
    assert_exactly_once(expected, database=database, jsonl=jsonl)
    _run(a, *sinks)  # and A is skipped afterwards, done once
    assert_exactly_once(expected, database=database, jsonl=jsonl)


def test_a_sink_added_after_the_quick_start_is_backfilled(tmp_path: Path) -> None:
    a, b = tmp_path / "A", tmp_path / "B"
    expected = write_corpus(a, 8) | write_corpus(b, 8, start=100)
    database, jsonl = tmp_path / "ingest.db", tmp_path / "records.jsonl"
    _run(a, "--sink", f"sqlite:{database}")
    stderr = _run(b, "--sink", f"sqlite:{database}", "--sink", f"jsonl:{jsonl}")
    assert "is new to the journal" in stderr
    assert_exactly_once(expected, database=database, jsonl=jsonl)

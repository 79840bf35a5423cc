"""A JSON-lines output deleted or cut behind the journal's back is rebuilt whole by the next run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from batch_support import jsonl_sources, run, write_corpus


@pytest.mark.parametrize("damage", ["delete", "cut"])
def test_a_damaged_jsonl_output_is_rebuilt_with_every_input_once(
    corpus: Path, tmp_path: Path, damage: str
) -> None:
    expected = write_corpus(corpus, 30)
    out = tmp_path / "out.jsonl"
    args = (corpus, "--sink", f"jsonl:{out}", "--jobs", "1", "--quiet")
    assert run(*args).returncode in (0, 1)
    if damage == "delete":
        out.unlink()
    else:
        os.truncate(out, out.stat().st_size // 2)
    again = run(*args)
    assert again.returncode in (0, 1), again.stderr
    assert "holds less than the journal recorded" in again.stderr
    records, failures = jsonl_sources(out)
    assert sorted(records + failures) == sorted(expected)

"""A run never reads what it writes; quarantine copies only regular files, and at most ``--max-bytes``."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from batch_support import assert_exactly_once, environment, ingest_run, run, uri, write_corpus


def test_a_run_inside_its_corpus_never_takes_its_outputs_for_inputs(corpus: Path) -> None:
    expected = write_corpus(corpus, 40)
    args = ingest_run(".", "--sink", "sqlite:ingest.db", "--sink", "jsonl:out.jsonl", "--quarantine", "q")
    for jobs in ("0", "1", "0"):
        done = subprocess.run(
            [*args, "--jobs", jobs, "--quiet", "--reprocess"],
            cwd=corpus,
            env=environment(),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 1, done.stderr
    assert (corpus / "ingest.db").exists() and any((corpus / "q").iterdir())
    assert_exactly_once(expected, database=corpus / "ingest.db", jsonl=corpus / "out.jsonl")


def test_quarantine_copies_regular_files_only_and_at_most_max_bytes(corpus: Path, tmp_path: Path) -> None:
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "big.txt").write_bytes(os.urandom(5000))
    quarantine = tmp_path / "q"
    args = (
        corpus,
        "--max-bytes",
        "1K",
        "--quarantine",
        quarantine,
        "--sink",
        f"jsonl:{tmp_path / 'o.jsonl'}",
    )
    assert run(*args, "--jobs", "1", "--quiet").returncode == 1
    reasons = {
        Path(r["path"]).name: r for r in map(json.loads, map(Path.read_text, quarantine.glob("*.json")))
    }
    assert reasons["zero.txt"]["copied"] is False and "not a regular file" in reasons["zero.txt"]["copy"]
    assert reasons["big.txt"]["copied"] is True and "first 1,024 bytes of 5,000" in reasons["big.txt"]["copy"]
    copies = [p for p in quarantine.iterdir() if p.suffix != ".json"]
    assert [p.stat().st_size for p in copies] == [1024]
    assert uri(corpus / "big.txt") == reasons["big.txt"]["source"]


def test_a_file_the_run_holds_open_only_to_read_is_no_output(tmp_path: Path) -> None:
    """An input open for reading when the outputs are taken (an archive whose members are being listed)
    stays an input; a file open for writing is the run's."""
    from ingest.pipeline.outputs import Outputs

    read, written = tmp_path / "archive.zip", tmp_path / "out.jsonl"
    read.write_bytes(b"PK\x03\x04")
    outputs = Outputs()
    with read.open("rb"), written.open("w"):
        outputs.refresh()
    assert not outputs.holds(os.stat(read))
    assert outputs.holds(os.stat(written))

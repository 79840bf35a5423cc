"""Sinks write where they are pointed: through symbolic links, into devices and FIFOs in place, with the
umask's permissions, one run at a time, and to standard output for pipes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from batch_support import environment, ingest_run, kill_group, run

from ingest.cli import main

_NOTE = "Note {n}\n\nThe mission has the honour to transmit the report of item {n}.\n"


def _fill(corpus: Path, count: int = 3) -> None:
    for n in range(count):
        (corpus / f"note-{n}.txt").write_text(_NOTE.format(n=n), encoding="utf-8")


def _uris(path: Path) -> list[str]:
    return sorted(json.loads(line)["source"]["uri"] for line in path.read_text().splitlines())


def _main(*args: str | Path) -> int:
    return main(["run", *map(str, args), "--jobs", "0", "--quiet"])


@pytest.mark.parametrize("journal", [True, False])
def test_a_symlinked_sink_file_stays_a_link_and_its_target_is_written(
    corpus: Path, tmp_path: Path, journal: bool
) -> None:
    _fill(corpus)
    real = tmp_path / "elsewhere" / "records.jsonl"
    real.parent.mkdir()
    link = tmp_path / "out.jsonl"
    link.symlink_to(real)
    options = () if journal else ("--no-journal",)
    assert _main(corpus, "--sink", f"jsonl:{link}", *options) == 0
    assert _main(corpus, "--sink", f"jsonl:{link}", "--reprocess", *options) == 0  # rewrites the file
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(_uris(real)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "inputs", "out.jsonl"]  # no company
    assert Path(f"{real}.failures.jsonl").exists()


def test_rewritten_files_keep_their_mode_and_new_ones_follow_the_umask(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus)
    old = os.umask(0o027)
    try:
        fresh = tmp_path / "fresh.jsonl"
        assert _main(corpus, "--sink", f"jsonl:{fresh}", "--no-journal") == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o640
        kept = tmp_path / "kept.jsonl"
        kept.write_text("")
        kept.chmod(0o644)
        assert _main(corpus, "--sink", f"jsonl:{kept}", "--no-journal") == 0
        assert stat.S_IMODE(kept.stat().st_mode) == 0o644
    finally:
        os.umask(old)


def test_a_device_is_written_in_place_never_replaced(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus)
    assert _main(corpus, "--sink", "jsonl:/dev/null", "--no-journal") == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not Path("/dev/null.failures.jsonl").exists()


def test_a_fifo_sink_receives_the_lines(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert _main(corpus, "--sink", f"jsonl:{fifo}", "--no-journal") == 0
    reader.join(30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert len(received[0].splitlines()) == 3


def test_the_same_file_named_by_two_sinks_is_a_usage_error(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(corpus)
    monkeypatch.chdir(tmp_path)
    assert _main(corpus, "--sink", "jsonl:x.jsonl", "--sink", "jsonl:./x.jsonl", "--no-journal") == 2
    assert "name the same file" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()
    assert _main(corpus, "--sink", "sqlite:x.db", "--sink", f"sqlite:{tmp_path / 'x.db'}") == 2


def test_a_second_run_into_the_same_sinks_stops_with_status_2(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus)
    (corpus / "slow.txt").write_text("HANG-ME until the timeout\n", encoding="utf-8")
    for sink in (f"jsonl:{tmp_path / 'out.jsonl'}", f"sqlite:{tmp_path / 'out.db'}"):
        target = Path(sink.partition(":")[2])
        lock = target.with_name(f".{target.name}.lock")
        first = subprocess.Popen(
            ingest_run(corpus, "--sink", sink, "-p", "hostile_plugins", "--jobs", "1", "--timeout", "60"),
            env=environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 60
            while not (lock.exists() and lock.read_text().strip() == str(first.pid)):
                assert time.monotonic() < deadline and first.poll() is None
                time.sleep(0.05)
            second = run(corpus, "--sink", sink, "--jobs", "1")
            assert second.returncode == 2, second.stderr
            assert "being written by another run" in second.stderr and str(first.pid) in second.stderr
            assert "Traceback" not in second.stderr
        finally:
            kill_group(first)  # killed: the kernel drops the lock
        again = run(corpus, "--sink", sink, "--jobs", "1", "--timeout", "1", "-p", "hostile_plugins")
        assert again.returncode == 1, again.stderr


def test_jsonl_dash_writes_records_to_standard_output(corpus: Path, tmp_path: Path) -> None:
    _fill(corpus)
    (corpus / "empty.txt").write_bytes(b"")
    for _ in range(2):  # no journal for standard output: the second run writes everything again
        done = subprocess.run(
            [sys.executable, "-m", "ingest", "run", str(corpus), "--sink", "jsonl:-"],
            env=environment(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=tmp_path,
        )
        assert done.returncode == 1
    assert not (tmp_path / "ingest-journal.db").exists()
    records = [json.loads(line) for line in done.stdout.splitlines()]  # nothing else on stdout
    assert [r["kind"] for r in records] == ["record"] * 3
    failures = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert [f["source"]["path"] for f in failures] == [str(corpus / "empty.txt")]
    assert "4 inputs: 3 records, 1 failures" in done.stderr


def test_piped_documents_are_two_rows_and_a_target_named_twice_is_done_once(
    corpus: Path, tmp_path: Path
) -> None:
    _fill(corpus, 2)
    out = tmp_path / "out.jsonl"
    for text in ("First document.\n", "Second document.\n"):
        done = subprocess.run(
            [*ingest_run("-", "--sink", f"sqlite:{tmp_path / 'in.db'}", "--quiet")],
            input=text,
            env=environment(),
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0
    import sqlite3

    with sqlite3.connect(tmp_path / "in.db") as db:
        assert db.execute("SELECT count(*) FROM documents WHERE source LIKE 'stdin:%'").fetchone() == (2,)
    twice = run(corpus, corpus, f"{corpus}/", "--sink", f"jsonl:{out}", "--no-journal", "--jobs", "1")
    assert twice.returncode == 0, twice.stderr
    assert len(_uris(out)) == 2
    assert "named twice: done once" in twice.stderr

"""Every way a command can end has its documented exit status and one line on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from ingest.cli import main

BOOM_START = """
import ingest

@ingest.hookimpl
def ingest_run_start(run):
    raise RuntimeError("this plugin fails on purpose at the start")
"""
BOOM_COLLECT = """
import ingest

def _sources():
    raise RuntimeError("this collector fails on purpose")
    yield

@ingest.hookimpl(tryfirst=True)
def ingest_collect_sources(target, options):
    return _sources()
"""


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one good input, made the current directory, without third-party plugins."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INGEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    (tmp_path / "a.txt").write_text("The mission has the honour to transmit a report.\n", encoding="utf-8")
    (tmp_path / "boom_start.py").write_text(BOOM_START, encoding="utf-8")
    (tmp_path / "boom_collect.py").write_text(BOOM_COLLECT, encoding="utf-8")
    return tmp_path


def _status(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    return _status(capsys, "run", "a.txt", "--jobs", "0", "--quiet", *args)


@pytest.mark.parametrize(
    ("sink", "status", "says"),
    [
        ("jsonl:", 2, "needs a path"),
        ("jsonl:/", 2, "is a directory"),
        ("sqlite:/", 2, "is a directory"),
        ("sqlite:.", 2, "is a directory"),
        ("sqlite:/dev/full", 2, "not a regular file: character device"),
        ("sqlite:a.txt", 2, "not a SQLite database"),
        ("sqlite:-", 2, "standard output"),
        ("jsonl:/dev/full", 3, "run aborted"),
        ("ftp:somewhere", 2, "known schemes"),
    ],
)
def test_a_sink_that_cannot_be_written_is_a_usage_error_or_an_abort(
    here: Path, capsys: pytest.CaptureFixture[str], sink: str, status: int, says: str
) -> None:
    got, err = _run(capsys, "--sink", sink, "--no-journal")
    assert got == status, err
    assert says in err and len(err.strip().splitlines()) == 1
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # never replaced, never given a journal beside it
    assert not Path("/dev/full-journal").exists()


def test_a_journal_that_cannot_be_written_aborts(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _run(capsys, "--sink", "jsonl:out.jsonl", "--journal", "/dev/full")
    assert status == 2 and "not a regular file" in err
    status, err = _run(capsys, "--sink", "jsonl:out.jsonl", "--journal", str(here))
    assert status == 2 and "is a directory" in err


def test_a_raising_run_hook_aborts_the_run_with_one_line(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = _run(capsys, "--sink", "jsonl:out.jsonl", "--no-journal", "-p", "boom_start")
    assert status == 3, err
    assert "fails on purpose" in err and len(err.strip().splitlines()) == 1


def test_a_collector_raising_while_listing_makes_the_target_a_failure(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = _run(capsys, "--sink", "jsonl:out.jsonl", "--no-journal", "-p", "boom_collect")
    assert status == 1, err
    (failure,) = [json.loads(line) for line in (here / "out.jsonl.failures.jsonl").read_text().splitlines()]
    assert (failure["stage"], failure["plugin"]) == ("collect", "boom_collect")
    assert failure["message"] == "this collector fails on purpose"


@pytest.mark.parametrize(
    "option",
    [
        ("--max-bytes", "0"),
        ("--max-bytes", "inf"),
        ("--max-bytes", "nan"),
        ("--max-bytes", "-5"),
        ("--max-bytes", "12 parsecs"),
        ("--timeout", "nan"),
        ("--timeout", "inf"),
        ("--timeout", "-1"),
        ("--max-memory", "inf"),
        ("--jobs", "many"),
    ],
)
def test_bad_sizes_and_durations_are_usage_errors(
    here: Path, capsys: pytest.CaptureFixture[str], option: tuple[str, str]
) -> None:
    try:
        status = main(["run", "a.txt", "--jobs", "0", "--sink", "jsonl:out.jsonl", *option])
    except SystemExit as raised:  # argparse's own exit for its arguments (plugin options return)
        status = int(raised.code or 0)
    assert status == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and option[1] in err


def test_plugin_option_sizes_return_2(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _run(capsys, "--sink", "jsonl:out.jsonl", "--max-bytes", "0")
    assert status == 2 and "at least one byte" in err


def test_search_errors(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--sink", "sqlite:a?b.db")[0] == 0
    assert Path("a?b.db").is_file()
    status, _ = _status(capsys, "search", "honour", "--db", "a?b.db")
    assert status == 0 and not Path("a").exists()  # the ? is part of the name, not a URI query
    assert _status(capsys, "search", "", "--db", "a?b.db")[0] == 2
    assert _status(capsys, "search", "  ", "--db", "a?b.db")[0] == 2
    assert _status(capsys, "search", "honour", "--db", "a?b.db", "--limit", str(10**30))[0] == 0
    with sqlite3.connect("other.db") as db:
        db.execute("CREATE TABLE t (x)")
    status, err = _status(capsys, "search", "honour", "--db", "other.db")
    assert status == 2 and "not a database written by the sqlite: sink" in err
    status, err = _status(capsys, "search", "honour", "--db", "a.txt")
    assert status == 2 and "not a database" in err
    assert _status(capsys, "search", "honour", "--db", "missing.db")[0] == 2


def test_a_sink_over_another_programs_table_is_refused(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect("theirs.db") as db:
        db.execute("CREATE TABLE documents (name TEXT)")
    status, err = _run(capsys, "--sink", "sqlite:theirs.db", "--no-journal")
    assert status == 2 and "another program's database" in err


def test_the_one_mapping_from_errors_to_statuses() -> None:
    from ingest import SinkBusy, UsageError
    from ingest.batch.pool import PoolError
    from ingest.cli.errors import describe
    from ingest.pipeline.run import SinkError

    def caused(error: Exception, cause: BaseException) -> Exception:
        error.__cause__ = cause
        return error

    cases: list[tuple[BaseException, int]] = [
        (KeyboardInterrupt(), 130),
        (UsageError("bad"), 2),
        (caused(SinkError("sink failed to open"), SinkBusy("held by process 1")), 2),
        (SinkError("sink failed to write: disk full"), 3),
        (PoolError("workers do not start"), 3),
        (sqlite3.OperationalError("database or disk is full"), 3),  # the journal's disk
        (BrokenPipeError(), 3),
        (RuntimeError("a bug"), 3),
    ]
    for error, status in cases:
        got, message = describe(error)
        assert got == status, (error, message)
        assert message.startswith("ingest: ") and "\n" not in message

"""A test run stopped with SIGTERM still stops its throwaway PostgreSQL server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from throwaway_postgres import find_binaries

TESTS = Path(__file__).resolve().parents[1]

WAITING_TEST = """
import time
from pathlib import Path


def test_waits(postgresql_server):
    Path({report!r}).write_text(str(postgresql_server.data))
    time.sleep(120)
"""


def _postmaster_running(data: Path) -> bool:
    pid_file = data / "postmaster.pid"
    if not pid_file.exists():
        return False
    pid = int(pid_file.read_text().split()[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigterm_stops_the_server(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    if find_binaries() is None:
        pytest.skip("PostgreSQL's initdb and pg_ctl not found")
    report = tmp_path / "data-dir"
    (tmp_path / "conftest.py").write_text((TESTS / "conftest.py").read_text())
    (tmp_path / "test_waiting.py").write_text(WAITING_TEST.format(report=str(report)))
    support = os.pathsep.join([str(TESTS / "support"), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": support}
    run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while not report.exists() and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert report.exists(), run.communicate(timeout=10)[0].decode()
        data = Path(report.read_text())
        assert _postmaster_running(data)
        run.send_signal(signal.SIGTERM)
        output = run.communicate(timeout=60)[0].decode()
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode != 0
    assert not _postmaster_running(data), output
    assert not data.exists(), output

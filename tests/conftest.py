"""Shared fixtures: the plugin authors' test kit, and the path to the test data."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from throwaway_postgres import PostgresServer, find_binaries, throwaway_server

pytest_plugins = ["ingest.testing"]

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """The folder of test documents copied into the repository."""
    return DATA


class TerminatedError(KeyboardInterrupt):
    """The test run received SIGTERM; raised like Ctrl-C so that pytest still tears the fixtures down."""


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """While a throwaway server runs, SIGTERM interrupts the run instead of killing it.

    A run killed by SIGTERM would skip the fixtures' teardown and leave the
    server running; an interrupt makes pytest end the session and stop it.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise TerminatedError(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the session (skips when the server binaries are absent)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'ingest[postgresql]')")
    if find_binaries() is None:
        pytest.skip("PostgreSQL's initdb and pg_ctl not found (apt-get install postgresql; .ci/run does)")
    with throwaway_server() as server, _terminate_as_interrupt():
        yield server


@pytest.fixture
def postgresql_url(postgresql_server: PostgresServer) -> str:
    """The URI of a new, empty database on the throwaway server."""
    return postgresql_server.create_database()

"""Shared fixtures: the plugin authors' test kit, and the path to the test data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from throwaway_postgres import PostgresServer, find_binaries, throwaway_server

pytest_plugins = ["ingest.testing"]

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """The folder of test documents copied into the repository."""
    return DATA


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the session (skips when the server binaries are absent)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'ingest[postgresql]')")
    if find_binaries() is None:
        pytest.skip("PostgreSQL's initdb and pg_ctl not found (apt-get install postgresql; .ci/run does)")
    with throwaway_server() as server:
        yield server


@pytest.fixture
def postgresql_url(postgresql_server: PostgresServer) -> str:
    """The URI of a new, empty database on the throwaway server."""
    return postgresql_server.create_database()

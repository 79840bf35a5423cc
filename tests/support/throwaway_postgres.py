"""A throwaway PostgreSQL server from the system's packages, on loopback, for the tests that need one.

``initdb`` and ``pg_ctl`` are found on ``PATH`` or under
``/usr/lib/postgresql/*/bin`` (Debian's ``postgresql`` package).  As root
they run as the ``postgres`` user through ``runuser``; otherwise as the
current user.  The data directory comes from ``mkdtemp``; the server
listens on 127.0.0.1 on a free port, keeps its socket inside the data
directory, trusts local connections, and is stopped and removed at the end.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["PostgresServer", "find_binaries", "throwaway_server"]

USER = "ingest"


def find_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (the newest Debian version first), or ``None``."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True
    )
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    if found and (Path(found).parent / "initdb").exists():
        return Path(found).parent
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """A running throwaway server; :meth:`create_database` gives each test a database of its own."""

    def __init__(self, binaries: Path, root: Path, port: int) -> None:
        self.binaries = binaries
        self.root = root
        self.data = root / "data"
        self.port = port
        self._databases = 0

    def url(self, database: str = "postgres") -> str:
        """The libpq URI of ``database`` on this server."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; returns its URI."""
        import psycopg

        self._databases += 1
        name = f"test_{os.getpid()}_{self._databases}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"'.encode())
        return self.url(name)


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        runuser = shutil.which("runuser") or "/usr/sbin/runuser"
        return [runuser, "-u", "postgres", "--", *command]
    return command


@contextlib.contextmanager
def throwaway_server(durable: bool = False) -> Iterator[PostgresServer]:
    """Start a server (initdb, pg_ctl start), yield it, stop it and remove its files.

    ``durable`` keeps PostgreSQL's default ``fsync`` and ``synchronous_commit``
    (for benchmarks); tests turn both off.
    """
    binaries = find_binaries()
    if binaries is None:
        raise FileNotFoundError("initdb and pg_ctl not found (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="ingest-postgres-"))
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
    data = root / "data"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    started = False
    try:
        initdb = [str(binaries / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "--no-sync"]
        subprocess.run(
            _as_owner([*initdb, "--no-locale", "-E", "UTF8"]),
            **quiet,  # type: ignore[call-overload]
        )
        for attempt in range(3):
            port = free_port()
            settings = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={data}"
            if not durable:
                settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            command = [str(binaries / "pg_ctl"), "-D", str(data), "-o", settings, "-w", "-t", "60"]
            result = subprocess.run(
                _as_owner([*command, "-l", str(root / "log"), "start"]),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                check=False,
            )
            if result.returncode == 0:
                started = True
                break
            if attempt == 2:
                log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
                raise RuntimeError(f"pg_ctl start failed: {result.stderr.decode()} {log[-2000:]}")
        yield PostgresServer(binaries, root, port)
    finally:
        if started:
            subprocess.run(
                _as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        shutil.rmtree(root, ignore_errors=True)

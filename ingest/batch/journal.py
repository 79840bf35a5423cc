"""The run journal: one row per input in SQLite, committed with each batch the sinks received.

For every input it keeps the path, size, modification time and SHA-256 of
the bytes, the configuration fingerprint (plugin names and versions,
options, forced format), the outcome (record id and format, or the failed
stage, plugin and reason) and timings; for every sink, the checkpoint the
sink returned after its last commit.  An input is done again when it is new,
when its configuration changed, when its size changed, or when its
modification time changed and its SHA-256 differs; otherwise it is skipped.
Each sink has the first run whose inputs it holds (``since``): a sink new
to the journal, or found to have lost what it held, starts at the current
run, and every input done before it is due again, whatever the targets.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from ingest.model import Failure, Record, Result

__all__ = ["Entry", "Journal", "Previous", "Stat"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS ingest_journal_runs (
    run INTEGER PRIMARY KEY,
    started REAL NOT NULL,
    finished REAL,
    fingerprint TEXT NOT NULL,
    targets TEXT NOT NULL,
    status TEXT NOT NULL,
    summary TEXT
);
CREATE TABLE IF NOT EXISTS ingest_journal_sinks (
    uri TEXT PRIMARY KEY,
    checkpoint TEXT,
    since INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS ingest_journal (
    source TEXT PRIMARY KEY,
    path TEXT,
    size INTEGER,
    mtime_ns INTEGER,
    sha256 TEXT,
    fingerprint TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('record', 'failure')),
    record_id TEXT,
    format TEXT,
    stage TEXT,
    plugin TEXT,
    error_type TEXT,
    message TEXT,
    seconds REAL NOT NULL,
    finished REAL NOT NULL,
    run INTEGER NOT NULL,
    worker INTEGER
);
"""

_UPSERT = """
INSERT INTO ingest_journal (source, path, size, mtime_ns, sha256, fingerprint, outcome, record_id, format,
                            stage, plugin, error_type, message, seconds, finished, run, worker)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(source) DO UPDATE SET
    path = excluded.path, size = excluded.size, mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256,
    fingerprint = excluded.fingerprint, outcome = excluded.outcome, record_id = excluded.record_id,
    format = excluded.format, stage = excluded.stage, plugin = excluded.plugin,
    error_type = excluded.error_type, message = excluded.message, seconds = excluded.seconds,
    finished = excluded.finished, run = excluded.run, worker = excluded.worker
"""

_MESSAGE_CHARS = 500


@attrs.frozen
class Stat:
    """What the parent saw of a file when it queued it: size and modification time (``None``: no file)."""

    size: int | None = None
    mtime_ns: int | None = None


def _container_unchanged(within: str | None, finished: float) -> bool:
    """Whether the file an input was taken out of (``Source.within``) was not modified since ``finished``.

    Inputs that are neither files nor taken out of one (standard input,
    say): nothing tells whether they changed, so they are done again.
    """
    if within is None:
        return False
    try:
        modified = os.stat(within).st_mtime_ns
    except OSError:
        return False
    return modified < finished * 1e9


@attrs.frozen
class Previous:
    """What the journal holds for an input from an earlier run."""

    outcome: str
    format: str | None
    run: int
    stale: bool


@attrs.frozen
class Entry:
    """One input's row, built from its result."""

    result: Result
    stat: Stat
    seconds: float
    worker: int | None = None


def _text(value: str | None) -> str | None:
    """``value`` storable as SQLite text: lone surrogates (undecodable file names) escaped."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def _sha256_of(path: str) -> str | None:
    """The digest of the regular file at ``path``; ``None`` for anything else (a FIFO is never waited on)."""
    digest = hashlib.sha256()
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    return digest.hexdigest()


class Journal:
    """The journal of the runs into one set of sinks, in a SQLite database (its own or the sink's).

    ``reprocess`` makes every input due again, ``retry_failed`` every
    input whose last outcome was a failure.  The tables are prefixed
    ``ingest_journal`` so they can live inside the SQLite sink's database.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        sinks: Sequence[str],
        fingerprint: str,
        *,
        reprocess: bool = False,
        retry_failed: bool = False,
    ) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fingerprint = fingerprint
        self.reprocess = reprocess
        self.retry_failed = retry_failed
        self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=60)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(ingest_journal_sinks)")}
        if "since" not in columns:  # a journal from before sinks were followed one by one
            self.db.execute("ALTER TABLE ingest_journal_sinks ADD COLUMN since INTEGER NOT NULL DEFAULT 0")
        self.run = 0
        #: Inputs done in a run before this one are due again: a sink lacks them (0: none).
        self.owed_before = 0
        self.added: list[str] = []
        self._check_sinks(sinks)
        self._touched: list[tuple[int | None, str]] = []

    def _check_sinks(self, sinks: Sequence[str]) -> None:
        """Follow exactly ``sinks``: a sink new to the journal is owed every input of earlier runs."""
        known = {uri for (uri,) in self.db.execute("SELECT uri FROM ingest_journal_sinks")}
        has_entries = self.db.execute("SELECT 1 FROM ingest_journal LIMIT 1").fetchone() is not None
        self.added = [uri for uri in sinks if uri not in known] if has_entries else []
        self.db.execute("BEGIN IMMEDIATE")
        for uri in known - set(sinks):
            self.db.execute("DELETE FROM ingest_journal_sinks WHERE uri = ?", (uri,))
        self.db.executemany(
            "INSERT OR IGNORE INTO ingest_journal_sinks (uri, checkpoint, since) VALUES (?, NULL, -1)",
            [(uri,) for uri in sinks],
        )
        self.db.execute("COMMIT")

    def reset(self, uri: str) -> None:
        """``uri`` lost what it held: it is owed every input done before this run."""
        self.db.execute("UPDATE ingest_journal_sinks SET since = ? WHERE uri = ?", (self.run, uri))
        self._owed()

    def _owed(self) -> None:
        (since,) = self.db.execute("SELECT coalesce(max(since), 0) FROM ingest_journal_sinks").fetchone()
        self.owed_before = max(0, int(since))

    def owed(self, after: str, limit: int = 500) -> list[tuple[str, str | None]]:
        """Up to ``limit`` inputs of earlier runs that a sink lacks, by source after ``after``."""
        rows = self.db.execute(
            "SELECT source, path FROM ingest_journal WHERE run < ? AND source > ? ORDER BY source LIMIT ?",
            (self.owed_before, after, limit),
        ).fetchall()
        return [(str(source), path) for source, path in rows]

    # -- runs ------------------------------------------------------------------------

    def begin_run(self, targets: Sequence[str]) -> int:
        """Record that a run starts; returns its number."""
        cursor = self.db.execute(
            "INSERT INTO ingest_journal_runs (started, fingerprint, targets, status) VALUES (?, ?, ?, ?)",
            (time.time(), self.fingerprint, json.dumps(list(targets)), "running"),
        )
        self.run = int(cursor.lastrowid or 0)
        self.db.execute("UPDATE ingest_journal_sinks SET since = ? WHERE since < 0", (self.run,))
        self._owed()
        return self.run

    def finish_run(self, status: str, summary: Mapping[str, Any] | None = None) -> None:
        """Record how the run ended (``completed``, ``interrupted``, ``aborted``)."""
        self.db.execute(
            "UPDATE ingest_journal_runs SET finished = ?, status = ?, summary = ? WHERE run = ?",
            (time.time(), status, json.dumps(summary) if summary is not None else None, self.run),
        )

    def checkpoints(self) -> dict[str, str | None]:
        """Each sink's checkpoint as of the last commit (``None``: nothing committed yet)."""
        return dict(self.db.execute("SELECT uri, checkpoint FROM ingest_journal_sinks").fetchall())

    # -- deciding --------------------------------------------------------------------

    def previous(
        self, source: str, path: str | None, stat: Stat, within: str | None = None
    ) -> Previous | None:
        """What an earlier run did with ``source``, and whether it must be done again (``stale``).

        ``within`` is the file an input that is not a file was taken out of
        (see ``Source.within``).
        """
        row = self.db.execute(
            "SELECT size, mtime_ns, sha256, fingerprint, outcome, format, run, finished FROM ingest_journal "
            "WHERE source = ?",
            (source,),
        ).fetchone()
        if row is None:
            return None
        size, mtime_ns, sha256, fingerprint, outcome, format, run, finished = row
        stale = (
            (path is None and not _container_unchanged(within, finished))
            or self.reprocess
            or (self.retry_failed and outcome == "failure")
            or fingerprint != self.fingerprint
            or size != stat.size
            or run < self.owed_before  # a sink lost it, or was added since
        )
        if not stale and mtime_ns != stat.mtime_ns:
            # Same size, another modification time: the bytes decide.
            digest = _sha256_of(path) if path is not None and sha256 is not None else None
            stale = digest is None or digest != sha256
            if not stale:
                self._touched.append((stat.mtime_ns, source))
        return Previous(outcome=outcome, format=format, run=int(run), stale=stale)

    # -- committing ------------------------------------------------------------------

    def commit(self, entries: Iterable[Entry], checkpoints: Mapping[str, str | None]) -> None:
        """Store a batch the sinks committed, and the sinks' checkpoints, in one transaction."""
        now = time.time()
        rows = []
        for entry in entries:
            result, stat = entry.result, entry.stat
            source = result.source
            outcome: tuple[str, str | None, str | None, str | None, str | None, str | None, str | None]
            if isinstance(result, Record):
                outcome = ("record", result.id, result.format, None, None, None, None)
            else:
                assert isinstance(result, Failure)
                message = _text(result.message[:_MESSAGE_CHARS])
                outcome = (
                    "failure",
                    result.id,
                    None,
                    result.stage,
                    result.plugin,
                    result.error_type,
                    message,
                )
            rows.append(
                (
                    source.uri,
                    _text(source.path),
                    stat.size,
                    stat.mtime_ns,
                    source.sha256,
                    self.fingerprint,
                    *outcome,
                    round(entry.seconds, 6),
                    now,
                    self.run,
                    entry.worker,
                )
            )
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany(_UPSERT, rows)
            if self._touched:
                db.executemany("UPDATE ingest_journal SET mtime_ns = ? WHERE source = ?", self._touched)
                self._touched = []
            db.executemany(
                "UPDATE ingest_journal_sinks SET checkpoint = ? WHERE uri = ?",
                [(checkpoint, uri) for uri, checkpoint in checkpoints.items()],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the database."""
        self.db.close()

"""The ``sqlite:PATH`` sink: a table of records with a full-text index, and a table of failures."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from ingest import (
    Failure,
    Options,
    Record,
    Result,
    RunInfo,
    SearchHit,
    SinkLock,
    SinkRegistry,
    Summary,
    UsageError,
    dumps,
    file_target,
    hookimpl,
)
from ingest_builtins.sinks.jsonl import encodable

__all__ = ["SCHEMA", "SqliteSink", "ingest_register_sinks", "search"]

#: The tables, indexes and triggers of a database this sink writes.
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    format TEXT,
    title TEXT,
    date TEXT,
    language TEXT,
    publisher TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_id ON documents(id);
CREATE INDEX IF NOT EXISTS documents_format ON documents(format);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY,
    id TEXT,
    stage TEXT NOT NULL,
    plugin TEXT,
    error_type TEXT NOT NULL,
    message TEXT NOT NULL,
    record TEXT NOT NULL,
    updated REAL NOT NULL
);
"""

_UPSERT_DOCUMENT = """
INSERT INTO documents (source, id, format, title, date, language, publisher, text, record, updated)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(source) DO UPDATE SET
    id = excluded.id, format = excluded.format, title = excluded.title, date = excluded.date,
    language = excluded.language, publisher = excluded.publisher, text = excluded.text,
    record = excluded.record, updated = excluded.updated
"""
_UPSERT_FAILURE = """
INSERT INTO failures (source, id, stage, plugin, error_type, message, record, updated)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(source) DO UPDATE SET
    id = excluded.id, stage = excluded.stage, plugin = excluded.plugin,
    error_type = excluded.error_type, message = excluded.message,
    record = excluded.record, updated = excluded.updated
"""


def connect(path: str) -> sqlite3.Connection:
    """Open (creating if needed) a database in the layout this sink writes."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        _check_layout(connection, path)
        connection.executescript(SCHEMA)
    except sqlite3.OperationalError:
        connection.close()
        raise
    except sqlite3.DatabaseError as error:  # not a database at all
        connection.close()
        raise UsageError(f"sqlite:{path} is not a SQLite database ({error})") from None
    except BaseException:
        connection.close()
        raise
    return connection


class SqliteSink:
    """Upserts each result by its source, in one transaction per batch.

    A source that was a failure and now is a record (or the reverse) moves
    from one table to the other, so every input has exactly one row.  A
    batch delivered again after a kill simply replaces its rows, so this
    sink needs no checkpoint to be written exactly once.
    """

    def __init__(self, path: str) -> None:
        uri = f"sqlite:{path}"
        if path == "-":
            raise UsageError("sqlite:- : a database cannot be written to standard output (use jsonl:-)")
        self.path = str(file_target(uri, path or "ingest.db")[0])
        self.lock = SinkLock(uri, self.path)
        self._connection: sqlite3.Connection | None = None

    def open(self, run: RunInfo) -> None:
        """Take the lock beside the database (another run holding it is a usage error); create the tables."""
        self.lock.acquire()
        try:
            self._connection = connect(self.path)
        except BaseException:
            self.lock.release()
            raise

    def journal_path(self) -> str:
        """Runs into this sink keep their journal inside its database (tables ``ingest_journal*``)."""
        return self.path

    def write(self, batch: Sequence[Result]) -> None:
        """Upsert the batch inside a transaction that :meth:`commit` ends."""
        db = self._connection
        assert db is not None
        if not db.in_transaction:
            db.execute("BEGIN")
        now = time.time()
        records = [r for r in batch if isinstance(r, Record)]
        failures = [r for r in batch if isinstance(r, Failure)]
        db.executemany(
            _UPSERT_DOCUMENT,
            [
                (
                    r.source.uri,
                    r.id,
                    r.format,
                    r.title,
                    r.date,
                    r.language,
                    r.publisher,
                    r.text,
                    encodable(dumps(r)),
                    now,
                )
                for r in records
            ],
        )
        db.executemany("DELETE FROM failures WHERE source = ?", [(r.source.uri,) for r in records])
        db.executemany(
            _UPSERT_FAILURE,
            [
                (
                    f.source.uri,
                    f.id,
                    f.stage,
                    f.plugin_name,
                    f.error_type,
                    encodable(f.message),
                    encodable(dumps(f)),
                    now,
                )
                for f in failures
            ],
        )
        db.executemany("DELETE FROM documents WHERE source = ?", [(f.source.uri,) for f in failures])

    def commit(self) -> None:
        """Commit the open transaction."""
        if self._connection is not None and self._connection.in_transaction:
            self._connection.execute("COMMIT")

    def close(self, summary: Summary | None) -> None:
        """Commit what was written (every batch is complete in itself), close, and let the lock go."""
        try:
            if self._connection is not None:
                connection, self._connection = self._connection, None
                try:
                    if connection.in_transaction:
                        connection.execute("COMMIT")
                finally:
                    connection.close()
        finally:
            self.lock.release()


def _quoted(query: str) -> str:
    """The query with each word quoted, for text that is not valid FTS5 query syntax."""
    words = [word.replace('"', '""') for word in query.split()]
    return " ".join(f'"{word}"' for word in words)


def _read_only(path: str) -> sqlite3.Connection:
    """Open ``path`` read-only; the path is quoted into the URI, so ``?`` and ``#`` in it are just names."""
    location = quote(os.path.abspath(path), safe="/")
    return sqlite3.connect(f"file:{location}?mode=ro", uri=True)


def search(path: str, query: str, limit: int = 10) -> list[SearchHit]:
    """Full-text search over titles and texts, best matches first (FTS5 query syntax accepted).

    A missing database raises :class:`FileNotFoundError`; an empty query or
    a file that is not a database this sink wrote raises
    :class:`~ingest.UsageError`.
    """
    path = path or "ingest.db"
    if not query.strip():
        raise UsageError("the query is empty: give the words to search for")
    if not Path(path).is_file():
        raise FileNotFoundError(f"no database at {path}")
    limit = max(1, min(limit, _MAX_LIMIT))
    sql = """
        SELECT d.source, d.title, d.format,
               snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts) AS rank
        FROM documents_fts JOIN documents AS d ON d.rowid = documents_fts.rowid
        WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?
    """
    try:
        db = _read_only(path)
        try:
            if not _has_layout(db):
                raise UsageError(f"{path} is not a database written by the sqlite: sink (no documents table)")
            try:
                rows = db.execute(sql, (query, limit)).fetchall()
            except sqlite3.OperationalError:
                rows = db.execute(sql, (_quoted(query), limit)).fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        raise UsageError(f"cannot search {path}: {error}") from None
    return [SearchHit(source=s, title=t, format=f, snippet=snip, score=-rank) for s, t, f, snip, rank in rows]


#: The most hits one search returns (SQLite's LIMIT takes a 64-bit integer).
_MAX_LIMIT = 2**62
_COLUMNS = {"source", "id", "format", "title", "text", "record"}


def _has_layout(db: sqlite3.Connection) -> bool:
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "documents" not in tables or "documents_fts" not in tables:
        return False
    columns = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
    return columns >= _COLUMNS


def _check_layout(db: sqlite3.Connection, path: str) -> None:
    """A usage error when ``path`` is some other program's database (its own ``documents`` table)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
    if columns and not columns >= _COLUMNS:
        raise UsageError(f"sqlite:{path} is another program's database (its documents table differs)")


def _factory(rest: str, options: Options) -> SqliteSink:
    return SqliteSink(rest)


@hookimpl
def ingest_register_sinks(sinks: SinkRegistry) -> None:
    """Provide ``sqlite:PATH`` (searchable with ``ingest search``)."""
    sinks.add("sqlite", _factory, "SQLite database with a full-text index (the default)", search=search)


def record_json(row: str) -> dict[str, object]:
    """Parse the ``record`` column of a row."""
    result: dict[str, object] = json.loads(row)
    return result

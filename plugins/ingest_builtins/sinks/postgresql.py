"""The ``postgresql://…`` sink: one row per input in a ``documents`` table, bulk-loaded through COPY.

Each batch is copied into temporary staging tables, then moved into
``documents`` and ``failures`` by ``INSERT … SELECT … ON CONFLICT (source)
DO UPDATE`` in the same transaction: a re-run, or a batch delivered again
after a kill, replaces rows and adds none.  The record is kept whole as
``jsonb``; the searchable fields are real columns, and a generated
``tsvector`` with a GIN index serves ``ingest search --db postgresql://…``.
The tables are versioned (``ingest_schema``) and migrated when a run
starts.  Needs ``pip install 'ingest[postgresql]'`` (psycopg 3).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from ingest import (
    Failure,
    IngestError,
    Options,
    Record,
    Result,
    RunInfo,
    SearchHit,
    SinkBusy,
    SinkRegistry,
    Summary,
    UsageError,
    hookimpl,
)
from ingest_builtins.sinks.postgresql_schema import json_text, migrate, storable

#: The advisory lock a run holds on the database while it writes (the schema's migration has its own).
_RUN_LOCK = 0x1A6E58

if TYPE_CHECKING:
    import psycopg

__all__ = ["INSTALL", "PostgresqlSink", "connect", "ingest_register_sinks", "public_uri", "search"]

#: What to install when psycopg is missing.
INSTALL = "pip install 'ingest[postgresql]'"

_STAGING = """
CREATE TEMPORARY TABLE IF NOT EXISTS ingest_staged_documents (
    seq integer, source text, id text, format text, title text, date text, language text,
    languages text[], authors text[], publisher text, text text, record jsonb
) ON COMMIT DELETE ROWS;
CREATE TEMPORARY TABLE IF NOT EXISTS ingest_staged_failures (
    seq integer, source text, id text, stage text, plugin text, error_type text, message text, record jsonb
) ON COMMIT DELETE ROWS;
"""

_COPY_DOCUMENTS = (
    "COPY ingest_staged_documents (seq, source, id, format, title, date, language, languages, authors, "
    "publisher, text, record) FROM STDIN"
)
_COPY_FAILURES = (
    "COPY ingest_staged_failures (seq, source, id, stage, plugin, error_type, message, record) FROM STDIN"
)

# DISTINCT ON keeps one row per source: one INSERT … ON CONFLICT must not touch a key twice.
_MOVE = """
INSERT INTO documents AS d (source, id, format, title, date, language, languages, authors, publisher,
                            text, record, updated)
SELECT DISTINCT ON (source) source, id, format, title, date, language, languages, authors, publisher,
       text, record, now()
FROM ingest_staged_documents ORDER BY source, seq DESC
ON CONFLICT (source) DO UPDATE SET
    id = excluded.id, format = excluded.format, title = excluded.title, date = excluded.date,
    language = excluded.language, languages = excluded.languages, authors = excluded.authors,
    publisher = excluded.publisher, text = excluded.text, record = excluded.record, updated = now();
DELETE FROM failures AS f USING ingest_staged_documents AS s WHERE f.source = s.source;
INSERT INTO failures AS f (source, id, stage, plugin, error_type, message, record, updated)
SELECT DISTINCT ON (source) source, id, stage, plugin, error_type, message, record, now()
FROM ingest_staged_failures ORDER BY source, seq DESC
ON CONFLICT (source) DO UPDATE SET
    id = excluded.id, stage = excluded.stage, plugin = excluded.plugin, error_type = excluded.error_type,
    message = excluded.message, record = excluded.record, updated = now();
DELETE FROM documents AS d USING ingest_staged_failures AS s WHERE d.source = s.source;
"""


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise UsageError(f"the postgresql sink needs psycopg 3: {INSTALL}") from None
    return psycopg


def public_uri(uri: str) -> str:
    """``uri`` without its password, for messages."""
    parts = urlsplit(uri)
    if parts.password is None:
        return uri
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def connect(uri: str) -> psycopg.Connection[Any]:
    """A connection to the database ``uri`` names (a libpq URI; libpq's ``PG*`` variables apply)."""
    module = _psycopg()
    try:
        connection: psycopg.Connection[Any] = module.connect(uri, application_name="ingest")
    except module.OperationalError as error:
        raise IngestError(f"cannot connect to {public_uri(uri)}: {str(error).strip()}") from None
    return connection


def _last_per_source(batch: Sequence[Result]) -> list[tuple[int, str, Result]]:
    """Each source's last result in the batch, with its position and storable key."""
    last: dict[str, tuple[int, str, Result]] = {}
    for seq, result in enumerate(batch):
        key = storable(result.source.uri)
        last[key] = (seq, key, result)
    return list(last.values())


class PostgresqlSink:
    """Upserts each result by its source, one transaction per batch (see the module docstring).

    A source that was a failure and now is a record (or the reverse) moves
    from one table to the other, so every input has exactly one row.
    """

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self._connection: psycopg.Connection[Any] | None = None

    def open(self, run: RunInfo) -> None:
        """Connect, create or migrate the tables, and prepare the staging tables."""
        connection = connect(self.uri)
        try:
            migrate(connection)
            # One run writes into a database's tables at a time; the server drops the lock when the
            # connection ends, so a killed run never leaves it held.
            held = connection.execute("SELECT pg_try_advisory_lock(%s)", (_RUN_LOCK,)).fetchone()
            if not (held and held[0]):
                raise SinkBusy(f"another run is writing into {public_uri(self.uri)}: wait for it to finish")
            connection.execute(_STAGING.encode())
            connection.commit()
        except BaseException:
            connection.close()
            raise
        self._connection = connection

    def write(self, batch: Sequence[Result]) -> None:
        """Copy the batch into the staging tables and move it into place, inside one transaction."""
        db = self._connection
        assert db is not None
        rows = _last_per_source(batch)
        with db.cursor() as cursor:
            with cursor.copy(_COPY_DOCUMENTS) as copy:
                for seq, key, r in rows:
                    if isinstance(r, Record):
                        copy.write_row(
                            (
                                seq,
                                key,
                                r.id,
                                r.format,
                                None if r.title is None else storable(r.title),
                                r.date,
                                r.language,
                                list(r.languages),
                                [storable(a) for a in r.authors],
                                None if r.publisher is None else storable(r.publisher),
                                storable(r.text),
                                json_text(r),
                            )
                        )
            with cursor.copy(_COPY_FAILURES) as copy:
                for seq, key, f in rows:
                    if isinstance(f, Failure):
                        copy.write_row(
                            (
                                seq,
                                key,
                                f.id,
                                f.stage,
                                f.plugin,
                                f.error_type,
                                storable(f.message),
                                json_text(f),
                            )
                        )
            cursor.execute(_MOVE.encode())

    def commit(self) -> None:
        """Commit the batch's transaction."""
        if self._connection is not None:
            self._connection.commit()

    def close(self, summary: Summary | None) -> None:
        """Commit what was written (every batch is complete in itself) and disconnect."""
        if self._connection is not None:
            try:
                self._connection.commit()
                # The run's lock is let go now, not when the server notices that the connection has ended:
                # a run started right after this one finds the database free.
                self._connection.execute("SELECT pg_advisory_unlock(%s)", (_RUN_LOCK,))
            finally:
                self._connection.close()
                self._connection = None


_SEARCH = """
SELECT source, title, format,
       ts_headline('simple', left(text, 100000), query,
                   'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…'),
       rank
FROM (
    SELECT d.source, d.title, d.format, d.text, q AS query, ts_rank_cd(d.search, q) AS rank
    FROM documents AS d, websearch_to_tsquery('simple', %s) AS q
    WHERE d.search @@ q
    ORDER BY rank DESC, d.source
    LIMIT %s
) AS hits
ORDER BY rank DESC, source
"""


def search(rest: str, query: str, limit: int = 10) -> list[SearchHit]:
    """Full-text search over titles and texts, best matches first (web-search syntax: "phrases", or, -not)."""
    connection = connect(_uri(rest))
    try:
        rows = connection.execute(_SEARCH, (storable(query), limit)).fetchall()
    except _psycopg().errors.UndefinedTable:
        raise IngestError(f"{public_uri(_uri(rest))} holds no ingest tables yet") from None
    finally:
        connection.close()
    return [
        SearchHit(source=s, title=t, format=f, snippet=snip, score=float(rank))
        for s, t, f, snip, rank in rows
    ]


def _uri(rest: str) -> str:
    if not rest.startswith("//"):
        raise UsageError("the postgresql sink takes a URI: postgresql://[USER@]HOST[:PORT]/DATABASE")
    return "postgresql:" + rest


def _factory(rest: str, options: Options) -> PostgresqlSink:
    _psycopg()
    return PostgresqlSink(_uri(rest))


@hookimpl
def ingest_register_sinks(sinks: SinkRegistry) -> None:
    """Provide ``postgresql://…`` and its alias ``postgres://…`` (searchable with ``ingest search``)."""
    description = "PostgreSQL: one row per input, record as jsonb, full-text index (ingest[postgresql])"
    sinks.add("postgresql", _factory, description, search=search)
    sinks.add("postgres", _factory, "the same as postgresql://", search=search)

"""The PostgreSQL sink's tables, their versioned migrations, and text PostgreSQL can store."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import orjson

from ingest import Result, UsageError, dumps, to_json
from ingest_builtins.sinks.jsonl import encodable

if TYPE_CHECKING:
    import psycopg

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "TEXT_SEARCH_CHARS", "json_text", "migrate", "storable"]

#: The version of the tables this sink writes; :func:`migrate` brings a database up to it.
SCHEMA_VERSION = 1
#: The full-text index covers the title and this many leading characters of the text
#: (PostgreSQL caps one ``tsvector`` at 1 MB; this keeps any text well under the cap).
TEXT_SEARCH_CHARS = 500_000

_SEARCH = (
    "setweight(to_tsvector('simple'::regconfig, coalesce(left(title, 10000), '')), 'A') || "
    f"setweight(to_tsvector('simple'::regconfig, left(text, {TEXT_SEARCH_CHARS})), 'B')"
)

_VERSION_1 = (
    f"""
    CREATE TABLE documents (
        source text PRIMARY KEY,
        id text NOT NULL,
        format text,
        title text,
        date text,
        language text,
        languages text[] NOT NULL DEFAULT '{{}}',
        authors text[] NOT NULL DEFAULT '{{}}',
        publisher text,
        text text NOT NULL,
        record jsonb NOT NULL,
        updated timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS ({_SEARCH}) STORED
    )
    """,
    "CREATE INDEX documents_id ON documents (id)",
    "CREATE INDEX documents_format ON documents (format)",
    "CREATE INDEX documents_date ON documents (date)",
    "CREATE INDEX documents_search ON documents USING gin (search)",
    """
    CREATE TABLE failures (
        source text PRIMARY KEY,
        id text,
        stage text NOT NULL,
        plugin text,
        error_type text NOT NULL,
        message text NOT NULL,
        record jsonb NOT NULL,
        updated timestamptz NOT NULL DEFAULT now()
    )
    """,
    "CREATE INDEX failures_stage ON failures (stage, plugin, error_type)",
)

#: For each schema version, the statements that lead to it from the one before.
MIGRATIONS: dict[int, Sequence[str]] = {1: _VERSION_1}

_LZ4 = (
    "ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN record SET COMPRESSION lz4",
    "ALTER TABLE failures ALTER COLUMN record SET COMPRESSION lz4",
)

#: Any constant: serialises the sinks that open one database at the same moment.
_LOCK = 0x1A6E57


def _has_lz4(connection: psycopg.Connection[Any]) -> bool:
    row = connection.execute(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
    ).fetchone()
    return bool(row and row[0])


def migrate(connection: psycopg.Connection[Any]) -> int:
    """Create the tables, or bring older ones up to :data:`SCHEMA_VERSION`; returns the version found.

    Runs in one transaction under an advisory lock, so two runs starting at
    once against one database migrate it once.  A database written by a
    newer ``ingest`` (a higher version) is an error: this one cannot know
    what the newer columns mean.
    """
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        connection.execute(
            "CREATE TABLE IF NOT EXISTS ingest_schema "
            "(name text PRIMARY KEY, version integer NOT NULL, updated timestamptz NOT NULL DEFAULT now())"
        )
        row = connection.execute("SELECT version FROM ingest_schema WHERE name = 'sink'").fetchone()
        found = int(row[0]) if row else 0
        if found > SCHEMA_VERSION:
            raise UsageError(
                f"the database holds ingest tables of schema version {found}, newer than this ingest "
                f"knows ({SCHEMA_VERSION}): upgrade ingest"
            )
        for version in range(found + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version]:
                connection.execute(statement.encode())
            if version == 1 and _has_lz4(connection):
                for statement in _LZ4:
                    connection.execute(statement.encode())
        if found < SCHEMA_VERSION:
            connection.execute(
                "INSERT INTO ingest_schema (name, version) VALUES ('sink', %s) "
                "ON CONFLICT (name) DO UPDATE SET version = excluded.version, updated = now()",
                (SCHEMA_VERSION,),
            )
    return found


def storable(text: str) -> str:
    """``text`` as PostgreSQL can store it: NUL written as U+FFFD, a lone surrogate as its escape.

    PostgreSQL text and ``jsonb`` hold neither NUL characters nor lone
    surrogates (which come from undecodable file names); the substitutes
    are stable, so a re-run maps a source to the same key.
    """
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    return encodable(text)


def _storable_tree(value: Any) -> Any:
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {storable(str(k)): _storable_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_storable_tree(v) for v in value]
    return value


def json_text(result: Result) -> str:
    """The record's JSON (docs/record-schema.md) in a form ``jsonb`` accepts.

    The usual JSON unless it holds an escaped NUL (which ``jsonb``
    refuses) or a lone surrogate; then every string in it goes through
    :func:`storable` first.
    """
    line = dumps(result)
    if "\\u0000" not in line:
        try:
            line.encode("utf-8")
            return line
        except UnicodeEncodeError:
            pass
    data = _storable_tree(to_json(result))
    return orjson.dumps(data, default=str).decode("utf-8")

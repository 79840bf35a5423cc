"""The PostgreSQL sink against a real throwaway server: one row per input, upserts, schema, search."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ingest import Failure, Record, RecordSource, RunInfo, UsageError
from ingest.cli import main

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'ingest[postgresql]')")

from ingest_builtins.sinks.postgresql import PostgresqlSink, public_uri  # noqa: E402
from ingest_builtins.sinks.postgresql_schema import SCHEMA_VERSION, json_text, storable  # noqa: E402


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("The Kalbajar district statement.\n")
    (docs / "b.txt").write_text("A note about the weather in Baku.\n")
    (docs / "empty.txt").write_bytes(b"")
    return docs


def sources(url: str, table: str) -> list[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute(f"SELECT source FROM {table} ORDER BY source".encode()).fetchall()
    return [Path(row[0]).name for row in rows]


def test_each_input_is_one_row_across_runs(pipeline, folder, postgresql_url):
    for _ in range(2):
        pipeline.run([str(folder)], sinks=[postgresql_url]).consume()
    assert sources(postgresql_url, "documents") == ["a.txt", "b.txt"]
    assert sources(postgresql_url, "failures") == ["empty.txt"]
    with psycopg.connect(postgresql_url) as connection:
        row = connection.execute(
            "SELECT record->>'kind', record->'source'->>'uri' = source, format, language, text "
            "FROM documents WHERE source LIKE '%a.txt'"
        ).fetchone()
        version = connection.execute("SELECT version FROM ingest_schema WHERE name = 'sink'").fetchone()
    assert row is not None and row[:2] == ("record", True)
    assert row[2] == "plain-text" and "Kalbajar" in row[4]
    assert version == (SCHEMA_VERSION,)


def test_an_input_that_stops_failing_moves_between_tables(pipeline, folder, postgresql_url):
    pipeline.run([str(folder)], sinks=[postgresql_url]).consume()
    (folder / "empty.txt").write_text("Now there is text.\n")
    (folder / "b.txt").write_bytes(b"")
    pipeline.run([str(folder)], sinks=[postgresql_url]).consume()
    assert sources(postgresql_url, "documents") == ["a.txt", "empty.txt"]
    assert sources(postgresql_url, "failures") == ["b.txt"]


def test_byte_identical_inputs_are_two_rows_with_one_id(pipeline, folder, postgresql_url):
    (folder / "copy.txt").write_bytes((folder / "a.txt").read_bytes())
    pipeline.run([str(folder)], sinks=[postgresql_url]).consume()
    with psycopg.connect(postgresql_url) as connection:
        counts = connection.execute("SELECT count(*) FROM documents GROUP BY id ORDER BY 1 DESC").fetchall()
    assert counts[0] == (2,)


def _record(uri: str, text: str, **fields: object) -> Record:
    return Record(
        id="0" * 32,
        source=RecordSource(uri=uri),
        format="plain-text",
        format_confidence=1.0,
        text=text,
        **fields,
    )


def _info(url: str) -> RunInfo:
    return RunInfo(targets=(), sinks=(url,), fingerprint="test", options={}, started=0.0)


def test_a_batch_naming_a_source_twice_keeps_its_last_result(postgresql_url):
    sink = PostgresqlSink(postgresql_url)
    sink.open(_info(postgresql_url))
    first, second = _record("x:1", "first"), _record("x:1", "second")
    failure = Failure(source=RecordSource(uri="x:2"), stage="read", plugin=None, error_type="E", message="m")
    sink.write([first, failure, second, _record("x:2", "now a record")])
    sink.commit()
    sink.close(None)
    with psycopg.connect(postgresql_url) as connection:
        rows = connection.execute("SELECT source, text FROM documents ORDER BY source").fetchall()
        failures = connection.execute("SELECT count(*) FROM failures").fetchone()
    assert rows == [("x:1", "second"), ("x:2", "now a record")]
    assert failures == (0,)


def test_text_postgresql_cannot_hold_is_stored_with_stable_substitutes(postgresql_url):
    surrogate = "file:///tmp/caf\udce9.txt"
    record = _record(surrogate, "nul\x00inside", title="t\x00", metadata={"k\x00": ["v\x00", "\udce9"]})
    sink = PostgresqlSink(postgresql_url)
    sink.open(_info(postgresql_url))
    for _ in range(2):
        sink.write([record])
        sink.commit()
    sink.close(None)
    with psycopg.connect(postgresql_url) as connection:
        rows = connection.execute("SELECT source, text, title, record->'metadata' FROM documents").fetchall()
    assert rows == [
        (storable(surrogate), "nul\ufffdinside", "t\ufffd", {"k\ufffd": ["v\ufffd", "\\udce9"]}),
    ]
    assert "\\udce9" in storable(surrogate)
    assert json_text(_record("x", "plain")) == json_text(_record("x", "plain"))


def test_a_database_of_a_newer_schema_is_refused(postgresql_url):
    sink = PostgresqlSink(postgresql_url)
    sink.open(_info(postgresql_url))
    sink.close(None)
    with psycopg.connect(postgresql_url) as connection:
        connection.execute("UPDATE ingest_schema SET version = version + 1")
    with pytest.raises(UsageError, match="newer than this ingest"):
        PostgresqlSink(postgresql_url).open(_info(postgresql_url))


def test_search_through_the_command_line(pipeline, folder, postgresql_url, capsys):
    pipeline.run([str(folder)], sinks=[postgresql_url]).consume()
    assert main(["search", "Kalbajar", "--db", postgresql_url]) == 0
    out = capsys.readouterr().out
    assert "a.txt" in out and "[Kalbajar]" in out and "b.txt" not in out
    assert main(["search", '"weather in" -Kalbajar', "--db", postgresql_url, "--json"]) == 0
    assert "b.txt" in capsys.readouterr().out
    assert main(["search", "nonexistentword", "--db", postgresql_url]) == 1


def test_an_unreachable_server_is_reported_without_the_password(postgresql_server, capsys):
    url = f"postgresql://ingest:secret@127.0.0.1:{postgresql_server.port}/no_such_database"
    assert main(["search", "x", "--db", url]) == 2
    error = capsys.readouterr().err
    assert "no_such_database" in error and "secret" not in error
    assert public_uri(url).startswith("postgresql://ingest:***@127.0.0.1")


def test_without_psycopg_the_sink_says_what_to_install(tmp_path, folder):
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from ingest.cli import main\n"
        f"sys.exit(main(['run', {str(folder)!r}, '--sink', 'postgresql://localhost/x', '--jobs', '0']))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "pip install 'ingest[postgresql]'" in result.stderr


def test_two_runs_cannot_write_into_one_database_at_once(postgresql_url):
    from ingest import SinkBusy

    info = RunInfo(targets=("x",), sinks=(postgresql_url,), fingerprint="f")
    first = PostgresqlSink(postgresql_url)
    first.open(info)
    try:
        second = PostgresqlSink(postgresql_url)
        with pytest.raises(SinkBusy, match="another run is writing"):
            second.open(info)
    finally:
        first.close(None)
    again = PostgresqlSink(postgresql_url)  # released with the first run's connection
    again.open(info)
    again.close(None)

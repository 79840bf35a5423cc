"""The Parquet sink: documented columns, partitions, one row per input across runs, kills and compactions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest import IngestError, Record, RecordSource, RunInfo

pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'ingest[parquet]')")
import pyarrow.dataset as ds  # noqa: E402
from ingest_builtins.sinks import parquet as parquet_sink  # noqa: E402
from ingest_builtins.sinks.parquet import ParquetSink  # noqa: E402
from ingest_builtins.sinks.parquet_tables import DOCUMENTS, FAILURES  # noqa: E402

DOCS = Path(__file__).resolve().parents[2] / "docs" / "record-schema.md"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("The Kalbajar district statement.\n")
    (docs / "b.txt").write_text(
        "---\ntitle: Weather\ndate: 2019-05-04\n---\n\nA note about the weather in Baku.\n"
    )
    (docs / "empty.txt").write_bytes(b"")
    return docs


def table(root: Path, kind: str) -> pa.Table:
    return ds.dataset(root / kind, partitioning="hive" if kind == "documents" else None).to_table()


def names(root: Path, kind: str) -> list[str]:
    return sorted(Path(s).name for s in table(root, kind).column("source").to_pylist())


def stray_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp") or p.name == "plan.json"]


def documented_columns(section: str) -> list[str]:
    text = DOCS.read_text(encoding="utf-8").split(f"### `{section}`", 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\| `([a-z0-9_]+)` \|", text, flags=re.MULTILINE)


def test_the_columns_are_the_documented_ones():
    assert documented_columns("documents") == [*DOCUMENTS.names, "format", "year"]
    assert documented_columns("failures") == FAILURES.names


def test_one_row_per_input_across_runs_partitioned_by_format_and_year(pipeline, folder, tmp_path):
    root = tmp_path / "out"
    for _ in range(2):
        pipeline.run([str(folder)], sinks=[f"parquet:{root}"]).consume()
    documents = table(root, "documents")
    assert names(root, "documents") == ["a.txt", "b.txt"]
    assert names(root, "failures") == ["empty.txt"]
    assert documents.schema.names == [*DOCUMENTS.names, "format", "year"]
    rows = {Path(r["source"]).name: r for r in documents.to_pylist()}
    assert rows["b.txt"]["year"] == 2019 and rows["a.txt"]["year"] == 0
    assert rows["a.txt"]["format"] == "plain-text" and "Kalbajar" in rows["a.txt"]["text"]
    folders = sorted(str(p.parent.relative_to(root)) for p in root.glob("documents/**/*.parquet"))
    assert folders == ["documents/format=plain-text/year=0", "documents/format=plain-text/year=2019"]
    assert not stray_files(root)


def test_an_input_moves_between_documents_and_failures(pipeline, folder, tmp_path):
    root = tmp_path / "out"
    pipeline.run([str(folder)], sinks=[f"parquet:{root}"]).consume()
    (folder / "empty.txt").write_text("Now there is text.\n")
    (folder / "b.txt").write_bytes(b"")
    pipeline.run([str(folder)], sinks=[f"parquet:{root}"]).consume()
    assert names(root, "documents") == ["a.txt", "empty.txt"]
    assert names(root, "failures") == ["b.txt"]


def _record(uri: str, text: str, date: str | None = None) -> Record:
    return Record(
        id="0" * 32,
        source=RecordSource(uri=uri),
        format="plain-text",
        format_confidence=1.0,
        text=text,
        date=date,
    )


INFO = RunInfo(targets=(), sinks=(), fingerprint="test", options={}, started=0.0)


def _deliver(sink: ParquetSink, batches: list[list[Record]]) -> None:
    for batch in batches:
        sink.write(batch)
        sink.commit()


def test_compactions_during_a_run_replace_rows_by_source(tmp_path, monkeypatch):
    monkeypatch.setattr(parquet_sink, "COMPACT_ROWS", 3)
    root = tmp_path / "out"
    sink = ParquetSink(str(root))
    sink.open(INFO)
    _deliver(sink, [[_record(f"x:{i}", f"v1 {i}", "2001") for i in range(n, n + 2)] for n in range(0, 10, 2)])
    _deliver(sink, [[_record(f"x:{i}", f"v2 {i}", "2002") for i in (1, 4, 9)], [_record("x:1", "v3", None)]])
    sink.close(None)
    rows = {r["source"]: (r["text"], r["year"]) for r in table(root, "documents").to_pylist()}
    assert len(rows) == 10
    assert rows["x:1"] == ("v3", 0) and rows["x:4"] == ("v2 4", 2002) and rows["x:0"] == ("v1 0", 2001)
    assert not stray_files(root) and not list((root / "_ingest" / "staging").iterdir())


def test_a_kill_at_any_point_of_a_compaction_loses_and_doubles_nothing(tmp_path, monkeypatch):
    root = tmp_path / "out"
    first = ParquetSink(str(root))
    first.open(INFO)
    _deliver(first, [[_record(f"x:{i}", "old") for i in range(6)]])
    first.close(None)

    def crash(*args: object) -> None:
        raise KeyboardInterrupt

    for stage in ("before the plan", "after the plan"):
        sink = ParquetSink(str(root))
        sink.open(INFO)
        _deliver(sink, [[_record(f"x:{i}", stage) for i in range(3, 9)]])
        with monkeypatch.context() as patch:
            if stage == "before the plan":
                patch.setattr(parquet_sink.os, "fsync", crash)  # the first temporary file fails
            else:
                patch.setattr(ParquetSink, "_apply", crash)  # the plan is written, nothing applied
            with pytest.raises(KeyboardInterrupt):
                sink._compact()
        sink._lock.close()  # the process died: its lock goes with it
        assert stray_files(root)
        recovered = ParquetSink(str(root))
        recovered.open(INFO)
        recovered.close(None)
        rows = {r["source"]: r["text"] for r in table(root, "documents").to_pylist()}
        assert sorted(rows) == [f"x:{i}" for i in range(9)]
        assert [rows[f"x:{i}"] for i in (2, 3, 8)] == ["old", stage, stage]
        assert not stray_files(root)


def test_two_runs_cannot_write_one_dataset_at_once(tmp_path):
    first = ParquetSink(str(tmp_path / "out"))
    first.open(INFO)
    with pytest.raises(IngestError, match="another run is writing"):
        ParquetSink(str(tmp_path / "out")).open(INFO)
    first.close(None)
    ParquetSink(str(tmp_path / "out")).open(INFO)


def test_undecodable_file_names_are_written_as_escapes(tmp_path):
    root = tmp_path / "out"
    sink = ParquetSink(str(root))
    sink.open(INFO)
    _deliver(sink, [[_record("file:///caf\udce9.txt", "t\udce9")]])
    sink.close(None)
    assert table(root, "documents").column("source").to_pylist() == ["file:///caf\\udce9.txt"]


@pytest.mark.parametrize("reader", ["pandas", "polars", "duckdb"])
def test_the_dataset_opens_in_other_readers(reader, pipeline, folder, tmp_path):
    module = pytest.importorskip(reader, reason=f"{reader} is not installed (an optional check)")
    root = tmp_path / "out"
    pipeline.run([str(folder)], sinks=[f"parquet:{root}"]).consume()
    pattern = str(root / "documents" / "**" / "*.parquet")
    if reader == "pandas":
        frame = module.read_parquet(root / "documents")
        years = sorted(int(y) for y in frame["year"])
    elif reader == "polars":
        frame = module.read_parquet(pattern, hive_partitioning=True)
        years = sorted(frame["year"].to_list())
    else:
        rows = module.sql(f"SELECT year FROM read_parquet('{pattern}', hive_partitioning = true)").fetchall()
        years = sorted(row[0] for row in rows)
    assert years == [0, 2019]

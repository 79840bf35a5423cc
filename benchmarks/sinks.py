"""Sink benchmark: records per second into PostgreSQL, SQLite, JSON lines and Parquet, the same records.

Run:  .venv/bin/python benchmarks/sinks.py [--records 10000] [--size 5000] [--postgresql URL]

Each sink receives the same records (about ``--size`` bytes of JSON each) in
batches of 200, committed one by one as ``ingest run`` does, from ``open`` to
``close`` (the Parquet sink's final compaction included).  PostgreSQL runs on
a throwaway server from the system's packages with its default durability
(``fsync`` and ``synchronous_commit`` on), unless ``--postgresql`` names
another; it is measured with lz4 TOAST compression (what the sink sets up
where the server has it) and with pglz.  The SQLite and JSON-lines sinks are
the peers.  Rounds alternate sinks; medians are printed.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "support"))

from ingest import Part, Pipeline, Record, RecordSource, RunInfo, dumps  # noqa: E402

BATCH = 200
_TEXT = (
    "the permanent mission of the republic has the honour to transmit herewith a letter dated from "
    "minister for foreign affairs concerning agenda item security council general assembly session "
    "delegation resolution committee report annex statement press ceasefire humanitarian"
)
_WORDS = _TEXT.split()


def make_records(count: int, size: int) -> list[Record]:
    """``count`` records of about ``size`` bytes of JSON, varied like real text (same seed every run)."""
    rng = random.Random(15)
    records = []
    for number in range(count):
        words = [rng.choice(_WORDS) for _ in range(size // 7)]
        text = "\n\n".join(" ".join(words[i : i + 60]).capitalize() + "." for i in range(0, len(words), 60))
        records.append(
            Record(
                id=f"{number:032x}",
                source=RecordSource(uri=f"file:///corpus/part-{number // 1000:03d}/doc-{number:07d}.txt"),
                format=rng.choice(["un-letter", "note-verbale", "news-wire", "web-page", "plain-text"]),
                format_confidence=0.9,
                text=text,
                title=f"Letter {number} to the Secretary-General",
                date=f"{rng.randrange(1990, 2025)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}",
                language="en",
                languages=("en",),
                authors=("A. Person",),
                publisher="United Nations",
                parts=(Part(role="letter", title=None, language="en", text=text[:200]),),
                metadata={"symbol": [f"A/79/{number}"], "session": "79", "agenda_items": ["35"]},
            )
        )
    return records


def deliver(sink: object, records: list[Record]) -> float:
    """Seconds to deliver ``records`` through ``sink``: open, write and commit per batch, close."""
    info = RunInfo(targets=(), sinks=(), fingerprint="bench", options={}, started=time.time())
    started = time.perf_counter()
    sink.open(info)  # type: ignore[attr-defined]
    for at in range(0, len(records), BATCH):
        sink.write(records[at : at + BATCH])  # type: ignore[attr-defined]
        sink.commit()  # type: ignore[attr-defined]
    sink.close(None)  # type: ignore[attr-defined]
    return time.perf_counter() - started


@contextlib.contextmanager
def postgresql(url: str | None) -> Iterator[Callable[[], str]]:
    """A factory of fresh databases: on ``url``'s server, or on a throwaway durable one."""
    import psycopg

    if url is not None:
        counter = iter(range(1_000_000))

        def fresh_on_url() -> str:
            name = f"ingest_bench_{next(counter)}"
            with psycopg.connect(url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}"'.encode())
                connection.execute(f'CREATE DATABASE "{name}"'.encode())
            return url.rsplit("/", 1)[0] + "/" + name

        yield fresh_on_url
        return
    from throwaway_postgres import throwaway_server

    with throwaway_server(durable=True) as server:
        yield server.create_database


def _pglz(url: str) -> None:
    """Set pglz on the sink's compressible columns (after the sink created its tables)."""
    import psycopg
    from ingest_builtins.sinks.postgresql import PostgresqlSink

    sink = PostgresqlSink(url)
    sink.open(RunInfo(targets=(), sinks=(), fingerprint="bench", options={}, started=0.0))
    sink.close(None)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(
            "ALTER TABLE documents ALTER COLUMN text SET COMPRESSION pglz, "
            "ALTER COLUMN record SET COMPRESSION pglz"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=5_000, help="bytes of JSON per record (about)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--postgresql", metavar="URL", help="a server to use (default: a throwaway one)")
    args = parser.parse_args()

    records = make_records(args.records, args.size)
    mean = statistics.mean(len(dumps(r)) for r in records[:500])
    print(f"{len(records):,} records, {mean:,.0f} bytes of JSON each on average, batches of {BATCH}")
    pipeline = Pipeline(autoload=False)
    times: dict[str, list[float]] = {}
    work = Path(tempfile.mkdtemp(prefix="ingest-bench-sinks-"))
    try:
        with postgresql(args.postgresql) as fresh:
            for round_number in range(args.rounds):
                folder = work / f"round-{round_number}"
                folder.mkdir()
                url_lz4, url_pglz = fresh(), fresh()
                _pglz(url_pglz)
                uris = {
                    "postgresql (lz4)": url_lz4,
                    "postgresql (pglz)": url_pglz,
                    "sqlite": f"sqlite:{folder / 'out.db'}",
                    "jsonl": f"jsonl:{folder / 'out.jsonl'}",
                    "parquet": f"parquet:{folder / 'out.parquet'}",
                }
                for name, uri in uris.items():
                    (sink,) = pipeline.open_sinks([uri])
                    seconds = deliver(sink, records)
                    times.setdefault(name, []).append(seconds)
                    print(f"  round {round_number + 1}: {name:<18} {seconds:7.2f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{'sink':<18} {'median s':>9} {'records/s':>10} {'vs sqlite':>10}")
    sqlite = statistics.median(times["sqlite"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<18} {median:9.2f} {len(records) / median:10,.0f} {sqlite / median:9.2f}x")


if __name__ == "__main__":
    main()

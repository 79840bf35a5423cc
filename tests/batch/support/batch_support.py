"""Helpers for the batch tests: corpora on disk, ``ingest run`` as a real process, exactly-once checks."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from ingest import Source

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples" / "corpus"
SUPPORT = Path(__file__).resolve().parent

_WORDS = [
    "committee",
    "session",
    "resolution",
    "agenda",
    "item",
    "delegation",
    "permanent",
    "mission",
    "report",
    "annex",
    "secretary",
    "general",
    "council",
    "assembly",
    "letter",
    "note",
    "verbale",
    "minister",
    "press",
    "statement",
]


def environment() -> dict[str, str]:
    """The environment of a child ``ingest``: the test plugins importable, no third-party plugins."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SUPPORT), env.get("PYTHONPATH")]))
    env["INGEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    env.pop("INGEST_PLUGINS", None)
    return env


def ingest_run(*args: str | Path) -> list[str]:
    """The command line of ``ingest run ARGS`` with this interpreter."""
    return [sys.executable, "-m", "ingest", "run", *map(str, args)]


def run(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``ingest run ARGS`` to its end."""
    return subprocess.run(
        ingest_run(*args), env=environment(), capture_output=True, text=True, timeout=timeout, check=False
    )


def start(*args: str | Path) -> subprocess.Popen[bytes]:
    """Start ``ingest run ARGS`` in a process group of its own (so the whole tree can be killed)."""
    return subprocess.Popen(
        ingest_run(*args),
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def kill_group(process: subprocess.Popen[bytes]) -> bool:
    """``kill -9`` the process group; ``True`` when it was still running."""
    running = process.poll() is None
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    return running


def kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool], limit: float = 60) -> bool:
    """Kill the group as soon as ``ready()`` holds (polled every 5 ms), or when it ends by itself."""
    deadline = time.monotonic() + limit
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            break
        time.sleep(0.005)
    return kill_group(process)


def uri(path: Path) -> str:
    """The source URI ``ingest`` gives a file."""
    return Source.from_path(path).uri


def write_corpus(
    directory: Path, count: int, start: int = 0, seed: int = 7, generation: int = 0, seed_like: bool = False
) -> set[str]:
    """Short documents (or, ``seed_like``, the examples varied), a few empty or binary; their URIs."""
    rng = random.Random(seed + start + 1000 * generation)
    bases = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.iterdir()) if p.is_file()]
    made = set()
    for number in range(start, start + count):
        folder = directory / f"part-{number // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"doc-{number:05d}.txt"
        if number % 97 == 13:
            path.write_bytes(b"")
        elif number % 89 == 5:
            path.write_bytes(bytes(rng.randrange(256) for _ in range(300)))
        else:
            words = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(5, 40)))
            head = bases[number % len(bases)] if seed_like else f"Note {number}\n\n"
            path.write_text(f"{head}\n\nReference {number}/{generation}: {words}.\n", encoding="utf-8")
        made.add(uri(path))
    return made


def sqlite_sources(database: Path) -> tuple[list[str], list[str]]:
    """The sources of the documents table and of the failures table."""
    db = sqlite3.connect(database)
    try:
        documents = [row[0] for row in db.execute("SELECT source FROM documents")]
        failures = [row[0] for row in db.execute("SELECT source FROM failures")]
    finally:
        db.close()
    return documents, failures


def jsonl_sources(path: Path) -> tuple[list[str], list[str]]:
    """The sources of every line of ``PATH`` and of ``PATH.failures.jsonl``."""
    out: list[list[str]] = []
    for file in (path, path.with_name(path.name + ".failures.jsonl")):
        lines = file.read_text(encoding="utf-8").splitlines() if file.exists() else []
        out.append([json.loads(line)["source"]["uri"] for line in lines])
    return out[0], out[1]


def postgresql_sources(url: str) -> tuple[list[str], list[str]]:
    """The sources of the PostgreSQL sink's documents and failures tables."""
    import psycopg

    with psycopg.connect(url) as connection:
        documents = [row[0] for row in connection.execute("SELECT source FROM documents")]
        failures = [row[0] for row in connection.execute("SELECT source FROM failures")]
    return documents, failures


def parquet_sources(root: Path) -> tuple[list[str], list[str]]:
    """The sources of the Parquet sink's documents and failures datasets."""
    import pyarrow.parquet as pq

    out: list[list[str]] = []
    for kind in ("documents", "failures"):
        files = sorted((root / kind).rglob("*.parquet"))
        columns = [pq.ParquetFile(f).read(columns=["source"]).column(0) for f in files]
        out.append([source for column in columns for source in column.to_pylist()])
    return out[0], out[1]


def _check(label: str, records: Sequence[str], failures: Sequence[str], expected: set[str]) -> None:
    counts = Counter([*records, *failures])
    repeated = {source: n for source, n in counts.items() if n > 1}
    assert not repeated, f"{label}: {len(repeated)} inputs held more than once, e.g. {next(iter(repeated))}"
    missing = expected - counts.keys()
    extra = counts.keys() - expected
    assert not missing, f"{label}: {len(missing)} inputs missing, e.g. {sorted(missing)[:3]}"
    assert not extra, f"{label}: {len(extra)} unexpected inputs, e.g. {sorted(extra)[:3]}"


def assert_exactly_once(
    expected: set[str],
    database: Path | None = None,
    jsonl: Path | None = None,
    postgresql: str | None = None,
    parquet: Path | None = None,
) -> None:
    """Every expected input is in each sink exactly once, as a record or a failure, and nothing else is."""
    if postgresql is not None:
        _check("postgresql", *postgresql_sources(postgresql), expected)
    if parquet is not None:
        _check("parquet", *parquet_sources(parquet), expected)
    if database is not None:
        _check("sqlite", *sqlite_sources(database), expected)
    if jsonl is not None:
        _check("jsonl", *jsonl_sources(jsonl), expected)

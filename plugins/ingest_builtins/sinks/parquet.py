"""The ``parquet:DIR`` sink: a Parquet dataset of records partitioned by format and year, one row per input.

Layout (docs/sinks.md): ``DIR/documents/format=F/year=Y/part-*.parquet``,
``DIR/failures/part-*.parquet``, and the sink's own state under
``DIR/_ingest/`` (which readers skip).  Each committed batch is written to
a staging file; every few thousand staged rows, and when the run ends, a
compaction moves them into the dataset: files holding an earlier row of a
staged source are rewritten without it, and the staged rows are written in
new files per partition.  A compaction commits by writing its plan (the
files to rename into place and the files to remove) before it touches the
dataset, and a run that starts after a kill finishes a plan it finds, so
every file appears whole and every input is one row, whatever was
interrupted.  Needs ``pip install 'ingest[parquet]'`` (pyarrow).
"""

from __future__ import annotations

import bisect
import fcntl
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ingest import (
    Options,
    Result,
    RunInfo,
    SinkBusy,
    SinkRegistry,
    Summary,
    UsageError,
    hookimpl,
)

__all__ = ["COMPACT_ROWS", "INSTALL", "NO_YEAR", "ParquetSink", "ingest_register_sinks"]

#: What to install when pyarrow is missing.
INSTALL = "pip install 'ingest[parquet]'"
#: Staged rows that make a commit compact them into the dataset.
COMPACT_ROWS = 20_000
#: The year partition of documents without a date (a number, so every reader types ``year`` as one;
#: pandas cannot read a null partition value).
NO_YEAR = 0


def _sync_dir(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _write(table: Any, final: Path) -> Path:
    """Write ``table`` to a hidden temporary file beside ``final`` (flushed to disk); returns its path."""
    import pyarrow.parquet as pq

    final.parent.mkdir(parents=True, exist_ok=True)
    temporary = final.with_name(f".{final.name}.tmp")
    with open(temporary, "wb") as handle:
        pq.write_table(table, handle, compression="zstd")
        handle.flush()
        os.fsync(handle.fileno())
    return temporary


def _parquet_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*.parquet")):
        if not any(part.startswith((".", "_")) for part in path.relative_to(folder).parts):
            yield path


def _may_hold(path: Path, wanted: list[str]) -> bool:
    """Whether the ``source`` statistics of ``path`` leave room for one of ``wanted`` (sorted)."""
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    column = metadata.schema.names.index("source")
    for group in range(metadata.num_row_groups):
        stats = metadata.row_group(group).column(column).statistics
        if stats is None or not stats.has_min_max:
            return True
        at = bisect.bisect_left(wanted, stats.min)
        if at < len(wanted) and wanted[at] <= stats.max:
            return True
    return False


class ParquetSink:
    """Writes a Parquet dataset under ``root``, replacing rows by source (see the module docstring)."""

    def __init__(self, root: str) -> None:
        if not root:
            raise UsageError("the parquet sink needs a folder: parquet:DIR")
        self.root = Path(root)
        self.documents = self.root / "documents"
        self.failures = self.root / "failures"
        self.state = self.root / "_ingest"
        self.staging = self.state / "staging"
        self.plan = self.state / "plan.json"
        self._lock: IO[bytes] | None = None
        self._pending: list[tuple[Any, Any]] = []
        self._staged_rows = 0
        self._next = 1

    # -- the Sink protocol ----------------------------------------------------------------

    def open(self, run: RunInfo) -> None:
        """Take the dataset's lock, finish what a killed run left, and compact leftover staging files."""
        for folder in (self.documents, self.failures, self.staging):
            folder.mkdir(parents=True, exist_ok=True)
        lock = open(self.state / "lock", "ab")  # noqa: SIM115 - held until close()
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise SinkBusy(f"another run is writing the Parquet dataset {self.root}") from None
        self._lock = lock
        self._recover()
        self._compact()

    def journal_path(self) -> str:
        """Runs into this dataset keep their journal inside its state folder."""
        return str(self.state / "journal.db")

    def write(self, batch: Sequence[Result]) -> None:
        """Turn the batch into Arrow tables; :meth:`commit` writes them."""
        from ingest_builtins.sinks.parquet_tables import tables

        self._pending.append(tables(batch))

    def commit(self) -> None:
        """Write what was received since the last commit to one staging file per kind; compact if many."""
        import pyarrow as pa

        from ingest_builtins.sinks.parquet_tables import FAILURES, STAGED_DOCUMENTS

        if not self._pending:
            return
        pending, self._pending = self._pending, []
        documents = pa.concat_tables([d for d, _ in pending]).cast(STAGED_DOCUMENTS)
        failures = pa.concat_tables([f for _, f in pending]).cast(FAILURES)
        seq, self._next = self._next, self._next + 1
        for kind, table in (("documents", documents), ("failures", failures)):
            if table.num_rows:
                final = self.staging / f"{seq:010d}.{kind}.parquet"
                os.replace(_write(table, final), final)
        _sync_dir(self.staging)
        self._staged_rows += documents.num_rows + failures.num_rows
        if self._staged_rows >= COMPACT_ROWS:
            self._compact()

    def close(self, summary: Summary | None) -> None:
        """Compact every staged batch (each is complete in itself) and release the lock."""
        if self._lock is None:
            return
        try:
            self.commit()
            self._compact()
        finally:
            self._lock.close()
            self._lock = None

    # -- compaction ---------------------------------------------------------------------------

    def _staged(self) -> list[Path]:
        return sorted(p for p in self.staging.glob("*.parquet") if not p.name.startswith("."))

    def _recover(self) -> None:
        """Finish a committed plan; drop temporary files of an uncommitted one."""
        if self.plan.exists():
            self._apply(json.loads(self.plan.read_text(encoding="utf-8")))
        for folder in (self.documents, self.failures, self.staging):
            for temporary in folder.rglob(".*.tmp"):
                temporary.unlink(missing_ok=True)
        staged = self._staged()
        self._next = int(staged[-1].name.split(".", 1)[0]) + 1 if staged else 1

    def _apply(self, plan: dict[str, Any]) -> None:
        """Rename the plan's new files into place and remove its old ones (idempotent), then drop the plan."""
        touched: set[Path] = set()
        for temporary, final in plan["renames"]:
            source, target = self.root / temporary, self.root / final
            if source.exists():
                os.replace(source, target)
            touched.add(target.parent)
        for name in plan["removes"]:
            path = self.root / name
            path.unlink(missing_ok=True)
            touched.add(path.parent)
        for folder in touched:
            if folder.exists():
                _sync_dir(folder)
        self.plan.unlink(missing_ok=True)
        _sync_dir(self.state)

    def _compact(self) -> None:
        """Move every staged row into the dataset, replacing earlier rows of the same sources."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        from ingest_builtins.sinks.parquet_tables import FAILURES, STAGED_DOCUMENTS

        staged = self._staged()
        self._staged_rows = 0
        if not staged:
            return
        parts: dict[str, list[Any]] = {"documents": [], "failures": []}
        latest: dict[str, tuple[str, int]] = {}  # source -> (kind, row in that kind's concatenation)
        counts = {"documents": 0, "failures": 0}
        for path in staged:
            kind = path.name.split(".")[1]
            table = pq.ParquetFile(path).read()
            parts[kind].append(table)
            for row, source in enumerate(table.column("source").to_pylist()):
                latest[source] = (kind, counts[kind] + row)
            counts[kind] += table.num_rows
        wanted = sorted(latest)
        wanted_array = pa.array(wanted, pa.string())
        renames: list[tuple[Path, Path]] = []
        removes: list[Path] = list(staged)
        for path in [*_parquet_files(self.documents), *_parquet_files(self.failures)]:
            if not _may_hold(path, wanted):
                continue
            held = pc.is_in(pq.ParquetFile(path).read(columns=["source"]).column("source"), wanted_array)
            if not pc.any(held).as_py():
                continue
            kept = pq.ParquetFile(path).read().filter(pc.invert(held))
            removes.append(path)
            if kept.num_rows:
                final = path.with_name(f"part-{uuid.uuid4().hex}.parquet")
                renames.append((_write(kept, final), final))
        schemas = {"documents": STAGED_DOCUMENTS, "failures": FAILURES}
        for kind, tables in parts.items():
            if not tables:
                continue
            table = pa.concat_tables(tables).cast(schemas[kind])
            indices = [latest[source][1] for source in wanted if latest[source][0] == kind]
            winners = table.take(pa.array(indices, pa.int64()))
            for folder, group in self._groups(kind, winners):
                final = folder / f"part-{uuid.uuid4().hex}.parquet"
                renames.append((_write(group, final), final))
        plan = {
            "renames": [[str(t.relative_to(self.root)), str(f.relative_to(self.root))] for t, f in renames],
            "removes": [str(p.relative_to(self.root)) for p in removes],
        }
        temporary = self.plan.with_name(".plan.json.tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(plan, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.plan)  # the commit point
        _sync_dir(self.state)
        self._apply(plan)

    def _groups(self, kind: str, table: Any) -> Iterator[tuple[Path, Any]]:
        """The rows of ``table`` by destination folder: partitions for documents, one folder for failures."""
        if kind == "failures":
            yield self.failures, table
            return
        formats = table.column("format").to_pylist()
        years = table.column("year").to_pylist()
        groups: dict[tuple[str, int | None], list[int]] = {}
        for row, key in enumerate(zip(formats, years, strict=True)):
            groups.setdefault(key, []).append(row)
        body = table.drop_columns(["format", "year"])
        for (format_name, year), rows in sorted(
            groups.items(), key=lambda item: (item[0][0], item[0][1] or 0)
        ):
            folder = self.documents / f"format={format_name}" / f"year={NO_YEAR if year is None else year}"
            yield folder, body.take(rows)


def _factory(rest: str, options: Options) -> ParquetSink:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise UsageError(f"the parquet sink needs pyarrow: {INSTALL}") from None
    return ParquetSink(rest)


@hookimpl
def ingest_register_sinks(sinks: SinkRegistry) -> None:
    """Provide ``parquet:DIR``."""
    sinks.add("parquet", _factory, "Parquet dataset partitioned by format and year (ingest[parquet])")

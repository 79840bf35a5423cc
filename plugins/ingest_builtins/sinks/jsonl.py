"""The ``jsonl:PATH`` sink: one JSON record per line, failures in ``PATH.failures.jsonl``."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from ingest import Failure, Options, Result, RunInfo, SinkRegistry, Summary, dumps, hookimpl

__all__ = ["JsonlSink", "ingest_register_sinks"]


class _AtomicFile:
    """A file written under a temporary name beside its target and renamed over it when complete."""

    def __init__(self, target: Path) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        self.temporary = Path(name)
        self.stream: IO[str] = os.fdopen(handle, "w", encoding="utf-8", newline="\n")

    def write_line(self, line: str) -> None:
        self.stream.write(line)
        self.stream.write("\n")

    def flush(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())

    def finish(self, keep: bool) -> None:
        self.stream.close()
        if keep:
            os.replace(self.temporary, self.target)
        else:
            self.temporary.unlink(missing_ok=True)


class JsonlSink:
    """Writes records to ``path`` and failure records to ``path.failures.jsonl``.

    Both files are written under temporary names and renamed when the run
    completes, so a reader never sees half a file, and an interrupted run
    leaves the previous files as they were.
    """

    def __init__(self, path: str) -> None:
        if not path:
            raise ValueError("the jsonl sink needs a path: jsonl:PATH")
        self.path = Path(path)
        self.failures_path = self.path.with_name(self.path.name + ".failures.jsonl")
        self._records: _AtomicFile | None = None
        self._failures: _AtomicFile | None = None

    def open(self, run: RunInfo) -> None:
        """Open both temporary files."""
        self._records = _AtomicFile(self.path)
        self._failures = _AtomicFile(self.failures_path)

    def write(self, batch: Sequence[Result]) -> None:
        """Append one line per result to the file of its kind."""
        assert self._records is not None and self._failures is not None
        for result in batch:
            target = self._failures if isinstance(result, Failure) else self._records
            target.write_line(dumps(result))

    def commit(self) -> None:
        """Flush both files to disk."""
        assert self._records is not None and self._failures is not None
        self._records.flush()
        self._failures.flush()

    def close(self, summary: Summary | None) -> None:
        """Rename the files into place when the run completed; drop them when it was interrupted."""
        for part in (self._records, self._failures):
            if part is not None:
                part.finish(keep=summary is not None)


def _factory(rest: str, options: Options) -> JsonlSink:
    return JsonlSink(rest)


@hookimpl
def ingest_register_sinks(sinks: SinkRegistry) -> None:
    """Provide ``jsonl:PATH``."""
    sinks.add("jsonl", _factory, "JSON lines: PATH for records, PATH.failures.jsonl for failures")

"""JSON lines into a stream: ``jsonl:-`` (standard output) and device or FIFO targets, written in place."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from ingest import Failure, Result, RunInfo, Summary, dump_line

__all__ = ["JsonlStreamSink"]


class JsonlStreamSink:
    """Writes one JSON line per result to a stream that cannot be rewritten or cut back.

    ``jsonl:-`` writes records to standard output and failures to standard
    error, for pipes.  A character device or a FIFO named as the target
    (``jsonl:/dev/null``, ``jsonl:pipe``) is opened for writing in place,
    never replaced, and receives records and failures alike (each line
    says its ``kind``).  Such a sink holds what it was given and nothing
    else: it cannot resume under a journal, so it offers no checkpoint and
    no place for the journal.  Each batch is flushed when committed; a
    write that fails (a full device, a closed pipe) aborts the run.
    """

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self._records: IO[bytes] | None = None
        self._failures: IO[bytes] | None = None
        self._owned: IO[bytes] | None = None

    def open(self, run: RunInfo) -> None:
        """Open the device or FIFO for writing (standard output and error are already open)."""
        if self.target is None:
            self._records, self._failures = sys.stdout.buffer, sys.stderr.buffer
            return
        self._owned = open(self.target, "ab")  # noqa: SIM115 - closed in close()
        self._records = self._failures = self._owned

    def write(self, batch: Sequence[Result]) -> None:
        """Write one line per result."""
        records, failures = self._records, self._failures
        assert records is not None and failures is not None, "open() first"
        if self.target is None:
            sys.stdout.flush()  # anything printed as text goes before the lines
        for result in batch:
            (failures if isinstance(result, Failure) else records).write(dump_line(result))

    def commit(self) -> None:
        """Flush the batch to the stream."""
        for stream in {id(s): s for s in (self._records, self._failures) if s is not None}.values():
            stream.flush()

    def close(self, summary: Summary | None) -> None:
        """Flush; close the device or FIFO (standard output and error stay open)."""
        try:
            self.commit()
        finally:
            if self._owned is not None:
                self._owned.close()
            self._owned = self._records = self._failures = None

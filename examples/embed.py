"""Embedding ingest in a program: process documents and use the records directly.

    python examples/embed.py [FOLDER]

Builds a pipeline with the built-in and installed plugins, processes one
document given as bytes, then runs over a folder, writing JSON lines and
printing one line per result and the summary tables.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import ingest


def main(folder: str) -> int:
    pipeline = ingest.Pipeline()

    # One document, from bytes: the result is a Record or a Failure, never an exception.
    result = pipeline.process(b"Shopping list\n\nmilk, bread, tea\n", name="list.txt")
    print(f"bytes -> {result.kind}: format {getattr(result, 'format', None)}")

    # A whole folder, streamed: results arrive one by one, and go to the sinks in batches.  The run is
    # a context manager: leaving the loop early (break, an exception) still leaves every result seen
    # so far in the sinks.
    out = Path(tempfile.mkdtemp()) / "records.jsonl"
    with pipeline.run([folder], sinks=[f"jsonl:{out}"]) as run:
        for result in run:
            if isinstance(result, ingest.Record):
                print(f"{result.source.path}: {result.format} {result.title or '(no title)'!r} {result.date}")
            else:
                print(f"{result.source.path}: FAILED in {result.stage} [{result.plugin}]: {result.message}")
    print(f"{run.summary.records} records, {run.summary.failures} failures -> {out}")
    print(run.summary)  # the tables ``ingest run`` prints
    return run.summary.exit_status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent / "corpus")))

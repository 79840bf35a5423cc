"""Executors: what turns a run's tasks into finished inputs (in this process, or in workers).

An executor has one method, ``run(tasks) -> Iterator[Done | None]``: it
takes an iterator of :class:`Task` (consumed lazily, so memory stays flat)
and yields a :class:`Done` per task in the order they finish; it may also
yield ``None`` when a moment passed without a result, so that the run can
write what it holds and show progress.  Leaving the iterator early (its
``close()``) stops whatever it started.  ``restarts`` and ``timeouts``
count replaced workers, where an executor has any.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import attrs

from ingest.model import Result, Source

__all__ = ["Done", "Executor", "InProcess", "Task", "process_task", "standard_input"]


@attrs.frozen
class Task:
    """One input to process: its sequence number in the run, its source, and what the run keeps.

    ``data`` holds the bytes of standard input, read by the run so that the
    input can be processed anywhere: :func:`process_task` hands them to the
    readers as ``sys.stdin``.
    """

    seq: int
    source: Source
    extra: Any = None
    data: bytes | None = None


@contextlib.contextmanager
def standard_input(data: bytes | None) -> Iterator[None]:
    """``sys.stdin`` reads ``data`` inside the block (nothing changes when ``data`` is ``None``)."""
    if data is None:
        yield
        return
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        yield
    finally:
        sys.stdin = saved


def process_task(process: Callable[[Source], Result], source: Source, data: bytes | None) -> Result:
    """Process one task's input (every executor does it this way, in whatever process it runs)."""
    with standard_input(data):
        return process(source)


@attrs.frozen
class Done:
    """One finished input: the task, its result, how long it took, and which process did it."""

    task: Task
    result: Result
    seconds: float
    worker: int | None = None


class Executor(Protocol):
    """Processes tasks; see the module docstring."""

    def run(self, tasks: Iterator[Task]) -> Iterator[Done | None]:
        """Yield a :class:`Done` for every task (and ``None`` now and then)."""
        ...  # pragma: no cover - a protocol


@attrs.define
class InProcess:
    """Processes each task in the calling process, one after the other, without limits."""

    process: Callable[[Source], Result]
    restarts: int = 0
    timeouts: int = 0

    def run(self, tasks: Iterator[Task]) -> Iterator[Done | None]:
        """Process the tasks in order."""
        pid = os.getpid()
        for task in tasks:
            started = time.perf_counter()
            result = process_task(self.process, task.source, task.data)
            yield Done(task, result, time.perf_counter() - started, pid)

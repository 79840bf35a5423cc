"""The Dask side of ``--executor dask``: each Dask task is a batch of paths, processed in a document process.

A Dask worker keeps one document process per thread, started from a fork
server like the process pool's workers and running the same
:func:`~ingest.batch.worker.serve`: it builds the pipeline once, checks the
parent's fingerprint, and applies the per-document limits (``--timeout``,
``--max-memory``, no network) to itself, never to the Dask worker.  A
document that runs past the timeout, or kills its process, becomes a
failure record naming the stage and plugin that were running; the process
is replaced and the rest of the batch goes on.  Nothing here imports
``distributed``: Dask calls :func:`process_batch` as a plain function.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
import time
from collections import deque
from collections.abc import Sequence
from multiprocessing.connection import Connection, wait
from typing import Any

import attrs

from ingest.batch.limits import Limits
from ingest.batch.pool import PoolError, main_module_hidden
from ingest.batch.worker import WorkerState, lost_document, serve
from ingest.model import Result, Source
from ingest.pipeline import Pipeline, PipelineConfig

#: One input of a batch: its sequence number, its source, and its bytes when the parent read them (stdin).
_Item = tuple[int, Source, bytes | None]

__all__ = ["BatchDone", "DocumentProcess", "Job", "close_idle", "describe_difference", "process_batch"]

#: A document process that dies between documents this many times makes the next document fail.
MAX_DEATHS = 3
_POLL_SECONDS = 0.2
_READY_SECONDS = 300.0


@attrs.frozen
class Job:
    """What every task of a run carries: how to build the pipeline, what it must be, and the limits."""

    config: PipelineConfig
    fingerprint: str
    plugins: tuple[tuple[str, str], ...]
    limits: Limits
    preload: tuple[str, ...] = ()


@attrs.frozen
class BatchDone:
    """A finished batch: ``(seq, result, seconds, pid)`` per document, and the processes replaced."""

    results: list[tuple[int, Result, float, int]]
    restarts: int
    timeouts: int


def describe_difference(job: Job) -> str:
    """Why a pipeline built here from ``job.config`` differs from the parent's: the plugins that differ."""
    try:
        here = {p.name: p.version for p in Pipeline.from_config(job.config).loaded.plugins}
    except Exception as error:
        return f"it cannot build the pipeline: {type(error).__name__}: {error}"
    parent = dict(job.plugins)
    missing = sorted(set(parent) - set(here))
    extra = sorted(set(here) - set(parent))
    versions = sorted(
        f"{n} {here[n]} (parent: {parent[n]})" for n in set(here) & set(parent) if here[n] != parent[n]
    )
    parts = [f"missing {', '.join(missing)}" if missing else "", f"extra {', '.join(extra)}" if extra else ""]
    parts.append(f"other versions: {', '.join(versions)}" if versions else "")
    described = "; ".join(p for p in parts if p)
    return f"its plugins differ: {described}" if described else "its options differ"


class DocumentProcess:
    """One process that runs :func:`~ingest.batch.worker.serve` for a Dask worker thread."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.context: Any = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(["ingest.batch.worker", *job.preload])
        self.process: Any = None
        self.conn: Connection | None = None
        self.state: WorkerState | None = None
        self.restarts = 0
        self.timeouts = 0
        self._deaths: dict[int, int] = {}

    def _start(self) -> None:
        if multiprocessing.current_process().daemon:
            raise PoolError(
                "this Dask worker runs as a daemonic process, which cannot start document processes: start "
                "workers with DASK_DISTRIBUTED__WORKER__DAEMON=False in their environment (or --no-nanny)"
            )
        for _ in range(MAX_DEATHS):
            parent, child = self.context.Pipe(duplex=True)
            state = WorkerState(self.context)
            process = self.context.Process(
                target=serve, args=(child, state, self.job.config, self.job.limits), daemon=True
            )
            with main_module_hidden():
                process.start()
            child.close()
            message: Any = None
            if parent.poll(_READY_SECONDS):
                try:
                    message = parent.recv()
                except (EOFError, OSError):
                    message = None
            if message is not None and message[0] == "ready":
                if message[1] != self.job.fingerprint:
                    process.kill()
                    why = describe_difference(self.job)
                    raise PoolError(f"a Dask worker built another pipeline than the parent's: {why}")
                self.process, self.conn, self.state = process, parent, state
                return
            process.kill()
            process.join()
            if message is not None and message[0] == "fatal":
                raise PoolError(f"a document process in a Dask worker could not start: {message[1]}")
        raise PoolError(f"{MAX_DEATHS} document processes in a row died before they were ready")

    def process_batch(self, items: Sequence[_Item]) -> BatchDone:
        """Process ``items`` in order; every item gets exactly one result."""
        self.restarts = self.timeouts = 0
        out: list[tuple[int, Result, float, int]] = []
        pending = deque(items)
        while pending:
            if self.process is None:
                self._start()
            assert self.conn is not None and self.state is not None
            try:
                self.conn.send(("batch", list(pending)))
            except OSError:
                self._replace(pending, out, timed_out=False)
                continue
            self._drain(pending, out)
        return BatchDone(out, self.restarts, self.timeouts)

    def _drain(self, pending: deque[_Item], out: list[tuple[int, Result, float, int]]) -> None:
        """Collect results until the batch is done or the process had to be replaced."""
        conn, state, process = self.conn, self.state, self.process
        assert conn is not None and state is not None
        timeout = self.job.limits.timeout
        while pending:
            ready = wait([conn, process.sentinel], timeout=_POLL_SECONDS)
            if conn in ready:
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    message = None
                if message is not None and message[0] == "done":
                    _, seq, result, seconds = message
                    if seq != pending[0][0]:  # pragma: no cover - a protocol bug, never bad input
                        raise PoolError(
                            f"document process answered for input {seq}, expected {pending[0][0]}"
                        )
                    pending.popleft()
                    out.append((seq, result, seconds, process.pid))
                    continue
                if message is None:
                    self._replace(pending, out, timed_out=False)
                    return
            if process.sentinel in ready and not conn.poll():
                self._replace(pending, out, timed_out=False)
                return
            if timeout > 0 and state.seq >= 0 and time.monotonic() - state.started > timeout:
                self._replace(pending, out, timed_out=True)
                return

    def _replace(
        self,
        pending: deque[_Item],
        out: list[tuple[int, Result, float, int]],
        *,
        timed_out: bool,
    ) -> None:
        """The process ended (or is killed for the timeout): fail what it held, start afresh next time."""
        process, state = self.process, self.state
        assert state is not None
        if process.is_alive():
            process.kill()
        process.join()
        if self.conn is not None:
            self.conn.close()
        self.process = self.conn = None
        self.restarts += 1
        if not pending:
            return
        seq, source, _ = pending[0]
        if not timed_out and state.seq != seq:
            self._deaths[seq] = self._deaths.get(seq, 0) + 1
            if self._deaths[seq] < MAX_DEATHS:
                return  # it died between documents: try the next one again
        self._deaths.pop(seq, None)
        pending.popleft()
        elapsed = max(0.0, time.monotonic() - state.started)
        if timed_out:
            self.timeouts += 1
        out.append(
            (
                seq,
                lost_document(source, state, process.exitcode, timed_out, self.job.limits.timeout),
                elapsed,
                process.pid,
            )
        )

    def close(self) -> None:
        """Stop the process."""
        if self.process is not None and self.conn is not None:
            with contextlib.suppress(OSError):
                self.conn.send(("stop",))
            self.process.join(timeout=2.0)
            if self.process.is_alive():
                self.process.kill()
            self.conn.close()
        self.process = self.conn = None


_idle: dict[tuple[str, Limits, tuple[str, ...]], list[DocumentProcess]] = {}
_lock = threading.Lock()


def process_batch(job: Job, items: Sequence[_Item]) -> BatchDone:
    """The Dask task: process a batch of inputs in one of this worker's document processes."""
    key = (job.fingerprint, job.limits, job.preload)
    with _lock:
        free = _idle.setdefault(key, [])
        runner = free.pop() if free else DocumentProcess(job)
    try:
        return runner.process_batch(items)
    finally:
        with _lock:
            _idle[key].append(runner)


def close_idle() -> None:
    """Stop the document processes this process keeps (a local cluster of threads ends)."""
    with _lock:
        runners = [runner for free in _idle.values() for runner in free]
        _idle.clear()
    for runner in runners:
        runner.close()

"""The worker pool: N processes that each build the pipeline once and process batches of paths.

The parent keeps at most ``prefetch`` batches assigned to each worker and
reads results from one pipe per worker, so memory stays flat however many
inputs there are, and a worker killed in the middle of a message breaks
only its own pipe.  A worker that dies, runs past ``--timeout`` or out of
memory is replaced; the document it held becomes a failure record naming
the stage and plugin that were running, and the documents queued behind it
go to the other workers.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any

import attrs

from ingest.batch.limits import Limits
from ingest.batch.worker import WorkerState, lost_document, serve
from ingest.errors import IngestError
from ingest.model import Failure
from ingest.pipeline import PipelineConfig
from ingest.pipeline.executors import Done, Task

__all__ = ["Done", "Pool", "PoolError", "Task", "builtin_modules", "main_module_hidden", "start_fork_server"]

#: Documents sent to a worker in one message.
BATCH = 8
#: Batches assigned to one worker at a time (one running, the next waiting).
PREFETCH = 2
#: A pool gives up when this many workers in a row die before they are ready.
MAX_FAILED_STARTS = 3
_POLL_SECONDS = 0.2


class PoolError(IngestError):
    """The pool cannot go on: workers do not start, or build another pipeline than the parent's."""


@attrs.define
class _Worker:
    process: Any
    conn: Connection
    state: WorkerState
    started: float
    assigned: deque[Task] = attrs.Factory(deque)
    ready: bool = False
    pid: int = 0
    killed_for: str | None = None
    fatal: str | None = None


def builtin_modules() -> list[str]:
    """The modules of the built-in plugins (the ``ingest`` entry points of this distribution)."""
    from importlib import metadata

    return sorted(
        {
            point.module
            for point in metadata.entry_points(group="ingest")
            if point.dist is not None and point.dist.metadata["Name"] == "ingest"
        }
    )


def start_fork_server(preload: Sequence[str]) -> None:
    """Start the fork server workers come from, importing ``preload`` there, in the background.

    Called early (before the parent builds its own pipeline) so that both
    imports run at the same time on two cores; :class:`Pool` uses it.
    """
    from multiprocessing import forkserver

    context: Any = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["ingest.batch.worker", *preload])
    with main_module_hidden():
        forkserver.ensure_running()


@contextlib.contextmanager
def main_module_hidden() -> Iterator[None]:
    """Start a worker without importing the parent's ``__main__`` in it.

    Workers run :func:`~ingest.batch.worker.serve` and need nothing from the
    program that started the run; re-importing a user's script there would
    run its top level again (or fail, for ``python -`` and notebooks).
    """
    main = sys.modules.get("__main__")
    had_file = hasattr(main, "__file__")
    saved_file, saved_spec = getattr(main, "__file__", None), getattr(main, "__spec__", None)
    try:
        if had_file:
            delattr(main, "__file__")
        main.__spec__ = None  # type: ignore[union-attr]
        yield
    finally:
        main.__spec__ = saved_spec  # type: ignore[union-attr]
        if had_file:
            main.__file__ = saved_file  # type: ignore[union-attr]


class Pool:
    """Processes tasks in worker processes; :meth:`run` yields a :class:`Done` per task.

    ``preload`` names modules the fork server imports once, so that new
    workers (and replacements) start fast.
    """

    def __init__(
        self,
        config: PipelineConfig,
        fingerprint: str,
        jobs: int,
        limits: Limits,
        preload: Sequence[str] = (),
    ) -> None:
        if jobs < 1:
            raise ValueError("a pool needs at least one worker")
        self.config = config
        self.fingerprint = fingerprint
        self.jobs = jobs
        self.limits = limits
        self.context: Any = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(["ingest.batch.worker", *preload])
        self.workers: list[_Worker] = []
        self.restarts = 0
        self.timeouts = 0
        self._failed_starts = 0
        self._pending: deque[Task] = deque()
        self._deaths: dict[int, int] = {}
        self._out: deque[Done] = deque()

    # -- workers -------------------------------------------------------------------

    def _start(self) -> None:
        parent, child = self.context.Pipe(duplex=True)
        state = WorkerState(self.context)
        process = self.context.Process(
            target=serve, args=(child, state, self.config, self.limits), daemon=True, name="ingest-worker"
        )
        with main_module_hidden():
            process.start()
        child.close()
        self.workers.append(_Worker(process, parent, state, time.monotonic()))

    def _kill(self, worker: _Worker, reason: str) -> None:
        worker.killed_for = worker.killed_for or reason
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker.process.pid, signal.SIGKILL)

    def _receive(self, worker: _Worker) -> bool:
        """Handle every message waiting on ``worker``'s pipe; ``False`` when the pipe broke."""
        try:
            while worker.conn.poll():
                self._handle(worker, worker.conn.recv())
        except (EOFError, OSError, ValueError, TypeError, AttributeError, ImportError):
            return False
        return True

    def _handle(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            _, fingerprint, pid = message
            if fingerprint != self.fingerprint:
                raise PoolError(
                    f"a worker built another pipeline (fingerprint {fingerprint}, the parent's is "
                    f"{self.fingerprint}): its plugins or options differ; check -p and INGEST_PLUGINS"
                )
            worker.ready, worker.pid = True, pid
            self._failed_starts = 0
        elif kind == "done":
            _, seq, result, seconds = message
            task = worker.assigned.popleft()
            if task.seq != seq:  # pragma: no cover - a protocol bug, never bad input
                raise PoolError(f"worker answered for input {seq}, expected {task.seq}")
            self._out.append(Done(task, result, seconds, worker.pid))
        elif kind == "fatal":
            worker.fatal = str(message[1])

    def _reap(self, worker: _Worker) -> None:
        """A worker's process ended: account for what it held, and replace it."""
        try:
            os.set_blocking(worker.conn.fileno(), False)
            self._receive(worker)
        except OSError:
            pass
        worker.process.join(timeout=5)
        worker.conn.close()
        self.workers.remove(worker)
        if not worker.ready:
            self._failed_starts += 1
            self._pending.extendleft(reversed(worker.assigned))
            if self._failed_starts >= MAX_FAILED_STARTS:
                why = worker.fatal or f"exit status {worker.process.exitcode}"
                raise PoolError(f"{MAX_FAILED_STARTS} workers in a row died before they were ready: {why}")
            self._start()
            return
        self.restarts += 1
        running = worker.assigned[0] if worker.assigned else None
        if running is not None and worker.state.seq != running.seq:
            # It died between documents: the next one may still be the cause (it could not be sent,
            # say); after MAX_FAILED_STARTS such deaths it fails instead of going round for ever.
            self._deaths[running.seq] = self._deaths.get(running.seq, 0) + 1
            if self._deaths[running.seq] < MAX_FAILED_STARTS:
                running = None
        if running is not None:
            worker.assigned.popleft()
            self._deaths.pop(running.seq, None)
            self._out.append(Done(running, self._failure(worker, running), self._elapsed(worker), worker.pid))
        self._pending.extendleft(reversed(worker.assigned))
        self._start()

    def _elapsed(self, worker: _Worker) -> float:
        return max(0.0, time.monotonic() - worker.state.started)

    def _failure(self, worker: _Worker, task: Task) -> Failure:
        timed_out = worker.killed_for == "timeout"
        return lost_document(
            task.source, worker.state, worker.process.exitcode, timed_out, self.limits.timeout
        )

    # -- scheduling ----------------------------------------------------------------

    def _next_batch(self, tasks: Iterator[Task], size: int) -> list[Task]:
        batch: list[Task] = []
        while self._pending and len(batch) < size:
            batch.append(self._pending.popleft())
        for task in tasks:
            batch.append(task)
            if len(batch) >= size:
                break
        return batch

    def _assign(self, tasks: Iterator[Task]) -> bool:
        """Top up every ready worker; ``False`` once no task is left to assign."""
        more = True
        for worker in self.workers:
            if not worker.ready or worker.killed_for:
                continue
            while len(worker.assigned) < BATCH * PREFETCH:
                batch = self._next_batch(tasks, BATCH)
                if not batch:
                    more = False
                    break
                worker.assigned.extend(batch)
                try:
                    worker.conn.send(("batch", [(t.seq, t.source, t.data) for t in batch]))
                except OSError:
                    break  # it died: its sentinel says so next, and the batch is requeued
        return more

    def _check_timeouts(self) -> None:
        if self.limits.timeout <= 0:
            return
        now = time.monotonic()
        for worker in self.workers:
            if worker.killed_for or not worker.ready or worker.state.seq < 0:
                continue
            if now - worker.state.started > self.limits.timeout:
                self.timeouts += 1
                self._kill(worker, "timeout")

    def run(self, tasks: Iterator[Task]) -> Iterator[Done | None]:
        """Process every task; yield a :class:`Done` for each, in the order they finish.

        Also yields ``None`` whenever a fraction of a second passed without a
        result, so the caller can write what it holds and show progress.
        """
        first = next(tasks, None)
        if first is None:
            return  # nothing to do: start no worker
        tasks = itertools.chain([first], tasks)
        try:
            for _ in range(self.jobs):
                self._start()
            more = True
            while True:
                if more:
                    more = self._assign(tasks)
                while self._out:
                    yield self._out.popleft()
                if not more and not self._pending and not any(w.assigned for w in self.workers):
                    break
                waitables: list[Any] = [w.conn for w in self.workers] + [
                    w.process.sentinel for w in self.workers
                ]
                ready = set(wait(waitables, timeout=_POLL_SECONDS))
                if not ready:
                    yield None
                for worker in list(self.workers):
                    if worker.conn in ready and not self._receive(worker):
                        self._kill(worker, "broken pipe")
                    if worker.process.sentinel in ready:
                        self._reap(worker)
                self._check_timeouts()
                if self._pending and not more:
                    more = True
            while self._out:
                yield self._out.popleft()
        finally:
            self.close()

    def close(self) -> None:
        """Stop every worker (asking first, then killing those that do not stop)."""
        workers, self.workers = self.workers, []
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.conn.send(("stop",))
        deadline = time.monotonic() + 2.0
        for worker in workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                self._kill(worker, "shutdown")
                worker.process.join(timeout=2.0)
            worker.conn.close()

"""``--executor dask``: the process pool's work, submitted to a Dask cluster as batches of paths.

:class:`DaskPool` has the process pool's interface (:meth:`run` takes
tasks and yields a :class:`~ingest.batch.pool.Done` per input), so the
journal, the sinks and the exactly-once guarantee are the same.  Inputs go
to Dask in batches (:data:`BATCH` paths per task: a task costs Dask a few
milliseconds), at most two batches per worker thread in flight.  A batch
whose worker is lost is run again by Dask on another worker; its results
come back only when it completes, so a retry never doubles a record.  A
batch that loses its worker too often (Dask's ``KilledWorker``) becomes a
failure record per input.  ``distributed`` is imported only here, lazily:
it is the optional extra ``ingest[dask]``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ingest.batch.dask_worker import BatchDone, Job, close_idle, process_batch
from ingest.batch.pool import Done, PoolError, Task
from ingest.errors import UsageError
from ingest.model import Failure, RecordSource

if TYPE_CHECKING:
    from ingest.batch.limits import Limits
    from ingest.pipeline import Pipeline

__all__ = ["BATCH", "INSTALL", "DaskPool", "require_distributed", "scheduler_address"]

#: Paths per Dask task.
BATCH = 100
#: Batches in flight per worker thread (one running, one waiting).
PREFETCH = 2
#: What to install when ``distributed`` is missing.
INSTALL = "pip install 'ingest[dask]'"
_POLL_SECONDS = 0.2


def require_distributed() -> Any:
    """The ``distributed`` module, or a usage error saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise UsageError(f"--executor dask needs dask.distributed: {INSTALL}") from None
    return distributed


def scheduler_address(executor: str) -> str | None:
    """The scheduler ``--executor`` names (``dask://HOST:PORT``), else ``DASK_SCHEDULER_ADDRESS``."""
    if executor.startswith("dask://"):
        return "tcp://" + executor.removeprefix("dask://")
    return os.environ.get("DASK_SCHEDULER_ADDRESS") or None


class DaskPool:
    """Processes tasks on a Dask cluster: a local one of ``workers`` one-thread workers, or ``address``'s.

    The local cluster's workers are threads of this process unless
    ``processes``: the documents are processed in each worker's document
    process either way (see :mod:`ingest.batch.dask_worker`), so threads
    cost no parallelism, start at once, and hand results over without
    copying them.  It listens on loopback only, its dashboard on
    ``dashboard`` (``127.0.0.1:8787`` unless asked otherwise; ``""`` for none).
    """

    def __init__(
        self,
        job: Job,
        *,
        address: str | None = None,
        workers: int = 1,
        dashboard: str = "127.0.0.1:8787",
        batch: int = BATCH,
        quiet: bool = False,
        processes: bool = False,
    ) -> None:
        self.job = job
        self.address = address
        self.workers = max(1, workers)
        self.dashboard = dashboard
        self.batch = batch
        self.quiet = quiet
        self.processes = processes
        self.restarts = 0
        self.timeouts = 0
        self._closers: list[Any] = []

    @classmethod
    def for_pipeline(
        cls,
        pipeline: Pipeline,
        executor: str,
        *,
        jobs: int,
        limits: Limits,
        preload: Sequence[str] = (),
        dashboard: str = "127.0.0.1:8787",
        quiet: bool = False,
    ) -> DaskPool:
        """The pool ``--executor`` names, for ``pipeline``'s configuration (``jobs`` local workers)."""
        job = Job(
            config=pipeline.config,
            fingerprint=pipeline.fingerprint,
            plugins=tuple((p.name, p.version) for p in pipeline.loaded.plugins),
            limits=limits,
            preload=tuple(preload),
        )
        address = scheduler_address(executor)
        return cls(job, address=address, workers=jobs, dashboard=dashboard, quiet=quiet)

    def _client(self) -> Any:
        distributed = require_distributed()
        import dask

        if self.address:
            client = distributed.Client(self.address, timeout="30s")
            self._closers.append(client)
            return client
        if self.processes:
            # Document processes are children of the Dask workers, which therefore must not be daemonic.
            dask.config.set({"distributed.worker.daemon": False})
        # Threads talk in memory; worker processes on loopback.
        where = {"host": "127.0.0.1"} if self.processes else {}
        # The scheduler's HTTP server (the dashboard, when bokeh is installed) listens on loopback, on a
        # free port when no dashboard is wanted.
        http = {"dashboard": bool(self.dashboard), "dashboard_address": self.dashboard or "127.0.0.1:0"}
        cluster = distributed.LocalCluster(
            n_workers=self.workers,
            threads_per_worker=1,
            processes=self.processes,
            silence_logs=logging.ERROR,
            scheduler_kwargs=http,
            **where,
        )
        self._closers.append(cluster)
        client = distributed.Client(cluster)
        self._closers.insert(0, client)
        if self.dashboard and not self.quiet and importlib.util.find_spec("bokeh") is not None:
            print(f"ingest: Dask dashboard at {client.dashboard_link}", file=sys.stderr)
        return client

    def _threads(self, client: Any) -> int:
        threads: dict[str, int] = client.nthreads()
        return max(1, sum(threads.values()))

    def run(self, tasks: Iterator[Task]) -> Iterator[Done | None]:
        """Process every task; yield a :class:`Done` for each as batches finish, ``None`` while waiting."""
        first = next(tasks, None)
        if first is None:
            return
        tasks = itertools.chain([first], tasks)
        distributed = require_distributed()
        try:
            try:
                client = self._client()
            except (OSError, RuntimeError, TimeoutError) as error:
                where = self.address or "a local cluster"
                raise PoolError(f"cannot start or reach the Dask cluster ({where}): {error}") from error
            in_flight: dict[Any, list[Task]] = {}
            more = True
            while True:
                slots = PREFETCH * self._threads(client)
                while more and len(in_flight) < slots:
                    chunk = list(itertools.islice(tasks, self.batch))
                    if not chunk:
                        more = False
                        break
                    items = [(task.seq, task.source, task.data) for task in chunk]
                    in_flight[client.submit(process_batch, self.job, items, pure=False)] = chunk
                if not in_flight:
                    break
                try:
                    done, _ = distributed.wait(
                        list(in_flight), timeout=_POLL_SECONDS, return_when="FIRST_COMPLETED"
                    )
                except TimeoutError:
                    yield None
                    continue
                for future in done:
                    yield from self._collect(future, in_flight.pop(future), distributed)
        finally:
            self.close()

    def _collect(self, future: Any, chunk: list[Task], distributed: Any) -> Iterator[Done]:
        try:
            batch: BatchDone = future.result()
        except distributed.KilledWorker as error:
            for task in chunk:
                failure = Failure(
                    source=RecordSource.of(task.source),
                    stage="read",
                    plugin=None,
                    error_type="WorkerDied",
                    message=f"every Dask worker that ran this input's batch was lost ({error})",
                )
                yield Done(task, failure, 0.0, None)
            return
        except PoolError:
            raise
        except Exception as error:
            raise PoolError(f"the Dask cluster failed: {type(error).__name__}: {error}") from error
        self.restarts += batch.restarts
        self.timeouts += batch.timeouts
        by_seq = {task.seq: task for task in chunk}
        for seq, result, seconds, pid in batch.results:
            yield Done(by_seq.pop(seq), result, seconds, pid)
        if by_seq:  # pragma: no cover - the worker answers for every input
            raise PoolError(f"a Dask batch came back without {len(by_seq)} of its inputs")

    def close(self) -> None:
        """Disconnect, and stop the local cluster if this pool started one."""
        closers, self._closers = self._closers, []
        for closer in closers:
            with contextlib.suppress(Exception):
                closer.close()
        if closers and not self.address and not self.processes:
            close_idle()  # the workers were threads of this process: so are their document processes

"""A batch run: collect, skip what the journal says is done, process in workers, deliver exactly once.

Results are written to the sinks in batches; after the sinks committed a
batch, the journal stores its entries and the sinks' checkpoints in one
transaction.  A kill at any instant therefore leaves every sink at most one
batch ahead of the journal, and the next run first brings each resumable
sink back to its checkpoint, then does those inputs again.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from ingest.batch.journal import Entry, Journal, Stat, stat_of
from ingest.batch.limits import Limits
from ingest.batch.pool import Done, Pool, Task
from ingest.batch.progress import Progress, count_in_background, make_progress
from ingest.batch.quarantine import Quarantine
from ingest.batch.summary import BatchSummary
from ingest.model import Failure, Source
from ingest.model.run import RunInfo
from ingest.pipeline import Pipeline, SinkError
from ingest.sinks import Sink, journal_path_of, resumable

if TYPE_CHECKING:
    from ingest.batch.dask_pool import DaskPool

__all__ = ["DEFAULT_JOURNAL", "BatchOptions", "BatchRun", "usable_cores"]

#: The journal's file when no sink offers a place for it.
DEFAULT_JOURNAL = "ingest-journal.db"
#: Results written to the sinks (and the journal) per transaction.
BATCH_SIZE = 200
#: A batch is also written when this many seconds passed since the last one.
BATCH_SECONDS = 2.0


def usable_cores() -> int:
    """The number of CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@attrs.frozen
class BatchOptions:
    """How ``ingest run`` processes its inputs (everything beyond the pipeline's own options).

    ``jobs`` is the number of worker processes; 0 processes in the calling
    process, without limits.  ``executor`` is ``process`` (the process
    pool), ``dask`` (a local Dask cluster of ``jobs`` workers, or the
    scheduler at ``DASK_SCHEDULER_ADDRESS``) or ``dask://HOST:PORT``;
    ``dashboard`` is where a local cluster's dashboard listens.  ``journal`` names the journal's file (by
    default the first sink's choice); ``use_journal`` ``False`` runs
    without one (every input is done; the JSON-lines sink then holds only
    this run's inputs).
    """

    jobs: int = attrs.field(factory=usable_cores)
    journal: str | None = None
    use_journal: bool = True
    reprocess: bool = False
    retry_failed: bool = False
    limits: Limits = attrs.Factory(Limits)
    quarantine: str | None = None
    progress: str = "auto"
    status_every: float = 5.0
    batch_size: int = BATCH_SIZE
    batch_seconds: float = BATCH_SECONDS
    executor: str = "process"
    dashboard: str = "127.0.0.1:8787"


@attrs.frozen
class _Due:
    stat: Stat
    replacing: bool


def _guarded(action: str, sink: Sink, call: Callable[[], object]) -> object:
    try:
        return call()
    except Exception as error:
        raise SinkError(
            f"sink {type(sink).__name__} failed to {action}: {type(error).__name__}: {error}"
        ) from error


class BatchRun:
    """One ``ingest run``: call :meth:`execute` once; it returns the :class:`BatchSummary`."""

    def __init__(
        self,
        pipeline: Pipeline,
        targets: Sequence[str],
        sinks: Sequence[str],
        options: BatchOptions,
        progress: Progress | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.targets = tuple(targets)
        self.sink_uris = tuple(sinks)
        self.options = options
        self.summary = BatchSummary()
        self.progress = (
            progress if progress is not None else make_progress(options.progress, None, options.status_every)
        )
        self._checked: dict[str, Iterable[Source]] = {t: pipeline.sources(t) for t in self.targets}
        self.sinks: list[Sink] = pipeline.open_sinks(self.sink_uris)
        self.journal: Journal | None = None
        if options.use_journal:
            self.journal = Journal(
                self.journal_path(),
                self.sink_uris,
                pipeline.fingerprint,
                reprocess=options.reprocess,
                retry_failed=options.retry_failed,
            )
        self.quarantine = Quarantine(options.quarantine) if options.quarantine else None
        self._buffer: list[Done] = []
        self._in_flight: set[str] = set()
        self._last_write = time.monotonic()
        self._pool: Pool | DaskPool | None = None

    def journal_path(self) -> str:
        """Where the journal is: ``--journal``, else the first sink's choice, else ``ingest-journal.db``."""
        if self.options.journal:
            return self.options.journal
        for sink in self.sinks:
            path = journal_path_of(sink)
            if path:
                return path
        return DEFAULT_JOURNAL

    # -- inputs ------------------------------------------------------------------------

    def _sources(self) -> Iterator[Source]:
        for target in self.targets:
            checked = self._checked.pop(target, None)
            yield from checked if checked is not None else self.pipeline.sources(target)

    def _all_sources(self) -> Iterator[Source]:
        for target in self.targets:
            yield from self.pipeline.sources(target)

    def _tasks(self) -> Iterator[Task]:
        journal = self.journal
        for seq in itertools.count():
            source = next(self._sources_iter, None)
            if source is None:
                return
            if source.uri in self._in_flight:
                self.summary.duplicates += 1
                continue
            stat = stat_of(source.path)
            previous = journal.previous(source.uri, source.path, stat) if journal is not None else None
            if previous is not None and journal is not None and previous.run == journal.run:
                self.summary.duplicates += 1  # named twice by the targets, and done already
                continue
            if previous is not None and not previous.stale:
                self.summary.skip(previous.outcome, previous.format)
                self.progress.update(self.summary)
                continue
            self._in_flight.add(source.uri)
            yield Task(seq, source, _Due(stat, previous is not None))

    # -- delivering ------------------------------------------------------------------------

    def _open(self, info: RunInfo) -> None:
        for sink in self.sinks:
            _guarded("open", sink, lambda sink=sink: sink.open(info))  # type: ignore[misc]
        if self.journal is None:
            return
        stored = self.journal.checkpoints()
        checkpoints: dict[str, str | None] = {}
        for uri, sink in zip(self.sink_uris, self.sinks, strict=True):
            able = resumable(sink)
            if able is not None:
                intact = _guarded("restore", sink, lambda a=able, u=uri: a.restore(stored.get(u)))  # type: ignore[misc]
                if intact is False and not self.journal.reprocess:
                    print(
                        f"ingest: {uri} holds less than the journal recorded (deleted or cut?): "
                        "every input is done again",
                        file=sys.stderr,
                    )
                    self.journal.reprocess = True
                checkpoints[uri] = able.checkpoint()
        self._commit_journal([], checkpoints)

    def _commit_journal(self, entries: Sequence[Entry], checkpoints: dict[str, str | None]) -> None:
        assert self.journal is not None
        try:
            self.journal.commit(entries, checkpoints)
        except Exception as error:
            raise SinkError(
                f"the journal {self.journal.path} failed: {type(error).__name__}: {error}"
            ) from error

    def _flush(self) -> None:
        self._last_write = time.monotonic()
        if not self._buffer:
            return
        batch, self._buffer = self._buffer, []
        results = [done.result for done in batch]
        if self.quarantine is not None:
            for result in results:
                if isinstance(result, Failure):
                    self.quarantine.add(result)
        replacing = [done.result.source.uri for done in batch if done.task.extra.replacing]
        checkpoints: dict[str, str | None] = {}
        for uri, sink in zip(self.sink_uris, self.sinks, strict=True):
            able = resumable(sink) if self.journal is not None else None
            if able is not None and replacing:
                _guarded("prepare a write", sink, lambda a=able: a.replacing(replacing))  # type: ignore[misc]
            _guarded("write", sink, lambda sink=sink: sink.write(results))  # type: ignore[misc]
            _guarded("commit", sink, sink.commit)
            if able is not None:
                checkpoints[uri] = str(_guarded("checkpoint", sink, able.checkpoint))
        if self.journal is not None:
            entries = [Entry(d.result, d.task.extra.stat, d.seconds, d.worker) for d in batch]
            self._commit_journal(entries, checkpoints)
        self._in_flight.difference_update(r.source.uri for r in results)

    def _close(self, completed: bool) -> None:
        final = self.summary.core_summary() if completed else None
        errors: list[SinkError] = []
        checkpoints: dict[str, str | None] = {}
        for uri, sink in zip(self.sink_uris, self.sinks, strict=True):
            try:
                _guarded("close", sink, lambda sink=sink: sink.close(final))  # type: ignore[misc]
            except SinkError as error:
                errors.append(error)
                continue
            able = resumable(sink) if self.journal is not None else None
            if completed and able is not None:
                checkpoints[uri] = able.checkpoint()
        if self.journal is not None and checkpoints and not errors:
            self._commit_journal([], checkpoints)
        if errors:
            raise errors[0]

    # -- the run -----------------------------------------------------------------------------

    def _results(self) -> Generator[Done | None, None, None]:
        tasks = self._tasks()
        if self.options.jobs <= 0 or "-" in self.targets:  # standard input is the parent's to read
            processor = self.pipeline.processor
            for task in tasks:
                started = time.perf_counter()
                result = processor.process_source(task.source)
                yield Done(task, result, time.perf_counter() - started, os.getpid())
            return
        preload = [p.module for p in self.pipeline.loaded.plugins if p.origin == "builtin"]
        pool: Pool | DaskPool
        if self.options.executor != "process":  # dask, dask://HOST:PORT
            from ingest.batch.dask_pool import DaskPool

            pool = DaskPool.for_pipeline(
                self.pipeline,
                self.options.executor,
                jobs=self.options.jobs,
                limits=self.options.limits,
                preload=preload,
                dashboard=self.options.dashboard,
                quiet=self.options.progress == "none",
            )
        else:
            pool = Pool(
                self.pipeline.config,
                self.pipeline.fingerprint,
                self.options.jobs,
                self.options.limits,
                preload,
            )
        self._pool = pool
        yield from pool.run(tasks)

    def execute(self) -> BatchSummary:
        """Process every input not already done; deliver each result once; return the account."""
        info = RunInfo(
            targets=self.targets,
            sinks=self.sink_uris,
            fingerprint=self.pipeline.fingerprint,
            options=dict(self.pipeline.options),
            started=time.time(),
        )
        self._sources_iter = self._sources()
        self._pool = None
        if type(self.progress) is not Progress and "-" not in self.targets:
            count_in_background(self.progress, self._all_sources)
        status = "aborted"
        results = self._results()
        try:
            self._open(info)
            if self.journal is not None:
                self.journal.begin_run(self.targets)
            self.pipeline.hooks.run_start(info)
            for done in results:
                if done is not None:
                    self.summary.add(done.result, done.seconds)
                    self._buffer.append(done)
                if (
                    len(self._buffer) >= self.options.batch_size
                    or time.monotonic() - self._last_write > self.options.batch_seconds
                ):
                    self._flush()
                self.progress.update(self._account())
            self._flush()
            self.summary.finish()
            self.pipeline.hooks.run_finish(info, self.summary.core_summary())
            status = "completed"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            results.close()  # stops the workers whatever happened
            self._account()
            self.summary.finish()
            try:
                self._close(status == "completed")
            finally:
                if self.journal is not None:
                    self.journal.finish_run(status, self.summary.as_dict())
                    self.journal.close()
                if status == "completed":
                    self.progress.close(self.summary)
        return self.summary

    def _account(self) -> BatchSummary:
        pool = self._pool
        if pool is not None:
            self.summary.restarts, self.summary.timeouts = pool.restarts, pool.timeouts
        return self.summary

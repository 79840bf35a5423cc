"""The run engine: collect the targets' inputs, skip what the journal says is done, process, deliver.

``Pipeline.run`` (the library) and ``ingest run`` (the command) both build a
:class:`Run`; only their :class:`RunOptions` differ.  A run is iterated for
its results (streamed: memory stays flat), which reach the sinks in batches
(:mod:`ingest.pipeline.delivery`); the inputs are processed by an executor
(:mod:`ingest.pipeline.executors`): in this process, or in the worker
:class:`~ingest.batch.pool.Pool`.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

import attrs

from ingest.batch.journal import Journal, Stat
from ingest.batch.limits import Limits
from ingest.batch.progress import Progress, count_in_background, make_progress
from ingest.batch.quarantine import DEFAULT_MAX_BYTES, Quarantine
from ingest.batch.summary import BatchSummary
from ingest.files import read_at_most
from ingest.model import Result, Source
from ingest.model.run import RunInfo
from ingest.pipeline.delivery import Delivery, Due, SinkError
from ingest.pipeline.executors import Done, Executor, InProcess, Task
from ingest.pipeline.outputs import Outputs
from ingest.sinks import journal_path_of

if TYPE_CHECKING:
    from ingest.pipeline.pipeline import Pipeline

__all__ = ["DEFAULT_JOURNAL", "Run", "RunOptions", "RunSummary", "SinkError", "usable_cores"]

#: The journal's file when neither ``journal`` nor a sink says where it goes.
DEFAULT_JOURNAL = "ingest-journal.db"
#: Results written to the sinks (and the journal) per transaction.
BATCH_SIZE = 200
#: A batch is also written when this many seconds passed since the last one.
BATCH_SECONDS = 2.0

#: The account of a run (the same object ``ingest run`` prints).
RunSummary = BatchSummary


def usable_cores() -> int:
    """The number of CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@attrs.frozen
class RunOptions:
    """How a run processes its inputs (everything beyond the pipeline's own options).

    The defaults are the library's: in this process, no journal, no
    progress.  ``jobs`` is the number of worker processes (0: in this
    process, without limits).  ``executor`` is ``"process"`` (the worker
    pool), ``"dask"`` (a local Dask cluster, its dashboard on ``dashboard``)
    or ``"dask://HOST:PORT"`` (a running scheduler).  ``use_journal`` keeps a journal in
    ``journal`` (by default where the first sink says, else
    ``ingest-journal.db``), so a run again skips what is done; without one
    every input is done and a JSON-lines sink holds only this run's inputs.
    """

    jobs: int = 0
    journal: str | None = None
    use_journal: bool = False
    reprocess: bool = False
    retry_failed: bool = False
    limits: Limits = attrs.Factory(Limits)
    quarantine: str | None = None
    progress: str = "none"
    status_every: float = 5.0
    batch_size: int = BATCH_SIZE
    batch_seconds: float = BATCH_SECONDS
    executor: str = "process"
    dashboard: str = "127.0.0.1:8787"


def _stat(path: str | None) -> os.stat_result | None:
    if path is None:
        return None
    try:
        return os.stat(path)
    except OSError:
        return None


class Run:
    """One run: iterate it for the results; :attr:`summary` counts them as they come.

    A context manager: leaving it (or calling :meth:`close`, or dropping
    the run) before the end still leaves every result already yielded in
    every sink (and the journal), then closes the sinks.  ``print(run.summary)``
    prints the table ``ingest run`` prints.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        targets: Sequence[str],
        sinks: Sequence[str] = (),
        options: RunOptions | None = None,
        *,
        executor: Executor | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.outputs = Outputs()  # first: what is open before the run is not the run's
        self.pipeline = pipeline
        self.targets = tuple(targets)
        self.sink_uris = tuple(sinks)
        self.options = options if options is not None else RunOptions()
        self.summary: RunSummary = BatchSummary()
        self.progress = progress or make_progress(self.options.progress, None, self.options.status_every)
        self.info = RunInfo(
            targets=self.targets,
            sinks=self.sink_uris,
            fingerprint=pipeline.fingerprint,
            options=dict(pipeline.options),
            started=time.time(),
        )
        self._checked: dict[str, Iterable[Source]] = {t: pipeline.sources(t) for t in self.targets}
        self.sinks = pipeline.open_sinks(self.sink_uris)
        self.journal: Journal | None = None
        self.executor = executor
        self.status = "not started"
        self._in_flight: set[str] = set()
        self._stream = self._run()

    # -- the public face ---------------------------------------------------------------------

    def __iter__(self) -> Iterator[Result]:
        return self._stream

    def __enter__(self) -> Run:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """End the run here: what was yielded is delivered, the sinks are closed (idempotent)."""
        self._stream.close()

    def consume(self) -> RunSummary:
        """Run to the end without looking at the results; return the summary."""
        for _ in self._stream:
            pass
        return self.summary

    def journal_path(self) -> str:
        """Where the journal is: ``journal``, else the first sink's choice, else ``ingest-journal.db``."""
        if self.options.journal:
            return self.options.journal
        for sink in self.sinks:
            path = journal_path_of(sink)
            if path:
                return path
        return DEFAULT_JOURNAL

    # -- inputs ------------------------------------------------------------------------------

    def _sources(self) -> Iterator[tuple[Source, bool]]:
        """Every source of the targets, and whether it is standard input's (the target ``-``)."""
        for target in self.targets:
            checked = self._checked.pop(target, None)
            for source in checked if checked is not None else self.pipeline.sources(target):
                yield source, target == "-"

    def _standard_input(self) -> bytes:
        """Standard input's bytes, read here so that a worker can process them under the limits.

        At most one byte more than ``--max-bytes``: enough for the reader to refuse it.
        """
        return read_at_most(sys.stdin.buffer, self._max_bytes())

    def _max_bytes(self) -> int:
        """The most bytes of one input worth reading (the ``max-bytes`` option, when a reader declares it)."""
        return int(self.pipeline.options.get("max_bytes") or DEFAULT_MAX_BYTES)

    def _all_sources(self) -> Iterator[Source]:
        for target in self.targets:
            if target != "-":
                yield from self.pipeline.sources(target)

    def _owed(self) -> Iterator[Source]:
        """Inputs of earlier runs (whatever their targets) that a sink lacks: lost, or added since."""
        journal = self.journal
        if journal is None or not journal.owed_before:
            return
        after = ""
        while rows := journal.owed(after):
            for uri, path in rows:
                after = uri
                if path is None or uri in self._in_flight:
                    continue  # not a file (standard input): nothing can be read again
                source = Source.from_path(path)
                if source.uri == uri and os.path.exists(path):
                    yield source

    def _tasks(self) -> Iterator[Task]:
        journal, summary = self.journal, self.summary
        named = ((source, stdin, False) for source, stdin in self._sources())
        sources = itertools.chain(named, ((source, False, True) for source in self._owed()))
        for seq in itertools.count():
            source, stdin, owed = next(sources, (None, False, False))
            if source is None:
                return
            if source.uri in self._in_flight:
                summary.duplicates += not owed
                continue
            info = _stat(source.path)
            if info is not None and self.outputs.holds(info):
                self.outputs.skipped += 1  # the run's own output, journal or quarantine: never an input
                continue
            stat = Stat(info.st_size, info.st_mtime_ns) if info is not None else Stat()
            previous = None
            if journal is not None:
                previous = journal.previous(source.uri, source.path, stat, source.within)
            if previous is not None and journal is not None and previous.run == journal.run:
                summary.duplicates += not owed  # named twice by the targets, and done already
                continue
            if previous is not None and not previous.stale:
                summary.skip(previous.outcome, previous.format)
                self.progress.update(summary)
                continue
            self._in_flight.add(source.uri)
            data = self._standard_input() if stdin else None
            yield Task(seq, source, Due(stat, previous is not None), data)

    def _executor(self) -> Executor:
        if self.executor is not None:
            return self.executor
        pipeline, options = self.pipeline, self.options
        preload = [p.module for p in pipeline.loaded.plugins if p.origin == "builtin"]
        if options.executor != "process":  # dask, dask://HOST:PORT
            from ingest.batch.dask_pool import DaskPool  # imports distributed: only when asked for

            return DaskPool.for_pipeline(
                pipeline,
                options.executor,
                jobs=options.jobs,
                limits=options.limits,
                preload=preload,
                dashboard=options.dashboard,
                quiet=options.progress == "none",
            )
        if options.jobs <= 0:
            return InProcess(pipeline.processor.process_source)
        from ingest.batch.pool import Pool  # the pool imports the pipeline: only when it is needed

        return Pool(pipeline.config, pipeline.fingerprint, options.jobs, options.limits, preload)

    # -- the loop ----------------------------------------------------------------------------

    def _open_journal(self) -> Journal | None:
        options = self.options
        if not options.use_journal:
            return None
        return Journal(
            self.journal_path(),
            self.sink_uris,
            self.pipeline.fingerprint,
            reprocess=options.reprocess,
            retry_failed=options.retry_failed,
        )

    def _run(self) -> Generator[Result, None, None]:
        """Process every input not already done; deliver each result once; yield it."""
        options, summary, hooks = self.options, self.summary, self.pipeline.hooks
        self.status = "running"
        self.journal = journal = self._open_journal()
        quarantine = Quarantine(options.quarantine, self._max_bytes()) if options.quarantine else None
        self.outputs.watch(
            [journal.path] if journal is not None else [], [options.quarantine] if options.quarantine else []
        )
        delivery = Delivery(self.sink_uris, self.sinks, journal, quarantine, self.outputs)
        executor = self._executor()
        showing = type(self.progress) is not Progress  # the base class shows nothing
        if showing:
            count_in_background(self.progress, self._all_sources)
        buffer: list[Done] = []
        last_write = time.monotonic()
        finished = iter(executor.run(self._tasks()))
        broken = False
        try:
            if journal is not None:
                journal.begin_run(self.targets)
                for uri in journal.added:
                    print(
                        f"ingest: {uri} is new to the journal {journal.path}: it receives the inputs "
                        "of earlier runs too",
                        file=sys.stderr,
                    )
            delivery.open(self.info)
            hooks.run_start(self.info)
            for done in finished:
                if done is not None:
                    summary.add(done.result, done.seconds)
                    buffer.append(done)
                if len(buffer) >= options.batch_size or time.monotonic() - last_write > options.batch_seconds:
                    batch, buffer = buffer, []  # a batch half delivered when interrupted is not retried
                    delivery.deliver(batch)
                    self._in_flight.difference_update(d.result.source.uri for d in batch)
                    last_write = time.monotonic()
                if showing:
                    self.progress.update(self._account(executor))
                if done is not None:
                    yield done.result
            batch, buffer = buffer, []
            delivery.deliver(batch)
            summary.finish()
            hooks.run_finish(self.info, summary.core_summary())
            self.status = "completed"
        except GeneratorExit:
            self.status = "closed early"
            raise
        except KeyboardInterrupt:
            self.status = "interrupted"
            raise
        except SinkError:
            broken = True
            raise
        finally:
            self._end(finished, delivery, buffer, broken, executor)

    def _end(
        self,
        finished: Iterator[Done | None],
        delivery: Delivery,
        buffer: list[Done],
        broken: bool,
        executor: Executor,
    ) -> None:
        """Stop the executor; deliver what was yielded (unless a sink broke); close the sinks."""
        if self.status == "running":
            self.status = "aborted"
        close = getattr(finished, "close", None)
        if close is not None:
            close()  # stops the workers whatever happened
        self._account(executor)
        try:
            if buffer and not broken and delivery.opened:
                try:
                    delivery.deliver(buffer)
                except SinkError:
                    broken = True
                    raise
        finally:
            self.summary.finish()
            try:
                if delivery.opened:
                    delivery.close(None if broken else self.summary.core_summary())
            finally:
                if self.journal is not None:
                    if self.journal.run:
                        self.journal.finish_run(self.status, self.summary.as_dict())
                    self.journal.close()
                if self.status == "completed":
                    self.progress.close(self.summary)

    def _account(self, executor: Executor) -> RunSummary:
        summary = self.summary
        summary.restarts = getattr(executor, "restarts", 0)
        summary.timeouts = getattr(executor, "timeouts", 0)
        summary.own_outputs = self.outputs.skipped
        return summary

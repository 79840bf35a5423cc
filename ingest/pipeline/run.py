"""A run over many targets: stream sources through the processor into the sinks, and account for each."""

from __future__ import annotations

import heapq
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from ingest.errors import IngestError, UsageError
from ingest.model import Failure, Record, Result, Source
from ingest.model.run import RunInfo, Summary
from ingest.pipeline.hooks import Hooks
from ingest.sinks import Sink

__all__ = ["Run", "SinkError", "SummaryCounter"]

#: Results written to the sinks per batch (one transaction each).
BATCH_SIZE = 200
#: A batch is also written when this many seconds passed since the last one.
BATCH_SECONDS = 2.0
_SLOWEST = 10


class SinkError(IngestError):
    """A sink failed to open, write or close: the run cannot go on safely."""


def failure_reason(failure: Failure) -> str:
    """The key failures are counted by in a summary: stage, plugin and error type."""
    return f"{failure.stage} [{failure.plugin or 'core'}] {failure.error_type}"


@attrs.define
class SummaryCounter:
    """Counts results as they come, and produces the :class:`~ingest.Summary`."""

    started: float = attrs.Factory(time.perf_counter)
    records: int = 0
    failures: int = 0
    skipped: int = 0
    by_format: Counter[str] = attrs.Factory(Counter)
    by_reason: Counter[str] = attrs.Factory(Counter)
    _slowest: list[tuple[float, str]] = attrs.Factory(list)

    def add(self, result: Result, seconds: float = 0.0) -> None:
        """Count one result that took ``seconds`` to produce."""
        if isinstance(result, Record):
            self.records += 1
            self.by_format[result.format] += 1
        else:
            self.failures += 1
            self.by_reason[failure_reason(result)] += 1
        slowest = self._slowest
        if len(slowest) < _SLOWEST:
            heapq.heappush(slowest, (seconds, result.source.uri))
        elif seconds > slowest[0][0]:
            heapq.heapreplace(slowest, (seconds, result.source.uri))

    def summary(self) -> Summary:
        """The account so far."""
        return Summary(
            records=self.records,
            failures=self.failures,
            skipped=self.skipped,
            seconds=time.perf_counter() - self.started,
            by_format=dict(self.by_format.most_common()),
            failures_by_reason=dict(self.by_reason.most_common()),
            slowest=tuple((uri, s) for s, uri in sorted(self._slowest, reverse=True)),
        )


def _guarded(action: str, sink: Sink, call: Callable[[], None]) -> None:
    try:
        call()
    except Exception as error:
        raise SinkError(
            f"sink {type(sink).__name__} failed to {action}: {type(error).__name__}: {error}"
        ) from error


@attrs.define
class Run:
    """An iterable over the results of a run; :attr:`summary` is set once it is exhausted.

    Iterating collects the sources of each target lazily, processes them one
    by one, writes the results to the sinks in batches and yields each
    result.  Memory does not grow with the number of inputs.
    """

    hooks: Hooks
    process: Callable[[Source], Result]
    collect: Callable[[str], Iterable[Source]]
    info: RunInfo
    sinks: Sequence[Sink] = ()
    summary: Summary | None = None
    on_result: Callable[[Result, float], None] | None = None

    def sources(self) -> Iterator[Source]:
        """Every source of every target, in order (each target collected when its turn comes)."""
        return itertools.chain.from_iterable(map(self.collect, self.info.targets))

    def __iter__(self) -> Iterator[Result]:
        counter = SummaryCounter()
        for sink in self.sinks:
            _guarded("open", sink, lambda sink=sink: sink.open(self.info))  # type: ignore[misc]
        completed = False
        try:
            self.hooks.run_start(self.info)
            batch: list[Result] = []
            last_write = time.perf_counter()
            for source in self.sources():
                started = time.perf_counter()
                result = self.process(source)
                finished = time.perf_counter()
                counter.add(result, finished - started)
                if self.on_result is not None:
                    self.on_result(result, finished - started)
                batch.append(result)
                if len(batch) >= BATCH_SIZE or finished - last_write > BATCH_SECONDS:
                    self._write(batch)
                    batch = []
                    last_write = time.perf_counter()
                yield result
            self._write(batch)
            self.summary = counter.summary()
            self.hooks.run_finish(self.info, self.summary)
            completed = True
        finally:
            if not completed:
                self.summary = counter.summary()
            final = self.summary if completed else None
            for sink in self.sinks:
                _guarded("close", sink, lambda sink=sink: sink.close(final))  # type: ignore[misc]

    def _write(self, batch: Sequence[Result]) -> None:
        if not batch:
            return
        for sink in self.sinks:
            _guarded("write", sink, lambda sink=sink: sink.write(batch))  # type: ignore[misc]
            _guarded("commit", sink, sink.commit)

    def consume(self) -> Summary:
        """Run to the end without looking at the results; return the summary."""
        for _ in self:
            pass
        assert self.summary is not None
        return self.summary


def require_sources(hooks: Hooks, target: str, options: object) -> Iterable[Source]:
    """The sources of ``target``; a usage error when no plugin understands it."""
    sources = hooks.collect(target, options)  # type: ignore[arg-type]
    if sources is None:
        raise UsageError(f"no plugin collects sources from {target!r}")
    return sources

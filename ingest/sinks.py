"""The interface every sink implements, and what searching a sink returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import attrs

from ingest.model.record import Result
from ingest.model.run import RunInfo, Summary

__all__ = ["ResumableSink", "SearchHit", "Sink", "journal_path_of", "resumable"]


@runtime_checkable
class Sink(Protocol):
    """Where results go.  Built by the factory registered for its URI scheme.

    The pipeline calls :meth:`open` once, then :meth:`write` for each batch
    of results followed by :meth:`commit`, and :meth:`close` at the end.
    Every input arrives once per run, as a :class:`~ingest.Record` or a
    :class:`~ingest.Failure`; a sink keys what it stores by
    ``result.source.uri``, so an input processed again replaces its
    earlier row (a re-run adds nothing).

    ``ingest run`` keeps a journal of the inputs it has done (see
    ``docs/batch.md``), commits it right after each batch the sinks
    committed, and skips done inputs when run again.  A kill between the
    two commits leaves a sink at most one batch ahead of the journal; the
    inputs of that batch are done again in the next run, so a sink must
    either replace rows by source (as the SQLite sink does) or implement
    the optional methods of :class:`ResumableSink`.  Two more optional
    methods: ``journal_path() -> str | None`` says where the journal of runs
    into this sink belongs (the SQLite sink offers its own database); and a
    sink that implements neither is still written batch by batch.
    """

    def open(self, run: RunInfo) -> None:
        """Prepare to receive results (create tables, open files)."""

    def write(self, batch: Sequence[Result]) -> None:
        """Store one batch of results; they need not be durable before :meth:`commit`."""

    def commit(self) -> None:
        """Make every batch written so far durable (one transaction per batch)."""

    def close(self, summary: Summary | None) -> None:
        """Finish: ``summary`` counts what the sink was given; ``None`` when a sink or the journal failed.

        A run left early (by the program embedding it, or Ctrl-C) still gives its summary.
        """


@runtime_checkable
class ResumableSink(Sink, Protocol):
    """A sink that appends (and cannot replace a row in place) and still delivers every input once.

    With a journal, the run calls :meth:`restore` once after
    :meth:`~Sink.open` and before the first write, :meth:`replacing` before
    each :meth:`~Sink.write` whose batch holds inputs an earlier run
    already delivered, and :meth:`checkpoint` after each
    :meth:`~Sink.commit`; the journal stores the checkpoint in the same
    transaction as the batch's entries.  Without a journal (the library's
    ``Pipeline.run``, ``ingest run --no-journal``) none of them is called.
    """

    def restore(self, checkpoint: str | None) -> bool | None:
        """Go back to the state ``checkpoint`` describes, dropping anything written after it.

        ``None`` means the journal has no checkpoint for this sink: start
        empty, since every input will be delivered again.  Return ``False``
        when the sink holds less than the checkpoint says (its files were
        deleted or cut): the run then delivers every input again.
        """

    def checkpoint(self) -> str:
        """A short string describing what is durable now (byte lengths, say), for :meth:`restore`."""

    def replacing(self, sources: Sequence[str]) -> None:
        """The next batch replaces what earlier runs delivered for these source URIs.

        The sink must end up holding only the new result for each (the
        JSON-lines sink rewrites its files when the run completes, or when
        the next run starts if this one was killed).
        """


def resumable(sink: Sink) -> ResumableSink | None:
    """``sink`` if it implements the optional methods of :class:`ResumableSink`, else ``None``."""
    names = ("restore", "checkpoint", "replacing")
    return sink if all(callable(getattr(sink, n, None)) for n in names) else None  # type: ignore[return-value]


def journal_path_of(sink: Sink) -> str | None:
    """Where ``sink`` would have the journal of runs into it kept, if it says (``journal_path()``)."""
    method = getattr(sink, "journal_path", None)
    if not callable(method):
        return None
    path = method()
    return str(path) if path else None


@attrs.frozen
class SearchHit:
    """One match of ``ingest search``."""

    source: str
    title: str | None
    format: str | None
    snippet: str
    score: float

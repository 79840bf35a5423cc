"""The interface every sink implements, and what searching a sink returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import attrs

from ingest.model.record import Result
from ingest.model.run import RunInfo, Summary

__all__ = ["SearchHit", "Sink"]


@runtime_checkable
class Sink(Protocol):
    """Where results go.  Built by the factory registered for its URI scheme.

    The pipeline calls :meth:`open` once, then :meth:`write` for each batch
    of results followed by :meth:`commit`, and :meth:`close` at the end.
    Every input arrives once per run, as a :class:`~ingest.Record` or a
    :class:`~ingest.Failure`; a sink keys what it stores by
    ``result.source.uri``, so an input processed again replaces its
    earlier row (a re-run adds nothing).
    """

    def open(self, run: RunInfo) -> None:
        """Prepare to receive results (create tables, open files)."""

    def write(self, batch: Sequence[Result]) -> None:
        """Store one batch of results; they need not be durable before :meth:`commit`."""

    def commit(self) -> None:
        """Make every batch written so far durable (one transaction per batch)."""

    def close(self, summary: Summary | None) -> None:
        """Finish: ``summary`` is the run's account, or ``None`` when the run was interrupted."""


@attrs.frozen
class SearchHit:
    """One match of ``ingest search``."""

    source: str
    title: str | None
    format: str | None
    snippet: str
    score: float

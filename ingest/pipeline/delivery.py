"""Delivering a run's results: sinks written and committed per batch, then the journal and quarantine.

After the sinks committed a batch, the journal (when there is one) stores
the batch's entries and each resumable sink's checkpoint in one
transaction: a kill at any instant leaves every sink at most one batch
ahead of the journal, and the next run brings each resumable sink back to
its checkpoint first, then does those inputs again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

import attrs

from ingest.batch.journal import Entry, Journal, Stat
from ingest.batch.quarantine import Quarantine
from ingest.errors import IngestError
from ingest.model import Failure
from ingest.model.run import RunInfo, Summary
from ingest.pipeline.executors import Done
from ingest.pipeline.outputs import Outputs
from ingest.sinks import Sink, resumable

__all__ = ["Delivery", "Due", "SinkError", "guarded"]


class SinkError(IngestError):
    """A sink (or the journal) failed to open, write or close: the run cannot go on safely."""


@attrs.frozen
class Due:
    """What the run keeps of a queued input until delivery: its stat, and whether it replaces a delivery."""

    stat: Stat = attrs.Factory(Stat)
    replacing: bool = False


def _due(done: Done) -> Due:
    extra = done.task.extra
    return extra if isinstance(extra, Due) else Due()


def guarded(action: str, sink: Sink, call: Callable[[], object]) -> object:
    """``call()``, any error it raises turned into a :class:`SinkError` naming the sink and the action."""
    try:
        return call()
    except Exception as error:
        raise SinkError(
            f"sink {type(sink).__name__} failed to {action}: {type(error).__name__}: {error}"
        ) from error


class Delivery:
    """The sinks of one run (by URI), with the journal and quarantine that follow each batch."""

    def __init__(
        self,
        uris: Sequence[str],
        sinks: Sequence[Sink],
        journal: Journal | None = None,
        quarantine: Quarantine | None = None,
        outputs: Outputs | None = None,
    ) -> None:
        self.uris = tuple(uris)
        self.sinks = list(sinks)
        self.journal = journal
        self.quarantine = quarantine
        self.outputs = outputs if outputs is not None else Outputs()
        self.opened = False
        self.torn = False  # a batch was left half delivered (an exception in the middle)

    def _resumable(self) -> list[tuple[str, Sink]]:
        """The sinks that take checkpoints (only under a journal)."""
        if self.journal is None:
            return []
        return [(uri, sink) for uri, sink in zip(self.uris, self.sinks, strict=True) if resumable(sink)]

    def open(self, info: RunInfo) -> None:
        """Open every sink; under a journal, bring each resumable sink back to its checkpoint."""
        self.opened = True
        for sink in self.sinks:
            guarded("open", sink, lambda sink=sink: sink.open(info))  # type: ignore[misc]
        if self.journal is None:
            self.outputs.refresh()
            return
        stored = self.journal.checkpoints()
        checkpoints: dict[str, str | None] = {}
        for uri, sink in self._resumable():
            able = resumable(sink)
            assert able is not None
            intact = guarded("restore", sink, lambda a=able, u=uri: a.restore(stored.get(u)))  # type: ignore[misc]
            if intact is False:
                print(
                    f"ingest: {uri} holds less than the journal recorded (deleted or cut?): "
                    "every input it held is done again",
                    file=sys.stderr,
                )
                self.journal.reset(uri)
            checkpoints[uri] = able.checkpoint()
        self._commit_journal([], checkpoints)
        self.outputs.refresh()

    def _commit_journal(self, entries: Sequence[Entry], checkpoints: dict[str, str | None]) -> None:
        assert self.journal is not None
        try:
            self.journal.commit(entries, checkpoints)
        except Exception as error:
            raise SinkError(
                f"the journal {self.journal.path} failed: {type(error).__name__}: {error}"
            ) from error

    def deliver(self, batch: Sequence[Done]) -> None:
        """Write and commit ``batch`` in every sink, then record it in the journal and quarantine."""
        if not batch:
            return
        self.torn = True
        results = [done.result for done in batch]
        replacing = [done.result.source.uri for done in batch if _due(done).replacing]
        checkpoints: dict[str, str | None] = {}
        takes_checkpoints = {uri for uri, _ in self._resumable()}
        for uri, sink in zip(self.uris, self.sinks, strict=True):
            able = resumable(sink) if uri in takes_checkpoints else None
            if able is not None and replacing:
                guarded("prepare a write", sink, lambda a=able: a.replacing(replacing))  # type: ignore[misc]
            guarded("write", sink, lambda sink=sink: sink.write(results))  # type: ignore[misc]
            guarded("commit", sink, sink.commit)
            if able is not None:
                checkpoints[uri] = str(guarded("checkpoint", sink, able.checkpoint))
        if self.journal is not None:
            entries = [Entry(d.result, _due(d).stat, d.seconds, d.worker) for d in batch]
            self._commit_journal(entries, checkpoints)
        self.torn = False
        if self.quarantine is not None:
            for result in results:
                if isinstance(result, Failure):
                    for path in self.quarantine.add(result):
                        self.outputs.add(path)
        self.outputs.refresh()

    def close(self, summary: Summary | None) -> None:
        """Close every sink (``summary`` ``None``: the run failed); store the final checkpoints.

        Every sink is closed even when one fails; the first failure is raised afterwards.  Under a
        journal, sinks holding part of a batch the journal does not know are closed as failed, so
        that the next run cuts them back to their last checkpoint.
        """
        if self.torn and self.journal is not None:
            summary = None
        errors: list[SinkError] = []
        checkpoints: dict[str, str | None] = {}
        takes_checkpoints = {uri for uri, _ in self._resumable()}
        for uri, sink in zip(self.uris, self.sinks, strict=True):
            try:
                guarded("close", sink, lambda sink=sink: sink.close(summary))  # type: ignore[misc]
            except SinkError as error:
                errors.append(error)
                continue
            able = resumable(sink) if uri in takes_checkpoints else None
            if summary is not None and able is not None:
                checkpoints[uri] = able.checkpoint()
        if self.journal is not None and checkpoints and not errors:
            self._commit_journal([], checkpoints)
        if errors:
            raise errors[0]

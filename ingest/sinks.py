"""The interface every sink implements, and what searching a sink returns."""

from __future__ import annotations

import errno
import fcntl
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

import attrs

from ingest.errors import UsageError
from ingest.files import file_kind
from ingest.model.record import Result
from ingest.model.run import RunInfo, Summary

__all__ = [
    "ResumableSink",
    "SearchHit",
    "Sink",
    "SinkBusy",
    "SinkLock",
    "file_target",
    "journal_path_of",
    "resumable",
]


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


class SinkBusy(UsageError):
    """Another run (or another sink of this run) is writing the same target."""


def file_target(uri: str, path: str, *, special: bool = False) -> tuple[Path, bool]:
    """Where a sink that writes the file ``path`` must write, and whether it is a regular file's place.

    Symbolic links are followed (a dangling one names the file to create),
    so a sink rewrites the link's target in its directory and the link
    stays.  Returns ``(resolved path, True)`` for a regular file or a file
    yet to create.  A device or a FIFO gives ``(path, False)`` when
    ``special`` says the sink can write such a target in place, else a
    :class:`~ingest.UsageError`; so do an empty path and a directory.
    ``uri`` names the sink in messages.
    """
    if not path:
        raise UsageError(f"{uri}: the sink needs a path after the colon")
    try:
        mode = os.stat(path).st_mode  # through links
    except FileNotFoundError:
        if path.endswith(os.sep):
            raise UsageError(f"{uri}: names a directory, not a file") from None
        return Path(os.path.realpath(path)), True
    except OSError as error:
        raise UsageError(f"{uri}: cannot use {path}: {error.strerror or error}") from None
    if stat.S_ISREG(mode):
        return Path(os.path.realpath(path)), True
    if stat.S_ISDIR(mode):
        raise UsageError(f"{uri}: {path} is a directory, not a file")
    if special and not stat.S_ISSOCK(mode):
        return Path(path), False  # opened by the name given: /dev/stdout must stay itself
    raise UsageError(f"{uri}: not a regular file: {file_kind(mode)} {path}")


#: The lock files this process holds, and the sink holding each.
_HELD: dict[Path, str] = {}


class SinkLock:
    """An exclusive lock that makes one run the only writer of a sink's file while it is open.

    The lock is ``fcntl.flock`` on a hidden ``.NAME.lock`` beside the file
    (left in place; it holds the process id of the last owner; hidden, so a
    walk of the folder does not take it for an input).
    :meth:`acquire` fails at once with :class:`SinkBusy` when another
    process, or another sink in this process, holds it: two runs never
    interleave their writes, and a sink named twice in one run is refused.
    The kernel drops the lock when its owner dies, so a killed run never
    leaves its sinks locked.
    """

    def __init__(self, uri: str, path: str | os.PathLike[str]) -> None:
        self.uri = uri
        target = Path(os.path.realpath(os.fspath(path)))
        self.path = target.with_name(f".{target.name}.lock")
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        """Whether this lock is held now."""
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`SinkBusy` naming who holds it."""
        if self._handle is not None:
            return
        twin = _HELD.get(self.path)
        if twin is not None:
            raise SinkBusy(f"{twin} and {self.uri} name the same file: give each sink once")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while the lock is held
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            handle.seek(0)
            owner = handle.read(32).strip()
            handle.close()
            if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            holder = f"process {owner}" if owner.isdigit() else "another process"
            raise SinkBusy(
                f"{self.uri} is being written by another run ({holder}; lock {self.path}): "
                "wait for it to finish, or write elsewhere"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle
        _HELD[self.path] = self.uri

    def release(self) -> None:
        """Let the lock go (the lock file stays)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            _HELD.pop(self.path, None)
            handle.close()

"""The ``jsonl:PATH`` sink: one JSON record per line, failures in ``PATH.failures.jsonl``.

Two ways of writing.  Without a run journal (the library, ``--no-journal``)
both files are written under temporary names and renamed over the old ones
when the run completes: the files hold exactly that run's inputs.  With a
journal (``ingest run``'s default) the files are the whole collection:
results are appended per batch and flushed, the journal keeps the committed
byte lengths, and the next run starts by cutting the files back to those
lengths.  An input done again (changed, ``--retry-failed``,
``--reprocess``) has its earlier line removed when the run completes, by a
rewrite through temporary files; until then the sources to replace are
listed in a hidden ``.NAME.replacing`` file beside ``PATH`` (its length is
part of the checkpoint too), so a run killed before the rewrite has it done
when the next run starts.

The files are found through symbolic links (the link stays, its target is
rewritten in its own directory, and the failures file, the journal and
the hidden files go beside the target), rewritten files keep their permissions
and new ones follow the umask.  A run holds a lock on a hidden
``.NAME.lock`` beside ``PATH`` while the sink is open, so a second run into
the same file stops at once.
``jsonl:-`` and device or FIFO targets are written by
:class:`~ingest_builtins.sinks.jsonl_stream.JsonlStreamSink` instead.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from ingest import (
    Failure,
    Options,
    Result,
    RunInfo,
    SinkLock,
    SinkRegistry,
    Summary,
    dump_line,
    file_target,
    hookimpl,
)
from ingest_builtins.sinks.jsonl_stream import JsonlStreamSink

__all__ = ["JsonlSink", "compact", "encodable", "ingest_register_sinks"]


#: Bytes buffered per file before a write: lines of a batch reach the file in a few system calls.
_BUFFER = 256 * 1024


def _sync(stream: IO[bytes]) -> None:
    stream.flush()
    os.fsync(stream.fileno())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _mode_for(target: Path) -> int:
    """The permissions a rewritten ``target`` keeps, or those a new file gets under the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _temporary_beside(target: Path) -> tuple[IO[bytes], Path]:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(handle, _mode_for(target))  # mkstemp makes 0600; the renamed file must not
    except BaseException:
        os.close(handle)
        os.unlink(name)
        raise
    return os.fdopen(handle, "wb", buffering=_BUFFER), Path(name)


_DECODER = json.JSONDecoder()
_URI_KEY = '"source":{"uri":'


def _source_of(line: bytes) -> str | None:
    """The source URI of one line, read without parsing the whole record when the line is ours."""
    text = line.decode("utf-8", "replace")
    at = text.find(_URI_KEY)
    if at >= 0:
        try:
            uri, _ = _DECODER.raw_decode(text, at + len(_URI_KEY))
        except ValueError:
            uri = None
        if isinstance(uri, str):
            return uri
    try:
        uri = json.loads(text)["source"]["uri"]
    except (ValueError, KeyError, TypeError):
        return None
    return uri if isinstance(uri, str) else None


def encodable(text: str) -> str:
    """``text`` as valid UTF-8: any lone surrogate (from an undecodable file name) written as its escape."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _lines(path: Path) -> Iterator[bytes]:
    if not path.exists():
        return
    with open(path, "rb") as handle:
        yield from handle


def compact(records: Path, failures: Path, replaced: dict[str, str]) -> None:
    """Keep, for each source in ``replaced``, only its last line in the file of its kind.

    ``replaced`` maps a source URI to ``record`` or ``failure``.

    Idempotent: running it again (after a kill in the middle) gives the
    same files.  Each file is rewritten through a temporary file and
    renamed into place.
    """
    for path, kind in ((records, "record"), (failures, "failure")):
        last: dict[str, int] = {}
        for number, line in enumerate(_lines(path)):
            uri = _source_of(line)
            if uri is not None and replaced.get(uri) == kind:
                last[uri] = number
        stream, temporary = _temporary_beside(path)
        try:
            with stream:
                for number, line in enumerate(_lines(path)):
                    uri = _source_of(line)
                    if uri is not None and uri in replaced and last.get(uri) != number:
                        continue
                    stream.write(line)
                _sync(stream)
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


class _Appender:
    """A file opened for appending in place, cut back to a committed length first."""

    def __init__(self, path: Path, length: int | None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.stream: IO[bytes] = open(path, "ab", buffering=_BUFFER)  # noqa: SIM115 - closed in close()
        size = self.stream.tell()
        if length is None or size > length:
            self.stream.truncate(length or 0)
            self.stream.seek(0, os.SEEK_END)

    def sync(self) -> None:
        _sync(self.stream)

    @property
    def length(self) -> int:
        return self.stream.tell()

    def close(self) -> None:
        self.stream.close()


class JsonlSink:
    """Writes records to ``path`` and failures to ``path.failures.jsonl`` (see the module docstring)."""

    def __init__(self, path: str, uri: str | None = None) -> None:
        uri = uri or f"jsonl:{path}"
        self.path, _ = file_target(uri, path)
        # The files that go with it live beside the file itself, not beside a link to it: a link
        # in /dev or in a folder of links never gets company.
        target = self.path
        self.failures_path, _ = file_target(uri, str(target.with_name(target.name + ".failures.jsonl")))
        self.replacing_path, _ = file_target(uri, str(target.with_name(f".{target.name}.replacing")))
        self.lock = SinkLock(uri, self.path)
        self._files: dict[str, _Appender] = {}
        self._temporaries: dict[str, tuple[IO[bytes], Path]] = {}
        self._replacing: set[str] = set()
        self._closed_checkpoint: str | None = None

    # -- the Sink protocol ----------------------------------------------------------------

    def open(self, run: RunInfo) -> None:
        """Take the lock beside ``PATH`` (:class:`~ingest.SinkBusy` if another run holds it)."""
        self.lock.acquire()

    def write(self, batch: Sequence[Result]) -> None:
        """Append one line per result to the file of its kind.

        Each line goes straight into its file's buffer: a batch never
        exists as one joined copy, so memory stays flat however large it is.
        """
        streams = self._streams()
        write_record, write_failure = streams["records"].write, streams["failures"].write
        replacing = streams.get("replacing") if self._replacing else None
        for result in batch:
            line = dump_line(result)
            is_failure = isinstance(result, Failure)
            if is_failure:
                write_failure(line)
            else:
                write_record(line)
            if replacing is not None and result.source.uri in self._replacing:
                kind = "failure" if is_failure else "record"
                pending = json.dumps({"source": result.source.uri, "kind": kind}) + "\n"
                replacing.write(pending.encode())
        self._replacing.clear()

    def _streams(self) -> dict[str, IO[bytes]]:
        """The open streams by kind: the files appended in place, or the temporary files."""
        if self._files:
            return {name: appender.stream for name, appender in self._files.items()}
        if not self._temporaries:
            self._temporaries = {
                "records": _temporary_beside(self.path),
                "failures": _temporary_beside(self.failures_path),
            }
        return {name: stream for name, (stream, _) in self._temporaries.items()}

    def commit(self) -> None:
        """Flush every file to disk."""
        for appender in self._files.values():
            appender.sync()
        # Temporary files are only renamed into place when the run completes, and made durable
        # then: flushing each batch is enough until that moment.
        for stream, _ in self._temporaries.values():
            stream.flush()

    def close(self, summary: Summary | None) -> None:
        """Finish: rename (without a journal) or remove replaced lines (with one) when the run completed."""
        if not self.lock.held:
            return  # never opened, or refused at open: the files belong to another run
        try:
            self._finish(summary is not None)
        finally:
            self.lock.release()

    def _finish(self, completed: bool) -> None:
        if self._files:
            if completed:
                self._compact()
            self._closed_checkpoint = self.checkpoint()
            for appender in self._files.values():
                appender.close()
            self._files = {}
            return
        if not self._temporaries:
            if not completed:
                return
            self.write([])  # an empty run still leaves (empty) files
        for (stream, temporary), target in zip(
            self._temporaries.values(), (self.path, self.failures_path), strict=True
        ):
            if completed:
                _sync(stream)
            stream.close()
            if completed:
                os.replace(temporary, target)
            else:
                temporary.unlink(missing_ok=True)
        self._temporaries = {}

    # -- resuming under a journal -----------------------------------------------------------

    def journal_path(self) -> str:
        """Runs into this sink keep their journal beside it, in ``PATH.journal.db``."""
        return str(self.path.with_name(self.path.name + ".journal.db"))

    def restore(self, checkpoint: str | None) -> bool:
        """Append in place from now on, after cutting the files back to ``checkpoint``'s lengths.

        Returns ``False`` when a file is shorter than the checkpoint says
        (deleted or cut by someone else): the files start empty, and the run
        must deliver every input again.
        """
        lengths: dict[str, int] = json.loads(checkpoint) if checkpoint else {}
        intact = all(
            _size(path) >= lengths.get(name, 0)
            for name, path in (("records", self.path), ("failures", self.failures_path))
        )
        if not intact:
            lengths = {}  # start empty: every input is delivered again
        self._files = {
            "records": _Appender(self.path, lengths.get("records")),
            "failures": _Appender(self.failures_path, lengths.get("failures")),
            "replacing": _Appender(self.replacing_path, lengths.get("replacing")),
        }
        self._compact()
        return intact

    def checkpoint(self) -> str:
        """The committed byte lengths of the three files (as they were closed, after :meth:`close`)."""
        if not self._files and self._closed_checkpoint is not None:
            return self._closed_checkpoint
        return json.dumps({name: appender.length for name, appender in self._files.items()})

    def replacing(self, sources: Sequence[str]) -> None:
        """Remember which sources of the next batch replace lines of earlier runs."""
        self._replacing.update(sources)

    def _compact(self) -> None:
        pending = self._files["replacing"]
        if pending.length == 0:
            return
        pending.sync()
        replaced = dict(_pending_entries(_lines(self.replacing_path)))
        for name in ("records", "failures"):
            self._files[name].close()
        compact(self.path, self.failures_path, replaced)
        pending.stream.truncate(0)
        pending.stream.seek(0)
        pending.sync()
        self._files["records"] = _Appender(self.path, _size(self.path))
        self._files["failures"] = _Appender(self.failures_path, _size(self.failures_path))


def _pending_entries(lines: Iterable[bytes]) -> Iterator[tuple[str, str]]:
    for line in lines:
        try:
            entry = json.loads(line)
            yield str(entry["source"]), str(entry["kind"])
        except (ValueError, KeyError, TypeError):
            continue  # a torn last line of a killed run


def _factory(rest: str, options: Options) -> JsonlSink | JsonlStreamSink:
    uri = f"jsonl:{rest}"
    if rest == "-":
        return JsonlStreamSink(None)
    target, regular = file_target(uri, rest, special=True)
    return JsonlSink(rest, uri) if regular else JsonlStreamSink(target)


@hookimpl
def ingest_register_sinks(sinks: SinkRegistry) -> None:
    """Provide ``jsonl:PATH``."""
    sinks.add(
        "jsonl",
        _factory,
        "JSON lines: PATH for records, PATH.failures.jsonl for failures; jsonl:- for standard output",
    )

"""A worker process: builds its pipeline once, processes batches of paths, reports each result.

The parent sends ``("batch", [(seq, source, data), ...])`` (``data``: the
bytes of standard input, or ``None``) and ``("stop",)``; the
worker answers ``("ready", fingerprint, pid)`` once, then ``("done", seq,
result, seconds)`` for each document, in order.  What the worker is doing
right now (which document, since when, in which stage and plugin) is kept
in a small block of shared memory, so the parent can say what was running
when it had to kill the worker or found it dead.
"""

from __future__ import annotations

import ctypes
import gc
import os
import pickle
import signal
import sys
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from types import FrameType
from typing import Any

import attrs

from ingest.batch.limits import Limits, format_size, install_worker_guards
from ingest.model import Failure, Record, RecordSource, Result, Source
from ingest.pipeline import Pipeline, PipelineConfig
from ingest.pipeline.executors import process_task

__all__ = ["EXIT_MEMORY", "WorkerState", "lost_document", "serve"]

#: A worker exits with this status after a document ran out of memory, so that a fresh one replaces it.
EXIT_MEMORY = 75

_NAME_BYTES = 240


class WorkerState:
    """Shared memory through which a worker tells the parent what it is doing.

    Written only by the worker, read by the parent: the document's sequence
    number (-1 when idle), when it started (``time.monotonic``, which is
    system-wide on Linux), and the stage and plugin running.
    """

    def __init__(self, context: Any) -> None:
        self._numbers = context.RawArray(ctypes.c_double, 2)
        self._names = context.RawArray(ctypes.c_char, 2 * _NAME_BYTES)
        self._numbers[0] = -1.0

    def begin(self, seq: int) -> None:
        """A document starts."""
        self._numbers[1] = time.monotonic()
        self._numbers[0] = float(seq)
        self.enter("read", None)

    def enter(self, stage: str, plugin: str | None) -> None:
        """A stage or step starts (the processor's ``monitor`` callback)."""
        names = self._names
        names[0:_NAME_BYTES] = stage.encode()[: _NAME_BYTES - 1].ljust(_NAME_BYTES, b"\0")
        encoded = (plugin or "").encode("utf-8", "replace")[: _NAME_BYTES - 1]
        names[_NAME_BYTES : 2 * _NAME_BYTES] = encoded.ljust(_NAME_BYTES, b"\0")

    def idle(self) -> None:
        """No document is running."""
        self._numbers[0] = -1.0

    @property
    def seq(self) -> int:
        """The running document's sequence number, or -1."""
        return int(self._numbers[0])

    @property
    def started(self) -> float:
        """When the running document started (``time.monotonic``)."""
        return float(self._numbers[1])

    def where(self) -> tuple[str, str | None]:
        """The stage and plugin running (or that ran last)."""
        raw = bytes(self._names[:])
        stage = raw[:_NAME_BYTES].split(b"\0", 1)[0].decode("utf-8", "replace")
        plugin = raw[_NAME_BYTES:].split(b"\0", 1)[0].decode("utf-8", "replace")
        return stage or "read", plugin or None


def _memory_failure(result: Failure, limits: Limits) -> Failure:
    limit = f"the limit of {format_size(limits.max_memory)} per worker" if limits.max_memory else "memory"
    return attrs.evolve(
        result,
        message=f"ran out of memory: over {limit} (--max-memory); the worker was replaced",
    )


def _signal_name(code: int) -> str:
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"


def lost_document(
    source: Source, state: WorkerState, exit_code: int | None, timed_out: bool, timeout: float
) -> Failure:
    """The failure of the document a worker held when it was killed for ``--timeout`` or died.

    It names the stage and plugin the shared state says were running; one
    function for the process pool and the Dask executor, so both say it alike.
    """
    stage, plugin = state.where()
    where = f"the {stage} stage" + (f" [{plugin}]" if plugin else "")
    if timed_out:
        error_type = "Timeout"
        message = f"took longer than {timeout:g} s (--timeout) in {where}; the worker was replaced"
    elif exit_code == EXIT_MEMORY:
        error_type = "MemoryError"
        message = f"ran out of memory in {where} (--max-memory); the worker was replaced"
    else:
        error_type = "WorkerDied"
        if exit_code is not None and exit_code < 0:
            cause = f"was killed by {_signal_name(exit_code)}"
            if exit_code == -signal.SIGKILL:
                cause += " (by the system's out-of-memory killer, or by hand)"
        else:
            cause = f"exited with status {exit_code}"
        message = f"the worker process {cause} in {where}; it was replaced"
    return Failure(
        source=RecordSource.of(source), stage=stage, plugin=plugin, error_type=error_type, message=message
    )


def _crash_failure(source: Source, state: WorkerState, error: BaseException) -> Failure:
    stage, plugin = state.where()
    return Failure(
        source=RecordSource.of(source),
        stage=stage,
        plugin=plugin,
        error_type=type(error).__name__,
        message=f"{error}" or type(error).__name__,
    )


def _unsendable(source: Source, result: Result, state: WorkerState, error: Exception) -> Failure:
    """The failure of a result that cannot be pickled, naming the step that set the culprit if it can."""
    stage, plugin = state.where()
    culprit = ""
    if isinstance(result, Record):
        for key, value in result.metadata.items():
            try:
                pickle.dumps(value)
            except Exception:
                culprit = key
                break
        for change in reversed(result.provenance):
            if culprit and f"metadata.{culprit}" in change.summary:
                stage, plugin = change.stage, change.plugin
                break
    field = f" (metadata.{culprit})" if culprit else ""
    return Failure(
        source=RecordSource.of(source),
        stage=stage,
        plugin=plugin,
        error_type="UnsendableResult",
        message=f"the result could not be sent to the parent{field}: {type(error).__name__}: {error}",
    )


class _CulpritFinder:
    """Names the plugin whose code a slow document is running, from the worker's own stack.

    Shortly before the parent's ``--timeout`` runs out, an alarm interrupts
    the document; the handler looks down the interrupted stack for the
    innermost function a plugin implements (a hook implementation or a step)
    and writes its plugin into the shared state, so the failure names it
    even when several plugins implement the hook running.
    """

    def __init__(self, pipeline: Pipeline, state: WorkerState, seconds: float) -> None:
        self.pipeline = pipeline
        self.state = state
        self.seconds = seconds
        signal.signal(signal.SIGALRM, self._look)

    def _owners(self) -> dict[object, str]:
        owners: dict[object, str] = {}
        manager = self.pipeline.plugin_manager
        for caller in vars(manager.hook).values():
            for impl in caller.get_hookimpls():
                owners[impl.function.__code__] = impl.plugin_name
        for step in self.pipeline.processor.planned_steps():
            code = getattr(step.function, "__code__", None)
            if code is not None and step.plugin is not None:
                owners[code] = step.plugin
        return owners

    def _look(self, signum: int, frame: FrameType | None) -> None:
        owners = self._owners()
        while frame is not None:
            plugin = owners.get(frame.f_code)
            if plugin is not None:
                stage, _ = self.state.where()
                self.state.enter(stage, plugin)
                return
            frame = frame.f_back

    def arm(self) -> None:
        """A document starts: look at its stack a little before the parent's limit."""
        signal.setitimer(signal.ITIMER_REAL, max(self.seconds - 0.5, self.seconds * 0.75))

    def disarm(self) -> None:
        """The document is done."""
        signal.setitimer(signal.ITIMER_REAL, 0)


def serve(conn: Connection, state: WorkerState, config: PipelineConfig, limits: Limits) -> None:
    """The worker's main function (the target of its process)."""
    try:
        pipeline = Pipeline.from_config(config)
    except BaseException as error:  # report why, then die: the parent counts failed starts
        conn.send(("fatal", f"cannot build the pipeline: {type(error).__name__}: {error}"))
        sys.exit(1)
    processor = pipeline.processor
    processor.monitor = state.enter
    pipeline.hooks.watch(state.enter)
    install_worker_guards(limits)
    finder = _CulpritFinder(pipeline, state, limits.timeout) if limits.timeout > 0 else None
    conn.send(("ready", pipeline.fingerprint, os.getpid()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message[0] == "stop":
            return
        batch: Sequence[tuple[int, Source, bytes | None]] = message[1]
        for seq, source, data in batch:
            state.begin(seq)
            started = time.perf_counter()
            out_of_memory = False
            result: Result
            if finder is not None:
                finder.arm()
            try:
                result = process_task(processor.process_source, source, data)
            except BaseException as error:  # MemoryError or worse escaping the processor itself
                out_of_memory = isinstance(error, MemoryError)
                result = _crash_failure(source, state, error)
            finally:
                if finder is not None:
                    finder.disarm()
            if isinstance(result, Failure) and result.error_type == "MemoryError":
                out_of_memory = True
                result = _memory_failure(result, limits)
            elapsed = time.perf_counter() - started
            state.idle()
            try:
                conn.send(("done", seq, result, elapsed))
            except (EOFError, OSError):
                return
            except Exception as error:  # a plugin left something in the result that cannot be pickled
                unsendable = _unsendable(source, result, state, error)
                try:
                    conn.send(("done", seq, unsendable, elapsed))
                except (EOFError, OSError):
                    return
            if out_of_memory:
                gc.collect()
                os._exit(EXIT_MEMORY)

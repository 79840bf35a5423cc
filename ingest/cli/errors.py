"""The one place where an error that ends a command becomes an exit status and a one-line message."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import traceback

from ingest.cli.common import EXIT_ABORTED, EXIT_INTERRUPTED, EXIT_USAGE
from ingest.errors import PluginLoadError, StageError, UsageError
from ingest.options import OptionError
from ingest.pipeline.run import SinkError

__all__ = ["TRACEBACK_VARIABLE", "describe", "report"]

#: Set this environment variable to see the traceback of an unexpected error as well.
TRACEBACK_VARIABLE = "INGEST_TRACEBACK"

_USAGE = (UsageError, PluginLoadError, OptionError)


def _usage_cause(error: BaseException) -> BaseException | None:
    """The usage error behind ``error`` (a sink refusing its target at open, say), if any."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, _USAGE):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _oneline(text: str) -> str:
    return " ".join(text.split())


def describe(error: BaseException) -> tuple[int, str]:
    """The exit status and the message for an error that ended a command.

    ``2`` for a usage error (also when a sink refused its target, a usage
    error behind the sink error); ``130`` for Ctrl-C; ``3`` for everything
    else, since the run could not complete: a sink, the journal or a run
    hook failed, the workers could not start, or the program met a bug.
    """
    if isinstance(error, KeyboardInterrupt):
        return EXIT_INTERRUPTED, "ingest: interrupted"
    usage = _usage_cause(error)
    if usage is not None:
        return EXIT_USAGE, f"ingest: error: {_oneline(str(usage))}"
    from ingest.batch.pool import PoolError  # the pool's modules load only for a run that uses them

    if isinstance(error, SinkError | PoolError):
        return EXIT_ABORTED, f"ingest: run aborted: {_oneline(str(error))}"
    if isinstance(error, StageError):
        return EXIT_ABORTED, f"ingest: run aborted: {_oneline(str(error))}"
    if isinstance(error, BrokenPipeError):
        return EXIT_ABORTED, "ingest: run aborted: standard output was closed"
    if isinstance(error, sqlite3.Error | OSError):
        return EXIT_ABORTED, f"ingest: run aborted: {type(error).__name__}: {_oneline(str(error))}"
    return EXIT_ABORTED, (
        f"ingest: run aborted by an unexpected error: {type(error).__name__}: {_oneline(str(error))} "
        f"(set {TRACEBACK_VARIABLE}=1 to see where)"
    )


def report(error: BaseException) -> int:
    """Print the one-line message for ``error`` on stderr (and its traceback when asked); the exit status."""
    status, message = describe(error)
    if os.environ.get(TRACEBACK_VARIABLE):
        traceback.print_exception(error, file=sys.stderr)
    with contextlib.suppress(OSError):
        print(message, file=sys.stderr)
    return status

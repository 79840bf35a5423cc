"""Showing where a run is: a live bar on a terminal, a status line every few seconds elsewhere.

The total is counted by a background thread that walks the targets a
second time (a cheap directory listing), so the run starts at once and the
bar gains its total and time left as soon as the count is known.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from ingest.batch.summary import BatchSummary

__all__ = ["Progress", "count_in_background", "make_progress"]


class Progress:
    """Shows nothing; the base of the two ways of showing progress."""

    def __init__(self) -> None:
        self.total: int | None = None

    def update(self, summary: BatchSummary) -> None:
        """Called after every input (cheap: implementations throttle themselves)."""

    def close(self, summary: BatchSummary) -> None:
        """The run ended."""


def _eta(summary: BatchSummary, total: int | None) -> str:
    if total is None:
        return "?"
    processed = summary.records + summary.failures
    rate = processed / summary.elapsed if summary.elapsed > 0 else 0.0
    left = max(0, total - summary.done)
    if rate <= 0:
        return "?"
    seconds = int(left / rate)
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class StatusLines(Progress):
    """One line every ``every`` seconds: done/total, failures, rate, time left."""

    def __init__(self, stream: TextIO, every: float) -> None:
        super().__init__()
        self.stream = stream
        self.every = every
        self._last = time.monotonic()

    def line(self, summary: BatchSummary) -> str:
        """The status line."""
        total = f"{self.total:,}" if self.total is not None else "?"
        processed = summary.records + summary.failures
        rate = processed / summary.elapsed if summary.elapsed > 0 else 0.0
        return (
            f"ingest: {summary.done:,}/{total} inputs, {summary.failures:,} failures, "
            f"{summary.skipped:,} skipped, {rate:,.1f}/s, {summary.elapsed:.0f} s elapsed, "
            f"time left {_eta(summary, self.total)}"
        )

    def update(self, summary: BatchSummary) -> None:
        """Print the line when ``every`` seconds passed since the last one."""
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            print(self.line(summary), file=self.stream, flush=True)

    def close(self, summary: BatchSummary) -> None:
        """A last line."""
        print(self.line(summary), file=self.stream, flush=True)


class Bar(Progress):
    """A tqdm bar on the terminal: done/total, rate, time left, failures so far."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        from tqdm import tqdm  # type: ignore[import-untyped]

        self._bar: Any = tqdm(
            total=None, unit=" inputs", file=stream, dynamic_ncols=True, smoothing=0.05, mininterval=0.2
        )
        self._shown = 0
        self._last = 0.0
        self._total_set = False

    def update(self, summary: BatchSummary) -> None:
        """Advance the bar (at most a few times a second)."""
        now = time.monotonic()
        if now - self._last < 0.1:
            return
        self._last = now
        self._advance(summary)

    def _advance(self, summary: BatchSummary) -> None:
        if self.total is not None and not self._total_set:
            self._bar.total = self.total
            self._total_set = True
        self._bar.set_postfix_str(f"{summary.failures:,} failed, {summary.skipped:,} skipped", refresh=False)
        self._bar.update(summary.done - self._shown)
        self._shown = summary.done

    def close(self, summary: BatchSummary) -> None:
        """Show the final count and leave the bar on screen."""
        self._advance(summary)
        self._bar.close()


def make_progress(mode: str, stream: TextIO | None = None, every: float = 5.0) -> Progress:
    """``bar``, ``lines``, ``none``, or ``auto`` (a bar on a terminal, lines otherwise)."""
    out = stream if stream is not None else sys.stderr
    if mode == "auto":
        mode = "bar" if out.isatty() else "lines"
    if mode == "bar":
        return Bar(out)
    if mode == "lines":
        return StatusLines(out, every)
    return Progress()


def count_in_background(progress: Progress, sources: Callable[[], Iterable[object]]) -> threading.Thread:
    """Count what ``sources()`` yields in a daemon thread and set ``progress.total`` when done."""

    def count() -> None:
        try:
            total = sum(1 for _ in sources())
        except Exception:
            return
        progress.total = total

    thread = threading.Thread(target=count, name="ingest-count", daemon=True)
    thread.start()
    return thread

"""The account of a batch run: documents by format and outcome, the slowest, failures by stage and reason."""

from __future__ import annotations

import heapq
import io
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any, TextIO

import attrs

from ingest.model import Failure, Record, Result
from ingest.model.run import Summary

__all__ = [
    "MAX_REASONS",
    "OTHER_MESSAGES",
    "BatchSummary",
    "failure_format",
    "print_batch_summary",
    "reason_key",
]

_SLOWEST = 10
_UNIDENTIFIED = "(unidentified)"
#: Characters of a failure's message kept in its reason; longer messages are cut with an ellipsis.
REASON_CHARS = 120
#: Reasons printed in the end-of-run table; the rest are counted on one line.
_REASONS_SHOWN = 20
#: Distinct reasons a summary keeps; failures with a message first seen after that are grouped
#: by stage, plugin and error type only, so memory stays flat when every message differs.
MAX_REASONS = 1_000
#: The reason of the failures grouped that way.
OTHER_MESSAGES = "(other messages)"


def failure_format(failure: Failure) -> str:
    """The format a failed document had been identified as, if it got that far."""
    for change in failure.provenance:
        if change.stage == "identify" and change.summary:
            return change.summary.split(" ", 1)[0]
    return _UNIDENTIFIED


def _reason(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= REASON_CHARS else line[: REASON_CHARS - 1] + "…"


def reason_key(failure: Failure) -> tuple[str, str, str, str]:
    """What failures are grouped by: stage, plugin (``core`` for the core), error type and reason.

    The reason is the failure's message on one line, cut to
    :data:`REASON_CHARS` characters: an empty file and a PDF rejected by the
    same step are two reasons, not one.
    """
    return (failure.stage, failure.plugin_name, failure.error_type, _reason(failure.message))


@attrs.define
class BatchSummary:
    """Counts the results of a run as they come (skipped inputs included)."""

    started: float = attrs.Factory(time.perf_counter)
    found: int = 0
    records: int = 0
    failures: int = 0
    skipped_records: int = 0
    skipped_failures: int = 0
    duplicates: int = 0
    restarts: int = 0
    timeouts: int = 0
    own_outputs: int = 0  # files the run writes (sinks, journal, quarantine) left out of its inputs
    seconds: float | None = None
    table: Counter[tuple[str, str]] = attrs.Factory(Counter)  # (format, outcome) -> count
    reasons: Counter[tuple[str, str, str, str]] = attrs.Factory(Counter)
    examples: dict[tuple[str, str, str, str], str] = attrs.Factory(dict)  # reason -> first source
    _slowest: list[tuple[float, str, str]] = attrs.Factory(list)

    def add(self, result: Result, seconds: float) -> None:
        """Count one processed input."""
        if isinstance(result, Record):
            self.records += 1
            self.table[(result.format, "record")] += 1
            label = result.format
        else:
            self.failures += 1
            self.table[(failure_format(result), "failure")] += 1
            key = reason_key(result)
            if key not in self.reasons and len(self.reasons) >= MAX_REASONS:
                key = (*key[:3], OTHER_MESSAGES)
            self.reasons[key] += 1
            self.examples.setdefault(key, result.source.uri)
            label = f"failure: {result.stage} [{result.plugin_name}] {result.error_type}"
        entry = (seconds, result.source.uri, label)
        if len(self._slowest) < _SLOWEST:
            heapq.heappush(self._slowest, entry)
        elif entry > self._slowest[0]:
            heapq.heapreplace(self._slowest, entry)

    def skip(self, outcome: str, format: str | None) -> None:
        """Count one input an earlier run already did."""
        if outcome == "record":
            self.skipped_records += 1
        else:
            self.skipped_failures += 1
        self.table[(format or _UNIDENTIFIED, f"skipped {outcome}")] += 1

    @property
    def skipped(self) -> int:
        """Inputs skipped because an earlier run did them with the same content and configuration."""
        return self.skipped_records + self.skipped_failures

    @property
    def done(self) -> int:
        """Inputs accounted for so far (processed or skipped)."""
        return self.records + self.failures + self.skipped

    @property
    def elapsed(self) -> float:
        """Seconds since the run started (or its whole duration once finished)."""
        return self.seconds if self.seconds is not None else time.perf_counter() - self.started

    def finish(self) -> None:
        """Freeze the duration."""
        self.seconds = time.perf_counter() - self.started

    @property
    def exit_status(self) -> int:
        """0 when every input of the run is a record (done now or before), else 1."""
        return 1 if self.failures or self.skipped_failures else 0

    def slowest(self) -> list[tuple[float, str, str]]:
        """The slowest documents processed, slowest first: ``(seconds, source, format or failure)``."""
        return sorted(self._slowest, reverse=True)

    def core_summary(self) -> Summary:
        """The core's :class:`~ingest.Summary` (for sinks and the run hooks)."""
        by_format: Counter[str] = Counter()
        for (format, outcome), count in self.table.items():
            if outcome == "record":
                by_format[format] += count
        return Summary(
            records=self.records,
            failures=self.failures,
            skipped=self.skipped,
            seconds=self.elapsed,
            by_format=dict(by_format.most_common()),
            failures_by_reason={
                f"{stage} [{plugin}] {error}: {reason}": n
                for (stage, plugin, error, reason), n in self.reasons.most_common()
            },
            slowest=tuple((uri, seconds) for seconds, uri, _ in self.slowest()),
        )

    @property
    def total(self) -> int:
        """Inputs accounted for (processed or skipped); the same as :attr:`done`."""
        return self.done

    @property
    def by_format(self) -> dict[str, int]:
        """Records made in this run, by format (most first)."""
        return dict(self.core_summary().by_format)

    @property
    def failures_by_reason(self) -> dict[str, int]:
        """Failures of this run by ``stage [plugin] error type`` (most first)."""
        return dict(self.core_summary().failures_by_reason)

    def __str__(self) -> str:
        """The tables ``ingest run`` prints at the end (:func:`print_batch_summary`)."""
        stream = io.StringIO()
        print_batch_summary(self, stream)
        return stream.getvalue().rstrip("\n")

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready values (``--summary-json``)."""
        formats: dict[str, dict[str, int]] = {}
        for (format, outcome), count in sorted(self.table.items()):
            formats.setdefault(format, {})[outcome] = count
        return {
            "total": self.done,
            "records": self.records,
            "failures": self.failures,
            "skipped": {"records": self.skipped_records, "failures": self.skipped_failures},
            "duplicates": self.duplicates,
            "own_outputs": self.own_outputs,
            "seconds": round(self.elapsed, 3),
            "per_second": round((self.records + self.failures) / self.elapsed, 1)
            if self.elapsed > 0
            else 0.0,
            "worker_restarts": self.restarts,
            "timeouts": self.timeouts,
            "by_format": {f: n.get("record", 0) for f, n in formats.items() if n.get("record")},
            "by_format_and_outcome": formats,
            "failures_by_reason": [
                {
                    "stage": s,
                    "plugin": p,
                    "error_type": e,
                    "reason": r,
                    "count": n,
                    "example": self.examples.get((s, p, e, r)),
                }
                for (s, p, e, r), n in self.reasons.most_common()
            ],
            "slowest": [
                {"source": uri, "seconds": round(seconds, 4), "result": label}
                for seconds, uri, label in self.slowest()
            ],
            "exit_status": self.exit_status,
        }


def _table(rows: Sequence[Sequence[str]], stream: TextIO, indent: str = "  ") -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(width) if i and cell[:1].isdigit() else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print(indent + "  ".join(cells).rstrip(), file=stream)


def print_batch_summary(summary: BatchSummary, stream: TextIO) -> None:
    """The end-of-run tables a person reads."""
    processed = summary.records + summary.failures
    rate = processed / summary.elapsed if summary.elapsed > 0 else 0.0
    line = (
        f"{summary.done:,} inputs: {summary.records:,} records, {summary.failures:,} failures"
        f" in {summary.elapsed:.2f} s ({rate:,.1f}/s)"
    )
    if summary.skipped:
        line += (
            f"; {summary.skipped:,} skipped, done before "
            f"({summary.skipped_records:,} records, {summary.skipped_failures:,} failures)"
        )
    print(line, file=stream)
    if summary.restarts or summary.duplicates:
        print(
            f"worker restarts: {summary.restarts:,} ({summary.timeouts:,} timeouts); "
            f"inputs named twice: {summary.duplicates:,}",
            file=stream,
        )
    if summary.own_outputs:
        print(f"the run's own outputs left out of its inputs: {summary.own_outputs:,}", file=stream)
    if summary.table:
        outcomes = ["record", "failure", "skipped record", "skipped failure"]
        formats = sorted({format for format, _ in summary.table}, key=lambda f: (f == _UNIDENTIFIED, f))
        rows: list[tuple[str, ...]] = [
            ("format", "records", "failures", "skipped records", "skipped failures")
        ]
        for format in formats:
            rows.append((format, *(f"{summary.table.get((format, o), 0):,}" for o in outcomes)))
        print("documents by format and outcome:", file=stream)
        _table(rows, stream)
    if summary.reasons:
        print("failures by stage and reason:", file=stream)
        reasons: list[tuple[str, ...]] = [("stage", "plugin", "error", "count", "reason")]
        ranked = summary.reasons.most_common()
        for (stage, plugin, error, reason), count in ranked[:_REASONS_SHOWN]:
            reasons.append((stage, plugin, error, f"{count:,}", reason))
        _table(reasons, stream)
        rest = ranked[_REASONS_SHOWN:]
        if rest:
            print(
                f"  … and {sum(n for _, n in rest):,} more failures for {len(rest):,} other reasons "
                "(--summary-json lists them all)",
                file=stream,
            )
    slowest = summary.slowest()
    if slowest and processed:
        print("slowest documents:", file=stream)
        _table([(f"{seconds:.3f} s", label, uri) for seconds, uri, label in slowest], stream)

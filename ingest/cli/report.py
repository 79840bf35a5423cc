"""Printing summaries and inspections for people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from ingest.model.run import Summary

__all__ = ["print_summary", "table"]


def table(rows: Sequence[Sequence[str]], stream: TextIO, indent: str = "  ") -> None:
    """Print ``rows`` as left-aligned columns."""
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        print(indent + "  ".join(cells).rstrip(), file=stream)


def print_summary(summary: Summary, stream: TextIO) -> None:
    """The end-of-run account: totals, documents by format, failures by stage and reason, slowest."""
    rate = summary.total / summary.seconds if summary.seconds > 0 else 0.0
    print(
        f"{summary.total:,} inputs: {summary.records:,} records, {summary.failures:,} failures"
        + (f", {summary.skipped:,} skipped (already done)" if summary.skipped else "")
        + f" in {summary.seconds:.2f} s ({rate:,.1f}/s)",
        file=stream,
    )
    if summary.by_format:
        print("by format:", file=stream)
        table([(name, f"{count:,}") for name, count in summary.by_format.items()], stream)
    if summary.failures_by_reason:
        print("failures by stage [plugin] and error:", file=stream)
        table([(reason, f"{count:,}") for reason, count in summary.failures_by_reason.items()], stream)

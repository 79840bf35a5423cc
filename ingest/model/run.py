"""What a run is about, and what it did."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["RunInfo", "Summary"]


@attrs.frozen
class RunInfo:
    """Handed to sinks and to the run notifications: what this run is about.

    ``fingerprint`` identifies the plugin set (names and versions) and the
    options; two runs with the same fingerprint process a document alike.
    """

    targets: tuple[str, ...]
    sinks: tuple[str, ...]
    fingerprint: str
    options: Mapping[str, Any] = attrs.field(factory=dict)
    started: float = 0.0


@attrs.frozen
class Summary:
    """The account of a run: every input is counted once, as a record or a failure."""

    records: int
    failures: int
    seconds: float
    by_format: Mapping[str, int] = attrs.field(factory=dict)
    failures_by_reason: Mapping[str, int] = attrs.field(factory=dict)
    slowest: tuple[tuple[str, float], ...] = ()
    skipped: int = 0

    @property
    def total(self) -> int:
        """Inputs accounted for in this run (records, failures and skipped)."""
        return self.records + self.failures + self.skipped

    @property
    def exit_status(self) -> int:
        """The command's exit status: 0 when every input became a record, else 1."""
        return 1 if self.failures else 0

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready values."""
        return {
            "total": self.total,
            "records": self.records,
            "failures": self.failures,
            "skipped": self.skipped,
            "seconds": round(self.seconds, 3),
            "by_format": dict(self.by_format),
            "failures_by_reason": dict(self.failures_by_reason),
            "slowest": [{"source": uri, "seconds": round(s, 4)} for uri, s in self.slowest],
        }

"""What one step of the pipeline did to a document."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["Change"]


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(slots=False)
class Change:
    """One provenance entry: which plugin ran which step, and what it changed.

    ``summary`` is one line (``"text 5,210 → 4,980 characters; 96 → 14 lines"``,
    ``"set title, date"``); ``details`` are further lines ``ingest inspect``
    shows (removed lines, the scores of every format).
    """

    stage: str
    step: str
    plugin: str | None
    summary: str
    details: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    seconds: float = 0.0

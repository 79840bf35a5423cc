"""What a dateline says: where it ends, the agency, the place, the day and the reporters it names."""

from __future__ import annotations

import attrs

__all__ = ["Dateline"]


@attrs.frozen
class Dateline:
    """A dateline read: where it ends, the agency, place, date phrase (``when``, ``year``) and reporters."""

    end: int
    agency: str | None = None
    place: str | None = None
    when: str | None = None
    year: str | None = None
    authors: tuple[str, ...] = ()

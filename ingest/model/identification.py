"""A format plugin's vote on what a document is."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Score"]


def _unit_interval(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"a format score lies between 0 and 1, got {value!r}")


@attrs.frozen(slots=False)
class Score:
    """How well a document fits ``format``, from 0 (not at all) to 1 (certainly), and why.

    ``reason`` is a short sentence a person reads in ``ingest inspect``:
    name the evidence (``"'Letter dated …' title and a UN symbol"``).
    ``plugin`` names the plugin that scored; left ``None``, the pipeline
    fills in the plugin that declared ``format``.
    """

    format: str
    score: float = attrs.field(converter=float, validator=_unit_interval)
    reason: str
    plugin: str | None = None

"""Rounding and printing the few floats every record carries, at a fraction of the usual cost.

Every record holds two confidences and a duration per provenance entry.
:func:`round` and ``format(value, ".2f")`` produce correctly rounded
decimals through the general float-to-text machinery, which shows at
millions of records; these helpers do what the records need with
arithmetic and a cache.
"""

from __future__ import annotations

import functools
import math

__all__ = ["rounded", "two_places"]


def rounded(value: float, scale: float) -> float:
    """``value`` rounded to a multiple of ``1 / scale`` (half up): ``rounded(0.123456, 1e4) == 0.1235``.

    Agrees with ``round(value, digits)`` except in the last digit of a
    value lying exactly halfway.  NaN, infinities and values too large to
    scale are returned as they are.
    """
    try:
        return math.floor(value * scale + 0.5) / scale
    except (ValueError, OverflowError):
        return value


def two_places(value: float) -> str:
    """``value`` printed with two decimals (``"0.87"``); scores and confidences repeat, so it is cached.

    Zero is printed afresh each time: ``0.0`` and ``-0.0`` are one key to a cache.
    """
    return _two_places(value) if value else f"{value:.2f}"


@functools.lru_cache(maxsize=4096)
def _two_places(value: float) -> str:
    return f"{value:.2f}"

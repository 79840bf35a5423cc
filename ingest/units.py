"""Sizes and durations given on the command line or in options, parsed in one place with clear errors."""

from __future__ import annotations

import math
import re

__all__ = ["parse_duration", "parse_size"]

#: Binary multiples: ``k`` is 1024 bytes, as ``ls -h`` and ``ulimit`` count.
_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
_SIZE = re.compile(r"(?P<number>[0-9]*\.?[0-9]+)\s*(?P<unit>[kmgt]?)(?:i?b)?")
_DURATION_UNITS = {"": 1.0, "s": 1.0, "ms": 0.001, "m": 60.0, "min": 60.0, "h": 3600.0}
_DURATION = re.compile(r"(?P<number>[0-9]*\.?[0-9]+)\s*(?P<unit>ms|s|min|m|h)?")


def parse_size(text: str, *, zero: bool = False) -> int:
    """A size in bytes from ``"512k"``, ``"64M"``, ``"2G"``, ``"1.5GiB"`` or ``"1048576"``.

    Units are binary (``k`` = 1024).  ``zero`` says that 0 (also written
    ``none`` or ``off``) is accepted and means "no limit"; otherwise 0 is an
    error.  Negative numbers, ``inf``, ``nan`` and anything else that is not
    a size raise :class:`ValueError` with a message that says what to write.
    """
    stripped = text.strip().lower()
    hint = "e.g. 512k, 64M, 2G" + (", or 0 for no limit" if zero else "")
    if zero and stripped in ("none", "off"):
        return 0
    match = _SIZE.fullmatch(stripped)
    if match is None:
        raise ValueError(f"not a size: {text!r} (use {hint})")
    value = float(match["number"]) * _SIZE_UNITS[match["unit"]]
    if value < 1 and not (zero and value == 0):
        raise ValueError(f"a size must be at least one byte: {text!r} (use {hint})")
    return int(value)


def parse_duration(text: str, *, zero: bool = True) -> float:
    """A duration in seconds from ``"30"``, ``"2.5"``, ``"500ms"``, ``"2m"``, ``"1h"``.

    With ``zero`` (the default) 0, ``none`` and ``off`` mean "no limit";
    otherwise 0 is an error.  Negative numbers, ``inf``, ``nan`` and
    garbage raise :class:`ValueError` with a message that says what to write.
    """
    stripped = text.strip().lower()
    hint = "a number of seconds such as 30, 2.5, 500ms, 2m" + (", or 0 for no limit" if zero else "")
    if zero and stripped in ("none", "off"):
        return 0.0
    match = _DURATION.fullmatch(stripped)
    if match is None:
        raise ValueError(f"not a duration: {text!r} (use {hint})")
    value = float(match["number"]) * _DURATION_UNITS[match["unit"] or ""]
    if not math.isfinite(value) or (value == 0 and not zero):
        raise ValueError(f"not a usable duration: {text!r} (use {hint})")
    return value

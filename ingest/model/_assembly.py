"""Building instances of the model's frozen classes from values that are already in shape."""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["assemble"]

T = TypeVar("T")


def assemble(cls: type[T], fields: dict[str, Any]) -> T:
    """An instance of the dict-backed attrs class ``cls`` whose attributes are ``fields``.

    ``fields`` is taken over, not copied: pass a dictionary built for the call.

    ``__init__`` is not run: ``fields`` must name every attribute, with
    values that have been converted and validated already (copied from
    another instance, or built by the core from such values).  This is what
    makes the classes built for every input cheap to build and to change;
    everything a plugin builds still goes through ``__init__`` or
    :meth:`~ingest.Document.evolve`.
    """
    instance = object.__new__(cls)
    object.__setattr__(instance, "__dict__", fields)  # ``fields`` becomes the instance's own dict
    return instance

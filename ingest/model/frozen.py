"""An immutable mapping for the free-form fields of documents and records."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

__all__ = ["FrozenDict", "freeze"]


class FrozenDict(dict[str, Any]):
    """A ``dict`` whose keys cannot be set, changed or removed once it is built.

    ``Document.metadata`` and ``Document.annotations`` are frozen dicts, so
    two versions of a document never share a mapping one step could change
    behind the pipeline's back: every change goes through
    :meth:`~ingest.Document.evolve` (or ``with_metadata``) and shows in
    provenance.  It is a ``dict`` for everything that reads it (JSON
    encoders, ``isinstance`` checks, ``==``); values themselves are not
    frozen.
    """

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError(
            "document mappings are immutable: use document.with_metadata(...), "
            "with_annotations(...) or evolve(...)"
        )

    __setitem__ = __delitem__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse
    __ior__ = _refuse

    def __reduce__(self) -> tuple[type[FrozenDict], tuple[dict[str, Any]]]:
        return (FrozenDict, (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> FrozenDict:
        import copy

        return FrozenDict(copy.deepcopy(dict(self), memo))

    def __repr__(self) -> str:
        return f"FrozenDict({dict.__repr__(self)})"


def freeze(values: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> FrozenDict:
    """``values`` as a :class:`FrozenDict` (the same object when it is one already)."""
    return values if type(values) is FrozenDict else FrozenDict(values)

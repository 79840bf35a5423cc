"""Main-content and metadata extraction for raw HTML pages (no ingest import)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._engine import Article, extract_article
    from .scoring import Params

__all__ = ["Article", "Params", "extract_article"]


# The engine (and its HTML parser) is imported when first asked for: text copied from pages is read with
# the line tests of ``meta_lines`` alone, and a run without HTML need not load the rest.
def __getattr__(name: str) -> Any:
    if name in ("Article", "extract_article"):
        from . import _engine

        return getattr(_engine, name)
    if name == "Params":
        from .scoring import Params

        return Params
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

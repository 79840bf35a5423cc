"""Main-content and metadata extraction for raw HTML pages (no ingest import)."""

from __future__ import annotations

from ._engine import Article, extract_article
from .scoring import Params

__all__ = ["Article", "Params", "extract_article"]

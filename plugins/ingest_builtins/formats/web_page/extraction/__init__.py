"""Main-content and metadata extraction for raw HTML pages (no ingest import)."""

from __future__ import annotations

from ._engine import Article, extract_article

__all__ = ["Article", "extract_article"]

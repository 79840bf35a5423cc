"""A plugin whose version differs between the parent and the worker processes (a broken installation)."""

from __future__ import annotations

import multiprocessing

from ingest import Document, Score, hookimpl

__all__ = ["ingest_identify"]

__version__ = "1.0-worker" if multiprocessing.parent_process() is not None else "1.0-parent"


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """Claims nothing."""
    return None

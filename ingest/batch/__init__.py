"""Batch runs: worker processes, a per-document journal, limits, progress, quarantine, dry run, summary."""

from __future__ import annotations

from ingest.batch.journal import Journal
from ingest.batch.limits import Limits
from ingest.batch.pool import Pool, PoolError
from ingest.batch.runner import BatchOptions, BatchRun, usable_cores
from ingest.batch.summary import BatchSummary

__all__ = [
    "BatchOptions",
    "BatchRun",
    "BatchSummary",
    "Journal",
    "Limits",
    "Pool",
    "PoolError",
    "usable_cores",
]

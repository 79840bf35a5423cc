"""Batch runs: worker processes, a per-document journal, limits, progress, quarantine, dry run, summary.

The run loop itself is :mod:`ingest.pipeline.run`, shared by the library
and ``ingest run``; this package holds the parts it is made of.
"""

from __future__ import annotations

from ingest.batch.journal import Journal
from ingest.batch.limits import Limits
from ingest.batch.summary import BatchSummary

__all__ = ["BatchSummary", "Journal", "Limits"]

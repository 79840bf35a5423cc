"""Fixtures for the plain-text tests: the same ones as the news-wire tests (one file defines them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SHARED = Path(__file__).parents[1] / "news_wire" / "conftest.py"
_spec = importlib.util.spec_from_file_location("format_test_fixtures_plain_text", _SHARED)
assert _spec is not None and _spec.loader is not None
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)

failures = _fixtures.failures
record_of = _fixtures.record_of
record_of_text = _fixtures.record_of_text
shared_pipeline = _fixtures.shared_pipeline

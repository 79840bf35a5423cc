"""Fixtures for the format tests: a pipeline per module, a file or text in, a record as JSON out, checks.

The web-page and plain-text test folders load this same file (see their conftest).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ingest import Pipeline, to_json

Record = dict[str, Any]
Checker = Callable[[Record, dict[str, Any], dict[str, Any]], list[str]]


def _fieldcheck() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fieldcheck", Path(__file__).with_name("fieldcheck.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_CHECKS = _fieldcheck()


@pytest.fixture
def failures() -> Checker:
    """``failures(record, expect, text)``: the checks a record fails, written as gold.json writes them."""
    checker: Checker = _CHECKS.failures
    return checker


@pytest.fixture(scope="module")
def shared_pipeline() -> Pipeline:
    """The built-in plugins only, nothing autoloaded."""
    return Pipeline(autoload=False)


@pytest.fixture
def record_of(shared_pipeline: Pipeline) -> Callable[[Path], Record]:
    """Process one file and return its record (or failure) as JSON."""

    def run(path: Path) -> Record:
        return to_json(shared_pipeline.process(path))

    return run


@pytest.fixture
def record_of_text(shared_pipeline: Pipeline) -> Callable[..., Record]:
    """Process a text given as a string, under a file name (the name decides the media type)."""

    def run(text: str, name: str = "document.txt") -> Record:
        return to_json(shared_pipeline.process(text.encode("utf-8"), name=name))

    return run

"""Fixtures for every format test: one pipeline for the session, a file or text in, a record as JSON out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ingest import Pipeline, Result, to_json

Record = dict[str, Any]


@pytest.fixture(scope="session")
def builtin_pipeline() -> Pipeline:
    """The built-in plugins only, nothing autoloaded; shared by the session (building one costs a little)."""
    return Pipeline(plugins=[], builtins=True, autoload=False)


def _as_record(result: Result) -> Record:
    record: Record = to_json(result)
    assert record.get("kind", "record") == "record", record
    return record


@pytest.fixture
def record_of(builtin_pipeline: Pipeline) -> Callable[[Path], Record]:
    """Process one file and return its record as JSON (a failure record fails the test)."""

    def run(path: Path) -> Record:
        return _as_record(builtin_pipeline.process(path))

    return run


@pytest.fixture
def record_of_text(builtin_pipeline: Pipeline) -> Callable[..., Record]:
    """Process a text given as a string under a file name (the name decides the media type)."""

    def run(text: str, name: str = "document.txt") -> Record:
        return _as_record(builtin_pipeline.process(text.encode("utf-8"), name=name))

    return run

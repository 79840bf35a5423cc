"""Whole documents through the pipeline, checked field by field like the corpus gold."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

_spec = importlib.util.spec_from_file_location("un_fixtures_docs", Path(__file__).with_name("conftest.py"))
assert _spec is not None and _spec.loader is not None
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)

WRITTEN = _fixtures.gold("written")
SHARED = _fixtures.gold("shared")


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_written_documents(record_of: Callable[[Path], dict[str, Any]], name: str) -> None:
    record = record_of(_fixtures.DATA / "written" / name)
    _, failed = _fixtures.check(record, WRITTEN[name])
    assert not failed, failed


@pytest.mark.parametrize("name", sorted(SHARED))
def test_shared_documents(record_of: Callable[[Path], dict[str, Any]], name: str) -> None:
    record = record_of(_fixtures.DATA / "shared" / name)
    _, failed = _fixtures.check(record, SHARED[name])
    assert not failed, failed


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
@pytest.mark.parametrize("name", ["002_ab5ee75734daa14a.txt", "003_181b10c6b3b87f13.txt"])
def test_re_encoded_seeds_give_the_same_fields(un_pipeline: Any, encoding: str, name: str) -> None:
    path = _fixtures.DATA / "shared" / name
    original = _fixtures.to_json(un_pipeline.process(path))
    text = path.read_text("utf-8")
    data = text.encode(encoding)
    again = _fixtures.to_json(un_pipeline.process(data, name=f"reencoded-{name}"))
    for key in ("format", "title", "date", "language", "languages", "text", "parts"):
        assert again.get(key) == original.get(key), key
    assert again["metadata"] == original["metadata"]

"""Whole documents through the pipeline, checked field by field like the corpus gold."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import check, load_expectations

from ingest import Pipeline, to_json

DATA = Path(__file__).parents[2] / "data" / "un"
WRITTEN = load_expectations(DATA / "written" / "expect.json")
SHARED = load_expectations(DATA / "shared" / "expect.json")


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_written_documents(record_of: Callable[[Path], dict[str, Any]], name: str) -> None:
    record = record_of(DATA / "written" / name)
    _, failed = check(record, WRITTEN[name])
    assert not failed, failed


@pytest.mark.parametrize("name", sorted(SHARED))
def test_shared_documents(record_of: Callable[[Path], dict[str, Any]], name: str) -> None:
    record = record_of(DATA / "shared" / name)
    _, failed = check(record, SHARED[name])
    assert not failed, failed


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
@pytest.mark.parametrize("name", ["002_ab5ee75734daa14a.txt", "003_181b10c6b3b87f13.txt"])
def test_re_encoded_seeds_give_the_same_fields(builtin_pipeline: Pipeline, encoding: str, name: str) -> None:
    path = DATA / "shared" / name
    original = to_json(builtin_pipeline.process(path))
    text = path.read_text("utf-8")
    data = text.encode(encoding)
    again = to_json(builtin_pipeline.process(data, name=f"reencoded-{name}"))
    for key in ("format", "title", "date", "language", "languages", "text", "parts"):
        assert again.get(key) == original.get(key), key
    assert again["metadata"] == original["metadata"]

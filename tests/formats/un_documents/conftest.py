"""Fixtures for the UN-format tests: one pipeline per session, records as JSON, gold-style field checks.

The letter and note tests load this file too (their conftest files import it by path).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import Pipeline
from ingest.schema import to_json

DATA = Path(__file__).parents[2] / "data" / "un"
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_ABSENT = object()

Record = dict[str, Any]


def gold(folder: str) -> dict[str, Any]:
    """The expected fields of the documents in ``tests/data/un/<folder>``."""
    documents: dict[str, Any] = json.loads((DATA / folder / "expect.json").read_text("utf-8"))["documents"]
    return documents


def _norm(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value)).translate(_FOLD)
    return " ".join(text.split()).casefold()


def _lookup(record: Record, path: str) -> object:
    node: object = record
    for step in path.split("."):
        picked = re.fullmatch(r"(\w+)\[(\w+)=([^\]]+)\]", step)
        if picked is not None and isinstance(node, dict):
            name, key, wanted = picked.groups()
            node = next(
                (item for item in node.get(name) or [] if _norm(item.get(key, "")) == _norm(wanted)), _ABSENT
            )
        elif isinstance(node, dict) and step in node:
            node = node[step]
        else:
            return _ABSENT
        if node is _ABSENT:
            return _ABSENT
    return node


def _field_ok(key: str, wanted: object, record: Record) -> bool:
    contains = key.endswith("~")
    got = _lookup(record, key.rstrip("~"))
    if wanted is None:
        return got is _ABSENT or got in (None, "", [])
    if got is _ABSENT or got is None:
        return False
    if isinstance(wanted, list):
        have = {_norm(item) for item in (got if isinstance(got, list) else [got])}
        return all(_norm(item) in have for item in wanted)
    if isinstance(got, list):
        got = next((item for item in got if _norm(wanted) in _norm(item)), got[0] if got else "")
    if contains:
        return _norm(wanted) in _norm(got)
    if key.endswith("date") and re.match(r"\d{4}-\d\d", str(wanted)):
        return str(got).startswith(str(wanted))
    return _norm(got) == _norm(wanted)


def _text_failures(spec: dict[str, Any], text: str) -> Iterator[str]:
    flat = _norm(text)
    if "starts_with" in spec and not flat.startswith(_norm(spec["starts_with"])):
        yield f"text starts {text[:80]!r}"
    if "ends_with" in spec and not flat.endswith(_norm(spec["ends_with"])):
        yield f"text ends {text[-80:]!r}"
    for wanted in spec.get("contains", []):
        if _norm(wanted) not in flat:
            yield f"text lacks {wanted!r}"
    for unwanted in spec.get("not_contains", []):
        if (unwanted in text) if "\n" in unwanted else (_norm(unwanted) in flat):
            yield f"text still has {unwanted!r}"
    if "max_line_breaks_inside_sentences" in spec:
        wraps = [
            i
            for i in range(1, len(text) - 1)
            if text[i] == "\n"
            and (text[i - 1].islower() or text[i - 1] in ",;")
            and (text[i + 1].islower() or text[i + 1] == "(")
        ]
        if len(wraps) > spec["max_line_breaks_inside_sentences"]:
            yield f"{len(wraps)} line breaks inside sentences"


def check(record: Record, spec: dict[str, Any]) -> tuple[int, list[str]]:
    """Count the checks of ``spec`` and list the failed ones for ``record``."""
    failed: list[str] = []
    total = 0
    for key, wanted in spec.get("expect", {}).items():
        total += 1
        if not _field_ok(key, wanted, record):
            failed.append(f"{key} = {_lookup(record, key.rstrip('~'))!r}, want {wanted!r}")
    text_spec = spec.get("text", {})
    total += len(text_spec.get("contains", [])) + len(text_spec.get("not_contains", []))
    total += sum(key in text_spec for key in ("starts_with", "ends_with", "max_line_breaks_inside_sentences"))
    failed.extend(_text_failures(text_spec, record.get("text") or ""))
    for name in spec.get("not_formats", []):
        total += 1
        if record.get("format") == name:
            failed.append(f"format is {name}")
    return total, failed


@pytest.fixture(scope="session")
def un_pipeline() -> Pipeline:
    """The built-in plugins only, shared by every test of the session (building one costs a little)."""
    return Pipeline(plugins=[], builtins=True, autoload=False)


@pytest.fixture
def record_of(un_pipeline: Pipeline) -> Callable[[Path], Record]:
    """Process one file and return its record as JSON (failing the test on a failure record)."""

    def process(path: Path) -> Record:
        result = to_json(un_pipeline.process(path))
        assert result.get("kind", "record") == "record", result
        return result

    return process


@pytest.fixture
def record_of_text(un_pipeline: Pipeline) -> Callable[[str], Record]:
    """Process a text given inline and return its record as JSON."""

    def process(text: str, name: str = "document.txt") -> Record:
        result = to_json(un_pipeline.process(text.encode("utf-8"), name=name))
        assert result.get("kind", "record") == "record", result
        return result

    return process

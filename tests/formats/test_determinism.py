"""The same inputs give the same records whatever the hash seed (no set or dict order leaks into output)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def _records(seed: str, out: Path) -> dict[str, dict[str, object]]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "INGEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    command = [sys.executable, "-m", "ingest", "run", str(DATA), "--jobs", "0", "--no-journal", "--quiet"]
    subprocess.run([*command, "--sink", f"jsonl:{out}"], env=env, check=False, timeout=600)
    records = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for change in record.get("provenance", []):
            change.pop("seconds", None)
        records[record["source"]["uri"]] = record
    return records


def test_two_hash_seeds_give_the_same_records(tmp_path: Path) -> None:
    first = _records("1", tmp_path / "one.jsonl")
    second = _records("2", tmp_path / "two.jsonl")
    assert len(first) > 100
    assert [uri for uri in first if first[uri] != second.get(uri)] == []

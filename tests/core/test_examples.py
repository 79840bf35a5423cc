"""The examples in the documentation run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_embedding_example_runs_over_the_example_corpus():
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "embed.py"), str(ROOT / "examples" / "corpus")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "bytes -> record: format plain-text" in result.stdout
    assert "5 records, 0 failures" in result.stdout

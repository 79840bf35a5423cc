"""The batch tests run ``ingest run`` as real processes; their helpers live in ``support/``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SUPPORT = Path(__file__).resolve().parent / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """An empty folder for a test's inputs."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    return folder

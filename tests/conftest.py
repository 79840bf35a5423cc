"""Shared fixtures: the plugin authors' test kit, and the path to the test data."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["ingest.testing"]

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """The folder of test documents copied into the repository."""
    return DATA

"""Fixtures for the note-verbale tests: the UN-format fixtures (tests/formats/un_documents/conftest.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SHARED = Path(__file__).parents[1] / "un_documents" / "conftest.py"
_spec = importlib.util.spec_from_file_location("un_fixtures_note_verbale", _SHARED)
assert _spec is not None and _spec.loader is not None
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)

un_pipeline = _fixtures.un_pipeline
record_of = _fixtures.record_of
record_of_text = _fixtures.record_of_text

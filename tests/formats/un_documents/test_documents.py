"""Whole documents through the pipeline, checked field by field like the corpus gold."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import check, load_expectations
from ingest_builtins.formats.un_documents.layout import read_layout
from ingest_builtins.formats.un_documents.trailer import find_trailer

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


def test_a_document_sites_fields_links_and_related_list_are_set_aside() -> None:
    text = (
        "A/70/100\n"
        "Letter dated 1 June 2016 from the Permanent Representative of Ruritania to the United Nations "
        "addressed to the Secretary-General\n"
        "Document symbol: A/70/100\nOriginal: Spanish\nDownload: English | Español (PDF)\n\n"
        "I have the honour to transmit the statement of my Government.\n\n"
        "(Signed) Ana Pérez\nPermanent Representative\n\n"
        "See also\nLetter dated 2 May 2016 from the Permanent Representative of Ruritania\n"
        "RSS feed | Print | Share\n"
    )
    layout = read_layout(text)
    assert layout.text == "I have the honour to transmit the statement of my Government."
    assert "Original: Spanish" in layout.masthead
    assert layout.trailer[0] == "See also"


def test_a_body_line_ending_a_sentence_stops_the_related_list() -> None:
    lines = ["See also the report.", "The Council met.", "RSS | Print"]
    assert find_trailer(lines) == 2


def test_an_original_language_note_under_a_copied_title_is_read_as_the_masthead() -> None:
    text = (
        "Letter dated 1 June 2016 from the Permanent Representative of Ruritania to the United Nations "
        "addressed to the Secretary-General\n[Original: Arabic]\n\n"
        "I have the honour to transmit the statement.\n"
    )
    layout = read_layout(text)
    assert layout.text == "I have the honour to transmit the statement."
    assert layout.masthead == ("[Original: Arabic]",)

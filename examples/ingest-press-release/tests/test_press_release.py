"""The press-release plugin, tested through a real pipeline."""

from __future__ import annotations

from ingest_press_release import plugin

from ingest import Record

RELEASE = """FOR IMMEDIATE RELEASE

Ministry announces new water standards

OTTAWA, March 3, 2024 — The Ministry of Environment today announced new standards.

The standards take effect next year.

###

Media contact: Jane Roe, 555-0100
"""


def test_a_release_is_identified_cleaned_and_described(run_texts):
    results = run_texts({"release.txt": RELEASE}, plugins=[plugin])
    record = results["release.txt"]
    assert isinstance(record, Record)
    assert record.format == "press-release"
    assert record.title == "Ministry announces new water standards"
    assert record.date == "2024-03-03"
    assert record.metadata["dateline"] == "OTTAWA"
    assert record.text.endswith("The standards take effect next year.")
    assert "Media contact" not in record.text
    steps = [change.step for change in record.provenance]
    assert "press-release.keep-body" in steps and "press-release.describe" in steps


def test_other_documents_are_left_to_other_formats(run_texts):
    results = run_texts({"note.txt": "Shopping list\n\nmilk, bread"}, plugins=[plugin])
    assert results["note.txt"].format != "press-release"

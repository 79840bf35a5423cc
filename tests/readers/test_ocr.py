"""OCR of scanned pages: Tesseract reads pages without a text layer; provenance says which, how well."""

from __future__ import annotations

import shutil

import pytest
from handmade import blank_pdf, scanned_pdf

from ingest import Failure, Pipeline, Record

pytest.importorskip("pypdfium2", reason="the pdf extra is not installed (pip install 'ingest[pdf]')")
pytest.importorskip("pytesseract", reason="the ocr extra is not installed (pip install 'ingest[ocr]')")
pytest.importorskip("PIL", reason="the ocr extra is not installed (pip install 'ingest[ocr]')")
if shutil.which("tesseract") is None:
    pytest.skip("Tesseract is not installed (apt-get install tesseract-ocr)", allow_module_level=True)

_PAGES = [
    ["Letter dated 1 May 2020", "", "I have the honour to inform you that the committee",
     "met on 30 April and decided to adopt its report."],
    ["A second page of scanned text, with words of its own."],
]  # fmt: skip


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[], builtins=True, autoload=False)


def test_scanned_pages_are_recognised_and_provenance_says_which_and_how_well(pipeline: Pipeline) -> None:
    result = pipeline.inspect(scanned_pdf(_PAGES))
    assert isinstance(result, Record), result
    text = " ".join(result.text.split())
    assert "honour to inform you that the committee met on 30 April" in text
    assert "second page of scanned text" in text
    decode = next(change for change in result.provenance if change.stage == "decode")
    assert "tesseract OCR of pages 1-2" in decode.summary
    confidences = result.metadata["pdf"]["ocr_pages"]
    assert set(confidences) == {"1", "2"}
    assert all(0.5 < value <= 1 for value in confidences.values())
    pages = next(change for change in result.provenance if change.step == "reader.metadata")
    assert any(line.startswith("page 2: recognised by OCR, confidence") for line in pages.details)


def test_a_blank_page_recognised_as_nothing_is_a_failure_with_its_reason(pipeline: Pipeline) -> None:
    result = pipeline.process(blank_pdf())
    assert isinstance(result, Failure)
    assert result.message == "no text layer, and OCR recognised no text"

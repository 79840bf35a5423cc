"""The PDF reader: real scanned letters against their pdftotext text, page furniture, and hostile PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_checks import check, load_expectations
from handmade import blank_pdf, encrypted_pdf, looping_pdf, text_pdf

from ingest import Failure, Pipeline, Record, to_json

pytest.importorskip("pypdfium2", reason="the pdf extra is not installed (pip install 'ingest[pdf]')")

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"
GOLD = load_expectations(DATA / "expect.json")
PDFS = sorted(name for name in GOLD if name.endswith(".pdf"))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[], builtins=True, autoload=False)


@pytest.mark.parametrize("name", PDFS)
def test_a_scanned_letter_scores_at_least_as_well_as_its_pdftotext_text(
    pipeline: Pipeline, name: str
) -> None:
    record = to_json(pipeline.process(DATA / name))
    total, failed = check(record, GOLD[name])
    sibling = name.removesuffix(".pdf") + ".txt"
    sibling_total, sibling_failed = check(to_json(pipeline.process(DATA / sibling)), GOLD[sibling])
    assert total - len(failed) >= sibling_total - len(sibling_failed), failed
    assert failed == []


def test_the_record_says_the_reader_and_keeps_the_pdf_metadata_apart(pipeline: Pipeline) -> None:
    result = pipeline.inspect(DATA / PDFS[0])
    assert isinstance(result, Record)
    decode = next(change for change in result.provenance if change.stage == "decode")
    assert "pdfium" in decode.summary
    assert result.metadata["pdf"]["pages"] == 2
    assert result.metadata["pdf"]["producer"].startswith("Acrobat")
    pages = next(change for change in result.provenance if change.step == "reader.metadata")
    assert any("go-11348" in line for line in pages.details)  # the job number at the foot of page 1


_PAGES = [
    ["A/75/100", "Letter dated 1 May 2020 from the Representative", "",
     "I have the honour to inform you that", "the committee met on 30 April and decided that"],
    ["A/75/100", "the report should be circulated as a document.", "", "20-12345 (E)    010520", "*2012345*"],
    ["A/75/100", "A second paragraph on the last page.", "3/3"],
]  # fmt: skip


def test_furniture_repeated_across_pages_or_patterned_goes_and_a_broken_paragraph_is_joined(
    pipeline: Pipeline,
) -> None:
    result = pipeline.process(
        text_pdf(_PAGES, {"Title": "A title the page does not give", "Producer": "hand"})
    )
    assert isinstance(result, Record), result
    for furniture in ("A/75/100", "20-12345", "2012345", "3/3"):
        assert furniture not in result.text
    assert result.metadata["symbol"] == ["A/75/100"]  # read from the first page's heading
    assert "decided that the report should be circulated" in " ".join(result.text.split())
    assert "\f" not in result.text  # page breaks the format kept became paragraph breaks
    assert result.metadata["pdf"]["title"] == "A title the page does not give"
    assert result.title != "A title the page does not give"  # the file's metadata never wins over the page


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (blank_pdf(), "no text layer"),
        (encrypted_pdf(), "encrypted PDF"),
        (looping_pdf(), "PDF"),
        (text_pdf(_PAGES)[:400], "malformed PDF"),
        (b"%PDF-1.7\n" + b"\x00" * 100, "malformed PDF"),
    ],
    ids=["no-text-layer", "encrypted", "looping-page-tree", "truncated", "garbage"],
)
def test_a_pdf_that_cannot_be_read_is_a_failure_with_its_reason(
    pipeline: Pipeline, data: bytes, reason: str
) -> None:
    result = pipeline.process(data)
    assert isinstance(result, Failure)
    assert result.stage == "decode"
    assert reason in result.message


def test_each_page_keeps_its_number_and_where_it_starts() -> None:
    from ingest_builtins.reading.pdf import page_of
    from ingest_builtins.reading.pdfdecode import decode_pdf

    from ingest import Document, Options, RawInput, Source

    raw = RawInput.from_bytes(Source.from_name("pages.pdf"), text_pdf(_PAGES))
    decoded = decode_pdf(raw, Options({}))
    assert [page.number for page in decoded.pages] == [1, 2, 3]
    assert decoded.pages[1].furniture == ("A/75/100", "20-12345 (E) 010520", "*2012345*")
    # the first page's heading is the document's own, though later pages repeat it as a running head
    assert "A/75/100" not in decoded.pages[0].furniture
    document = Document.from_decoded(raw, decoded)
    assert page_of(document, decoded.text.index("the committee met")) == 1
    assert page_of(document, decoded.text.index("the report should")) == 2
    assert page_of(document, decoded.text.index("A second paragraph")) == 3
    assert "\f" in decoded.text  # the page break before a new paragraph stays a page break


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("D:20010105113722-05'00'", "2001-01-05T11:37:22-05:00"),
        ("D:20200102030405Z", "2020-01-02T03:04:05Z"),
        ("D:202001", "2020-01"),
        ("Wednesday, 30 September, 1998 12:01", "Wednesday, 30 September, 1998 12:01"),
    ],
)
def test_pdf_dates_are_written_in_iso_8601(given: str, iso: str) -> None:
    from ingest_builtins.reading.pdftext import pdf_date

    assert pdf_date(given) == iso

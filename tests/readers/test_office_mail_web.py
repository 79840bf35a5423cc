"""Word documents, e-mail with attachments and web archives, written by the tests and read back."""

from __future__ import annotations

import io
import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest import Failure, Pipeline, Record, RunOptions, Source

DATA = Path(__file__).resolve().parents[1] / "data"
PDF = DATA / "pdf" / "ul-ods-a45-260-s21280-ussr-1990.pdf"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(plugins=[], builtins=True, autoload=False)


def _results(pipeline: Pipeline, target: Path) -> dict[str, Record | Failure]:
    return {result.source.uri: result for result in pipeline.run([str(target)])}


# -- Word -------------------------------------------------------------------------------


def _docx() -> bytes:
    docx = pytest.importorskip("docx", reason="the docx extra is not installed (pip install 'ingest[docx]')")
    document = docx.Document()
    document.core_properties.title = "Report of the committee"
    document.core_properties.author = "The Secretariat"
    document.add_heading("Report of the committee", 1)
    document.add_paragraph("The committee met three times during the period under review.")
    table = document.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "Meeting", (0, 1): "Date", (1, 0): "First", (1, 1): "3 May"}.items():
        table.cell(row, column).text = text
    document.add_paragraph("It adopted its report by consensus.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_document_reads_in_order_with_its_table_and_properties(pipeline: Pipeline) -> None:
    result = pipeline.process(_docx())
    assert isinstance(result, Record), result
    text = result.text
    assert text.index("met three times") < text.index("Meeting | Date") < text.index("First | 3 May")
    assert text.index("First | 3 May") < text.index("by consensus")
    assert result.metadata["docx"]["title"] == "Report of the committee"
    assert result.metadata["docx"]["author"] == "The Secretariat"
    assert result.metadata["docx"]["headings"] == ["Report of the committee"]
    decode = next(change for change in result.provenance if change.stage == "decode")
    assert "python-docx" in decode.summary


def test_a_damaged_word_document_is_a_failure_with_its_reason(pipeline: Pipeline) -> None:
    data = _docx()
    result = pipeline.process(data[: len(data) // 2] + b"\x00" * 64)
    assert isinstance(result, Failure)


# -- e-mail -----------------------------------------------------------------------------


def _message() -> bytes:
    message = EmailMessage()
    message["From"] = "Permanent Mission of Ruritania <mission@ruritania.example>"
    message["To"] = "Secretariat <registry@un.example>, Protocol <protocol@un.example>"
    message["Subject"] = "Letter for circulation"
    message["Date"] = "Tue, 01 Dec 2026 10:00:00 +0000"
    message.set_content(
        "Dear colleagues,\n\nPlease find the letter attached, for circulation.\n\nThe Mission\n"
    )
    message.add_attachment(PDF.read_bytes(), maintype="application", subtype="pdf", filename=PDF.name)
    message.add_attachment(
        b"A short note in plain text.\n", maintype="text", subtype="plain", filename="note.txt"
    )
    return bytes(message)


def test_an_email_is_its_body_with_headers_and_each_attachment_a_document(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    pytest.importorskip("pypdfium2", reason="the pdf extra is not installed")
    path = tmp_path / "mail" / "letter.eml"
    path.parent.mkdir()
    path.write_bytes(_message())
    results = _results(pipeline, path.parent)
    uri = Source.from_path(path).uri
    assert set(results) == {uri, f"{uri}#/{PDF.name}", f"{uri}#/note.txt"}
    body = results[uri]
    assert isinstance(body, Record)
    assert "letter attached" in body.text
    headers = body.metadata["email"]
    assert headers["sender"].startswith("Permanent Mission of Ruritania")
    assert headers["recipients"] == ["Secretariat <registry@un.example>", "Protocol <protocol@un.example>"]
    assert headers["subject"] == "Letter for circulation"
    assert headers["date"] == "2026-12-01T10:00:00+00:00"
    letter = results[f"{uri}#/{PDF.name}"]
    assert isinstance(letter, Record)
    assert letter.format == "un-letter"
    assert letter.text.startswith("I have the honour to transmit")


# -- web archives -----------------------------------------------------------------------

_PAGE = (
    b"<!doctype html><html><head><title>Talks resume in Geneva</title></head><body><article>"
    b"<h1>Talks resume in Geneva</h1><p>Delegations met on Monday to resume the talks that were suspended "
    b"last month, and agreed on a timetable for the next three rounds.</p><p>The mediator said the parties "
    b"had shown a new readiness to compromise on the questions still open.</p></article></body></html>"
)


def _warc(path: Path) -> None:
    pytest.importorskip("warcio", reason="the warc extra is not installed (pip install 'ingest[warc]')")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def http(media_type: str) -> StatusAndHeaders:
        return StatusAndHeaders("200 OK", [("Content-Type", media_type)], protocol="HTTP/1.1")

    with path.open("wb") as file:
        writer = WARCWriter(file, gzip=True)
        record = writer.create_warc_record
        writer.write_record(
            record(
                "https://news.example/geneva",
                "response",
                payload=io.BytesIO(_PAGE),
                http_headers=http("text/html"),
            )
        )
        writer.write_record(
            record("https://news.example/geneva", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n"))
        )
        writer.write_record(
            record(
                "https://news.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=http("image/png"),
            )
        )
        writer.write_record(
            record(
                "https://news.example/",
                "metadata",
                payload=io.BytesIO(b"via: test\n"),
                warc_content_type="application/warc-fields",
            )
        )


def test_a_warc_file_gives_its_html_responses_as_web_pages(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    results = _results(pipeline, path)
    assert set(results) == {"https://news.example/geneva"}
    page = results["https://news.example/geneva"]
    assert isinstance(page, Record), page
    assert page.format == "web-page"
    assert "readiness to compromise" in page.text
    archived = page.metadata["warc"]
    assert archived["fetched"].startswith("20")
    assert archived["skipped"] == {"metadata": 1, "request": 1, "response (other media)": 1}


def test_a_rerun_skips_the_pages_of_an_unchanged_warc_file_and_redoes_a_changed_one(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    options = RunOptions(use_journal=True, journal=str(tmp_path / "journal.db"))
    sink = [f"jsonl:{tmp_path / 'out.jsonl'}"]
    first = pipeline.run([str(path)], sink, options).consume()
    assert first.records == 1
    second = pipeline.run([str(path)], sink, options).consume()
    assert (second.records, second.skipped) == (0, 1)
    later = path.stat().st_mtime + 60  # the crawl was written again since: its pages are done again
    os.utime(path, (later, later))
    third = pipeline.run([str(path)], sink, options).consume()
    assert third.records == 1

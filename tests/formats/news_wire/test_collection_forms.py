"""Forms that recur across a wire collection: record kinds of Reuters-21578, copy filed from two places."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.articles.pointers import strip_pointers
from ingest_builtins.formats.articles.tail import parse_tail
from ingest_builtins.formats.news_wire.head import parse_head

TextRunner = Callable[..., dict[str, Any]]

_RECORD = (
    '<REUTERS TOPICS="YES" NEWID="7">\n<DATE> 9-MAR-1987 16:40:00.00</DATE>\n'
    "<UNKNOWN> \n&#5;&#5;&#5;F\n&#22;&#22;&#1;f0500&#31;reute\nr f BC-WIDGET   03-09 0050</UNKNOWN>\n"
    "{text}</REUTERS>\n"
)


@pytest.mark.parametrize("sign_off", ["Reuter", "REUTER"])
def test_the_sign_off_leaves_the_body_in_either_case(record_of_text: TextRunner, sign_off: str) -> None:
    text = (
        "<TEXT>&#2;\n<TITLE>WIDGET INDUSTRIES INC &lt;WDG> 4TH QTR NET</TITLE>\n"
        "<DATELINE>    CHICAGO, March 9 - </DATELINE><BODY>Shr 45 cts vs 38 cts\n"
        f"    Net 4,500,000 vs 3,800,000\n {sign_off}\n&#3;</BODY></TEXT>\n"
    )
    record = record_of_text(_RECORD.format(text=text), name="widget.sgm")
    assert record["format"] == "news-wire"
    assert record["title"] == "WIDGET INDUSTRIES INC <WDG> 4TH QTR NET"
    assert record["text"] == "Shr 45 cts vs 38 cts\n\nNet 4,500,000 vs 3,800,000"


def test_a_brief_record_is_its_title_without_the_asterisks(record_of_text: TextRunner) -> None:
    text = (
        '<TEXT TYPE="BRIEF">&#2;\n******<TITLE>ACME TOOL CO &lt;ACM> SETS QUARTERLY DIVIDEND\n'
        "</TITLE>&#3;\n</TEXT>\n"
    )
    record = record_of_text(_RECORD.format(text=text), name="brief.sgm")
    assert record["title"] == "ACME TOOL CO <ACM> SETS QUARTERLY DIVIDEND"
    assert record["text"] == "ACME TOOL CO <ACM> SETS QUARTERLY DIVIDEND"


def test_an_unprocessed_record_keeps_its_text_and_drops_the_sign_off(record_of_text: TextRunner) -> None:
    text = (
        '<TEXT TYPE="UNPROC">&#2;\nPORT OF SANTOS SHIPPING LIST - March 3\n'
        "    Vessels waiting to load coffee numbered\n12, against 9 a week earlier.\n Reuter\n&#3;</TEXT>\n"
    )
    record = record_of_text(_RECORD.format(text=text), name="unproc.sgm")
    assert record["text"] == (
        "PORT OF SANTOS SHIPPING LIST - March 3\n\n"
        "Vessels waiting to load coffee numbered 12, against 9 a week earlier."
    )


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("BRUSSELS/LONDON (Reuters) - ", "Brussels/London"),
        ("WASHINGTON/NEW YORK (Reuters) - ", "Washington/New York"),
    ],
)
def test_copy_filed_from_two_places_has_its_dateline_read(dateline: str, place: str) -> None:
    body = "European Union negotiators said on Friday that talks had made progress."
    head = parse_head(dateline + body)
    assert (head.agency, head.place) == ("Reuters", place)
    assert (dateline + body)[head.body_start :] == body


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The leader expected a vote this week.\n\n"
            "For a graphic on the tax plan, click tmsnrt.rs/2zMk8Nm\n\n"
            "“We will have the votes,” he told reporters.",
            "The leader expected a vote this week.\n\n“We will have the votes,” he told reporters.",
        ),
        (
            "Talks went on. For a FACTBOX on the talks, see: reut.rs/2xYzAb The next round is on Monday.",
            "Talks went on. The next round is on Monday.",
        ),
        (
            "Click here for the full report http://example.com/report\n\nThe report says more.",
            "The report says more.",
        ),
        # (the address in capitals, and each link shortener's domain)
        ("Talks went on.\n\nTO SEE THE VIDEO, GO TO WWW.EXAMPLE.COM/V", "Talks went on."),
        *(
            (f"Talks went on.\n\nFor more, see tmsnrt{domain}/x1", "Talks went on.")
            for domain in (".RS", ".ly", ".gl", ".to", ".co", ".me")
        ),
    ],
)
def test_pointers_to_other_material_go(text: str, kept: str) -> None:
    assert strip_pointers(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "For more than a decade, the site www.example.com has run the registry.",
        "The plan is published at www.example.org/plan, officials said.",
        "For a graphic artist, the fair is the year's high point.",
    ],
)
def test_sentences_that_mention_an_address_stay(text: str) -> None:
    assert strip_pointers(text) == text


def test_statements_an_agency_publishes_unedited_are_its_copy(record_of_text: TextRunner) -> None:
    text = (
        "The following statements were posted to the verified social media account of the mayor.  "
        "The opinions expressed are her own. "
        "Reuters has not edited the statements or confirmed their accuracy.  "
        "- The new bridge opens on Monday. We kept our promise! [0702 EST] "
        "- Thank you to all the workers. [1810 EST]"
    )
    record = record_of_text(text, name="statements.txt")
    assert (record["format"], record["publisher"]) == ("news-wire", "Reuters")


def test_a_story_saying_an_agency_could_not_verify_is_not_its_copy(record_of_text: TextRunner) -> None:
    text = (
        "Residents posted videos of the flood on social media on Sunday. "
        "Reuters could not verify the footage.\n\n"
        "The city council met in the evening and promised help to the families who lost their homes."
    )
    record = record_of_text(text, name="flood.txt")
    assert record["publisher"] is None


def test_a_national_agency_dates_its_copy_and_signs_it_off(record_of_text: TextRunner) -> None:
    text = (
        "Câmara aprova novo plano de mobilidade\n\n"
        "Porto, 3 mar 2025 (Lusa) - A Câmara Municipal aprovou hoje o novo plano de mobilidade urbana, "
        "que prevê mais corredores de autocarros e ciclovias.\n\n"
        "O plano entra em vigor em setembro, disse a vereadora.\n\n"
        "XYZ // ABC\n\n"
        "Lusa/Fim"
    )
    record = record_of_text(text, name="lusa.txt")
    assert (record["format"], record["publisher"], record["date"]) == ("news-wire", "Lusa", "2025-03-03")
    assert record["metadata"]["dateline"] == "Porto"
    assert record["text"].startswith("A Câmara Municipal aprovou hoje")
    assert record["text"].endswith("disse a vereadora.")


def test_a_correction_note_naming_the_story_s_date_is_a_note() -> None:
    text = (
        "(This March 3 story corrects the minister's title in paragraph 2)\n\n"
        "Minister opens the new port\n\n"
        "By Jane Roe\n\n"
        "MOMBASA, March 3 (Reuters) - The transport minister opened the new container port on Monday."
    )
    head = parse_head(text)
    assert head.notes == ["(This March 3 story corrects the minister's title in paragraph 2)"]
    assert (head.title, head.authors, head.place) == ("Minister opens the new port", ["Jane Roe"], "Mombasa")


def test_a_headline_above_the_copys_date_line_and_byline_is_the_title(record_of_text: TextRunner) -> None:
    text = (
        "Hafen: Streik legt Terminals lahm\n14.03.2024, 11:52 Uhr\n\nVon Anna Schmidt, dpa\n\n"
        "Hamburg (dpa) - Ein Streik hat am Donnerstag den Betrieb an den Containerterminals weitgehend "
        "zum Erliegen gebracht.\n\nDie Verhandlungen sollen am 21. März fortgesetzt werden."
    )
    record = record_of_text(text, name="dpa.txt")
    assert (record["format"], record["title"], record["date"]) == (
        "news-wire",
        "Hafen: Streik legt Terminals lahm",
        "2024-03-14T11:52",
    )
    assert (record["publisher"], record["authors"]) == ("dpa", ["Anna Schmidt"])
    assert record["text"].startswith("Ein Streik hat am Donnerstag")


def test_ap_copy_with_slug_editors_note_and_caption_is_read(record_of_text: TextRunner) -> None:
    text = (
        "BC-EU--Harbour-Strike, 2nd Ld-Writethru\n"
        "Dock workers strike at three ports\n"
        "Eds: UPDATES with union statement. With AP Photos.\n"
        "By JANE ROE and JOHN DOE\n"
        "Associated Press\n"
        "GDANSK, Poland (AP) — Dock workers walked off the job at three Baltic ports on Friday, halting "
        "container traffic.\n"
        "The union said the strike would last until Monday.\n"
        "PHOTO CAPTION: Dock workers gather at the port gate, Friday. (AP Photo/Anna Nowak)\n"
    )
    record = record_of_text(text, name="ap.txt")
    assert (record["format"], record["title"], record["publisher"], record["authors"]) == (
        "news-wire",
        "Dock workers strike at three ports",
        "Associated Press",
        ["Jane Roe", "John Doe"],
    )
    assert record["text"].startswith("Dock workers walked off the job")
    assert record["text"].endswith("The union said the strike would last until Monday.")


@pytest.mark.parametrize(
    ("end", "kept"),
    [
        ("\n\n___\n\nWilson reported from Barcelona.", True),
        ("\n\n___\n\nRoe and Doe reported from Kyiv and Wilson from Warsaw.", True),
        ("\n\nSmith reported from the capital that the bridge had been closed for repairs.", False),
    ],
)
def test_where_the_reporters_filed_from_closes_ap_copy(end: str, kept: bool) -> None:
    body = "The storm flooded the coastal towns.\n\nThe government said it would declare them disaster areas."
    text = body + end
    assert (text[: parse_tail(text).body_end] == body) is kept

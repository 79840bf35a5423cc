"""A list of UN documents is no letter; a letter on a library catalogue's record page is read without it.

The texts are written here from the shapes of reading lists and catalogue records; they copy no page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Record = dict[str, Any]

LETTER = (
    "Letter dated 3 May 2021 from the Permanent Representative of Norway to the United Nations "
    "addressed to the Secretary-General"
)
BODY = (
    "I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of Norway on "
    "the situation in the region.\n"
    "I should be grateful if you would have the present letter and its annex circulated as a document of "
    "the General Assembly.\n"
    "(Signed) Ola Nordmann\nAmbassador\nPermanent Representative"
)


def test_a_list_of_document_titles_is_plain_text(record_of_text: Callable[..., Record]) -> None:
    text = (
        "Documents for the seminar\n\nA/75/901\n" + LETTER + "\n\nS/2020/77\n"
        "Identical letters dated 2 February 2020 addressed to the Secretary-General\n\n"
        "A/HRC/45/G/3\nNote verbale dated 1 July 2020 from the Permanent Mission of Peru addressed to the "
        "Office of the High Commissioner\n\nQuestions: who signs each of them?\n"
    )
    record = record_of_text(text)
    assert record["format"] == "plain-text"
    assert record["date"] is None and record["title"] is None


def test_a_letter_on_a_catalogue_record_page_leaves_the_page_out(
    record_of_text: Callable[..., Record],
) -> None:
    text = (
        "Skip to main content\nRiverside University Library\nHome › Documents › General Assembly\n"
        f"{LETTER}\nSymbol: A/75/902\nDate of issue: 5 May 2021\nOrgan: General Assembly\n"
        "Language of this version: English\nDownload: PDF (80 KB)\nCite this record   Add to list   Share\n"
        f"Full text\n{BODY}\nRelated records\nA/75/900 Report of the Secretary-General\n"
        "Was this record useful?  Yes  No\n© 2024 Riverside University Library\n"
    )
    record = record_of_text(text)
    assert record["format"] == "un-letter"
    assert record["date"] == "2021-05-03"
    assert record["text"].startswith("I have the honour to transmit herewith")
    for furniture in ("Cite this record", "Full text", "Date of issue", "Related records", "useful", "©"):
        assert furniture not in record["text"]

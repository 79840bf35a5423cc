"""The un-letter format: identification among its neighbours, and what its steps make of variants."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.un_documents.genre import gather_evidence
from ingest_builtins.formats.un_letter.identify import letter_score
from ingest_builtins.formats.un_letter.steps import lay_out

from ingest import Document

Run = Callable[..., dict[str, Any]]

_BODY = (
    "I have the honour to transmit herewith a statement of my Government.\n\n"
    "I should be grateful if you would have the present letter circulated as a document of the Security "
    "Council.\n\n"
    "(Signed) Jane Roe\nPermanent Representative\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Letter dated 17 April 2018 from the Permanent Representative of Azerbaijan to the United Nations "
        "addressed to the Secretary-General",
        "Identical letters dated 12 May 2020 from the Permanent Representative of Armenia to the United "
        "Nations "
        "addressed to the Secretary-General and the President of the Security Council",
        "Letter from the Minister for Foreign Affairs of Kenya addressed to the President of the General "
        "Assembly",
        "Letter dated 5 June 2019 from the Chargé d'affaires a.i. of the Permanent Mission of Chile "
        "addressed to the "
        "United Nations High Commissioner for Human Rights",
        "Lettre datée du 3 mai 2021, adressée au Président du Conseil de sécurité par le Secrétaire général",
        "Carta de fecha 4 de mayo de 2021 dirigida al Secretario General por el Representante Permanente "
        "de Chile",
        "Dated 1 December 1997 from the President of the Security Council Addressed to the Secretary-General",
    ],
)
def test_titles_of_every_shape_identify_a_letter(title: str) -> None:
    found = letter_score(gather_evidence(f"{title}\n\n{_BODY}"))
    assert found is not None and found[0] >= 0.9


def test_a_masthead_with_signature_and_opening_but_illegible_title_is_still_a_letter() -> None:
    text = (
        "UNITED\nNATIONS\nGeneral Assembly\nSecurity Council\nDistr.\nGENERAL\nA/45/984\n25 March 1991\n"
        "ORIGINAL: ENGLISH\n\nI,e~tt#r d4ted 25 Mar%h 19Yl fr0m t&S%\n\n" + _BODY
    )
    found = letter_score(gather_evidence(text))
    assert found is not None and found[0] >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "Note verbale dated 2 May 2021 from the Permanent Mission of Chile to the United Nations addressed "
        "to "
        "the Secretary-General\n\nThe Permanent Mission presents its compliments to the "
        "Secretary-General.\n\n"
        "Annex\n\nLetter dated 30 April 2021 from the Minister addressed to the Secretary-General\n\n"
        + _BODY,
        "A recipe for peach cobbler\n\nMix the flour and the sugar. Bake for forty minutes.",
        "Statement by the Ministry of Foreign Affairs\n\nStatement by the Ministry of Foreign "
        "Affairs\nForeign policy\n"
        "12 May 2021 14:05\n\nThe Ministry recalls the letter dated 3 May addressed to the "
        "Secretary-General.\n\n"
        "Share\nLatest news\n",
    ],
)
def test_notes_recipes_and_copied_pages_are_no_letters(text: str) -> None:
    found = letter_score(gather_evidence(text))
    assert found is None or found[0] < 0.5


def test_a_french_letter(record_of_text: Run) -> None:
    record = record_of_text(
        "Lettre datée du 3 mai 2021, adressée au Président du Conseil de sécurité par le Secrétaire "
        "général\n\n"
        "J'ai l'honneur de vous informer de mon intention de nommer M. Jean Dupont chef de la mission.\n\n"
        "Je vous serais reconnaissant de bien vouloir porter la présente lettre à l'attention des membres du "
        "Conseil de sécurité.\n\n(Signé) António Guterres\n",
        name="lettre.txt",
    )
    assert record["format"] == "un-letter"
    assert record["date"] == "2021-05-03"
    assert record["language"] == "fr"
    assert record["metadata"]["sender"] == "Secrétaire général"
    assert record["metadata"]["addressee"] == "Président du Conseil de sécurité"
    assert record["metadata"]["signatory"] == "António Guterres"
    assert record["metadata"]["organs"] == ["Security Council"]
    assert record["text"].startswith("J'ai l'honneur de vous informer")
    assert "Signé" not in record["text"]


def test_a_letter_without_a_date_gets_none(record_of_text: Run) -> None:
    record = record_of_text(
        "Letter from the Minister for Foreign Affairs of Kenya addressed to the President of the General "
        "Assembly\n\n" + _BODY,
        name="undated.txt",
    )
    assert record["format"] == "un-letter"
    assert record.get("date") is None
    assert record["metadata"]["sender"] == "Minister for Foreign Affairs of Kenya"
    assert record["metadata"]["signatory_title"] == "Permanent Representative"


def test_footnotes_are_a_part_of_their_own(record_of_text: Run) -> None:
    record = record_of_text(
        "Letter dated 1 June 2020 from the Permanent Representative of Peru to the United Nations "
        "addressed to the "
        "Secretary-General\nI have the honour to transmit herewith a statement of my Government (see "
        "annex).*\n"
        "(Signed) Jane Roe\nAmbassador\n\n* Circulated in the language of submission only.\nAnnex\n"
        "The Government reaffirms its commitment to the peaceful settlement of disputes.\n",
        name="footnoted.txt",
    )
    parts = {part["role"]: part for part in record["parts"]}
    assert parts["footnotes"]["text"] == "* Circulated in the language of submission only."
    assert "submission" not in record["text"] and "(see annex)." in record["text"]
    assert parts["annex"]["text"].startswith("The Government reaffirms")


def test_a_text_without_title_or_masthead_is_all_body() -> None:
    cleaned = lay_out("letter")(Document.from_text("Nothing here."))
    assert cleaned.text == "Nothing here."
    assert [(part.role, part.text) for part in cleaned.parts] == [("letter", "Nothing here.")]


def test_an_empty_text_is_left_alone_with_a_warning() -> None:
    cleaned = lay_out("letter")(Document.from_text("\n\n"))
    assert cleaned.text == "\n\n"
    assert cleaned.warnings


def test_forcing_the_format_on_junk_never_fails(make_pipeline: Callable[..., Any], tmp_path: Any) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("\n\n(Signed)\n\n*\n" + "x" * 5000 + "\nAnnex\n\n", encoding="utf-8")
    result = make_pipeline(format="un-letter").process(path)
    assert result.kind == "record"


def test_large_letters_take_linear_time(record_of_text: Run) -> None:
    paragraph = (
        "The Government of the Republic remains committed to a comprehensive and lasting settlement\n"
        "through peaceful means and political dialogue, with full respect for the sovereignty and\n"
        "territorial integrity of the country within its internationally recognized borders.\n"
    )
    text = (
        "Letter dated 1 June 2020 from the Permanent Representative of Peru to the United Nations "
        "addressed to the "
        "Secretary-General\n" + paragraph * 6000 + _BODY
    )
    start = time.perf_counter()
    record = record_of_text(text, name="large.txt")
    assert record["format"] == "un-letter"
    assert time.perf_counter() - start < 30


_BARE_FRENCH = """New York, le 5 mars 2026

Monsieur le Secrétaire général,

J'ai l'honneur de vous faire part de la décision de mon gouvernement de demander la prorogation du mandat \
de la mission pour une nouvelle période de six mois.

Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre comme document \
du Conseil de sécurité.

Veuillez agréer, Monsieur le Secrétaire général, les assurances de ma très haute considération.

(Signé) Jean DUPONT
"""
_BARE_ENGLISH = """Sir,

I have the honour to refer to the statement made by the representative of Ruritania in the Security \
Council on 10 February 2026 and to inform you that my Government has considered it with care.

My Government is of the view that the committee should continue its work without interruption.

I have the honour to be, Sir, your obedient servant,

J. R. DOE
Representative of Freedonia on the Security Council
"""


@pytest.mark.parametrize(
    ("text", "starts", "signatory", "date"),
    [
        (_BARE_FRENCH, "J'ai l'honneur de vous faire part", "Jean DUPONT", "2026-03-05"),
        (_BARE_ENGLISH, "I have the honour to refer", "J. R. DOE", None),
    ],
)
def test_a_letter_to_the_un_without_its_title_or_masthead_is_a_letter(
    record_of_text: Callable[..., Any], text: str, starts: str, signatory: str, date: str | None
) -> None:
    record = record_of_text(text, name="letter.txt")
    assert (record["format"], record["date"], record["metadata"]["signatory"]) == (
        "un-letter",
        date,
        signatory,
    )
    assert record["text"].startswith(starts) and signatory not in record["text"]


def test_notes_that_cite_a_letter_s_formula_are_no_letter(record_of_text: Callable[..., Any]) -> None:
    text = (
        'Reading UN letters\n\nThe body usually opens with "I have the honour to" and asks that the letter be'
        ' circulated as a document of the General Assembly.\n\nThe signature comes after "(Signed)".\n'
    )
    assert record_of_text(text, name="notes.txt")["format"] == "plain-text"

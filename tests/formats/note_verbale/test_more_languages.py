"""Notes verbales in languages beyond the UN's six, and a reply that quotes the note it answers.

The notes are written here from each language's courtesy formulas (the
compliments, "has the honour", the closing assurance); they copy no document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.note_verbale.opening import find_opening, read_correspondents
from ingest_builtins.formats.un_documents.genre import gather_evidence
from ingest_builtins.metadata.dates import find_dates

Record = dict[str, Any]

NOTES = [
    (
        "ja",
        "第12号\n\n外務省は、在本邦フランス共和国大使館に敬意を表するとともに、次のとおり通報する光栄を有する。\n\n"
        "会議は東京で開催される。\n\n外務省は、以上を申し進めるに際し、ここに重ねて同大使館に向かって敬意を表する。\n\n"
        "2019年6月3日\n東京\n",
        "2019-06-03",
        "外務省",
        "フランス共和国大使館",
    ),
    (
        "ko",
        "번호: 19-77\n\n주프랑스 대한민국 대사관은 프랑스 외교부에 경의를 표하며, "
        "회의 일정을 통보하는 영광을 가집니다.\n\n"
        "대사관은 이 기회를 빌려 프랑스 외교부에 최고의 경의를 새로이 표합니다.\n\n파리, 2019년 6월 3일\n",
        "2019-06-03",
        "대한민국 대사관",
        "프랑스 외교부",
    ),
    (
        "el",
        "Αρ. 77\n\nΗ Πρεσβεία της Ελληνικής Δημοκρατίας διαβιβάζει τους χαιρετισμούς της στο "
        "Υπουργείο Εξωτερικών "
        "και Εμπορίου και έχει την τιμή να ενημερώσει ότι η συνάντηση θα πραγματοποιηθεί στη Ρώμη.\n\n"
        "Η Πρεσβεία επωφελείται της ευκαιρίας για να ανανεώσει προς το Υπουργείο τη διαβεβαίωση της άριστης "
        "εκτιμήσεώς της.\n\nΡώμη, 3 Ιουνίου 2019\n",
        "2019-06-03",
        "Πρεσβεία της Ελληνικής Δημοκρατίας",
        "Υπουργείο Εξωτερικών και Εμπορίου",
    ),
    (
        "ro",
        "Nr. 77\n\nAmbasada României prezintă salutul său Ministerului Afacerilor Externe și are "
        "onoarea de a-i "
        "comunica data reuniunii.\n\nAmbasada României folosește acest prilej pentru a reînnoi Ministerului "
        "asigurarea înaltei sale considerații.\n\nRoma, 3 iunie 2019\n",
        "2019-06-03",
        "Ambasada României",
        "Ministerului Afacerilor Externe",
    ),
    (
        "hu",
        "Szám: 77/2019\n\nMagyarország Nagykövetsége tiszteletét fejezi ki az Olasz Köztársaság "
        "Külügyminisztériumának, és van szerencséje tájékoztatni a találkozó időpontjáról.\n\n"
        "A Nagykövetség felhasználja az alkalmat, hogy a Külügyminisztériumot legmélyebb nagyrabecsüléséről "
        "biztosítsa.\n\nRóma, 2019. június 3.\n",
        "2019-06-03",
        "Magyarország Nagykövetsége",
        "Olasz Köztársaság Külügyminisztériumának",
    ),
    (
        "id",
        "No. 77/POL/2019\n\nKedutaan Besar Republik Indonesia menyampaikan salam hormat kepada "
        "Kementerian Luar "
        "Negeri dan Kerja Sama Internasional dan dengan hormat memberitahukan jadwal pertemuan.\n\n"
        "Kedutaan Besar Republik Indonesia menggunakan kesempatan ini untuk menyampaikan kembali "
        "kepada Kementerian "
        "jaminan penghargaan yang setinggi-tingginya.\n\nRoma, 3 Juni 2019\n",
        "2019-06-03",
        "Kedutaan Besar Republik Indonesia",
        "Kementerian Luar Negeri dan Kerja Sama Internasional",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "date", "sender", "addressee"), NOTES, ids=[note[0] for note in NOTES]
)
def test_a_note_in_each_language_is_read_with_its_date_and_correspondents(
    record_of_text: Callable[..., Record], language: str, text: str, date: str, sender: str, addressee: str
) -> None:
    record = record_of_text(text)
    assert record["format"] == "note-verbale"
    assert record["date"] == date and record["metadata"]["note_date"] == date
    assert sender in record["metadata"]["sender"]
    assert addressee in record["metadata"]["addressee"]
    assert addressee not in record["metadata"]["sender"]
    first_line = text.split("\n")[0]
    assert not record["text"].startswith(first_line)


def test_a_reply_quoting_the_note_it_answers_is_one_note_dated_at_its_foot(
    record_of_text: Callable[..., Record],
) -> None:
    text = (
        "The Ministry of Foreign Affairs presents its compliments to the Embassy of Ruritania and "
        "has the honour "
        "to acknowledge receipt of the Embassy's Note No. 4 dated 2 March 2017, which reads as follows:\n\n"
        '"The Embassy of Ruritania presents its compliments to the Ministry and has the honour to propose an '
        "agreement.\n\nThe Embassy avails itself of this opportunity to renew to the Ministry the "
        "assurances of "
        'its highest consideration."\n\nThe Ministry has the honour to accept the proposal.\n\n'
        "The Ministry avails itself of this opportunity to renew to the Embassy the assurances of "
        "its highest "
        "consideration.\n\nAccra, 21 March 2017\n\nEmbassy of Ruritania\nACCRA\n"
    )
    record = record_of_text(text)
    assert record["format"] == "note-verbale"
    assert record["metadata"]["note_date"] == "2017-03-21"
    closing = "renew to the Embassy the assurances of its highest consideration."
    assert record["text"].rstrip().endswith(closing)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Βιέννη, 12 Μαΐου 2019", "2019-05-12"),
        ("Haga, 4 februarie 2020", "2020-02-04"),
        ("Varsó, 2018. november 22.", "2018-11-22"),
        ("Canberra, 9 Agustus 2021", "2021-08-09"),
        ("Kuala Lumpur, 3 Ogos 2020", "2020-08-03"),
    ],
)
def test_dates_of_more_languages_are_read(line: str, iso: str) -> None:
    assert [m.iso for m in find_dates(line)] == [iso]


def test_a_year_ending_a_sentence_before_a_capitalised_month_is_no_year_first_date() -> None:
    assert find_dates("It ended in 2018. May 5 was the last day.") == []


def test_formulas_quoted_as_examples_make_no_note(record_of_text: Callable[..., Record]) -> None:
    text = (
        "Notes on diplomatic correspondence\n\n"
        "A note verbale is written in the third person. It opens: "
        '"The Embassy of X presents its compliments to the Ministry of Foreign Affairs of Y and has the '
        'honour to inform the Ministry that ...". It closes by renewing "the assurances of its highest '
        'consideration".\n\n'
        "A letter, by contrast, is signed.\n"
    )
    record = record_of_text(text)
    assert record["format"] == "plain-text"
    assert not record["metadata"].get("sender")


def test_formulas_in_block_quotes_or_emphasised_in_prose_make_no_note(
    record_of_text: Callable[..., Record],
) -> None:
    text = (
        "# How notes begin\n\nA note names its sender first:\n\n"
        "> The Consulate of Freedonia presents its compliments to the Ministry of Foreign Affairs and has "
        "the honour to request a visa.\n\nIt closes in the same voice:\n\n"
        "> The Consulate avails itself of this opportunity to renew to the Ministry the assurances of its "
        "highest consideration.\n\nA French note *présente ses compliments*; a Spanish one *saluda "
        "atentamente* and offers *las seguridades de su más alta consideración*.\n\n"
        "So much for the formulas, which say little in between.\n"
    )
    record = record_of_text(text, name="post.md")
    assert record["format"] == "plain-text"
    assert not record["metadata"].get("sender") and not record["metadata"].get("addressee")
    assert record["text"].rstrip().endswith("which say little in between.")


def test_a_note_quoted_whole_in_block_quotes_is_still_a_note() -> None:
    note = (
        "> The Consulate of Freedonia presents its compliments to the Ministry of Foreign Affairs and has\n"
        "> the honour to request a visa.\n>\n> The Consulate avails itself of this opportunity to renew "
        "to the Ministry the assurances of its highest consideration.\n"
    )
    assert gather_evidence(note).compliments_at is not None


@pytest.mark.parametrize(
    ("text", "date", "addressee"),
    [
        (
            "Den Kongelige Danske Ambassade hilser Udenrigsministeriet og har den ære at meddele mødets dato."
            "\n\nAmbassaden benytter lejligheden til på ny at forsikre Udenrigsministeriet om sin mest "
            "udmærkede højagtelse.\n\nRom, den 3. juni 2019\n",
            "2019-06-03",
            "Udenrigsministeriet",
        ),
        (
            "Посольство України висловлює повагу Міністерству закордонних справ Італії і має честь "
            "повідомити дату зустрічі.\n\nПосольство користується нагодою, щоб поновити Міністерству "
            "запевнення у своїй високій повазі.\n\nРим, 3 червня 2019 року\n",
            "2019-06-03",
            "Міністерству закордонних справ Італії",
        ),
        (
            "Đại sứ quán Việt Nam gửi lời chào trân trọng tới Bộ Ngoại giao Italia và trân trọng thông báo "
            "ngày họp.\n\nĐại sứ quán Việt Nam nhân dịp này xin gửi tới Bộ Ngoại giao Italia lời chào trân "
            "trọng nhất.\n\nRoma, ngày 3 tháng 6 năm 2019\n",
            "2019-06-03",
            "Bộ Ngoại giao Italia",
        ),
    ],
    ids=["da", "uk", "vi"],
)
def test_danish_ukrainian_and_vietnamese_notes(
    record_of_text: Callable[..., Record], text: str, date: str, addressee: str
) -> None:
    record = record_of_text(text)
    assert record["format"] == "note-verbale"
    assert record["metadata"]["note_date"] == date
    assert record["metadata"]["addressee"] == addressee


def test_a_reply_quoting_in_german_quotation_marks_ends_at_its_own_closing(
    record_of_text: Callable[..., Record],
) -> None:
    text = (
        "Das Auswärtige Amt beehrt sich, der Botschaft von Ruritanien den Eingang ihrer Verbalnote vom "
        "3. März 2020 zu bestätigen, die wie folgt lautet:\n\n„Die Botschaft beehrt sich, eine Vereinbarung "
        "vorzuschlagen.\n\nDie Botschaft benutzt diesen Anlass, das Auswärtige Amt erneut "
        "ihrer ausgezeichneten "
        "Hochachtung zu versichern.“\n\nDas Auswärtige Amt ist mit dem Vorschlag einverstanden.\n\n"
        "Das Auswärtige Amt benutzt diesen Anlass, die Botschaft erneut seiner ausgezeichneten "
        "Hochachtung zu "
        "versichern.\n\nBerlin, den 20. März 2020\n"
    )
    record = record_of_text(text)
    assert record["metadata"]["note_date"] == "2020-03-20"
    assert record["text"].rstrip().endswith("erneut seiner ausgezeichneten Hochachtung zu versichern.")


def test_a_date_alone_on_a_line_above_the_note_is_its_date(record_of_text: Callable[..., Record]) -> None:
    text = (
        "Ref: PRO/4/2019\n\n12 March 2019\n\nThe Ministry presents its compliments to all "
        "Missions and has the "
        "honour to inform them that the office will be closed on Friday, 22 March 2019.\n\nThe "
        "Ministry avails "
        "itself of this opportunity to renew to all Missions the assurances of its highest consideration.\n"
    )
    record = record_of_text(text)
    assert record["format"] == "note-verbale"
    assert record["metadata"]["note_date"] == "2019-03-12"


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "The Embassy of Ruritania presents its compliments to the Ministry of Foreign "
            "Affairs and Trade and "
            "has the honour to inform the Ministry of the visit.",
            "Ministry of Foreign Affairs and Trade",
        ),
        (
            "La Embajada de Ruritania saluda atentamente al Ministerio de Asuntos Exteriores y "
            "de la Cooperación "
            "y tiene el honor de comunicarle la visita.",
            "Ministerio de Asuntos Exteriores y de la Cooperación",
        ),
    ],
)
def test_an_addressee_holding_and_ends_where_the_verb_goes_on(sentence: str, addressee: str) -> None:
    opening = find_opening(sentence)
    assert opening is not None
    assert read_correspondents(sentence, opening)[1] == addressee


def test_a_finnish_note(record_of_text: Callable[..., Record]) -> None:
    record = record_of_text(
        "Suomen suurlähetystö tervehtii Italian ulkoasiainministeriötä ja kunnioittavasti ilmoittaa "
        "kokouksen päivämäärän.\n\nSuomen suurlähetystö käyttää tilaisuutta vakuuttaakseen Italian "
        "ulkoasiainministeriölle erinomaista kunnioitustaan.\n\nRooma, 3. kesäkuuta 2019\n"
    )
    assert record["format"] == "note-verbale"
    assert record["metadata"]["note_date"] == "2019-06-03"
    assert record["metadata"]["addressee"] == "Italian ulkoasiainministeriötä"


def test_a_polish_opening_names_its_addressee_after_or_before_the_respect() -> None:
    for sentence in (
        "Ambasada Rzeczypospolitej Polskiej przesyła wyrazy szacunku Ministerstwu Spraw Zagranicznych "
        "Republiki Litewskiej i ma zaszczyt poinformować, że posiedzenie się odbędzie.",
        "Ambasada Rzeczypospolitej Polskiej przesyła Ministerstwu Spraw Zagranicznych Republiki Litewskiej "
        "wyrazy szacunku i ma zaszczyt poinformować, że posiedzenie się odbędzie.",
    ):
        opening = find_opening(sentence)
        assert opening is not None
        sender, addressee = read_correspondents(sentence, opening)
        assert sender == "Ambasada Rzeczypospolitej Polskiej"
        assert addressee == "Ministerstwu Spraw Zagranicznych Republiki Litewskiej"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Embaixada de Ruritânia apresenta seus cumprimentos ao Ministério das Relações Exteriores e "
        "Cooperação e tem a honra de informar a data da visita.",
        "A Embaixada de Ruritânia apresenta os seus cumprimentos ao Ministério das Relações Exteriores e "
        "Cooperação e tem a honra de informar a data da visita.",
    ],
)
def test_a_portuguese_opening_names_its_addressee_after_the_compliments(sentence: str) -> None:
    opening = find_opening(sentence)
    assert opening is not None
    sender, addressee = read_correspondents(sentence, opening)
    assert sender == "Embaixada de Ruritânia"
    assert addressee == "Ministério das Relações Exteriores e Cooperação"


def test_an_opening_sentence_hard_wrapped_above_its_formula_starts_at_its_first_line() -> None:
    text = (
        "MISIÓN PERMANENTE DEL ECUADOR\nCON SEDE EN GINEBRA\n\nNota N.º 4-7-211/2025\n\n"
        "La Misión Permanente de la República del Ecuador ante la Oficina de las Naciones\n"
        "Unidas y otros Organismos Internacionales con sede en Ginebra saluda atentamente a\n"
        "la Oficina del Alto Comisionado y tiene el honor de remitir la respuesta del Gobierno."
    )
    opening = find_opening(text)
    assert opening is not None
    assert text[opening.start :].startswith("La Misión Permanente de la República del Ecuador")


def test_a_ministry_named_for_several_portfolios_is_read_past_its_commas() -> None:
    sentence = (
        "L'Ambassade du Royaume de Belgique présente ses compliments au Ministère des Affaires étrangères, "
        "de la Coopération africaine et des Marocains résidant à l'étranger, "
        "et a l'honneur de lui faire savoir …"
    )
    opening = find_opening(sentence)
    assert opening is not None
    _, addressee = read_correspondents(sentence, opening)
    assert addressee == (
        "Ministère des Affaires étrangères, de la Coopération africaine "
        "et des Marocains résidant à l'étranger"
    )


def test_an_annex_under_a_bare_heading_takes_its_first_line(record_of_text: Callable[..., Any]) -> None:
    text = (
        "La Misión Permanente de Ruritania saluda atentamente a la Oficina del Alto Comisionado y tiene el "
        "honor de remitir la respuesta del Gobierno al cuestionario.\n\n"
        "La Misión Permanente aprovecha la ocasión para reiterar a la Oficina las seguridades de su más alta "
        "consideración.\n\nGinebra, 2 de octubre de 2025\n\nAnnex\n\n"
        "Reply of the Government of Ruritania to the questionnaire of the Special Rapporteur\n\n"
        "1. The right to water was recognized in the Constitution by a reform adopted in 2020."
    )
    record = record_of_text(text, name="nota.txt")
    assert record["metadata"]["annex_title"] == (
        "Reply of the Government of Ruritania to the questionnaire of the Special Rapporteur"
    )


def test_an_italian_addressee_ends_before_a_clause_opened_by_e_and_a_comma() -> None:
    sentence = (
        "L'Ambasciata d'Italia presenta i suoi complimenti al Ministero degli Affari Esteri della Repubblica "
        "di Malta e, facendo seguito ai colloqui del 4 aprile, ha l'onore di proporre una riunione."
    )
    opening = find_opening(sentence)
    assert opening is not None
    addressee = read_correspondents(sentence, opening)[1]
    assert addressee == "Ministero degli Affari Esteri della Repubblica di Malta"


@pytest.mark.parametrize(
    ("text", "sender", "addressee", "date"),
    [
        (
            "Die Botschaft der Republik Ruritanien begrüßt das Auswärtige Amt und beehrt sich, mitzuteilen, "
            "dass die Delegation am 3. März eintrifft.\n\nDie Botschaft benutzt diesen Anlass, das "
            "Auswärtige Amt erneut ihrer ausgezeichneten Hochachtung zu versichern.\n\n"
            "Berlin, den 14. Oktober 2025\n",
            "Botschaft der Republik Ruritanien",
            "Auswärtige Amt",
            "2025-10-14",
        ),
        (
            "Velvyslanectví České republiky projevuje úctu Ministerstvu zahraničních věcí Ruritánie a má "
            "čest jej informovat, že delegace přijede 16. března.\n\nVelvyslanectví využívá této "
            "příležitosti, aby Ministerstvu znovu vyjádřilo ujištění o své hluboké úctě.\n\n"
            "V Lisabonu dne 3. února 2026\n",
            "Velvyslanectví České republiky",
            "Ministerstvu zahraničních věcí Ruritánie",
            "2026-02-03",
        ),
    ],
    ids=["de-greeting", "cs-dative"],
)
def test_the_greeting_names_the_addressee_and_the_place_may_follow_in(
    record_of_text: Callable[..., Record], text: str, sender: str, addressee: str, date: str
) -> None:
    record = record_of_text(text)
    assert record["format"] == "note-verbale"
    assert record["metadata"]["sender"] == sender
    assert record["metadata"]["addressee"] == addressee
    assert record["date"] == date


def test_a_portuguese_reply_names_its_correspondents_around_the_reference_to_the_note_answered() -> None:
    text = (
        "O Ministério das Relações Exteriores cumprimenta atenciosamente a Embaixada da República do Peru e, "
        "em resposta à Nota nº 12/2026, de 4 de junho de 2026, tem a honra de informar que concorda."
    )
    opening = find_opening(text)
    assert opening is not None
    assert read_correspondents(text[opening.start :], opening, opening.start) == (
        "Ministério das Relações Exteriores",
        "Embaixada da República do Peru",
    )


def test_a_ukrainian_note_attesting_its_respect_is_a_note_with_its_correspondents() -> None:
    text = (
        "Посольство України в Республіці Чехія засвідчує свою повагу Міністерству закордонних справ Чеської "
        "Республіки і має честь повідомити про візит делегації.\n\nПосольство України користується цією "
        "нагодою, щоб поновити Міністерству запевнення у своїй високій повазі.\n"
    )
    opening = find_opening(text)
    assert opening is not None
    assert read_correspondents(text[opening.start :], opening, opening.start) == (
        "Посольство України в Республіці Чехія",
        "Міністерству закордонних справ Чеської Республіки",
    )
    assert gather_evidence(text).closing


@pytest.mark.parametrize(
    ("text", "sender", "addressee"),
    [
        (
            "משרד החוץ של מדינת ישראל מגיש בזאת את מחמאותיו לשגרירות הרפובליקה של פרו ומתכבד להודיעה כי "
            "הבקשה אושרה.",
            "משרד החוץ של מדינת ישראל",
            "שגרירות הרפובליקה של פרו",
        ),
        (
            "Wizara ya Mambo ya Nje inatoa salamu zake kwa Ubalozi wa Jamhuri ya Kenya na ina heshima "
            "kuujulisha kwamba ombi limekubaliwa.",
            "Wizara ya Mambo ya Nje",
            "Ubalozi wa Jamhuri ya Kenya",
        ),
    ],
)
def test_hebrew_and_swahili_notes_name_their_correspondents(text: str, sender: str, addressee: str) -> None:
    opening = find_opening(text)
    assert opening is not None
    assert read_correspondents(text[opening.start :], opening, opening.start) == (sender, addressee)


def test_a_thai_note_ends_with_its_closing_line_and_is_dated_under_it() -> None:
    from ingest_builtins.formats.note_verbale.chain import read_chain

    text = (
        "กระทรวงการต่างประเทศขอแสดงความนับถือมายังสถานเอกอัครราชทูตสาธารณรัฐเปรูประจำประเทศไทย "
        "และขอเรียนว่า กระทรวงฯ ได้รับหนังสือของสถานเอกอัครราชทูตฯ แล้ว\n\n"
        "กระทรวงการต่างประเทศถือโอกาสนี้แสดงความนับถืออย่างสูงมายังสถานเอกอัครราชทูตฯ อีกครั้งหนึ่ง\n\n"
        "กรุงเทพฯ\nวันที่ 4 มิถุนายน พ.ศ. 2569\n"
    )
    chain = read_chain(text)
    assert chain is not None
    note = chain.notes[0]
    assert chain.text[note.start : note.end].endswith("อีกครั้งหนึ่ง")
    assert note.date == "2026-06-04"


def test_an_office_in_the_third_person_without_courtesy_formulas_is_a_note(
    record_of_text: Any,
) -> None:
    text = (
        "Washington, March 19, 2026.\n\n"
        "The Department of State has the honor to acknowledge receipt of the Embassy's note of March 8,\n"
        "2026, concerning the claim, and regrets that it has found no reason to change its view.\n"
    )
    record = record_of_text(text, name="us-note.txt")
    assert (record["format"], record["date"], record["metadata"]["sender"]) == (
        "note-verbale",
        "2026-03-19",
        "Department of State",
    )


def test_a_lone_has_the_honour_in_a_person_s_sentence_makes_no_note(record_of_text: Any) -> None:
    text = "The speaker said the committee has the honour to host the meeting next year in the capital.\n"
    assert record_of_text(text, name="story.txt")["format"] != "note-verbale"


def test_an_italian_note_rendered_from_spanish_forms(record_of_text: Any) -> None:
    text = (
        "La Sezione d’Interesse della Repubblica di Costa Verde saluta il Ministero degli Affari Esteri in\n"
        "riferimento alla sua Nota No. 256/19, datata 13 settembre 2026.\n\n"
        "La Sezione desidera comunicare che il paese non può accettare la donazione proposta.\n\n"
        "La Sezione d’Interesse della Repubblica di Costa Verde approfitta dell’occasione per reiterare al\n"
        "Ministero degli Affari Esteri la testimonianza della sua considerazione.\n"
    )
    record = record_of_text(text, name="nota.txt")
    assert record["format"] == "note-verbale"
    assert record["metadata"]["sender"].startswith("Sezione d’Interesse")


def test_saluta_in_a_story_makes_no_note(record_of_text: Any) -> None:
    text = (
        "Il presidente saluta il pubblico e ringrazia gli organizzatori della festa nella piazza centrale.\n"
    )
    assert record_of_text(text, name="storia.txt")["format"] != "note-verbale"


@pytest.mark.parametrize(
    "text",
    [
        "A Note Verbale begins with the following formula of courtesy:\n"
        "ʺ The Embassy presents its compliments to the Ministry of Foreign Affairs of (name of\n"
        "country) and has the honor to...ʺ\n"
        "The usual ending is:\n"
        "ʺ The Embassy avails itself of this opportunity to renew to the Ministry the assurances of\n"
        "its highest consideration.ʺ\n",
        "(Образец вербальной ноты)\n\nПосольство свидетельствует свое уважение Министерству Иностранных Дел "
        "(название страны) и имеет честь сообщить следующее.\n\nПосольство пользуется этим случаем, чтобы "
        "возобновить Министерству уверения в своем высоком уважении.\n",
    ],
    ids=["guide-in-double-primes", "textbook-model-with-blanks"],
)
def test_a_guide_or_textbook_quoting_the_formulas_is_no_note(record_of_text: Any, text: str) -> None:
    assert record_of_text(text, name="guide.txt")["format"] != "note-verbale"

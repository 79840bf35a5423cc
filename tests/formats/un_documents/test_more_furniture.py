"""UN documents in forms the first ones lacked: Geneva job numbers, other languages' page footers,
footnote markers on titles, wrapped annex titles, French end-of-line hyphens, a mission site's trailer.

The documents are written here from the genre's conventions; they copy no document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.un_documents.furniture import furniture_lines, is_furniture
from ingest_builtins.formats.un_documents.layout import read_layout
from ingest_builtins.formats.un_documents.trailer import find_trailer
from ingest_builtins.formats.un_documents.words import join_hyphenated

Record = dict[str, Any]


@pytest.mark.parametrize(
    "line",
    [
        "GE.24-04521 (E)",
        "GE.24-04521",
        "Merci de recycler",
        "Sírvase reciclar",
        "请回收",
        "2                GE.25-02817",
        "GE.25-02817      3",
        "18-06117 (E) 5",
    ],
)
def test_footer_lines_of_geneva_and_of_other_versions_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_bare_page_number_is_furniture_only_beside_a_job_number() -> None:
    lines = ["The last sentence of the letter.", "", "2", "", "GE.24-04521"]
    assert furniture_lines(lines) == {2, 4}
    assert (
        furniture_lines(["The parties agreed on the following:", "", "2", "", "The second point."]) == set()
    )


def test_a_word_cut_by_the_line_end_is_joined_when_one_piece_is_no_word() -> None:
    assert join_hyphenated("réaffir", "mons", "fr") == "réaffirmons"
    assert join_hyphenated("barbed", "wire", "en") == "barbed-wire"


def test_a_footnote_marker_after_the_title_is_not_part_of_it(record_of_text: Callable[..., Record]) -> None:
    record = record_of_text(
        "Letter dated 8 March 2024 from the Permanent Representative of Ruritania to the United\n"
        "Nations Office at Geneva addressed to the President of the Human Rights Council*\n"
        "I have the honour to write to you about the interactive dialogue held under agenda item 4.\n"
        "I should be grateful if you would have the present letter circulated as a document of the\n"
        "Human Rights Council, under agenda item 4.\n"
        "(Signed) Jane Roe\n"
    )
    assert record["title"].endswith("President of the Human Rights Council")


def test_an_annex_title_that_runs_on_over_a_full_line_is_kept_whole() -> None:
    width = "The conference took place on 5 and 6 June 2024 and discussed the situation on the"
    text = "\n".join(
        [
            "Letter dated 10 June 2024 from the Permanent Representative of Ruritania to the United",
            "Nations addressed to the Secretary-General",
            "I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs",
            "of Ruritania on the conference (see annex).",
            "(Signed) Jane Roe",
            "Annex to the letter dated 10 June 2024 from the Permanent Representative of",
            "Ruritania to the United Nations addressed to the Secretary-General",
            "Statement of the Ministry of Foreign Affairs of Ruritania on the",
            "second round of the regional conference on water resources",
            width,
            "ground, including the access of the population to water sources and to medical",
            "facilities.",
        ]
    )
    layout = read_layout(text)
    annex = layout.sections[1]
    assert annex.title == (
        "Statement of the Ministry of Foreign Affairs of Ruritania on the second round of the regional "
        "conference on water resources"
    )


def test_a_mission_sites_trailer_of_buttons_copyright_and_footer_links_is_cut() -> None:
    lines = [
        "Participants agreed to expand the monitoring network.",
        "Download PDF (112 KB)",
        "Print this page",
        "Share this page",
        "Facebook",
        "Back to top",
        "Copyright © 2023 Ministry of Foreign Affairs",
        "Privacy | Accessibility | Site map",
    ]
    assert find_trailer(lines) == 1
    assert find_trailer(["The letter's last sentence.", "Facebook"]) == 2


def test_spanish_titles_run_on_to_where_the_mission_is_accredited() -> None:
    from ingest_builtins.formats.un_documents.titles import title_extent

    lines = [
        "Carta de fecha 8 de abril de 2020 dirigida al Secretario General",
        "por el Representante Permanente de Ruritania ante las Naciones",
        "Unidas",
        "Tengo el honor de dirigirme a usted.",
    ]
    assert title_extent(lines, 0) == 3
    lines = [
        "Nota verbal de fecha 2 de marzo de 2021 dirigida a la Oficina del Alto Comisionado",
        "por la Misión Permanente de la República",
        "Federal de Ruritania ante la Oficina de las Naciones Unidas en",
        "Ginebra",
        "La Misión Permanente saluda atentamente a la Oficina.",
    ]
    assert title_extent(lines, 0) == 4


def test_spanish_human_rights_council_agenda_items_are_read() -> None:
    from ingest_builtins.formats.un_documents.agenda import find_agenda_items

    assert find_agenda_items("Tema 2 de la agenda") == ["2"]
    assert find_agenda_items("Tema 70 de la lista preliminar*") == ["70"]
    assert find_agenda_items("Point 70 de la liste préliminaire") == ["70"]


def test_a_one_line_annex_title_before_a_full_first_line_is_the_annex_title() -> None:
    text = "\n".join(
        [
            "Letter dated 10 June 2024 from the Permanent Representative of Ruritania to the United",
            "Nations addressed to the Secretary-General",
            "I have the honour to transmit herewith the report of the seminar held in the capital city",
            "of Ruritania on 1 and 2 December 2023 (see annex).",
            "(Signed) Jane Roe",
            "Annex to the letter dated 10 June 2024 from the Permanent Representative of",
            "Ruritania to the United Nations addressed to the Secretary-General",
            "Report of the international seminar on water education in schools",
            "The seminar brought together teachers, students and engineers to discuss the ways",
            "of passing on the experience of the drought to younger generations of the region.",
        ]
    )
    assert (
        read_layout(text).sections[1].title
        == "Report of the international seminar on water education in schools"
    )


def test_a_russian_letter_is_read_with_its_title_correspondents_and_annex(
    record_of_text: Callable[..., Record],
) -> None:
    text = "\n".join(
        [
            "Организация Объединенных Наций",
            "S/2021/999",
            "Совет Безопасности",
            "Distr.: General",
            "9 June 2021",
            "Original: Russian",
            "",
            "Письмо Постоянного представителя Руритании при Организации",
            "Объединенных Наций от 7 июня 2021 года на имя Председателя",
            "Совета Безопасности",
            "Имею честь препроводить настоящим заявление Министерства иностранных дел",
            "Руритании (см. приложение).",
            "(Подпись) Иван Петров",
            "Приложение к письму Постоянного представителя Руритании при",
            "Организации Объединенных Наций от 7 июня 2021 года на имя",
            "Председателя Совета Безопасности",
            "Заявление Министерства иностранных дел Руритании",
            "Руритания призывает все государства соблюдать режим прекращения огня и",
            "возобновить переговоры.",
        ]
    )
    record = record_of_text(text)
    assert record["format"] == "un-letter"
    assert record["title"].endswith("на имя Председателя Совета Безопасности")
    assert record["date"] == "2021-06-07"
    assert record["metadata"]["addressee"] == "Председателя Совета Безопасности"
    assert record["metadata"]["signatory"] == "Иван Петров"
    assert record["metadata"]["organs"] == ["Security Council"]
    assert record["metadata"]["annex_title"] == "Заявление Министерства иностранных дел Руритании"
    assert record["text"].startswith("Имею честь препроводить")


def test_capacity_lines_above_a_french_mark_belong_to_the_signature() -> None:
    from ingest_builtins.formats.un_documents.signature import find_signature

    lines = ["… et du Conseil de sécurité.", "L'Ambassadeur,", "Représentant permanent", "(Signé) Jean Roe"]
    signature = find_signature(lines)
    assert signature is not None and signature.start == 1 and signature.name == "Jean Roe"
    assert signature.titles == ("L'Ambassadeur", "Représentant permanent")
    english = ["… of the Security Council.", "(Signed) Jane Roe", "Permanent Representative"]
    found = find_signature(english)
    assert found is not None and found.start == 1 and found.titles == ("Permanent Representative",)


def test_an_annex_to_identical_letters_in_french_is_an_annex_heading() -> None:
    from ingest_builtins.formats.un_documents.layout import ANNEX_HEADING

    assert ANNEX_HEADING.match("Annexe aux lettres identiques datées du 12 septembre 2022")


def test_a_letter_copied_with_a_sites_page_starts_at_its_title_repeated(
    record_of_text: Callable[..., Record],
) -> None:
    title = (
        "Letter dated 3 March 2022 from the Permanent Representative of Ruritania to the United Nations "
        "addressed to the President of the Security Council"
    )
    text = "\n".join(
        [
            "Skip to main content",
            "Updates",
            f"{title} (S/2022/999)",
            "Format",
            "News and Press Release",
            "Posted",
            "4 Mar 2022",
            title,
            "I have the honour to transmit herewith the concept note for the open debate (see annex).",
            "I should be grateful if you would have the present letter circulated as a document of the "
            "Security Council.",
            "(Signed) Jane Roe",
            "Permanent Representative",
            "Related Content",
            "Security Council open debate on peacebuilding",
            "Share",
            "Facebook",
            "About us",
            "Contact",
            "Privacy policy",
        ]
    )
    record = record_of_text(text)
    assert record["format"] == "un-letter"
    assert record["metadata"]["symbol"] == ["S/2022/999"]
    assert record["text"].startswith("I have the honour")
    assert record["text"].endswith("a document of the Security Council.")


def test_a_letter_copied_from_a_librarys_record_starts_at_its_title_printed_a_third_time() -> None:
    title = (
        "Letter dated 3 March 2022 from the Permanent Representative of Ruritania to the United Nations "
        "addressed to the Secretary-General"
    )
    fields = ["Title", title, "Symbol", "A/76/999", "Date", "2022", "Files", "English (PDF, 87 KB)"]
    body = [
        "I have the honour to transmit herewith the statement of my Government on the elections (see annex).",
        "I should be grateful if you would have the present letter circulated as a document of the General "
        "Assembly.",
    ]
    head = ["Digital Library", "A/76/999", title, "Share", *fields, "Français (PDF)", "Full text", title]
    text = "\n".join([*head, *body, "(Signed) Jane Roe", "Permanent Representative"])
    layout = read_layout(text)
    assert layout.title == title
    assert layout.text.startswith("I have the honour")
    assert "Français (PDF" not in layout.text and "Files" not in layout.text
    # After a repeat, the body's own sentences end the search: a title quoted after them is no repeat.
    assert read_layout(f"{title}\n{title}\n{body[0]}\n{title}\n{body[1]}").text.startswith("I have")


def test_a_reissued_documents_job_number_is_furniture() -> None:
    assert is_furniture("23-01992* (E)")


def test_a_chinese_letter_is_read_with_its_title_signature_and_annex(
    record_of_text: Callable[..., Record],
) -> None:
    text = "\n".join(
        [
            "联合国",
            "S/2020/999",
            "安全理事会",
            "Distr.: General",
            "10 April 2020",
            "Original: Chinese",
            "",
            "2020年4月8日鲁里塔尼亚常驻联合国代表给安全理事会主席",
            "的信",
            "谨随函转递鲁里塔尼亚外交部的声明(见附件)。",
            "请将本函及其附件作为安全理事会的文件分发为荷。",
            "王明(签名)",
            "2020年4月8日鲁里塔尼亚常驻联合国代表给安全理事会主席的信的附件",
            "鲁里塔尼亚外交部声明",
            "鲁里塔尼亚愿同各国加强合作,共同应对挑战。",
        ]
    )
    record = record_of_text(text)
    assert record["format"] == "un-letter"
    assert record["title"] == "2020年4月8日鲁里塔尼亚常驻联合国代表给安全理事会主席的信"
    assert record["date"] == "2020-04-08"
    assert record["metadata"]["signatory"] == "王明"
    assert record["metadata"]["organs"] == ["Security Council"]
    assert record["text"].startswith("谨随函转递")


def test_an_arabic_letter_is_read_with_its_title_signature_and_annex(
    record_of_text: Callable[..., Record],
) -> None:
    text = "\n".join(
        [
            "الأمم المتحدة",
            "S/2020/999",
            "مجلس الأمن",
            "Distr.: General",
            "10 April 2020",
            "Original: Arabic",
            "",
            "رسالة مؤرخة 8 نيسان/أبريل 2020 موجهة إلى رئيس مجلس الأمن من الممثل",
            "الدائم لروريتانيا لدى الأمم المتحدة",
            "أتشرف بأن أحيل إليكم طيه البيان الصادر عن وزارة الخارجية (انظر المرفق).",
            "وأكون ممتنا لو تفضلتم بتعميم هذه الرسالة ومرفقها بوصفهما وثيقة من وثائق مجلس الأمن.",
            "(توقيع) أحمد علي",
            "مرفق الرسالة المؤرخة 8 نيسان/أبريل 2020 الموجهة إلى رئيس مجلس الأمن من",
            "الممثل الدائم لروريتانيا لدى الأمم المتحدة",
            "بيان وزارة الخارجية",
            "تؤكد روريتانيا أهمية تعزيز التعاون الدولي.",
        ]
    )
    record = record_of_text(text)
    assert record["format"] == "un-letter"
    assert record["title"].endswith("لدى الأمم المتحدة")
    assert record["date"] == "2020-04-08"
    assert record["metadata"]["addressee"] == "رئيس مجلس الأمن"
    assert record["metadata"]["signatory"] == "أحمد علي"
    assert record["metadata"]["annex_title"] == "بيان وزارة الخارجية"
    assert record["text"].startswith("أتشرف بأن أحيل")


def test_a_title_indented_by_the_layout_of_a_pdf_is_found() -> None:
    text = (
        "United Nations                                        A/79/1\n"
        "General Assembly                                      Distr.: General\n\n"
        "                Letter dated 14 May 2025 from the Permanent\n"
        "                Representative of Ruritania to the United\n"
        "                Nations addressed to the Secretary-General\n\n"
        "                     I have the honour to transmit herewith a statement on the budget of the year.\n"
    )
    layout = read_layout(text)
    assert layout.title == (
        "Letter dated 14 May 2025 from the Permanent Representative of Ruritania to the United Nations "
        "addressed to the Secretary-General"
    )
    assert layout.sections[0].text.startswith("I have the honour")


def test_an_e_mail_s_confidentiality_notice_under_a_forwarded_letter_is_trailer() -> None:
    lines = [
        "I should be grateful if you would have the present letter circulated as a document.",
        "",
        "This e-mail and any attachments are confidential and intended solely for the addressee.",
    ]
    assert find_trailer(lines) == 2


def test_a_signatory_s_title_printed_on_one_line_belongs_to_the_signature() -> None:
    from ingest_builtins.formats.un_documents.signature import find_signature

    lines = [
        "(Signed) Ana Lopes",
        "Ambassador and Permanent Representative of the Republic of Cabo Verde to the United Nations",
    ]
    signature = find_signature(lines)
    assert signature is not None and signature.end == 2


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Point 76 a) de l’ordre du jour", ["76"]),
        ("Пункт 20 повестки дня", ["20"]),
        ("пункты 35 и 40 предварительной повестки дня", ["35", "40"]),
        ("البند 20 من جدول الأعمال", ["20"]),
        ("议程项目20", ["20"]),
    ],
)
def test_agenda_items_in_french_russian_arabic_and_chinese(line: str, items: list[str]) -> None:
    from ingest_builtins.formats.un_documents.agenda import find_agenda_items

    assert find_agenda_items(line) == items


def test_a_letter_copied_from_a_mission_s_spanish_site_sheds_the_site_s_fields_and_trailer() -> None:
    text = (
        "Carta de fecha 4 de junio de 2026 dirigida al Presidente del Consejo de Seguridad por el "
        "Representante Permanente del Perú ante las Naciones Unidas\n\n"
        "Publicado el 6 de junio de 2026 | Categoría: Cartas oficiales\n\n"
        "Documento de las Naciones Unidas: S/2026/401\n\n"
        "Tengo el honor de dirigirme a usted en relación con la reunión del Consejo.\n\n"
        "Le agradecería que tuviera a bien hacer distribuir la presente carta como documento del Consejo.\n\n"
        "(Firmado) Ana Ruiz\nEmbajadora\n\n"
        "Compartir: Facebook | X | Correo electrónico\nImprimir | Descargar PDF (120 KB)\n\n"
        "Noticias relacionadas\nEl Perú interviene en el debate abierto\n\n"
        "Misión Permanente del Perú · Nueva York\n© 2026 Ministerio de Relaciones Exteriores.\n"
    )
    layout = read_layout(text)
    assert layout.text.startswith("Tengo el honor de dirigirme a usted")
    assert layout.text.rstrip().endswith("como documento del Consejo.")


def test_a_page_foot_s_notes_printed_apart_from_their_markers_are_footnotes() -> None:
    from ingest_builtins.formats.un_documents.footnotes import footnote_lines

    lines = [
        "My Government remains committed to the Mission.",
        "",
        "1",
        "2",
        "",
        "See the report of the Secretary-General (S/2026/214).",
        "See resolution 2538 (2020).",
        "",
        "I should be grateful if you would circulate the present letter.",
    ]
    assert footnote_lines(lines) == {2, 3, 5, 6}


def test_a_chinese_title_wrapped_over_two_lines_and_repeated_over_the_annex() -> None:
    text = (
        "        2026年6月4日某国常驻联合国代表给秘书长和安全理事会\n        主席的同文信\n\n"
        "      谨随函转递某国外交部2026年6月3日关于区域合作的\n声明（见附件）。\n\n"
        "      请将本信及其附件作为安全理事会的文件分发为荷。\n\n"
        "2026年6月4日某国常驻联合国代表给秘书长和安全理事会主席的同文信\n的附件\n\n"
        "      某国外交部欢迎各方就区域合作达成共识。\n"
    )
    layout = read_layout(text, "letter", lambda sample: "zh")
    assert layout.title == "2026年6月4日某国常驻联合国代表给秘书长和安全理事会主席的同文信"
    assert layout.text.startswith("谨随函转递某国外交部2026年6月3日关于区域合作的声明")

"""Agency copy in forms of more agencies and languages: datelines run into the body in Chinese, Japanese and
Korean copy, a date in figures and an equals sign, a header line of the agency and the time, correction
notes in several languages, update lines in capitals, place names with small words, credit lines by label.

The stories are written here from the agencies' conventions; they copy no story.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.articles.lead import lead_attribution
from ingest_builtins.formats.articles.tail import closing_agency, parse_tail
from ingest_builtins.formats.news_wire.head import parse_head

BODY = "The council approved the budget on Tuesday after a long debate.\n\nIt takes effect next year."


@pytest.mark.parametrize(
    ("top", "agency", "place", "authors", "rest"),
    [
        ("新华社北京3月2日电（记者王小明、李华）", "Xinhua", "北京", ["王小明", "李华"], "国务院"),
        ("中新社上海5月9日电 ", "China News Service", "上海", [], "国务院"),
        ("【ワシントン共同】", "Kyodo", "ワシントン", [], "米政府は"),
        ("【ソウル聯合ニュース】", "Yonhap", "ソウル", [], "韓国政府は"),
        ("(서울=연합뉴스) 홍길동 기자 = ", "Yonhap", "서울", ["홍길동"], "정부는"),
        ("中新社广州4月8日电 (记者 陈明)", "China News Service", "广州", ["陈明"], "国务院"),
        ("【パリ共同=山田太郎】", "Kyodo", "パリ", ["山田太郎"], "仏政府は"),
        ("(대구=뉴스1) 김철수 기자 = ", "News1", "대구", ["김철수"], "정부는"),
    ],
)
def test_east_asian_datelines_run_into_the_body(
    top: str, agency: str, place: str, authors: list[str], rest: str
) -> None:
    text = f"{top}{rest}二日发表声明。\n\n第二段。"
    head = parse_head(text)
    assert (head.agency, head.place, head.authors) == (agency, place, authors)
    assert text[head.body_start :].startswith(rest)
    assert head.date is None  # the day and month only: no year is invented


def test_a_chinese_headline_above_the_dateline_is_the_title() -> None:
    text = "长江大桥全线贯通\n\n新华社武汉6月1日电（记者张强）1日上午，大桥全线贯通。\n\n（完）"
    head = parse_head(text)
    assert head.title == "长江大桥全线贯通"
    tail = parse_tail(text)
    assert text[: tail.body_end].rstrip().endswith("大桥全线贯通。")


def test_an_agency_header_line_gives_the_date_and_a_date_in_figures_the_dateline() -> None:
    text = (
        "BELGA - 12/03/2025 11:47\nRegering keurt begroting goed\n"
        "Brussel, 12/03 (BELGA) = De regering heeft woensdag de begroting goedgekeurd.\n\n"
        "Meer volgt.\n(Belga)"
    )
    head = parse_head(text)
    assert (head.agency, head.date, head.place) == ("Belga", "2025-03-12T11:47", "Brussel")
    assert head.title == "Regering keurt begroting goed"
    assert text[head.body_start :].startswith("De regering heeft woensdag")


@pytest.mark.parametrize(
    "note",
    [
        "(Corrige en el tercer párrafo el nombre de la ministra)",
        "(Actualiza con declaraciones del ministro)",
        "(Korrigiert Namen im zweiten Absatz)",
        "(Ajoute précisions au quatrième paragraphe)",
    ],
)
def test_correction_notes_in_other_languages_stand_above_the_headline(note: str) -> None:
    text = f"{note}\n\nAcuerdan reabrir el paso fronterizo\n\nSantiago de Chile, 18 jul (EFE).- {BODY}"
    head = parse_head(text)
    assert head.notes == [note]
    assert (head.agency, head.place) == ("EFE", "Santiago de Chile")
    assert head.title == "Acuerdan reabrir el paso fronterizo"
    assert head.date is None


def test_an_update_line_in_capitals_and_an_unbracketed_agency() -> None:
    text = (
        "Drought relief extended\nUPDATES with farm group comment, paras 6-7\n\nBy Liam Cotter\n\n"
        f"SYDNEY, March 7 AAP - {BODY}\n\nAAP lc/jmc"
    )
    head = parse_head(text)
    assert (head.title, head.authors, head.agency, head.place) == (
        "Drought relief extended",
        ["Liam Cotter"],
        "AAP",
        "Sydney",
    )
    assert head.notes == ["UPDATES with farm group comment, paras 6-7"]
    assert text[: parse_tail(text).body_end].rstrip().endswith("It takes effect next year.")


def test_a_labelled_author_with_the_agency_and_desk_initials_close_the_copy() -> None:
    text = f"{BODY}\n\nAutor: Anna Wiśniewska (PAP)\n\naw/ mhr/\n"
    tail = parse_tail(text)
    assert tail.authors == ["Anna Wiśniewska"]
    assert text[: tail.body_end].rstrip().endswith("It takes effect next year.")


def test_a_bracketed_tag_before_the_headline_and_a_bare_name_above_the_dateline() -> None:
    text = f"(LEAD) Council approves the budget\n\nAyşe Demirkaya\n\nDOHA (AA) - {BODY}"
    head = parse_head(text)
    assert (head.title, head.authors, head.agency, head.place) == (
        "Council approves the budget",
        ["Ayşe Demirkaya"],
        "Anadolu Agency",
        "Doha",
    )


def test_an_embargo_line_and_a_keyword_slug_stand_above_the_headline() -> None:
    text = (
        "EMBARGO: NE PAS PUBLIER AVANT LE 20 MAI 2026 A 06H00 GMT\n\nONU-santé-vaccins\n\n"
        f"L'OMS appelle à doubler la production de vaccins\n\nGenève (AFP) - {BODY}\n\napo/vl/lpt"
    )
    head = parse_head(text)
    assert (head.title, head.agency, head.place) == (
        "L'OMS appelle à doubler la production de vaccins",
        "AFP",
        "Genève",
    )
    assert len(head.notes) == 2


def test_desk_codes_with_figures_and_a_reporter_address_close_the_copy() -> None:
    for closing in ("dpa kv/sb yydd z2 hk", "mjkim@yna.co.kr\n(END)"):
        text = f"{BODY}\n\n{closing}\n"
        assert text[: parse_tail(text).body_end].rstrip().endswith("It takes effect next year.")


def test_notes_to_editors_and_photo_captions_between_paragraphs_go() -> None:
    from ingest_builtins.formats.news_wire.desk_notes import strip_desk_notes

    text = (
        "The council approved the budget.\n\n(ATTN: UPDATES with details in paras 4-5; ADDS photo)\n\n"
        "This photo, provided by the ministry, shows the minister in Seoul. (PHOTO NOT FOR SALE) (Yonhap)\n\n"
        "It takes effect next year."
    )
    assert strip_desk_notes(text) == "The council approved the budget.\n\nIt takes effect next year."


def test_the_agency_between_slashes_after_the_leads_place_and_date_is_its_attribution() -> None:
    assert lead_attribution("МОСКВА, 12 марта. /ТАСС/. Министр провел переговоры.") == "TASS"
    assert lead_attribution("The road from A/B/C to the port was closed on Monday.") is None


def test_the_desk_notes_step_says_in_provenance_what_it_removed(record_of_text: Any) -> None:
    text = (
        f"SEOUL, June 9 (Yonhap) -- {BODY}\n\n(ATTN: UPDATES with details in paras 4-5)\n\n"
        "The ministry said more talks would follow next month in Hanoi.\n"
    )
    record = record_of_text(text)
    assert "(ATTN:" not in record["text"]
    step = next(change for change in record["provenance"] if change["step"] == "news-wire.strip-desk-notes")
    assert step["summary"] != "no change"  # the step that removed the note names itself


# Datelines of agencies and newspapers in forms the agency table alone does not give: a place joined to
# the agency, an agency in slashes or brackets that is in no table, a newspaper's site beside the place.
DATELINES = [
    ("ASTANA.KAZINFORM ", "Kazinform", "Astana"),
    ("NUR-SULTAN. KAZINFORM – ", "Kazinform", "Nur-Sultan"),
    ("دمشق-سانا\n\n", "SANA", "دمشق"),
    ("YEREVAN, May 20. /ARKA/. ", "ARKA", "Yerevan"),
    ("BRUXELLES (BELGIO) (ITALPRESS) – ", "Italpress", "Bruxelles"),
    ("BERLIN (dts Nachrichtenagentur) - ", "dts Nachrichtenagentur", "Berlin"),
    ("Caracas, 3 mar (Agencia Venezolana de Noticias) – ", "Agencia Venezolana de Noticias", "Caracas"),
    ("Dhaka, Bangladesh (BBN) – ", "BBN", "Dhaka"),
    ("TRIBUNNEWS.COM, JAKARTA - ", "TRIBUNNEWS.COM", "Jakarta"),
    ("JAKARTA, KOMPAS.com - ", "KOMPAS.com", "Jakarta"),
    ("Glasgow (epd). ", "epd", "Glasgow"),
    ("BERLIN (dpa-AFX) - ", "dpa-AFX", "Berlin"),
    ("АСТАНА. ИНТЕРФАКС-КАЗАХСТАН - ", "Interfax-Kazakhstan", "Астана"),
    ("21 сентября, Минск /Татьяна Полежай - БЕЛТА/. ", "BelTA", "Минск"),
    ("Ош, 04.11.25. /Кабар/. ", "Kabar", "Ош"),
    ("Казань, 3 марта, 2025, 09:15 — ИА Регнум. ", "ИА Регнум", "Казань"),
    ("Lima, Sep. 27, 15:02 (ANDINA). ", "Andina", "Lima"),
    ("Kano, Satumba 14, 2025 (NAN) ", "NAN", "Kano"),
    ("Hebron, le 3 mars 2026, WAFA- ", "WAFA", "Hebron"),
    ("Khujand, 30.08.2026. /NIAT «Khovar»/. ", "Khovar", "Khujand"),
    ("QUÉBEC, le 13 oct. 2026 /CNW Telbec/ - ", "CNW Telbec", "Québec"),
    ("САМАРКАНД, 3 марта. /ЖАХОН/. ", "ЖАХОН", "Самарканд"),
    ("ЛЬВОВ. 12 мая. ЗИК. ", "ЗИК", "Львов"),
    ("Kathmandu/New Delhi, Aug 12 (UNI) ", "UNI", "Kathmandu/New Delhi"),
    ("Roma, (askanews) - ", "askanews", "Roma"),
    ("Tehran, IRNA – ", "IRNA", "Tehran"),
    ("Addis Ababa, February 6/2020 (ENA) ", "ENA", "Addis Ababa"),
    ("الكويت - 17 - 3 (كونا) -- ", "KUNA", "الكويت"),
    ("नई दिल्ली, 13 फरवरी (भाषा)। ", "भाषा", "नई दिल्ली"),
]


@pytest.mark.parametrize("flag", ["CORRECTED: ", "ROUNDUP: ", "UPDATE 2: ", "EXCLUSIVE: "])
def test_a_flag_in_capitals_before_a_colon_is_no_place(flag: str) -> None:
    assert parse_head(flag + BODY).place is None


@pytest.mark.parametrize(
    "closing",
    [
        " (ant/KN)",
        " (FJR)",
        " (DND/UN)",
        " (R/RE1/P2)",
        " (L/RE1/RI-1)",
        " -AA-",
        "(来源:新华社) |",
        "(翻訳 朱丹陽)",
        " DHA",
        "–AA",
        " EFE",
        "\n\n(rif/)",
        "\n\n(flo/jpnn)",
    ],
)
def test_the_desk_s_initials_or_the_source_in_brackets_close_the_copy(closing: str) -> None:
    tail = parse_tail(BODY + closing)
    assert (BODY + closing)[: tail.body_end] == BODY


def test_a_chinese_agency_s_dateline_with_a_slash_and_a_dateline_with_an_en_dash() -> None:
    head = parse_head("中評社北京4月28日電/4月27日,王毅外長在紐約會見了基辛格。\n\n第二段。")
    assert (head.agency, head.place) == ("China Review News Agency", "北京")
    assert parse_head("JAKARTA – " + BODY).place == "Jakarta"
    assert parse_head("MOSCÚ.- " + BODY).place == "Moscú"
    assert parse_head("Caracas.- " + BODY).place == "Caracas"
    assert parse_head("中新社北京三月八日電 今天凌晨,外交部長通電話。\n\n第二段。").place == "北京"


def test_a_capitalised_word_after_the_last_sentence_is_a_sign_off_only_if_it_names_an_agency() -> None:
    for text in ("He met the President. Obama", "He said so. NATO"):
        assert parse_tail(text).found == []


@pytest.mark.parametrize(("top", "agency", "place"), DATELINES)
def test_more_dateline_forms(top: str, agency: str, place: str) -> None:
    text = top + BODY
    head = parse_head(text)
    assert (head.agency, head.place) == (agency, place)
    assert text[head.body_start :] == BODY


def test_the_correspondent_named_between_the_slashes_after_a_place_and_a_date_in_figures_is_the_author() -> (
    None
):
    text = "Ош, 04.11.25. /Айдана Токтосунова – Кабар/. " + BODY
    head = parse_head(text)
    assert (head.agency, head.authors) == ("Kabar", ["Айдана Токтосунова"])
    assert text[head.body_start :] == BODY


def test_a_place_and_a_name_that_is_no_agency_make_no_dateline() -> None:
    assert parse_head("WASHINGTON. Reuters said on Tuesday the council approved the budget.\n").found == []


def test_a_syndicator_s_credit_naming_its_source_is_no_headline() -> None:
    text = "(MENAFN- Jordan News Agency)\n\nAmman, Aug. 9 (Petra)-- " + BODY
    head = parse_head(text)
    assert head.title is None and "agency credit" in head.found
    assert text[head.body_start :] == BODY


def test_a_place_in_capitals_before_a_long_dash_and_the_agency_s_sign_off_with_its_desk() -> None:
    text = "KUALA LUMPUR — " + BODY + " — VNA/VNS"
    head = parse_head(text)
    assert head.place == "Kuala Lumpur"
    assert text[head.body_start :].startswith("The council approved")
    tail = parse_tail(text[head.body_start :])
    assert text[head.body_start :][: tail.body_end].endswith("It takes effect next year.")
    assert parse_head("UPDATE — " + BODY).place is None


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("Penulis: Edwin Firdaus", ["Edwin Firdaus"], None),
        ("— Autor: ČTK", [], "ČTK"),
        ("Oleh Edwin Firdaus", ["Edwin Firdaus"], None),
        ("Szerző: Kovács Anna", ["Kovács Anna"], None),
    ],
)
def test_a_labelled_byline_under_the_headline(byline: str, authors: list[str], agency: str | None) -> None:
    text = f"The council approves the budget\n\n{byline}\n\n{BODY}"
    head = parse_head(text)
    assert (head.title, head.authors, head.agency) == ("The council approves the budget", authors, agency)
    assert text[head.body_start :] == BODY


def test_a_deck_run_straight_into_the_byline_under_the_headline() -> None:
    text = "The council approves the budget\nThe vote ends a long debate\nPenulis: Edwin Firdaus\n" + BODY
    head = parse_head(text)
    assert (head.title, head.authors) == ("The council approves the budget", ["Edwin Firdaus"])
    assert text[head.body_start :] == BODY


def test_a_place_in_brackets_before_a_dash_and_a_flag_before_a_colon() -> None:
    assert parse_head("(ANKARA) - " + BODY).place == "Ankara"
    assert parse_head("CORRECTED: Ministers agree on the budget\n\n" + BODY).place is None


def test_the_agency_the_place_and_the_date_under_a_crawler_s_date_header_head_the_copy(
    record_of_text: Callable[..., dict[str, Any]],
) -> None:
    text = (
        " date 2018-05 21 may. 2018\n\nEFE Bogotá 21 may. 2018\n\n"
        "El Gobierno no reconoce las elecciones por la falta de garantías\n\n"
        "La canciller aseguró hoy que el Gobierno de su país no reconoce el resultado de las elecciones.\n\n"
        "La canciller dijo que los países de la región analizarán los pasos a seguir.\n"
    )
    record = record_of_text(text, name="copy.txt")
    assert (record["format"], record["publisher"], record["date"]) == ("news-wire", "EFE", "2018-05-21")
    assert record["title"] == "El Gobierno no reconoce las elecciones por la falta de garantías"


@pytest.mark.parametrize(
    "top",
    [
        "PRESIDENT: Thank you, Mr. Chairman, for giving me the floor in this debate.\n\n",
        "SUBJECT: Request for assistance with the harbour project\n\n",
        "AFP Photo 12 May 2020\n\n",
        "Sat 5 things to know about the budget\n\n",
    ],
)
def test_a_speaker_a_memo_s_subject_a_photo_credit_or_a_list_title_is_no_dateline(top: str) -> None:
    head = parse_head(top + BODY)
    assert head.place is None and "dateline" not in head.found and "date line" not in head.found


@pytest.mark.parametrize(
    "text", ["Ask not what your country can do for you. — JFK", "That is all for today. -- END"]
)
def test_initials_after_a_dash_closing_the_last_sentence_are_no_agency(text: str) -> None:
    assert parse_tail(text).agency is None


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        (
            "TEGUCIGALPA, Honduras — El Congreso Nacional aprobó el martes una enmienda constitucional.\n",
            "Tegucigalpa",
            None,
        ),
        (
            "KOSTANAY REGION. KAZINFORM Kazakh President met with heads of farming enterprises there.\n",
            "Kostanay Region",
            "Kazinform",
        ),
    ],
)
def test_more_datelines_in_capitals(text: str, place: str, agency: str | None) -> None:
    head = parse_head(text)
    assert (head.found, head.place, head.agency) == (["dateline"], place, agency)


def test_a_title_in_capitals_with_a_dash_is_no_dateline() -> None:
    assert "dateline" not in parse_head("TAVARANDU – FOLKLORE\n\nTavarandu niko peteĩ kuaaty.\n").found


def test_a_language_switch_after_the_sign_off_is_cut() -> None:
    from ingest_builtins.formats.articles.tail import parse_tail

    text = "Doha, March 07 (QNA) - The minister took a call on Friday.\nThey discussed the region. (QNA)\n"
    text += "English\nFrançais\nDeutsch\nEspañol"
    joined = " ".join(text.split("\n"))  # as the paragraphs are rebuilt
    tail = parse_tail(joined)
    assert joined[: tail.body_end].endswith("They discussed the region.")


def test_a_profile_pictures_label_is_no_byline() -> None:
    head = parse_head(
        "Profile Picture\n\nISLAMABAD, Sep 26 (APP): The minister said on Monday that the budget passed.\n"
    )
    assert head.authors == [] and head.agency == "APP"


def test_a_papers_copy_reprinted_with_its_day_in_the_bracket() -> None:
    head = parse_head("SUVA, Fiji (Fiji Times, April 30) - Fiji's situation is expected to be discussed.\n")
    assert (head.found, head.place, head.agency) == (["dateline"], "Suva", "Fiji Times")


@pytest.mark.parametrize(
    "text",
    [
        "CHAPTER ONE, The Beginning — It was the coldest winter anyone in the valley could remember.\n",
        "INT. KITCHEN, Early Morning — Mary stands at the window and watches the rain come down.\n",
        "EXECUTIVE SUMMARY, Findings — The survey of 1,200 households found that rents rose again.\n",
        "MEETING (Finance Committee, March 3) - The committee met in the library to discuss the budget.\n",
    ],
)
def test_headings_and_brackets_that_are_no_datelines(text: str) -> None:
    assert "dateline" not in parse_head(text).found


def test_a_first_line_in_title_case_is_the_headline_not_a_byline() -> None:
    head = parse_head(
        "China's Foreign Minister Visits Uruguay\n\n\nMONTEVIDEO – President Tabare Vazquez received on"
        " Wednesday the Chinese Foreign Minister at the presidential residence, the government said.\n"
    )
    assert (head.title, head.authors) == ("China's Foreign Minister Visits Uruguay", [])


def test_a_syndicators_bracket_before_the_copys_own_dateline() -> None:
    text = "(MENAFN- Jordan News Agency) Amman, July 1 (Petra) -- The minister said the talks went on.\n"
    head = parse_head(text)
    assert (head.agency, text[head.body_start :]) == (
        "Petra",
        "The minister said the talks went on.\n",
    )


def test_copy_closed_by_the_wire_s_credit_line_is_agency_copy(record_of_text: Callable[..., Any]) -> None:
    story = (
        "The port authority said on Tuesday that container traffic fell by 14 per cent last year, the third"
        " fall in a row, as two shipping lines moved their services to other ports.\n\n"
        "The authority expects traffic to recover in 2027.\n\n"
        "(Reporting by Jane Roe; Editing by John Doe)\n"
    )
    record = record_of_text(story, name="copy.txt")
    assert (record["format"], record["authors"]) == ("news-wire", ["Jane Roe"])
    letter = "Dear colleagues,\n\nPlease see the story below.\n\n" + story
    assert record_of_text(letter, name="letter.txt")["format"] != "news-wire"


def test_a_place_in_capitals_and_a_spaced_hyphen_over_a_long_lead_is_a_dateline() -> None:
    lead = (
        "Het kabinet heeft volgende week nog nodig om het eens te worden over de begroting van volgend jaar."
    )
    head = parse_head(f"DEN HAAG - {lead}")
    assert (head.place, head.found) == ("Den Haag", ["dateline"])
    assert parse_head("TAVARANDU - FOLKLORE\n\nA text.").place is None  # a title's two halves


def test_the_dateline_s_day_in_the_crawler_s_month_dates_the_copy() -> None:
    assert parse_head(" date 2026-08 Kaolack, 18 août (APS) – " + BODY).date == "2026-08-18"
    assert parse_head(" date 2026-08 Kaolack, 18 juillet (APS) – " + BODY).date == "2026-08"


@pytest.mark.parametrize(
    "top",
    [
        "Уважаемые коллеги, 12 марта. ВНИМАНИЕ. ",  # a memo's greeting and a warning
        "Note, /TODO/ ",  # a name between slashes with no day before it
        "Protokoll, 12.03.26 - ",  # a date in figures with no agency beside it
        "Dear John, 3 May 2026 /URGENT/ ",  # a salutation and a flag between slashes
    ],
)
def test_no_agency_no_dateline(top: str) -> None:
    head = parse_head(top + BODY)
    assert head.agency is None and "dateline" not in head.found


def test_the_dateline_s_hour_and_a_two_figure_year_date_the_copy() -> None:
    assert parse_head("Казань, 3 марта, 2025, 09:15 — ИА Регнум. " + BODY).date == "2025-03-03T09:15"
    assert parse_head("Ош, 04.11.25. /Кабар/. " + BODY).date == "2025-11-04"


def test_a_date_line_s_time_in_the_afternoon_keeps_its_half_of_the_day() -> None:
    text = "Ferries return to the northern terminal\n\nMay 2, 2026, 2:53 PM\n\nHARBOURTON (AP) — " + BODY
    assert parse_head(text).date == "2026-05-02T14:53"


def test_a_whole_date_in_figures_beside_the_agency_dates_the_copy() -> None:
    assert parse_head("Khujand, 30.08.2026. /NIAT «Khovar»/. " + BODY).date == "2026-08-30"
    assert parse_head("Ош, 04.11.25, 12:29. /Кабар/. " + BODY).date == "2025-11-04T12:29"


_RELEASE = (
    "Der Hafenverband hat am Montag seine Zahlen für das vergangene Jahr vorgelegt, der Umschlag stieg um"
    " vier Prozent, wie der Verband mitteilte."
)


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        (f"Hamburg (ots) - {_RELEASE}Pressekontakt:Hafenverband PressestelleTelefon: 040 / 123 456"
         "presse@hafen.example\nOriginal-Content von: Hafenverband, übermittelt durch news aktuell\n",
         "news aktuell"),
        (f"{_RELEASE}\nDistribué par APO Group pour Ministère des Transports.Télécharger le logo\n",
         "APO Group"),
    ],
)  # fmt: skip
def test_a_release_delivered_by_a_press_release_wire_is_wire_copy_without_its_contact_block(
    record_of_text: Callable[..., Any], text: str, wire: str
) -> None:
    from ingest_builtins.formats.news_wire.release import release_tail

    release = release_tail(text)
    assert release is not None and release.wire == wire
    record = record_of_text(text, name="release.txt")
    assert (record["format"], record["text"]) == ("news-wire", _RELEASE)


def test_a_text_that_mentions_a_wire_is_no_release() -> None:
    from ingest_builtins.formats.news_wire.release import release_tail

    assert release_tail(f"{_RELEASE} Die Zahlen wurden von news aktuell verbreitet und kommentiert.") is None


def test_the_agency_s_copyright_over_the_copy_credits_the_agency() -> None:
    head = parse_head(" date 2021-06 © Agenzia Nova - Riproduzione riservata\n\nRoma - " + BODY)
    assert (head.agency, head.title) == ("Agenzia Nova", None)


def test_an_arabic_dateline_s_day_and_year_date_the_copy() -> None:
    head = parse_head("القاهرة 22 فبراير 2015 (أ ش أ) - قال الوزير إن المحادثات مستمرة.\n")
    assert (head.place, head.date) == ("القاهرة", "2015-02-22")


@pytest.mark.parametrize(
    ("closing", "agency"),
    [
        ("\n\nKaynak: DHA\n", "DHA"),
        ("\n\nFuente: EFE\n", "EFE"),
        (" AGERPRES/(AS - autor: Ion Popescu, editor: Maria Ionescu)\n", "Agerpres"),
    ],
)
def test_copy_under_a_headline_closed_by_its_agency_s_credit_is_wire_copy(
    record_of_text: Callable[..., Any], closing: str, agency: str
) -> None:
    story = (
        "The city council approved the budget for next year on Tuesday after a debate of six hours, its"
        " chairwoman said.\n\nThe budget takes effect in January."
    )
    record = record_of_text("Council approves the budget\n\n" + story + closing, name="copy.txt")
    assert (record["format"], record["text"]) == ("news-wire", story)
    assert closing_agency(story + closing) == agency


def test_a_source_named_under_the_story_that_is_no_agency_is_no_sign_off() -> None:
    assert parse_tail(BODY + "\n\nSource: the city council's minutes\n").agency is None


def test_a_photo_s_caption_over_chinese_copy_is_passed_over_and_is_no_headline() -> None:
    caption = "5月24日,外交部長在北京與來訪的外長舉行會談。 新華社記者 王小明 攝"
    text = f"{caption}\n新華社北京5月24日電 外交部長24日在北京與來訪的外長舉行會談。\n雙方同意加強合作。\n"
    head = parse_head(text)
    assert (head.title, head.place, head.agency) == (None, "北京", "新華社")
    assert text[head.body_start :].startswith("外交部長24日")


@pytest.mark.parametrize("label", ["Breaking news", "أخبار عاجلة", "Son dakika"])
def test_a_site_s_section_label_over_the_headline_is_no_headline(label: str) -> None:
    head = parse_head(f"{label}\n\nCouncil approves the budget\n\nBAKU, March 3 (Trend) - {BODY}")
    assert head.title == "Council approves the budget"


@pytest.mark.parametrize(
    ("closing", "publisher"),
    [
        ("\n(MTI)\n", "MTI"),
        ("\nZdroj: TASR\nJana Nováková Foto: TASR\n", "TASR"),
        ("\nSource : Xinhua\n", "Xinhua"),
    ],
)
def test_bare_copy_closed_by_its_agency_s_credit_alone_is_wire_copy(
    record_of_text: Callable[..., Any], closing: str, publisher: str
) -> None:
    story = (
        "The city council approved the budget for next year on Tuesday after a debate of six hours, its"
        " chairwoman said.\n\nThe budget takes effect in January, when the new tram line to the harbour opens"
        " and the old bus depot closes, the council's spokesman added."
    )
    record = record_of_text(story + closing, name="copy.txt")
    assert (record["format"], record["text"], record["publisher"]) == ("news-wire", story, publisher)


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("الوكالة الوطنية للإعلام", True),
        ("وكالة الأنباء السعودية", True),
        ("وكالة الفضاء الأوروبية", False),
    ],
)
def test_an_arabic_name_that_says_it_is_an_agency_s(name: str, agency: bool) -> None:
    from ingest_builtins.formats.articles.agencies import is_agency

    assert is_agency(name) is agency
    assert (closing_agency(BODY + f"\nالمصدر: {name}\n") is not None) is agency


@pytest.mark.parametrize(("closing", "wire"), [("\n\nTAP\n", True), ("\n\nFIN\n", False)])
def test_a_word_in_capitals_alone_under_a_bare_story_signs_it_off(
    record_of_text: Callable[..., Any], closing: str, wire: bool
) -> None:
    story = (
        "The city council approved the budget for next year on Tuesday after a debate of six hours, its"
        " chairwoman said.\n\nThe budget takes effect in January, when the new tram line to the harbour opens"
        " and the old bus depot closes, the council's spokesman added."
    )
    assert (record_of_text(story + closing, name="copy.txt")["format"] == "news-wire") is wire


@pytest.mark.parametrize("closing", ["\n\nautor: Jan Nowak\n", "\n\nNTB-TT\n(©NTB)\n"])
def test_copy_signed_off_by_its_agency_over_the_writer_s_line_is_wire_copy(
    record_of_text: Callable[..., Any], closing: str
) -> None:
    story = (
        "The city council approved the budget for next year on Tuesday after a debate of six hours, its"
        " chairwoman said.\n\nThe budget takes effect in January, when the new tram line to the harbour opens"
        " and the old bus depot closes, the council's spokesman added. (PAP)"
    )
    record = record_of_text(story + closing, name="copy.txt")
    assert record["format"] == "news-wire"


def test_a_correspondent_named_after_the_agency_between_the_slashes_is_the_author() -> None:
    head = parse_head(
        "ВАШИНГТОН, 30 апреля. /Корр.ИТАР-ТАСС Иван Петров/. Министр сказал, что переговоры идут."
    )
    assert (head.agency, head.authors, head.place) == ("TASS", ["Иван Петров"], "Вашингтон")


def test_a_photo_s_caption_closed_by_its_credit_over_the_copy_is_no_headline() -> None:
    caption = "Na archívnej snímke minister Ján Novák. Foto: TASR"
    head = parse_head(f"{caption}\n\nBratislava 3. marca (TASR) - {BODY}")
    assert (head.title, head.agency) == (None, "TASR")


def test_a_note_signed_with_its_writer_s_initials_is_no_agency_copy(
    record_of_text: Callable[..., Any],
) -> None:
    text = "The cabin is booked for the weekend of the 14th. We will sort out money later, I promise."
    text += "\n\nSee you!\n\nJD\n"
    assert record_of_text(text, name="note.txt")["format"] != "news-wire"


def test_a_sentence_saying_who_distributed_or_issued_something_is_no_release_credit() -> None:
    from ingest_builtins.formats.news_wire.release import release_tail

    assert (
        release_tail("A warning for the region was issued by Sputnik and local media late on Sunday.") is None
    )
    assert (
        release_tail("The release was distributed by PR Newswire on Monday to many of its clients.") is None
    )

"""news-wire parts: bylines and credits, the head of a story, its tail, attributions, identification."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.articles.lead import lead_attribution, told_outlet
from ingest_builtins.formats.articles.names import (
    byline_names,
    contributor_authors,
    credit_authors,
    is_person_name,
    tidy_name,
)
from ingest_builtins.formats.articles.tail import parse_tail
from ingest_builtins.formats.news_wire.head import parse_head, title_case_place

TextRunner = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("byline", "people", "agencies"),
    [
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
        ("Jane Doe, John Roe and Ali Hassan", ["Jane Doe", "John Roe", "Ali Hassan"], []),
        ("Paul Mylrea, Reuters", ["Paul Mylrea"], ["Reuters"]),
        ("LYNNE O'DONNELL / Associated Press", ["Lynne O'Donnell"], ["Associated Press"]),
        ("María R. Sahuquillo / Emilio de Benito", ["María R. Sahuquillo", "Emilio de Benito"], []),
        ("Reuters Staff", [], []),
        ("Staff Writer", [], []),
        ("Email the author", [], []),
        ("Azernews", [], ["Azernews"]),
        ("Nidal al-Mughrabi and Dan Williams", ["Nidal al-Mughrabi", "Dan Williams"], []),
        ("Valéry d'Estaing", ["Valéry d'Estaing"], []),
    ],
)
def test_byline_names(byline: str, people: list[str], agencies: list[str]) -> None:
    assert byline_names(byline) == (people, agencies)


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("(Reporting by Lawrence Hurley and Andrew Chung; Editing by Sue Horton and Will Dunham)",
         ["Lawrence Hurley", "Andrew Chung"]),
        ("(Additional reporting by Wilda Asmarini in Jakarta and Lesley Wroughton in WASHINGTON; "
         "Writing by Dean Yates; Editing by Michael Perry)",
         ["Wilda Asmarini", "Lesley Wroughton", "Dean Yates"]),
        ("(Editing by Peter Graff)", []),
        ("Compiled by Anna Smith for the Europe desk", ["Anna Smith"]),
    ],
)  # fmt: skip
def test_credit_lines_name_reporters_and_writers_not_editors(credit: str, authors: list[str]) -> None:
    assert credit_authors(credit) == authors


def test_contributors_line() -> None:
    line = "Associated Press writers Rahim Faiez in Kabul and Mitch Weiss contributed to this story."
    assert contributor_authors(line) == ["Rahim Faiez", "Mitch Weiss"]


@pytest.mark.parametrize(
    "name", ["Staff Writer", "News Desk", "Reuters", "Email the author", "Read more", "J."]
)
def test_not_people(name: str) -> None:
    assert not is_person_name(tidy_name(name))


@pytest.mark.parametrize(
    ("place", "tidy"),
    [("UNITED NATIONS", "United Nations"), ("KABUL, Afghanistan", "Kabul"),
     ("RIO DE JANEIRO", "Rio de Janeiro"), ("Baku", "Baku"), ("ST. PETERSBURG", "St. Petersburg")],
)  # fmt: skip
def test_dateline_places(place: str, tidy: str) -> None:
    assert title_case_place(place) == tidy


@pytest.mark.parametrize(
    ("top", "agency", "place", "authors"),
    [
        ("BAKU, April 2 (Reuters) - Text", "Reuters", "Baku", []),
        ("UNITED NATIONS (Reuters) - Text", "Reuters", "United Nations", []),
        ("PARIS (AFP) - Text", "AFP", "Paris", []),
        ("MOSCOW (AP) — Text", "Associated Press", "Moscow", []),
        ("BEIJING, Jan. 5 (Xinhua) -- Text", "Xinhua", "Beijing", []),
        ("Baku, 2 April, AZERTAC\n\nText", "AZERTAC", "Baku", []),
        ("Baku, April 2, AZERTAC\n\nText", "AZERTAC", "Baku", []),
        ("PORTLAND, Ore. (AP) — Text", "Associated Press", "Portland", []),
        ("By Jane Doe and John Roe\n\nLONDON (Reuters) - Text", "Reuters", "London",
         ["Jane Doe", "John Roe"]),
        ("By Katanga Johnson and Makini Brice WASHINGTON (Reuters) - Text", "Reuters", "Washington",
         ["Katanga Johnson", "Makini Brice"]),
        ("BAKU, Azerbaijan, Sept.2\n\nTrend:\n\nText", "Trend", "Baku", []),
        ("PARIS, 2 avril (AFP) - Text", "AFP", "Paris", []),
        ("Madrid, 2 abr (EFE).- Text", "EFE", "Madrid", []),
        ("MOSCOW, April 2. /TASS/. Text", "TASS", "Moscow", []),
        ("New Delhi, April 2 (IANS) Text", "IANS", "New Delhi", []),
        ("Berlin, 2. April (dpa) - Text", "dpa", "Berlin", []),
        ("MOSCOW. April 2 (Interfax) - Text", "Interfax", "Moscow", []),
        ("CIUDAD DE MÉXICO (apro).- Text", "apro", "Ciudad de México", []),  # its name in small letters
        ("12.12.2018, Warszawa (PAP) – Text", "PAP", "Warszawa", []),  # the day before the place
        ("Muqdisho (Caasimada Online) – Text", "Caasimada Online", "Muqdisho", []),  # an outlet's name
    ],
)  # fmt: skip
def test_heads(top: str, agency: str, place: str, authors: list[str]) -> None:
    head = parse_head(top)
    assert (head.agency, head.place, head.authors) == (agency, place, authors)
    assert top[head.body_start :] == "Text"


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("WASHINGTON, April 2, 2020 (Reuters) - Text", "2020-04-02"),
        ("PARIS, 2 avril 2020 (AFP) - Text", "2020-04-02"),
        ("12.12.2018, Warszawa (PAP) – Text", "2018-12-12"),
    ],
)
def test_a_dateline_with_a_year_dates_the_story(top: str, date: str) -> None:
    assert parse_head(top).date == date


@pytest.mark.parametrize(
    "top", ["The report (Reuters) said it", "We met (Staff) - then left", "(Reuters) Text"]
)
def test_brackets_that_are_not_datelines(top: str) -> None:
    assert parse_head(top).found == []


def test_a_header_with_a_time() -> None:
    head = parse_head(" date 2020-04-02 10:15 By Trend\n\nText")
    assert (head.date, head.publisher, head.body_start) == ("2020-04-02T10:15", "Trend", 33)


@pytest.mark.parametrize("top", ["Report\n\nThe committee met on Tuesday.", "Trend\n\nPrices rose in May."])
def test_a_title_that_is_an_agency_name_is_not_a_credit(top: str) -> None:
    assert parse_head(top).agency is None


def test_a_text_that_is_not_wire_has_no_head() -> None:
    head = parse_head("The committee met on Tuesday. It agreed on the budget for the next year.\n")
    assert head.found == [] and head.body_start == 0


def test_tail_credit_note_and_sign_off() -> None:
    text = (
        "Body paragraph one.\n\nBody paragraph two.\n\n(Reporting by Ana Ruiz; Editing by Tom Brown)\n\n"
        "(This story has been refiled to fix a typo in paragraph 2)\n REUTER"
    )
    tail = parse_tail(text)
    assert text[: tail.body_end] == "Body paragraph one.\n\nBody paragraph two."
    assert tail.authors == ["Ana Ruiz"]
    assert tail.agency == "Reuters"


def test_tail_keeps_a_last_paragraph_that_is_prose() -> None:
    text = (
        "Body paragraph one.\n\nFor more than a decade the town has relied on the ferry to reach the coast."
    )
    assert parse_tail(text).body_end == len(text)


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("The ministry approved the plan, Trend reports on September 2.", "Trend"),
        ("The plan was approved, Report informs citing the ministry.", "Report"),
        ("The plan was approved, AzerNews reports via local media.", "Azernews"),
        ("The plan was approved, APA reports.", "APA"),
        ("The plan was approved, Smith reports.", None),
        ("The plan was approved, the ministry reports.", None),
        ("The plan was approved last year, Reuters reported.", None),
        ("Міністр скасував візит.\n\nЯк передає кореспондент УНІАН, про це повідомили в Мінську.", "UNIAN"),
        ("Министр отменил визит.\n\nКак передает корреспондент Trend, об этом сообщили в Минске.", "Trend"),
        ("وزیر به سوریه رفت.\n\nبه گزارش خبرگزاری مهر، وزیر امور خارجه صبح امروز عازم شد.", "مهر"),
        ("وزیر به سوریه رفت.\nبه گزارش گروه سیاسی خبرگزاری مهر، وزیر امور خارجه صبح امروز عازم شد.", "مهر"),
        ("وزیر به سوریه رفت.\nبه گزارش روزنامه‌ای که در تهران چاپ می‌شود وزیر عازم شد.", None),
        ("وزیر به سوریه رفت. به گزارش ايسنا، وزیر امور خارجه صبح امروز عازم شد.", "ISNA"),
        ("Nazir APA-nın yerli bürosuna verilən məlumata görə Brüsselə gedib.", "APA"),
        ("Bakan, DHA'ya yaptığı açıklamada görüşmenin olumlu geçtiğini söyledi.", "DHA"),
        ("Bakan, Ahmet'e yaptığı açıklamada görüşmenin olumlu geçtiğini söyledi.", None),
        (
            "Ministrul a declarat luni că va merge la Washington, relatează Reuters, transmite Agerpres.",
            "Agerpres",
        ),
        ("Министр сказал корреспонденту газеты, что визит отменён.", None),
    ],
)
def test_attribution_in_the_lead(lead: str, agency: str | None) -> None:
    assert lead_attribution(lead) == agency


def test_told_an_outlet() -> None:
    assert told_outlet("The decision was final, the Foreign Ministry told News.Az.") == "News.Az"
    assert told_outlet("The decision was final, the spokesman told reporters.") is None


def test_republished_copy_keeps_the_site_as_publisher(record_of_text: TextRunner) -> None:
    text = (
        " date 2021-06-01 By Azernews\n\n"
        "BAKU, June 1 (Reuters) - Azerbaijan's central bank kept its key rate unchanged on Tuesday.\n\n"
        "The bank said inflation was in line with its forecast.\n"
    )
    record = record_of_text(text)
    assert (record["format"], record["publisher"], record["date"]) == ("news-wire", "Azernews", "2021-06-01")
    assert record["metadata"]["dateline"] == "Baku"
    assert record["text"].startswith("Azerbaijan's central bank kept its key rate")


def test_an_essay_quoting_an_agency_is_not_wire(record_of_text: TextRunner) -> None:
    text = (
        "Notes on a long winter\n\n"
        "The ferry stopped running in January, Reuters reported at the time, and the island waited.\n\n"
        "We read the papers by candlelight.\n"
    )
    record = record_of_text(text)
    assert record["format"] == "plain-text"
    assert record["publisher"] is None


def test_a_whole_collection_file_warns_that_only_its_first_record_is_read(record_of_text: TextRunner) -> None:
    one = (
        '<REUTERS NEWID="1">\n<DATE> 2-MAR-1987 10:00:00.00</DATE>\n<TEXT>\n<TITLE>FIRST</TITLE>\n'
        "<BODY>The first story.\n REUTER\n</BODY></TEXT>\n</REUTERS>\n"
    )
    record = record_of_text(
        one + one.replace("FIRST", "SECOND").replace("first", "second"), name="reut2-000.sgm"
    )
    assert (record["format"], record["title"], record["text"]) == ("news-wire", "FIRST", "The first story.")
    assert any("only the first is read" in warning for warning in record["warnings"])


def test_a_story_about_subscriptions_keeps_its_last_paragraph() -> None:
    text = (
        "LOS ANGELES (Reuters) - The streaming company added more customers than expected.\n\n"
        "The company said paid subscriptions rose 5 percent and that subscribers in Asia grew fastest."
    )
    assert parse_tail(text).body_end == len(text)


@pytest.mark.parametrize(
    "prompt",
    ["Subscribe now", "To read the full story, subscribe to our newsletter.", "Already a subscriber? Log in",
     "This article is for subscribers only.", "Sign in to continue reading"],
)  # fmt: skip
def test_subscription_prompts_go(prompt: str) -> None:
    text = "The teaser paragraph of the story, cut off before its end...\n\n" + prompt
    assert text[: parse_tail(text).body_end] == "The teaser paragraph of the story, cut off before its end..."


def test_a_photo_caption_under_its_label_between_paragraphs_is_left_out() -> None:
    from ingest_builtins.formats.news_wire.desk_notes import strip_desk_notes

    text = (
        "The first paragraph.\n\nPHOTO: The minister speaks to journalists. (Photo by KNA)\n\nThe second one."
    )
    assert strip_desk_notes(text) == "The first paragraph.\n\nThe second one."


def test_an_advertisement_s_label_between_paragraphs_is_left_out() -> None:
    from ingest_builtins.formats.news_wire.desk_notes import strip_desk_notes

    text = "The first paragraph.\n\nAdvertisement\n\nThe second one."
    assert strip_desk_notes(text) == "The first paragraph.\n\nThe second one."


@pytest.mark.parametrize(
    ("names", "people"),
    [
        ("مجدي الباطية", ["مجدي الباطية"]),  # Arabic: no capitals to tell a name by
        ("יניר קוזין", ["יניר קוזין"]),
        ("ᐋᑎ ᓵᑭᓯᐊᓐ", ["ᐋᑎ ᓵᑭᓯᐊᓐ"]),
        ("රොමේෂ් ධනුෂ්ක සිල්වා", ["රොමේෂ් ධනුෂ්ක සිල්වා"]),  # Sinhala, its vowel signs with their letters
        ("记者 陈然", []),  # a Chinese reporter's title beside the name: not a name of two words
        ("الأخبار", []),  # one word
        ("هيئة التحرير", []),  # the editorial board, a desk and no person
        ("न्यूज़ डेस्क", []),
        ("מערכת וואלה", []),
        ("الصحفي أحمد علي", ["أحمد علي"]),  # the reporter's title left out
    ],
)
def test_a_byline_names_people_in_scripts_without_capitals(names: str, people: list[str]) -> None:
    assert byline_names(names)[0] == people

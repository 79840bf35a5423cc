"""web-page, copied as text: the signs of a page (ads, widgets, a weather widget, a masthead), and the lines
around a headline that are none (a trail, the day's date, a short name, a stamp with its credits)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.web_page.copied import parse_copied_page

TextRunner = Callable[..., dict[str, Any]]

HEADLINE = "Harbour pilots vote to strike over the new shift rules"
LEAD = (
    "The harbour pilots' union voted on Tuesday to strike next month over the new shift rules, its leader"
    " said after the vote in the union's hall."
)
MORE = "The port authority said it would keep talking with the union until the last day of the month."


def story(head: str, headline: str = HEADLINE, between: str = "") -> str:
    """A copied page: ``head`` lines, the headline, ``between`` lines, the lead and one more paragraph."""
    return f"{head}{headline}\n{between}{LEAD}\n{MORE}\n"


def test_ad_labels_between_the_paragraphs_mark_a_copied_page(record_of_text: TextRunner) -> None:
    text = f"Advertisement\n{HEADLINE}\nShare\n\n{LEAD}\n\nAdvertisement\n\n{MORE}\n"
    record = record_of_text(text, name="page.txt")
    assert (record["format"], record["title"]) == ("web-page", HEADLINE)
    assert "Advertisement" not in record["text"]
    assert "copied page furniture: ad label" in str(record["provenance"])


def test_two_lines_of_button_or_link_labels_mark_a_copied_page(record_of_text: TextRunner) -> None:
    text = f"Next Story\n{HEADLINE}\n{LEAD}\nRead also: Ferry timetable changes from April\n{MORE}\n"
    record = record_of_text(text, name="page.txt")
    assert record["format"] == "web-page"
    assert "widget labels" in str(record["provenance"])
    assert "Read also" not in record["text"] and "Next Story" not in record["text"]


def test_the_site_s_name_over_its_buttons_is_a_page_s_masthead(record_of_text: TextRunner) -> None:
    record = record_of_text(story("Harbour Daily\nFollow us\nProfile\n"), name="page.txt")
    assert (record["format"], record["publisher"], record["title"]) == ("web-page", "Harbour Daily", HEADLINE)


@pytest.mark.parametrize("weather", ["9.5 C\nAlba Iulia\n", "18º\nMIN 16º MÁX 22º\n"])
def test_a_portal_s_weather_widget_marks_a_page_and_is_no_headline(
    weather: str, record_of_text: TextRunner
) -> None:
    record = record_of_text(story(weather), name="page.txt")
    assert (record["format"], record["title"]) == ("web-page", HEADLINE)


@pytest.mark.parametrize(
    "head",
    [
        "Harbour Daily TV\nPublished 4 March 2025 09:15\n",  # the site's name, then the stamp
        "• Category\n• Content Type\nHarbour Daily\n",  # a menu's items, then the site's name
    ],
)
def test_a_short_name_above_the_headline_is_no_headline(head: str) -> None:
    assert parse_copied_page(story(head, LONG_HEADLINE)).title == LONG_HEADLINE


LONG_HEADLINE = HEADLINE + " from next month"


def test_a_short_outlet_name_above_the_headline_and_the_date_is_the_publisher() -> None:
    page = parse_copied_page(story("Harbour News Television\nPublished 4 March 2025 09:15\n", LONG_HEADLINE))
    assert (page.title, page.publisher) == (LONG_HEADLINE, "Harbour News Television")


@pytest.mark.parametrize(
    "today", ["ঢাকা, বৃহস্পতিবার   ২৩ জানুয়ারি ২০২৫\n", "الأحد، 15 أبريل 2018\n", "[banner zona='1' /]\n"]
)
def test_the_page_s_current_date_or_a_placeholder_above_the_headline_is_no_headline(today: str) -> None:
    page = parse_copied_page(story(today))
    assert (page.title, page.date) == (HEADLINE, None)


def test_a_stamp_crediting_its_source_and_editor_outranks_the_day_s_date_above_the_page() -> None:
    page = parse_copied_page(
        story("Monday Nov 18, 2024\n", between="2015-02-04 09:47 Xinhua Web Editor: Gu Liping\n")
    )
    assert (page.title, page.date) == (HEADLINE, "2015-02-04T09:47")


def test_a_time_stamp_among_the_story_s_first_lines_dates_it_and_leaves_the_text() -> None:
    page = parse_copied_page(f"{HEADLINE}\n{LEAD}\n21 June 2010, 10:25\n{MORE}\n")
    assert page.date == "2010-06-21T10:25"
    assert "10:25" not in page.body


def test_a_trail_glued_to_the_headline_above_it_gives_way_to_the_headline() -> None:
    page = parse_copied_page(story(f"Home Harbour news {HEADLINE}\n"))
    assert page.title == HEADLINE
    assert page.body.startswith(LEAD)


def test_a_chinese_page_s_menu_set_apart_by_bars_its_headline_and_its_stamp() -> None:
    page = parse_copied_page(
        "首页|新闻|国内|国际|财经|体育|娱乐\n"
        "您所在的位置: 港口网 > 国内 > 正文\n"
        "两港口就共同运营新渡轮航线达成协议\n"
        "2025-03-04 09:15:20  来源:港口网  责任编辑:李明\n"
        "两港口公司周二宣布,将于明年春季共同运营连接南北两港的新渡轮航线。\n"
        "公司表示,新航线每日将运送约四千名乘客。\n"
    )
    assert page.title == "两港口就共同运营新渡轮航线达成协议"
    assert page.body.startswith("两港口公司周二宣布")


def test_a_word_opening_the_next_sentence_is_no_headline_over_a_teaser() -> None:
    page = parse_copied_page(
        "渡轮\n渡轮(とりん)とは、港と港を結ぶ船のことです。\n渡轮は多くの港で使われています。\n"
    )
    assert "headline with teaser" not in page.found


def test_a_korean_reporter_s_credit_and_address_under_the_headline_names_the_author() -> None:
    page = parse_copied_page(
        "외교부, 주한 대사 초치\n"
        "홍길동 기자 gildong@example.com\n"
        "외교부는 17일 주한 대사를 초치해 항의했다고 밝혔다.\n"
        "외교부 당국자는 이날 기자들에게 이같이 말했다고 전했다.\n"
    )
    assert page.authors == ["홍길동"]
    assert "example.com" not in page.body


@pytest.mark.parametrize("line", ["2º turno", "1º de Maio", "Artículo 5º", "12F", "4 C"])
def test_an_ordinal_or_a_room_is_no_weather_widget(line: str) -> None:
    from ingest_builtins.formats.web_page.page_lines import is_weather_line

    assert not is_weather_line(line)


@pytest.mark.parametrize("line", ["March 2020 in review", "The 12 May 2020 accord"])
def test_a_phrase_around_a_date_is_no_date_line(line: str) -> None:
    from ingest_builtins.formats.web_page.stamps import is_date_line

    assert not is_date_line(line)


def test_a_short_headline_right_over_its_standfirst_keeps_its_place() -> None:
    page = parse_copied_page(
        "Obama wins election\nThe president-elect thanked supporters in Chicago on Tuesday night\n"
        f"{LEAD}\n{MORE}\n"
    )
    assert page.title == "Obama wins election"


def test_the_story_starts_at_its_first_paragraph_past_lines_that_are_no_sentences() -> None:
    page = parse_copied_page(
        "Sala de Prensa\nUsted está en: Portada\nMartes, 08 de agosto de 2017\n"
        "Harbour pilots vote to strike over the new shift rules\nComparte :\nImagen foto_00000001\n"
        f"{LEAD}\n{MORE}\n"
    )
    assert page.title == "Harbour pilots vote to strike over the new shift rules"  # not the section's name
    assert page.body.startswith(LEAD)


@pytest.mark.parametrize(
    "between",
    [
        "The union met on Friday.\n",  # a short lead of the story's own
        "1. Pilots\n2. Ports\n",  # a list: the text's own
    ],
)
def test_sentences_and_lists_above_the_first_paragraph_stay(between: str) -> None:
    text = f"Sala de Prensa\nUsted está en: Portada\nHarbour pilots vote to strike\n{between}{LEAD}\n{MORE}\n"
    assert between.split("\n")[0] in parse_copied_page(text).body


def _after(lines: list[str], index: int, reach: int) -> str:
    """What the text after a line was before one folded text served every line: its lines folded, joined."""
    from ingest_builtins.formats.web_page.folding import same_text

    size, end = 0, len(lines)
    for stop in range(index + 1, len(lines)):
        size += len(lines[stop])
        if size > reach:
            end = stop + 1
            break
    return same_text(" ".join(lines[index + 1 : end]))


def test_a_line_repeated_below_is_found_as_in_the_text_after_it_folded() -> None:
    from ingest_builtins.formats.web_page.folding import FollowingText

    lines = [
        "Ｈｅａｄｌｉｎｅ “Quoted”",
        "",
        "  a   b  ",
        'Headline "quoted" – here',
        "ﬁne print",
        "",
        "last LINE",
    ]
    following = FollowingText(lines, 20)
    for index in range(len(lines)):
        after = _after(lines, index, 20)
        for key in ('headline "quoted"', "a b", "fine print", "last line", "b headline", "print last", "x"):
            assert following.holds(index, key) == (key in after), (index, key)


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Harbour pilots vote", 3),
        ("外交部发言人表示", 4),
        ("照会", 1),
        ("中国外交部:应邀 访问 Beijing", 5),
        ("นายกรัฐมนตรีเดินทาง", 4),  # Thai: a word every four characters, vowel signs counted
        ("ថ្ងៃនេះ", 1),
    ],
)
def test_an_unspaced_script_s_run_counts_by_its_length(line: str, count: int) -> None:
    from ingest_builtins.formats.articles.furniture import reading_words

    assert reading_words(line) == count


def test_a_label_trailing_off_above_the_headline_and_the_stamp_under_it() -> None:
    page = parse_copied_page(story("HAPPENING NOW...\n", between="Thursday, 27 October 2011 23:58\n"))
    assert (page.title, page.date) == (HEADLINE, "2011-10-27T23:58")
    assert page.body.startswith(LEAD)


@pytest.mark.parametrize(
    ("byline", "authors", "date"),
    [
        ("By Jane Roe | 12 March 2026 10:15", ["Jane Roe"], "2026-03-12T10:15"),
        ("Por Ana Lima - Em 20/10/2025 às 6:55 PM", ["Ana Lima"], "2025-10-20T18:55"),
        ("vendredi 12 octobre 2018 - par Jean Roe", ["Jean Roe"], "2018-10-12"),
        ("24.04.2023 | 12:59 Автор: Петя Петрова", ["Петя Петрова"], "2023-04-24T12:59"),
    ],
)
def test_a_byline_carrying_the_stamp_after_a_bar_or_a_dash(
    record_of_text: TextRunner, byline: str, authors: list[str], date: str
) -> None:
    record = record_of_text(story("", between=byline + "\n"), name="page.txt")
    assert (record["format"], record["title"], record["date"]) == ("web-page", HEADLINE, date)
    assert record["authors"] == authors and record["text"].startswith(LEAD)


def test_a_stamp_with_spaces_before_its_commas_is_read() -> None:
    from ingest_builtins.formats.web_page.stamps import read_timestamp

    assert read_timestamp("Jumatano , 16th Aug , 2023") == ("2023-08-16", "")


def test_labels_in_words_no_table_holds_under_the_story_go_and_are_no_sign() -> None:
    page = parse_copied_page(
        f"{HEADLINE}\n12 March 2026 10:15\n{LEAD}\n{MORE}\nRhannu\nNewyddion Diweddaraf\n"
    )
    assert page.body.endswith(MORE)
    assert "furniture at the end" not in page.found


def test_short_lines_under_a_story_with_no_named_furniture_stay() -> None:
    page = parse_copied_page(f"{HEADLINE}\n{LEAD}\n{MORE}\nJohn Smith\nDirector\n")
    assert page.body.endswith("Director")


def test_a_headline_printed_twice_with_a_stamp_between_is_the_pages() -> None:
    headline = "Harbour pilots vote to strike over the new shift rules"
    text = (
        f"Talks end without a deal\n{headline}\nMonday 14 February 2022 18:25\n{headline}\n{LEAD}\n{MORE}\n"
    )
    page = parse_copied_page(text)
    assert page.title == headline and page.body.startswith(LEAD)
    assert "repeated headline" in page.found


def test_a_stamp_among_the_lines_above_the_first_paragraph_dates_the_story() -> None:
    text = (
        "当前位置: 首页>新闻>\n\n港口引航员投票决定下月罢工[组图]\n\n"
        "发布时间:2024-05-12 14:20:00  |  来源:本网  |  责任编辑:王明\n\n"
        "引航员在工会大厅投票(2024年5月10日摄)。\n\n"
        "港口引航员工会周二投票决定下个月举行罢工,以抗议新的轮班规定,工会负责人在投票后表示将继续与港务局谈判。\n"
    )
    assert parse_copied_page(text).date == "2024-05-12T14:20:00"


def test_the_publication_stamp_over_the_last_update_s_under_the_story_dates_it() -> None:
    stamps = "Dátum vloženia: 21. 6. 2023 11:40\nDátum poslednej aktualizácie: 21. 6. 2023 11:52\n"
    page = parse_copied_page(f"{HEADLINE}\n\n{LEAD}\n\n{LEAD}\n\n{stamps}")
    assert page.date == "2023-06-21T11:40"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Santiago, 2 de febreiro de 2016.- O presidente recibiu onte á cónsul xeral.", "2016-02-02"),
        ("Genève, le 25 février 2019 – Le ministre a reçu son homologue.", "2019-02-25"),
        ("Hoy, 3 de marzo de 2024, el ministro recibió a su homólogo.", None),
        ("The meeting on 3 March 2024 - the third this year - was long.", None),
    ],
)
def test_a_dateline_with_its_whole_date_opening_the_story_dates_the_page(line: str, date: str | None) -> None:
    from ingest_builtins.formats.web_page.copied_page import dateline_date

    assert dateline_date(line) == date


def test_a_page_keeps_the_story_s_dateline_on_its_own_line_and_its_signed_last_paragraph() -> None:
    last = (
        "The talks will go on in Hyderabad House at three on Tuesday, the ministry's spokesman said. (IANS)"
    )
    page = parse_copied_page(
        f"{HEADLINE}\n\nNew Delhi, April 26:\n\n{LEAD}\n\n{last}\n\nAlso Read\n\nComments are closed.\n"
    )
    assert page.body.startswith("New Delhi, April 26:") and page.body.endswith("(IANS)")

"""web-page, copied as text: the furniture's labels in each language, and how a line is folded to match."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.articles import language_buttons, language_labels
from ingest_builtins.formats.articles.furniture import (
    is_discussion_line,
    is_end_marker,
    is_furniture_line,
    is_read_also,
    is_widget_label,
    label_key,
)
from ingest_builtins.formats.articles.labels import AD_LABELS, END_MARKERS, SKIP_LINKS, WIDGET_LABELS


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("3 Comments", "comments"),
        ("Коментари (3)", "коментари"),
        ("Komentari: 0", "komentari"),
        ("0 Komentara", "komentara"),
        ("已有 0 条评论", "评论"),
        ("共 12 条评论", "评论"),
        ("3件のコメント", "コメント"),
        ("댓글 3개", "댓글"),
        ("Comments [12]", "comments"),
        ("上一篇：", "上一篇"),
        ("ចែករំលែក៖", "ចែករំលែក"),
        ("Share:", "share"),
        ("« Previous article", "previous article"),
        ("İLGİLİ HABERLER", "ilgili haberler"),
        ("Ads by Google Ads by Google", "ads by google"),  # two slots' labels on one line
        ("Share Share", "share"),
    ],
)
def test_a_count_and_a_colon_are_folded_away(line: str, key: str) -> None:
    assert label_key(line) == key


def test_a_word_keeps_the_vowel_sign_it_ends_with() -> None:
    # Devanagari, Tamil and Khmer words end with combining signs: they are the word's, not punctuation.
    assert label_key("शेयर करें") == "शेयर करें"
    assert label_key("टिप्पणियाँ:") == "टिप्पणियाँ"
    assert label_key("பகிர்") == "பகிர்"


def test_every_label_is_written_as_a_line_folds() -> None:
    for table in (END_MARKERS, SKIP_LINKS, AD_LABELS, WIDGET_LABELS):
        assert [label for label in table if label_key(label) != label] == []


def test_each_language_has_its_tail_headings_and_buttons() -> None:
    tables = (
        language_labels.READ_ALSO,
        language_labels.TAIL_HEADINGS,
        language_labels.COMMENTS,
        language_buttons.BUTTONS,
    )
    languages = set(language_labels.TAIL_HEADINGS)
    assert len(languages) >= 45
    assert all(set(table) == languages for table in tables)


@pytest.mark.parametrize(
    "line",
    [
        "Publicaciones Similares",  # es
        "Articoli correlati",  # it
        "Mest lesið",  # is
        "Najczęściej czytane",  # pl
        "НАПИШИ КОМЕНТАР",  # bg
        "Коментари (3)",  # bg, sr, mk
        "Postavi komentar",  # sr
        "0 Komentara",  # hr, sr, bs
        "Σχόλια",  # el
        "Önceki Haber",  # tr
        "Похожие новости",  # ru
        "Коментарі",  # uk
        "مقالات ذات صلة",  # ar
        "כתבות קשורות",  # he
        "संबंधित खबरें",  # hi
        "ข่าวที่เกี่ยวข้อง",  # th
        "Bài viết liên quan",  # vi
        "Berita Terpopuler",  # id
        "Habari zinazohusiana",  # sw
        "上一篇:",  # zh
        "已有 0 条评论",  # zh
        "相關新聞",  # zh, traditional
        "関連ニュース",  # ja
        "관련기사",  # ko
        "អត្ថបទពាក់ព័ន្ធ",  # km
        "Ou ka gade tou",  # ht
        "Das könnte Dir auch gefallen",  # de
        "Přehled dalších článků",  # cs
    ],
)
def test_tail_headings_across_languages(line: str) -> None:
    assert is_end_marker(line) and is_widget_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "СПОДЕЛИ СТАТИЯТА",
        "Odštampaj tekst",
        "Hafa samband",
        "ចែករំលែក៖",
        "Udostępnij",
        "Megosztás",
        "Поділитися",
        "שתף",
        "शेयर करें",
        "Chia sẻ",
        "Shiriki",
        "分享到：",
        "공유하기",
        "Haut de page",
        "Hoppa yfir valmynd",  # is: skip to the content
        "Přeskočit na obsah",  # cs: skip to the content
        "コンテンツへスキップ",  # ja: skip to the content
    ],
)
def test_buttons_across_languages(line: str) -> None:
    assert is_widget_label(line)


def test_previous_and_next_story_with_their_titles() -> None:
    assert is_end_marker("上一篇：市政府召开新闻发布会通报全年工作")
    assert is_end_marker("Next article: Council approves the budget for the new bridges")
    assert not is_end_marker("Next, the council approved the budget for the new bridges")


def test_read_also_under_a_label_in_any_language() -> None:
    assert is_read_also("Pročitajte još: Vlada usvojila budžet za 2027. godinu")
    assert is_read_also("延伸阅读：市政府召开新闻发布会")
    assert not is_read_also("Pročitajte još jednom ovaj tekst pažljivo")


@pytest.mark.parametrize(
    "line",
    [
        "Del",
        "Tag",
        "Stampa",
        "Komen",
        "Mai",
        "Dar",
        "Tema:",
        "Subject:",
        "Athugasemdir",
        "Delo",
        "Photo 3",
        "Deli",
    ],
)
def test_words_of_ordinary_lines_are_no_labels(line: str) -> None:
    assert not is_widget_label(line) and not is_end_marker(line)


def test_a_line_of_chinese_prose_is_no_short_label() -> None:
    # A line of Chinese without spaces is one spaced word but many words read: no weak label at the end.
    line = "5月23日，外交部发言人毛宁主持例行记者会，有记者就中美关系提问（澎湃）"
    assert is_furniture_line(line) is None
    assert is_furniture_line("快速回复") == "strong" and is_end_marker("快速回复")


def test_a_read_counter_with_its_colon() -> None:
    assert is_furniture_line("Read: 397") == "strong"
    assert is_furniture_line("Read the statement") != "strong"


def test_the_tags_and_the_comments_in_any_language_open_the_furniture() -> None:
    assert all(map(is_end_marker, ["Etichette", "Címkék", "标签：", "Коментари (3)", "댓글 3개"]))
    assert all(map(is_discussion_line, ["Коментари (3)", "Postavi komentar", "已有 0 条评论"]))


@pytest.mark.parametrize(
    "line",
    [
        "© 2026 Example News",
        "(C) Example News",
        "Copyright Example News",
        "ⓒ 세계일보",
        "무단 전재 및 재배포 금지",
        "版权所有 新华网",
        "版權所有 中央社",
        "著作権は各社に帰属します",
        "禁止转载",
        "禁止轉載",
        "未经授权不得转载",
        "未經授權不得轉載",
        "При перепечатке ссылка обязательна",
        "Гиперссылка на example.ru обязательна",
        "Reproduction interdite",
        "Prohibida su reproducción",
        "Riproduzione riservata",
        "不代表本站观点",
    ],
)
def test_copyright_notices_in_either_case(line: str) -> None:
    assert is_furniture_line(line) == "strong"
    assert is_furniture_line(line.upper()) == "strong"


@pytest.mark.parametrize("line", ["Advertisement 2", "Story continues below", "Article content"])
def test_an_ad_slot_by_its_number_and_the_ad_s_notes_are_widget_labels(line: str) -> None:
    assert is_widget_label(line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("الاكثر قراءة", "الأكثر قراءة"),  # the alef without its hamza
        ("شاهد ايضا", "شاهد أيضاً"),
        ("اخبار منتخب", "اخبار منتخب"),  # fa
        ("تيليجرام", "تیلیجرام"),  # Arabic's yeh and Persian's
    ],
)
def test_arabic_script_labels_match_however_their_letters_are_written(line: str, label: str) -> None:
    assert label_key(line) == label_key(label)
    assert is_end_marker(line) or label_key(line) == label_key("تيليجرام")

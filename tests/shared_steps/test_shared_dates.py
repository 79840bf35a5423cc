"""The shared date reader: every form the genres print, at the printed precision, and nothing guessed."""

from __future__ import annotations

import time

import pytest
from ingest_builtins.metadata.dates import DateMatch, find_dates, parse_date

FORMS = [
    # Figures spaced after their dots (Czech, Slovak, Hungarian), a Romanian month cut short
    ("21. 6. 2023", "2023-06-21"),
    ("21. 06. 2023 11:40", "2023-06-21T11:40"),
    ("2023. 06. 21.", "2023-06-21"),
    ("29 noi. 2023", "2023-11-29"),
    # English
    ("17 April 2018", "2018-04-17"),
    ("April 17, 2018", "2018-04-17"),
    ("Apr. 17, 2018", "2018-04-17"),
    ("Apr 17 2018", "2018-04-17"),
    ("17th April 2018", "2018-04-17"),
    ("22-Apr-2018", "2018-04-22"),
    ("7 مايو - 2021", "2021-05-07"),
    ("the 17th day of April 2018", "2018-04-17"),
    ("1st of May, 2019", "2019-05-01"),
    ("December, 6th, 1965", "1965-12-06"),
    ("Monday, 17 April 2018", "2018-04-17"),
    ("Wednesday, July 29, 2023 09:19", "2023-07-29T09:19"),
    ("July 29, 2023 09:19", "2023-07-29T09:19"),
    ("Tue Dec 30, 2014 9:21am", "2014-12-30T09:21"),
    ("April 2, 2020 at 9:15 p.m.", "2020-04-02T21:15"),
    ("April 2, 2020 12:05 AM", "2020-04-02T00:05"),
    ("2 April 2020, 10:15 GMT+4", "2020-04-02T10:15+04:00"),
    ("2 April 2020 10:15 UTC", "2020-04-02T10:15Z"),
    ("Sept. 2, 2020", "2020-09-02"),
    ("April 2018", "2018-04"),
    # French
    ("6 mai 2020", "2020-05-06"),
    ("1er mai 2020", "2020-05-01"),
    ("lundi 6 mai 2020", "2020-05-06"),
    ("le 16 février 1955", "1955-02-16"),
    ("21 déc. 1987", "1987-12-21"),
    ("8 avril 2020 à 10h15", "2020-04-08T10:15"),
    ("avril 2016", "2016-04"),
    # Spanish
    ("8 de abril de 2020", "2020-04-08"),
    ("1.º de mayo de 2020", "2020-05-01"),
    ("21 oct. 1987", "1987-10-21"),
    ("27 de enero del 1999", "1999-01-27"),
    ("a los 8 días del mes de abril de 2020", None),  # the words before the day are not a date
    ("8 días del mes de abril de 2020", "2020-04-08"),
    ("abril de 2020", "2020-04"),
    # Russian
    ("2 апреля 2020 года", "2020-04-02"),
    ("2 апреля 2020 г.", "2020-04-02"),
    # German, Dutch, Italian, Portuguese, other European languages of treaty notes
    ("17. April 2018", "2018-04-17"),
    ("1. Oktober 1960", "1960-10-01"),
    ("3. März 2021", "2021-03-03"),
    ("30 september 1960", "1960-09-30"),
    ("16 maart 1986", "1986-03-16"),
    ("8 december 1965", "1965-12-08"),
    ("17 aprile 2018", "2018-04-17"),
    ("1º maggio 2020", "2020-05-01"),
    ("17 de abril de 2018", "2018-04-17"),
    ("5 de março de 2021", "2021-03-05"),
    ("12 maja 2020", "2020-05-12"),
    ("5 augusti 2019", "2019-08-05"),
    ("2 aprel 2020", "2020-04-02"),
    # numeric
    ("2020-04-02", "2020-04-02"),
    ("2020/04/02", "2020-04-02"),
    ("2020-04-02T10:15:00Z", "2020-04-02T10:15:00Z"),
    ("2020-04-02T10:15:00+04:00", "2020-04-02T10:15:00+04:00"),
    ("2020-04-02 10:15", "2020-04-02T10:15"),
    ("29.07.2023 09:19", "2023-07-29T09:19"),
    ("02.04.2020", "2020-04-02"),
    ("17/04/2018", "2018-04-17"),
    ("04/17/2018", "2018-04-17"),
    ("03/04/2018", None),  # 3 April or March 4: not said
    ("20200402", "2020-04-02"),
    ("2018", "2018"),
    ("2018-04", "2018-04"),
    # other scripts
    ("٢ أبريل ٢٠٢٠", "2020-04-02"),
    ("8 نيسان 2020", "2020-04-08"),
    ("2018年6月18日 10:01", "2018-06-18T10:01"),
    ("2018年4月", "2018-04"),
    ("2018. november 22.", "2018-11-22"),
    ("2020. Március 13. 16:01", "2020-03-13T16:01"),  # a page's stamp: capitalised, the day's full stop
    ("2020년 4월 2일", "2020-04-02"),
]


@pytest.mark.parametrize(("text", "iso"), FORMS)
def test_parse_date_reads_each_form_at_its_printed_precision(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Resolution 822",
        "17 April",  # no year: never filled in from today
        "April 17",
        "31 February 2018",
        "31.04.2020",
        "2018-13-01",
        "20201340",
        "12345678",
        "the letter of 17 April 2018 from the Minister",  # not one date expression alone
        "they may 2020",
        "In 2018. May 5",  # a sentence's end and the next one's start, not a Hungarian date
        "S/2018/360",
        "18-06117 (E) 240418",
    ],
)
def test_parse_date_refuses_what_is_not_one_date(text):
    assert parse_date(text) is None


def test_parse_date_dayfirst_settles_ambiguous_slashes():
    assert parse_date("03/04/2018", dayfirst=True) == "2018-04-03"
    assert parse_date("03/04/2018", dayfirst=False) == "2018-03-04"
    assert parse_date("03.04.2018") == "2018-04-03"  # dots are day first
    assert parse_date("03.04.2018", dayfirst=False) == "2018-03-04"


def test_find_dates_in_text_order_with_spans():
    text = "BAKU, April 2 (Reuters) - On 17 April 2018 the letter, dated 2020-04-02, came. Resolution 822."
    found = find_dates(text)
    assert [d.iso for d in found] == ["2018-04-17", "2020-04-02"]
    assert all(text[d.start : d.end] == d.text for d in found)
    assert isinstance(found[0], DateMatch)
    with pytest.raises(AttributeError):
        found[0].iso = "x"  # type: ignore[misc]


def test_find_dates_includes_a_printed_weekday_in_the_span():
    [found] = find_dates("Paris, lundi 6 mai 2020.")
    assert found.text == "lundi 6 mai 2020"
    assert found.iso == "2020-05-06"


@pytest.mark.parametrize(
    "text",
    [
        "Quarante-troisième session 24 février-20 mars 2020",
        "Forty-third session 24 February-20 March 2020",
        "held from 17-19 April 2018 in Geneva",
        "held 17–19 April 2018",
        "from 2 to 5 May 2020",
        "du 2 au 5 mai 2020",
        "del 2 al 5 de mayo de 2020",
        "van 13 tot en met 16 maart 1986",
        "February 24-March 20, 2020",
        "from 17 April 2018 to 20 April 2018",
        "2 - 5 May 2020",
    ],
)
def test_find_dates_leaves_out_both_ends_of_a_range(text):
    assert find_dates(text) == []


def test_find_dates_returns_range_ends_when_asked():
    found = find_dates("session 24 February-20 March 2020", ranges=True)
    assert [d.iso for d in found] == ["2020-03-20"]  # the start has no year of its own: nothing invented
    found = find_dates("from 17 April 2018 to 20 April 2018", ranges=True)
    assert [d.iso for d in found] == ["2018-04-17", "2018-04-20"]


def test_dates_next_to_a_range_are_still_found():
    found = find_dates("Geneva, 6 May 2020. The session (24 February-20 March 2020) was suspended.")
    assert [d.iso for d in found] == ["2020-05-06"]


def test_a_year_alone_is_a_date_only_when_asked():
    text = "In 2016 the talks resumed; the letter of 2 May 2016 (S/2016/411) and resolution 822 (1993)."
    assert [d.iso for d in find_dates(text)] == ["2016-05-02"]
    assert [d.iso for d in find_dates(text, years=True)] == ["2016", "2016-05-02", "1993"]


def test_find_dates_limit_and_dayfirst():
    text = "Dates: 03/04/2018, 17/04/2018, 2 May 2019, 3 May 2019."
    assert [d.iso for d in find_dates(text)] == ["2018-04-17", "2019-05-02", "2019-05-03"]
    assert [d.iso for d in find_dates(text, dayfirst=True)][:1] == ["2018-04-03"]
    assert [d.iso for d in find_dates(text, limit=2)] == ["2018-04-17", "2019-05-02"]


def test_find_dates_ignores_symbols_job_numbers_and_versions():
    text = (
        "A/72/843–S/2018/360\nDistr.: General\n18-06117 (E) 240418\n*1806117*\nVersion 2.0, 1.2.3\n1.5.2020.1"
    )
    assert find_dates(text) == []


def test_arabic_indic_digits_keep_offsets():
    text = "بتاريخ ٢ أبريل ٢٠٢٠ في"
    [found] = find_dates(text)
    assert found.iso == "2020-04-02"
    assert text[found.start : found.end] == found.text == "٢ أبريل ٢٠٢٠"


def test_find_dates_stays_fast_on_large_and_pathological_text():
    dense = "On 17 April 2018, 12.5% of 2020 - foo 1999 bar. " * 20_000  # ~1 MB, a year every 25 characters
    digits = "1" * 200_000 + " " + "2018 " * 50_000 + "a " * 100_000
    started = time.perf_counter()
    assert len(find_dates(dense)) == 20_000
    assert find_dates(digits) == []
    assert time.perf_counter() - started < 5


def test_dates_in_chinese_numerals_as_official_chinese_writing_prints_them() -> None:
    found = find_dates("二〇二五年十二月三十一日于北京，二〇二六年三月一日")
    assert [match.iso for match in found] == ["2025-12-31", "2026-03-01"]
    assert found[0].text == "二〇二五年十二月三十一日"
    assert find_dates("二〇二六年二月三十日") == []  # no such day


@pytest.mark.parametrize(
    ("text", "iso"),
    [("令和8年3月12日", "2026-03-12"), ("令和元年5月1日", "2019-05-01"), ("令和８年３月１２日", "2026-03-12"),
     ("平成31年4月30日", "2019-04-30")],
)  # fmt: skip
def test_dates_of_the_japanese_eras(text: str, iso: str) -> None:
    assert [match.iso for match in find_dates(f"東京、{text}")] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ירושלים, 12 במרץ 2026", "2026-03-12"),
        ("Dodoma, 12 Machi 2026", "2026-03-12"),
        ("วันที่ 12 มีนาคม พ.ศ. 2569", "2026-03-12"),  # the Buddhist era, 543 years ahead
        ("ลงวันที่ 2 มีนาคม 2569", "2026-03-02"),
    ],
)
def test_hebrew_swahili_and_thai_dates(text: str, iso: str) -> None:
    assert [match.iso for match in find_dates(text)] == [iso]


def test_find_dates_reads_chinese_numerals_with_a_typed_zero():
    assert [d.iso for d in find_dates("二○○六年三月八日于塔那那利佛")] == ["2006-03-08"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("প্রকাশিত: ১৯ মে ২০২৩ ০১:০৮", "2023-05-19T01:08"),  # Bengali digits, a month ending in a vowel sign
        ("१२ जनवरी २०२० को", "2020-01-12"),  # Devanagari digits
        ("3 फ़रवरी 2021", "2021-02-03"),
        ("شائع 30 اگست 2018 06:37pm", "2018-08-30T18:37"),  # Urdu
        ("۱۵ مه ۲۰۲۰", "2020-05-15"),  # Persian, Gregorian month
        ("Maynila, 12 Marso 2019", "2019-03-12"),  # Tagalog
        ("๑๒ มีนาคม ๒๕๖๙", "2026-03-12"),  # Thai digits, Buddhist era
    ],
)
def test_dates_in_the_digits_and_month_names_of_south_asian_persian_and_tagalog_pages(
    text: str, iso: str
) -> None:
    assert [match.iso for match in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("6. junija 2024", "2024-06-06"),  # Slovenian, the genitive
        ("četvrtak, 01. avgust 2019.", "2019-08-01"),  # Serbian in Latin letters, a weekday before
        ("16. rujna 2020.", "2020-09-16"),  # Croatian
        ("12 сеп 2021", None),  # an abbreviation the table does not hold is no month
        ("3 юни 2022", "2022-06-03"),  # Bulgarian
        ("15 gegužės 2022", "2022-05-15"),  # Lithuanian
        ("21. mars 2013", "2013-03-21"),  # Icelandic
        ("3 qershor 2024", "2024-06-03"),  # Albanian
        ("12 սեպտեմբերի 2024", "2024-09-12"),  # Armenian, the genitive
        ("5 ივნისი 2023", "2023-06-05"),  # Georgian
        ("Jumatano, 16 Agosti 2023", "2023-08-16"),  # Swahili, a weekday before
    ],
)
def test_dates_in_the_month_names_of_baltic_balkan_nordic_and_caucasian_pages(
    text: str, iso: str | None
) -> None:
    assert [match.iso for match in find_dates(text)] == ([iso] if iso else [])


def test_a_month_word_that_means_another_month_elsewhere_is_left_out() -> None:
    """Croatian "listopad" is October, Polish and Czech November: the table keeps the latter only."""
    assert [match.iso for match in find_dates("5. listopada 2020.")] == ["2020-11-05"]

"""Dates of pages that give the engine none of their own: htmldate's, never a padded year."""

from __future__ import annotations

from ingest_builtins.formats.web_page.extraction import extract_article

_BODY = "<p>" + "The council met on the matter and agreed to a plan for the coming year. " * 6 + "</p>"


def test_a_date_only_in_the_page_address_is_found() -> None:
    html = (
        '<html><head><title>Plan agreed</title><link rel="canonical" '
        'href="https://news.example.org/2019/03/14/plan-agreed/"></head>'
        f"<body><article><h1>Plan agreed</h1>{_BODY}</article></body></html>"
    )
    article = extract_article(html)
    assert article.date == "2019-03-14"
    assert any("page address" in line for line in article.explanation)


def test_a_copyright_year_is_no_publication_day() -> None:
    html = (
        "<html><head><title>Plan agreed</title></head>"
        f"<body><article><h1>Plan agreed</h1>{_BODY}</article>"
        "<footer>© 2021 Example News</footer></body></html>"
    )
    assert extract_article(html).date is None


def test_the_page_s_own_date_comes_first() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2020-05-02T10:00:00+02:00">'
        '<link rel="canonical" href="https://news.example.org/2019/03/14/plan-agreed/"></head>'
        f"<body><article><h1>Plan agreed</h1>{_BODY}</article></body></html>"
    )
    assert extract_article(html).date == "2020-05-02T10:00:00+02:00"


def test_a_comment_s_date_is_not_the_page_s() -> None:
    html = (
        "<html><head><title>Plan agreed</title></head><body><div class='post'><h1>Plan agreed</h1>"
        f"<div class='entry'>{_BODY}</div><p class='meta'>Posted on May 4, 2012</p>"
        "<ol class='commentlist'><li class='comment'><span class='date'>Jul 30 2012</span>"
        "<p>Nice plan.</p></li></ol></div></body></html>"
    )
    assert extract_article(html).date == "2012-05-04"


def test_a_related_story_s_date_is_not_the_page_s() -> None:
    html = (
        "<html><head><title>Plan agreed</title></head><body><div class='post'>"
        "<div class='related-posts'><a href='/old'>Old plan</a> <span class='date'>March 1, 2011</span></div>"
        f"<h1>Plan agreed</h1><p class='meta'>Posted on May 4, 2012</p><div class='entry'>{_BODY}</div>"
        "</div></body></html>"
    )
    assert extract_article(html).date == "2012-05-04"


def test_a_layout_beside_a_sidebar_still_holds_the_page_s_date() -> None:
    html = (
        "<html><head><title>Plan agreed</title></head><body><div class='content-sidebar-wrap'>"
        f"<h1>Plan agreed</h1><p class='date'>May 4, 2012</p><div class='entry'>{_BODY}</div>"
        "</div></body></html>"
    )
    assert extract_article(html).date == "2012-05-04"


def test_a_utc_time_past_the_local_midnight_gives_way_to_the_day_in_the_address() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2019-11-19T04:58:46Z">'
        '<link rel="canonical" href="https://news.example.org/2019/11/18/plan-agreed/"></head>'
        f"<body><article><h1>Plan agreed</h1>{_BODY}</article></body></html>"
    )
    assert extract_article(html).date == "2019-11-18"


def test_a_utc_time_on_the_day_in_the_address_is_kept() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2019-11-18T14:58:46Z">'
        '<link rel="canonical" href="https://news.example.org/2019/11/18/plan-agreed/"></head>'
        f"<body><article><h1>Plan agreed</h1>{_BODY}</article></body></html>"
    )
    assert extract_article(html).date == "2019-11-18T14:58:46Z"


def test_month_names_of_more_languages_are_read() -> None:
    from ingest_builtins.formats.web_page.extraction.dates import parse_visible_date

    assert parse_visible_date("12. Okt. 2019") == "2019-10-12"
    assert parse_visible_date("3. Mär 2020") == "2020-03-03"
    assert parse_visible_date("5 maart 2021, 14:05") == "2021-03-05T14:05"
    assert parse_visible_date("7 augusti 2018") == "2018-08-07"


def test_the_page_object_s_date_serves_when_no_article_object_has_one() -> None:
    graph = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", '
        '"datePublished": "2018-04-18T14:39:09+02:00",'
        ' "dateModified": "2019-01-02T10:00:00+01:00"}]}</script>'
    )
    html = f"<html><head>{graph}</head><body><article><h1>Plan agreed</h1>{_BODY}</article></body></html>"
    assert extract_article(html).date == "2018-04-18T14:39:09+02:00"


def test_a_line_beside_the_headline_labelling_its_date_published_gives_the_date() -> None:
    html = (
        '<html lang="en"><head><title>Plan agreed</title></head><body><article><h1>Plan agreed</h1>'
        "<p>By Ann Smith. Published March 12, 2019. Updated January 1, 2020</p>"
        f"{_BODY}</article></body></html>"
    )
    article = extract_article(html)
    assert article.date == "2019-03-12"
    assert any("labelled as published" in line for line in article.explanation)


def test_a_sentence_mentioning_a_publication_is_no_label() -> None:
    html = (
        '<html lang="en"><head><title>Plan agreed</title></head><body><article><h1>Plan agreed</h1>'
        "<p>The report, published on March 12, 2019, found gaps.</p>"
        f"{_BODY}</article></body></html>"
    )
    article = extract_article(html)
    assert not any("labelled as published" in line for line in article.explanation)

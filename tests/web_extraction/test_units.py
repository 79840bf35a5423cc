"""Vocabulary, dates and names: the small pieces the engine is built from."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.web_page.extraction.dates import normalise_iso, parse_visible_date
from ingest_builtins.formats.web_page.extraction.parse import bound_nesting
from ingest_builtins.formats.web_page.extraction.people import clean_names, credit_names
from ingest_builtins.formats.web_page.extraction.vocabulary import (
    BOILERPLATE,
    COMMENT,
    CONTENT,
    classify_attrs,
)


@pytest.mark.parametrize(
    "name", ["shadow", "lazy-load", "canvas", "stage", "tag-book", "has-sidebar", "headline"]
)
def test_words_inside_other_words_are_not_furniture(name: str) -> None:
    assert not classify_attrs(name) & BOILERPLATE


@pytest.mark.parametrize(
    "name",
    [
        "masthead",
        "site-header",
        "main-nav",
        "share-buttons",
        "relatedArticles",
        "post-tags",
        "cookie-banner",
        "newsletter-signup",
        "ad-slot",
        "sidebar",
        "breadcrumbs",
        "footer-links",
    ],
)
def test_furniture_names(name: str) -> None:
    assert classify_attrs(name) & BOILERPLATE


def test_comment_and_content_names() -> None:
    assert classify_attrs("comments-area") & COMMENT
    assert not classify_attrs("commentary-body") & COMMENT
    assert classify_attrs("entry-content") & CONTENT
    assert not classify_attrs("social-media-embed") & BOILERPLATE  # embedded posts stay


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue Dec 30, 2014 9:21am IST", "2014-12-30T09:21"),
        ("Publié le 05/04/2013 à 17:08", "2013-04-05T17:08"),
        ("27 OCT 2012 - 12:14 CET", "2012-10-27T12:14"),
        ("2018年6月18日 10:01", "2018-06-18T10:01"),
        ("8 de abril de 2020", "2020-04-08"),
        ("6 mai 2020", "2020-05-06"),
        ("July 29, 2023 09:19", "2023-07-29T09:19"),
        ("updated 04:05 (GMT+0400), 4 Aug 2013", "2013-08-04"),
        ("no date here", None),
    ],
)
def test_visible_dates(text: str, expected: str | None) -> None:
    assert parse_visible_date(text) == expected


def test_year_from_context_and_month_first() -> None:
    assert parse_visible_date("Jun 13, 4:03 PM EDT", default_year=2016) == "2016-06-13T16:03"
    assert parse_visible_date("Jun 13, 4:03 PM EDT") is None
    assert parse_visible_date("04/05/2020", month_first=True) == "2020-04-05"
    assert parse_visible_date("04/05/2020") == "2020-05-04"


def test_structured_dates_keep_their_offset() -> None:
    assert normalise_iso("2019-07-18 11:37:00.0") == "2019-07-18T11:37:00"
    assert normalise_iso("2013-04-05T17:08:23+02:00") == "2013-04-05T17:08:23+02:00"
    assert normalise_iso("2020-01-02T03:04:05Z") == "2020-01-02T03:04:05Z"
    assert normalise_iso("2020-13-01") is None


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Fergus Jensen", ["Fergus Jensen"]),
        ("By LYNNE O'DONNELL / Associated Press", ["Lynne O'Donnell"]),
        ("Par Bertille Bayart, Marie Visot", ["Bertille Bayart", "Marie Visot"]),
        ("By Staff", []),
        ("Reuters Staff", []),
        ("Email the author", []),
        ("Follow us on Twitter", []),
    ],
)
def test_bylines(byline: str, expected: list[str]) -> None:
    assert clean_names(byline) == expected


def test_agency_credit_line() -> None:
    assert credit_names("last sentence.(c)AFP/Aminu ABUBAKAR") == ["Aminu ABUBAKAR"]
    assert credit_names("no credit here.") == []


def test_bound_nesting_cuts_only_deep_markup() -> None:
    normal = "<div><p>x</p></div>" * 5000
    assert bound_nesting(normal) == normal
    deep = "<div>" * 10_000
    assert len(bound_nesting(deep)) < len(deep)


def test_script_state_takes_the_biggest_group_of_prose_strings() -> None:
    from ingest_builtins.formats.web_page.extraction.parse import parse_html
    from ingest_builtins.formats.web_page.extraction.scripts import script_state_text

    para = "This is paragraph number {} of the story, and it is long enough to read as prose."
    teaser = "A related story teaser that is about as long as one paragraph of the body text is."
    state = (
        '{"story": {"blocks": ['
        + ",".join(f'{{"kind": "p", "text": "{para.format(i)}"}}' for i in range(4))
        + ']}, "related": [{"teaser": "'
        + teaser
        + '"}, {"teaser": "'
        + teaser.replace("A", "One")
        + '"}],'
        + ' "image": "https://example.org/a.jpg", "slug": "a-b-c"}'
    )
    tree = parse_html(f'<html><body><script type="application/json">{state}</script></body></html>')
    text = script_state_text(tree)
    assert text.split("\n\n") == [para.format(i) for i in range(4)]
    assert script_state_text(parse_html("<script>var x = 1;</script>")) == ""


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("Reply", True),
        ("Reply ↓", True),
        ("Antworten", True),
        ("Margaret says:", True),
        ("Jean a écrit :", True),
        ("Replying to the council, the mayor said", False),
        ("says", False),
    ],
)
def test_comment_markers(line: str, marker: bool) -> None:
    from ingest_builtins.formats.web_page.extraction.structure import _is_marker

    assert _is_marker(line) is marker

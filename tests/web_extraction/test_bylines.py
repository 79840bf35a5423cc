"""Bylines: the names they give, cut from the dates, labels and job titles set beside them."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.web_page.extraction import extract_article
from ingest_builtins.formats.web_page.extraction.people import clean_names

_BODY = "<p>" + "The council met on Tuesday to settle the budget for the coming year in full. " * 6 + "</p>"


def _page(byline: str) -> str:
    return (
        "<html><head><title>Budget settled</title></head><body><article><h1>Budget settled</h1>"
        f"{byline}<div class='body'>{_BODY}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Max Muster am 12. März 2019 um 10:00 Uhr", ["Max Muster"]),
        ("Jane Roe on March 3, 2020", ["Jane Roe"]),
        ("Carrie Doe November 19, 2019", ["Carrie Doe"]),
        ("Autor: Max Muster", ["Max Muster"]),
        ("Geschrieben von Erika Muster", ["Erika Muster"]),
        ("Jane Roe, Senior Writer", ["Jane Roe"]),
        ("Jane Roe (jane.roe@example.org)", ["Jane Roe"]),
        ("Jane Roe Updated 3 hours ago", ["Jane Roe"]),
        ("王小明2017-03-01 14:27:02", ["王小明"]),
        ("Posted by admin", []),
        ("Zone Société - ICI.Example.ca", []),
    ],
)
def test_a_byline_s_name_is_cut_from_what_follows_it(byline: str, expected: list[str]) -> None:
    assert clean_names(byline) == expected


def test_a_name_and_the_link_labels_beside_it_are_not_run_together() -> None:
    html = _page(
        "<div class='byline'><span class='author'>Andrew Hale<a href='https://x.example/ah'>Twitter</a>"
        "</span><span class='role'>News &amp; Culture Writer</span></div>"
    )
    assert extract_article(html).authors == ("Andrew Hale",)


def test_the_name_inside_a_byline_is_taken_without_the_outlet_beside_it() -> None:
    html = _page(
        "<div class='byline'><span class='author-name'>Elle Brown</span><span>Springfield Daily</span>"
        "<span>Published 11:55 p.m. ET Nov. 19, 2019</span></div>"
    )
    assert extract_article(html).authors == ("Elle Brown",)


def test_an_address_beside_the_headline_is_the_byline() -> None:
    html = _page(
        "<address aria-label='Contributor info'><a rel='author' href='/profile/ann-lee'>Ann Lee</a> and "
        "<a rel='author' href='/profile/bo-kim'>Bo Kim</a></address>"
    )
    assert extract_article(html).authors == ("Ann Lee", "Bo Kim")


def test_an_address_in_the_footer_is_no_byline() -> None:
    html = _page("").replace(
        "</body>", "<footer><address>Erika Muster, Hauptstraße 5</address></footer></body>"
    )
    assert extract_article(html).authors == ()


@pytest.mark.parametrize("credit", ["Hulton Archive / Getty Images", "Columbia University", "Tech Support"])
def test_picture_credits_and_institutions_are_no_people(credit: str) -> None:
    assert clean_names(credit) == []


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Jill Roe, CNN Business", ["Jill Roe"]),
        ("John Smith III", ["John Smith III"]),
        ("Jean DUPONT", ["Jean DUPONT"]),
        ("Andy Hunt, The Pragmatic Programmers", ["Andy Hunt"]),
        ("Mit Informationen von Christoph Muster, ARD-Studio London", ["Christoph Muster"]),
    ],
)
def test_an_outlet_named_by_its_initials_is_no_person(byline: str, expected: list[str]) -> None:
    assert clean_names(byline) == expected


def test_the_site_s_own_name_is_no_author() -> None:
    head = "<meta property='og:site_name' content='Daily Example Deutschland'>"
    html = _page("<p class='byline'>By Tanja Roe, Daily Example</p>").replace("<title>", head + "<title>")
    assert extract_article(html).authors == ("Tanja Roe",)
    metas = (
        "<meta property='og:site_name' content='Daily Example'><meta name='author' content='Daily Example'>"
    )
    html = _page("").replace("<title>", metas + "<title>")
    assert extract_article(html).authors == ()


def test_a_commenter_is_no_author() -> None:
    html = _page("").replace(
        "</article>",
        "<ol class='commentlist'><li class='comment'><span class='comment-author vcard'>"
        "<a href='/author/bo-lind/'>Bo Lind</a></span> said: <p>Well done.</p></li></ol></article>",
    )
    assert extract_article(html).authors == ()


def test_the_byline_of_a_related_story_is_not_the_page_s() -> None:
    related = (
        "<div class='related-stories'><div class='story'><a href='/other'>Other story</a>"
        "<span class='byline'>By Cara Holt</span></div></div>"
    )
    html = _page("<p class='byline'>By Dana Reyes</p>").replace("<article>", "<article>" + related)
    assert extract_article(html).authors == ("Dana Reyes",)


def test_a_comment_count_beside_the_byline_does_not_hide_it() -> None:
    html = _page(
        "<div class='entry-meta social-comments'><span class='author'>Sage Lane</span>"
        "<a class='comments-link' href='#comments'>12 comments</a></div>"
    )
    assert extract_article(html).authors == ("Sage Lane",)


def test_generated_class_names_are_read_whatever_their_case() -> None:
    html = _page("<div class='css-1wk-Byline'><span class='css-1vq'>Stewart Pine</span></div>")
    assert extract_article(html).authors == ("Stewart Pine",)


def test_a_section_name_set_before_the_names_with_a_middle_dot_is_no_name() -> None:
    assert clean_names("Politik · Jochen Bittner, Tina Hildebrandt") == ["Jochen Bittner", "Tina Hildebrandt"]


def test_a_by_line_a_few_levels_from_the_headline_is_found() -> None:
    html = (
        "<html><head><title>Budget settled</title></head><body><article><header><div class='h1'>"
        "<h1>Budget settled</h1></div><figure><img src='x.jpg'><figcaption>The hall</figcaption></figure>"
        "</header><div class='a1'><div class='a2'><div class='a3'>By <span class='n'>Yomi Kaz</span></div>"
        f"</div></div><div class='body'>{_BODY}</div></article></body></html>"
    )
    assert extract_article(html).authors == ("Yomi Kaz",)


def test_an_agency_is_no_person() -> None:
    assert clean_names("Por Agência O Globo") == []


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Sarah E. Needleman", ["Sarah E. Needleman"]),
        ("Juan Y. Pérez", ["Juan Y. Pérez"]),
        ("Ana Ruiz y Juan Pérez", ["Ana Ruiz", "Juan Pérez"]),
    ],
)
def test_a_middle_initial_is_no_conjunction(byline: str, expected: list[str]) -> None:
    assert clean_names(byline) == expected


def test_a_meta_author_written_surname_first_is_turned_round() -> None:
    html = _page("").replace("<title>", "<meta name='author' content='DeLong, J. Bradford'><title>")
    assert extract_article(html).authors == ("J. Bradford DeLong",)


def test_a_json_ld_author_given_by_reference_is_looked_up_in_the_graph() -> None:
    graph = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "headline": "Budget settled", "author": {"@id": "https://x.example/#/p/1"}},'
        '{"@type": "Person", "@id": "https://x.example/#/p/1", "name": "Yoav Sharon"}]}</script>'
    )
    html = _page("").replace("<title>", graph + "<title>")
    assert extract_article(html).authors == ("Yoav Sharon",)


@pytest.mark.parametrize(
    ("byline", "name"), [("By Julia Gast", "Julia Gast"), ("Christopher Guest", "Christopher Guest")]
)
def test_surnames_that_are_also_words_stay_names(byline: str, name: str) -> None:
    assert clean_names(byline) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Written by <a href='/team'>Rae Link, MS, RD</a> on November 14, 2019",
        "<b>Author:</b> Wil Harris<br><b>Published:</b> 24th May 2005",
        "Geschrieben von Rae Link am 12. März 2019",
    ],
)
def test_a_labelled_line_without_class_names_is_a_byline(line: str) -> None:
    html = _page(f"<div class='q7'>{line}</div>")
    assert extract_article(html).authors in (("Rae Link",), ("Wil Harris",))


def test_labelled_bylines_in_more_languages_and_names_in_scripts_without_case() -> None:
    assert clean_names("بقلم: سارة المصري") == ["سارة المصري"]
    assert clean_names("Текст: Андрей Лыков") == ["Андрей Лыков"]
    assert clean_names("Haber: Emre Karataş Yayınlanma: 18.03.2025 - 11:24") == ["Emre Karataş"]
    assert clean_names("see all") == [] and clean_names("books on Goodreads") == []

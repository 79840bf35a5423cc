"""Title and headline of pages whose own title is only the site's name."""

from __future__ import annotations

from ingest_builtins.formats.web_page.extraction import extract_article

_BODY = "<p>" + "It began back in 2007 when I was writing short essays on a large site. " * 6 + "</p>"


def test_a_heading_linking_to_the_home_page_is_the_site_s_name_not_the_headline() -> None:
    html = (
        "<html><head><title>Frugal Living</title></head><body>"
        "<div class='head'><h1><a href='https://frugal.example.org/'>Frugal Living</a></h1>"
        "<ul><li><a href='/about'>About</a></li><li><a href='/archive'>Archive</a></li></ul></div>"
        "<div class='post'><h1><a href='https://frugal.example.org/mistake.html'>My biggest mistake</a></h1>"
        f"<div class='post-content'>{_BODY}</div></div></body></html>"
    )
    article = extract_article(html)
    assert article.title == "My biggest mistake"
    assert article.text.startswith("It began back in 2007")


def test_a_site_name_heading_that_is_not_a_home_link_can_still_be_the_headline() -> None:
    html = (
        "<html><head><title>Budget agreed</title></head><body>"
        f"<h1><a href='/news/budget-agreed'>Budget agreed</a></h1>{_BODY}</body></html>"
    )
    assert extract_article(html).title == "Budget agreed"

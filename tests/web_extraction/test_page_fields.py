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


def test_a_long_site_footer_does_not_outweigh_a_short_article() -> None:
    about = "Example Media is an independent publisher of fashion and design news with offices in Berlin. "
    html = (
        "<html><head><title>Portrait of a craftsman</title></head><body>"
        "<article><h1>Portrait of a craftsman</h1>"
        "<p>Take a visit inside the leather works studio of a maker who kept his trade local.</p></article>"
        f"<footer><div class='about'><p>{about * 2}</p></div></footer></body></html>"
    )
    article = extract_article(html)
    assert article.text.startswith("Take a visit")
    assert "independent publisher" not in article.text


def _story(head: str, byline: str, title: str | None = None) -> str:
    return (
        f"<html><head><title>{title or head}</title></head><body><div class='x1'><h1>{head}</h1>"
        f"<div class='x2'>{byline}</div><div class='x3'>{_BODY}</div></div></body></html>"
    )


def test_a_link_to_an_author_page_is_a_byline_whatever_its_class() -> None:
    html = _story(
        "Net rules repealed", "by <a href='https://news.example.org/authors/april-glass'>April Glass</a>"
    )
    assert extract_article(html).authors == ("April Glass",)


def test_a_by_line_without_class_names_is_a_byline() -> None:
    html = _story("Economy makes a comeback", "<div class='q7'>By <span class='z9'>Yomi Kaz</span></div>")
    assert extract_article(html).authors == ("Yomi Kaz",)


def test_words_with_lower_case_are_no_name() -> None:
    html = _story("Storm season", "<a href='/author/ww'>Will Whet's books on Goodreads</a>")
    assert extract_article(html).authors == ()


def test_the_one_visible_headline_is_the_title_when_it_shares_the_title_s_subject() -> None:
    html = _story(
        "Six gadgets powered by the Alexa assistant", "", "Alexa: six gadgets you can buy | Fortune"
    )
    assert extract_article(html).title == "Six gadgets powered by the Alexa assistant"
    html = _story("The White House Blog", "", "By the Numbers: 10,000 | The White House")
    assert extract_article(html).title == "By the Numbers: 10,000"


def test_a_section_name_is_no_publisher() -> None:
    html = (
        "<html><head><title>Rates rise | Economia | iG</title>"
        "<meta property='og:site_name' content='Economia'>"
        "<meta property='article:section' content='economia'></head>"
        f"<body><h1>Rates rise</h1>{_BODY}</body></html>"
    )
    article = extract_article(html)
    assert article.section == "economia"
    assert article.publisher != "Economia"


def test_the_one_headline_on_the_title_s_subject_among_other_top_headings() -> None:
    html = (
        "<html><head><title>CEOs are asked about taking the train | Herald</title></head><body>"
        "<h1>From rail to bike paths, what CEOs think of transit</h1>"
        f"{_BODY}<h1>Related content</h1><h1>Comments</h1></body></html>"
    )
    assert extract_article(html).title == "From rail to bike paths, what CEOs think of transit"


def test_a_box_by_the_headline_holding_long_prose_is_no_furniture() -> None:
    long_para = (
        "This past week I have been trying to think of a clever topic to write about for the team. " * 10
    )
    html = (
        "<html><head><title>Guilty pleasure songs</title></head><body><div class='entry'>"
        "<h1>Guilty pleasure songs</h1><div class='image-with-caption'><p class='caption'>Our picks</p>"
        f"{long_para}</div><p>{_BODY}</p></div><div class='sidebar'><p>Sign up</p></div></body></html>"
    )
    article = extract_article(html)
    assert article.text.startswith("This past week")
    assert "It began back in 2007" in article.text


def test_the_headline_on_the_title_s_subject_beats_a_related_story_s_headline() -> None:
    html = (
        "<html><head><title>Giuliani out of the running for State</title></head><body>"
        "<div class='related-posts'><h2 class='headline'>The essential albums every fan should know</h2>"
        "</div>"
        "<div class='x1'><h1>Giuliani is no longer in the running to become Secretary of State</h1>"
        f"<div class='x3'>{_BODY}</div></div></body></html>"
    )
    assert extract_article(html).title == "Giuliani is no longer in the running to become Secretary of State"

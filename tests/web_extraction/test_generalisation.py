"""Classes of error met on unseen pages, each on a small page written for it."""

from __future__ import annotations

from ingest_builtins.formats.web_page.extraction import extract_article
from ingest_builtins.formats.web_page.extraction.dom import walk
from ingest_builtins.formats.web_page.extraction.parse import parse_html
from ingest_builtins.formats.web_page.extraction.text import find_headline, title_keys

_PARA = (
    "The {0} committee met on Tuesday to review the plans for the new harbour wall, which has been"
    " delayed twice by winter storms and a shortage of stone from the quarry."
)


def _paras(*words: str) -> str:
    return "".join(f"<p>{_PARA.format(w)}</p>" for w in words)


def test_a_heading_in_a_menu_is_not_the_headline() -> None:
    # The page title names the site; the left menu repeats it as a heading over a short
    # appeal.  The posts in the content column are the page's text, not the appeal.
    html = (
        "<html><head><title>Harbour Notes</title></head><body>"
        '<div class="side"><div class="leftmenu"><h1>Harbour Notes</h1>'
        "<ul><li><a href='/a'>Archive</a></li><li><a href='/b'>About</a></li></ul></div>"
        '<div class="highlight"><p>If you wish to help the harbour trust with its work, please consider'
        " a gift to it this winter.</p></div></div>"
        '<div class="posts">'
        f'<div class="post"><h1><a href="/1">Wall plans</a></h1>{_paras("finance", "works")}</div>'
        f'<div class="post"><h1><a href="/2">Quay lights</a></h1>{_paras("lighting", "safety")}</div>'
        "</div></body></html>"
    )
    text = extract_article(html).text
    assert "finance committee" in text
    assert "please consider a gift" not in text


def _article(middle: str, tail: str = "") -> str:
    return (
        "<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>"
        f"{_paras('finance', 'works')}{middle}{_paras('planning', 'review')}{tail}"
        "</article></body></html>"
    )


def test_a_list_of_annotated_links_in_the_body_is_kept() -> None:
    items = "".join(f"<li><a href='/{n}'>Quarry report {n}</a> – {n}0 pages</li>" for n in range(1, 4))
    text = extract_article(_article(f"<ul>{items}</ul>")).text
    assert "Quarry report 2 – 20 pages" in text
    assert text.index("finance committee") < text.index("Quarry report 1") < text.index("planning committee")


def test_a_list_of_bare_linked_titles_or_a_closing_list_is_not() -> None:
    titles = "".join(f"<li><a href='/{n}'>Storm closes the ferry for day {n}</a></li>" for n in range(3))
    assert "ferry for day" not in extract_article(_article(f"<ul>{titles}</ul>")).text
    items = "".join(f"<li><a href='/{n}'>Quarry report {n}</a> – {n}0 pages</li>" for n in range(1, 4))
    assert "Quarry report" not in extract_article(_article("", f"<ul>{items}</ul>")).text


def test_a_post_in_a_box_named_both_widget_and_blog_is_not_discounted_as_furniture() -> None:
    # The blog's post and its comments sit in one box whose names say both "widget" and "blog";
    # the header and the sidebar hold more prose than the box, so it is not the page's bulk.
    sentence = "The walled garden behind the old school has been opened to the public for the summer months. "
    comment = "I walked past it yesterday and the roses were out along the whole of the south wall. "
    html = (
        "<html><head><title>Garden Diary: Roses on the south wall</title></head><body>"
        f'<div class="header"><h1><a href="/">Garden Diary</a></h1><p>{sentence * 5}</p></div>'
        '<div class="widget Blog"><div class="post"><h3>Roses on the south wall</h3>'
        '<div class="post-body">The roses on the south wall came out this week.<br>'
        "They were planted in the spring of last year by the volunteers.<br>"
        "Visitors can see them every afternoon until the end of August.</div></div>"
        f'<div class="comments"><dl><dd class="comment-body"><p>{comment * 3}</p></dd></dl></div></div>'
        f'<div class="sidebar"><p>{sentence * 3}</p></div></body></html>'
    )
    text = extract_article(html).text
    assert "came out this week" in text
    assert "walked past it yesterday" not in text


def test_the_headline_is_found_by_the_longer_part_of_a_separated_title() -> None:
    html = (
        "<html><body><h1>Garden Diary</h1><h2>Friday, 4 July</h2><h3>Roses on the south wall</h3>"
        f"{_paras('garden')}<h3>Archive</h3></body></html>"
    )
    page = walk(parse_html(html))
    k = find_headline(page, title_keys("Garden Diary: Roses on the south wall"))
    assert page.blocks[k].text == "Roses on the south wall"
    assert find_headline(page, title_keys("Garden Diary: Weeds")) == -1


def _standfirst_page(lead: str) -> str:
    return (
        "<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>"
        '<div class="main-col"><figure><img src="w.jpg"><figcaption>The wall in March.</figcaption></figure>'
        f'{lead}<div class="ad-slot"><div class="ad">Advertisement</div></div>'
        f'<div class="article-body" itemprop="articleBody">{_paras("finance", "works", "planning")}</div>'
        + "".join(
            f"<p><a href='/{n}'>Storm closes the ferry route to the island for day {n}</a></p>"
            for n in range(8)
        )
        + '</div><div class="sidebar"><p>'
        + "The ferry timetable changes on Monday for the summer season, with two more crossings. " * 8
        + "</p></div></article></body></html>"
    )


def test_the_standfirst_set_before_the_body_container_is_kept() -> None:
    lead = "The town will spend four million pounds on its sea defences over five years, the council said."
    art = extract_article(_standfirst_page(f'<p class="chapo">{lead}</p>'))
    assert art.text.startswith(lead)
    assert "finance committee" in art.text


def test_a_byline_or_a_short_line_before_the_body_is_not_a_standfirst() -> None:
    art = extract_article(_standfirst_page("<p>By Jane Smith, harbour reporter</p>"))
    assert art.text.startswith("The finance committee")


def test_a_pull_quote_boxed_between_paragraphs_is_left_out_but_a_sub_head_is_kept() -> None:
    body = (
        _paras("finance")
        + '<div class="left"><p class="big">Stone from the quarry ran short twice this winter</p></div>'
        + _paras("works")
        + '<div class="heading-h3">What comes next</div>'
        + _paras("planning")
    )
    html = f"<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>{body}"
    text = extract_article(html).text
    assert "Stone from the quarry ran short" not in text
    assert "What comes next" in text
    assert "works committee" in text


def test_the_text_ends_at_the_heading_of_a_flat_comment_list() -> None:
    comments = "".join(
        f"<div><p>I think the {w} plan is a waste of the town's money and the wall will fall down again.</p>"
        f'<p class="posted">Posted by: reader{n} at October 29, 2012 05:23 PM</p></div>'
        for n, w in enumerate(("harbour", "quarry", "finance", "ferry"))
    )
    html = (
        "<html><head><title>Harbour wall</title></head><body><div><h1>Harbour wall</h1>"
        f'{_paras("finance", "works")}<h2 id="comments">Comments</h2>{comments}</div></body></html>'
    )
    text = extract_article(html).text
    assert "works committee" in text
    assert "waste of the town's money" not in text
    assert "Posted by" not in text


def test_a_linked_source_line_inside_the_body_is_kept() -> None:
    line = "Read the full report - <a href='/r'>https://example.org/harbour-wall-report-2012</a>"
    text = extract_article(_article(f"<p>{line}</p>")).text
    assert "Read the full report" in text
    assert extract_article(_article("<p><a href='/p'>Print</a> |</p>")).text.count("Print") == 0


def test_advertisement_and_read_more_labels_are_left_out() -> None:
    labels = "<div>Advertisement</div><p>Anzeige</p><div><a href='/more'>Read more</a> »</div>"
    text = extract_article(_article(labels)).text
    for label in ("Advertisement", "Anzeige", "Read more"):
        assert label not in text, label
    assert "planning committee" in text


def test_a_wholly_linked_sentence_between_paragraphs_is_kept() -> None:
    sentence = (
        "<a href='/v'>This week the council published a short video of the divers at work on the old wall,"
        " and it is well worth watching.</a>"
    )
    text = extract_article(_article(f"<p>{sentence}</p>")).text
    assert "published a short video of the divers" in text


def test_a_box_named_both_content_and_furniture_away_from_the_headline_stays_furniture() -> None:
    # "modal-content": the generic word does not make a cookie notice the article.
    notice = "This website uses cookies to improve your experience while you navigate through it. " * 12
    html = (
        "<html><head><title>Quay lights</title></head><body>"
        f'<div class="story">{_paras("lighting", "safety", "harbour")}</div>'
        f'<div class="cookie-modal-content"><p>{notice}</p></div>'
        f"<footer><p>{notice}</p></footer></body></html>"
    )
    text = extract_article(html).text
    assert "lighting committee" in text
    assert "uses cookies" not in text


def test_a_linked_source_line_closing_the_article_is_kept() -> None:
    source = "Source: <a href='/harbour-trust'>Harbour Trust yearly report</a>"
    text = extract_article(_article("", f"<p>{source}</p>")).text
    assert text.endswith("Source: Harbour Trust yearly report")

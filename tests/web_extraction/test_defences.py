"""Generic defences against the failures that cost most on unseen pages, each on a page built for it.

Every page here avoids the class names the vocabulary knows, so that the
structure alone has to carry the decision; each test also switches its rule
off to show that the rule is what decides.
"""

from __future__ import annotations

from pathlib import Path

import attrs
from ingest_builtins.formats.web_page.extraction import Article, Params, extract_article

DATA = Path(__file__).resolve().parent.parent / "data" / "web"


def load(name: str, **changes: object) -> Article:
    html = (DATA / name).read_text(encoding="utf-8")
    return extract_article(html, attrs.evolve(Params(), **changes))


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


def test_comment_thread_told_by_reply_controls() -> None:
    art = load("thread_plain.html")
    assert paragraphs(art)[0].startswith("The town council has closed its allotment waiting list")
    assert art.text.endswith("once the soil has been tested and fenced.")
    for junk in ("Hilary", "says:", "Reply", "Shared plots", "floods every February", "conversation"):
        assert junk not in art.text, junk
    assert any("comments told by their reply controls" in line for line in art.explanation)
    assert "floods every February" in load("thread_plain.html", comment_structure=False).text


def test_live_updates_are_not_a_comment_thread() -> None:
    art = load("liveblog.html")
    for kept in ("course record", "half-way mark", "Twelve thousand runners", "Half-way point"):
        assert kept in art.text, kept
    assert not any("comments told" in line for line in art.explanation)


def test_next_story_on_the_same_page_is_left_out() -> None:
    art = load("next_story.html")
    assert paragraphs(art) == [
        "The first ferry of the day will leave the island fifteen minutes earlier from Monday,"
        " so that commuters can reach the mainland trains before eight o'clock.",
        "The operator said the evening crossings are unchanged.",
    ]
    assert "lamp from the original tower" in load("next_story.html", story_split=False).text


def test_listing_page_gives_the_post_the_page_is_about() -> None:
    art = load("listing_posts.html")
    assert art.text.startswith("A fiddle-leaf fig sulks when it is moved")
    assert art.text.endswith("fresh, free-draining compost.")
    assert "seed trays" not in art.text and "pallets" not in art.text and "south-facing" not in art.text
    assert "pallets" in load("listing_posts.html", story_split=False).text


def test_sections_of_one_article_are_not_separate_stories() -> None:
    art = load("sections.html")
    assert art.text.startswith("Nearly a quarter of the water")
    for kept in ("Finding the leaks", "Acoustic sensors", "Paying for the work", "district by district"):
        assert kept in art.text, kept
    assert not any("kept the story" in line for line in art.explanation)


def test_article_split_around_a_box_is_merged() -> None:
    art = load("split_plain.html")
    assert art.text.startswith("A protected cycle lane along the eastern half")
    assert art.text.endswith("if the council's bid for government funding succeeds.")
    assert "More from Northgate" not in art.text and "Short summary" not in art.text
    assert "second section" not in load("split_plain.html", merge_siblings=False).text


def test_body_only_in_next_data_state() -> None:
    art = load("state_only.html")
    assert paragraphs(art) == [
        "Volunteers planted forty apple, pear and plum trees on Saturday on the site of the old car park"
        " behind the station, which the council closed two years ago.",
        "The orchard will be looked after by a community group, which plans to hold its first harvest"
        " festival in three years, once the young trees have begun to fruit.",
        "Anyone will be free to pick the fruit, and the group hopes schools will use the orchard for"
        " lessons about food and the seasons.",
    ]
    assert any("script state" in line for line in art.explanation)
    assert load("state_only.html", script_state_chars=0).text == "Volunteers planted forty fruit trees."


def test_body_only_in_an_assigned_state_object_with_markup() -> None:
    art = load("state_assigned.html")
    assert paragraphs(art)[0].startswith("A feira do livro regressa à praça central")
    assert paragraphs(art)[-1] == "A entrada é livre e o horário foi alargado até às vinte e duas horas."
    assert "<p>" not in art.text and "cultura" not in art.text
    assert load("state_assigned.html", script_state_chars=0).text == ""


def test_low_confidence_region_away_from_the_headline_falls_back() -> None:
    # The article's wrapper carries a class the vocabulary reads as a share widget.
    art = load("vocabulary_miss.html")
    assert art.text.startswith("The old tram depot on Canal Street")
    assert any("low confidence" in line for line in art.explanation)
    off = load("vocabulary_miss.html", confidence_chars=0)
    assert off.text.startswith("Eastside Gazette has reported")


def test_closing_contacts_box_is_dropped() -> None:
    prose = (
        "<p>The committee adopted its report on the harbour dredging by a large majority on Thursday,"
        " after a debate that lasted most of the afternoon and ended with two amendments.</p>"
        "<p>The plenary will vote on the report in its next session, and the port authority has been asked"
        " to publish its environmental study before then.</p>"
    )
    contacts = "<p>Contacts:</p><p>Ana PEREIRA</p><p>Press Officer</p><p>Tom VAN DIJK</p><p>Press Officer</p>"
    html = (
        f"<html><body><h1>Dredging report adopted</h1><div class='txt'>{prose}{contacts}</div></body></html>"
    )
    on = extract_article(html)
    assert on.text.endswith("publish its environmental study before then.")
    assert "Press Officer" not in on.text
    assert "Press Officer" in extract_article(html, attrs.evolve(Params(), tail_run=0)).text
    # A single short closing line (a credit, a sign-off) is kept.
    credit = extract_article(html.replace(contacts, "<p>Reporting by Ana Pereira</p>"))
    assert credit.text.endswith("Reporting by Ana Pereira")


def test_standfirst_box_and_body_opening_with_a_subhead_of_the_headline_level() -> None:
    # The headline is an <h2> in a box with the standfirst; the body opens with an <h2> sub-head.
    top = (
        "<div class='top'><h2>Council backs the night bus</h2><p>The late service will run on Fridays"
        " and Saturdays from June, the council decided after a year of trials on two routes.</p></div>"
    )
    body = (
        "<div class='body'><h2>How the trial went</h2><p>Ridership on the trial routes grew every month,"
        " from a few dozen passengers a night in the first weeks to more than four hundred by the end.</p>"
        "<p>Drivers said most riders were shift workers going home from the hospital and the airport,"
        " rather than people leaving the town centre's bars, as many had expected.</p></div>"
    )
    html = (
        "<html><head><title>Council backs the night bus</title></head><body><div class='col'>"
        f"{top}{body}</div></body></html>"
    )
    art = extract_article(html)
    assert "Ridership on the trial routes" in art.text and "shift workers" in art.text
    assert not any("kept the story" in line for line in art.explanation)


def test_next_story_after_a_body_apart_from_its_headline() -> None:
    # Headline and body in two containers; the next story's <article> sits in an "Up next" box.
    art = load("next_story_apart.html")
    assert art.text.startswith("Repairs to the harbour wall will finish a month later")
    assert art.text.endswith("the slipway will stay closed until the end of March.")
    assert "swimming" not in art.text and "Up next" not in art.text
    # The "Up next" box is furniture that does not hold the headline: left out even without story splitting.
    assert "swimming" not in load("next_story_apart.html", story_split=False).text


def test_story_card_between_loose_paragraphs_is_an_insert() -> None:
    para = "<p>{} The works will go on through the spring, the contractor said on Monday morning.</p>"
    card = (
        "<article><h3>Bridge closure extended</h3><p>The old bridge will stay closed for another month"
        " while engineers check the supports, the highways department said in a statement that also"
        " listed three diversions for lorries and buses around the town centre.</p></article>"
    )
    body = (
        para.format("First.") + para.format("Second.") + card + para.format("Third.") + para.format("Last.")
    )
    head = "<head><title>Road works continue</title></head>"
    html = f"<html>{head}<body><h1>Road works continue</h1>{body}</body></html>"
    art = extract_article(html)
    assert art.text.startswith("First.") and "Third." in art.text and "Last." in art.text
    assert "old bridge" not in art.text


def test_longer_story_beside_a_short_article_wins_no_more() -> None:
    # A comment section between the stories makes the longer one the best region by itself.
    art = load("neighbour_wins.html")
    assert paragraphs(art) == [
        "The village library will close at one o'clock on Saturdays from May, the county council said,"
        " as part of savings that also cut two mobile library routes.",
        "It will open until eight on Thursday evenings instead.",
    ]
    assert any("another story beside the headline's" in line for line in art.explanation)
    assert "rugby club" in load("neighbour_wins.html", story_split=False).text


def test_box_of_teasers_between_two_parts_of_the_body_is_an_insert() -> None:
    part = "<div class='part'><p>{} The works will go on through the spring, the contractor said.</p></div>"
    cards = "".join(
        f"<div><h3><a href='/s{k}'>Other story number {k}</a></h3><p>A teaser of the other story, long"
        " enough to read as a sentence of prose about something else entirely.</p></div>"
        for k in range(3)
    )
    html = (
        "<html><head><title>Road works continue</title></head><body><h1>Road works continue</h1>"
        f"{part.format('First part.')}<div>{cards}</div>{part.format('Second part.')}</body></html>"
    )
    art = extract_article(html)
    assert "First part." in art.text and "Second part." in art.text
    assert "teaser" not in art.text


def test_author_note_after_the_body_is_not_a_part_of_it() -> None:
    body = (
        "<div class='txt'><p>The ferry company will add a second boat on the island route in July, doubling"
        " the number of crossings on summer weekends.</p><p>The new boat, bought from a Norwegian operator,"
        " carries forty cars and will also run two evening crossings on Fridays.</p><p>Tickets for the extra"
        " sailings go on sale next week, the company said.</p></div>"
    )
    note = (
        "<div class='note'><p>Nia Hughes covers transport and the islands for the paper. She lived on the"
        " island for twelve years before moving to the mainland, and sails there most weekends."
        " Her book on the island ferries came out last spring.</p></div>"
    )
    bar = "<ul class='share-bar'><li><a href='#'>Share</a></li><li><a href='#'>Email</a></li></ul>"
    related = "".join(
        f"<p>Another story of the week, number {k}, told here at some length in its teaser.</p>"
        for k in range(4)
    )
    html = (
        "<html><head><title>Second ferry for the island</title></head><body><div class='page'>"
        f"<h1>Second ferry for the island</h1>{body}{bar}{note}<div class='related'>{related}</div>"
        "</div></body></html>"
    )
    art = extract_article(html)
    assert art.text.startswith("The ferry company will add a second boat")
    assert art.text.endswith("the company said.")
    assert "Nia Hughes" not in art.text and "Another story" not in art.text

"""Where news and blog systems put the byline and the date, each class on a small page written for it."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.web_page.extraction import extract_article

_PARA = (
    "<p>The {0} committee met on Tuesday to review the plans for the new harbour wall, which has been"
    " delayed twice by winter storms and a shortage of stone from the quarry.</p>"
)
_BODY = "".join(_PARA.format(w) for w in ("finance", "works", "safety", "lighting"))


def test_a_theme_s_date_marked_updated_but_labelled_posted_is_the_publication_date() -> None:
    # hAtom themes put "updated" on the post's only date; "Posted on" says what it is.
    html = (
        "<html><head><title>Harbour wall delayed</title></head><body><div class='post hentry'>"
        "<h2 class='entry-title'>Harbour wall delayed</h2>"
        "<div class='post-info'>Posted on <span class='date updated'>March 3, 2023</span> by "
        "<span class='vcard author'><span class='fn'>Tom Harris</span></span></div>"
        f"<div class='entry'>{_BODY}</div></div>"
        "<div class='jp-relatedposts'><div class='jp-relatedposts-post'><a href='/x'>Quay lights</a>"
        "<p class='jp-relatedposts-post-date'>November 14, 2022</p></div></div>"
        "<div id='footer'>Copyright 2023 Harbour Notes</div></body></html>"
    )
    article = extract_article(html)
    assert article.date == "2023-03-03"
    assert article.authors == ("Tom Harris",)


def test_a_box_of_other_stories_named_in_one_word_is_still_such_a_box() -> None:
    html = (
        "<html><head><title>Harbour wall delayed</title></head><body><article><h1>Harbour wall delayed</h1>"
        "<div class='relatedposts'><a href='/x'>Quay lights</a><span class='date'>12 May 2021</span></div>"
        "<div class='popularArticles'><a href='/y'>Stone prices</a><span class='date'>1 May 2021</span></div>"
        f"<p class='date'>3 June 2021</p><div class='entry'>{_BODY}</div></article></body></html>"
    )
    assert extract_article(html).date == "2021-06-03"


def _local(byline: str) -> str:
    return (
        "<html><head><title>Neue Mensa am Gymnasium</title></head><body><div class='col'>"
        "<div class='artikel'>"
        f"<h1>Neue Mensa am Gymnasium</h1><div class='artikel-info'>{byline}</div>"
        f"<div class='artikeltext'>{_BODY}</div></div>"
        "<div class='weitere'><h3>Weitere Artikel</h3><ul><li><a href='/a'>Weihnachtsmarkt</a> "
        "<span class='datum'>06.12.2025</span></li></ul></div></div></body></html>"
    )


def test_the_date_on_the_byline_line_under_the_headline_beats_dates_of_a_list_further_down() -> None:
    article = extract_article(_local("Von Markus Weber<br>7. Dezember 2025, 14:32 Uhr"))
    assert article.date == "2025-12-07T14:32"
    assert article.authors == ("Markus Weber",)


def test_an_update_s_date_on_the_line_under_the_headline_is_not_the_publication_date() -> None:
    article = extract_article(_local("Von Markus Weber · Aktualisiert am 8. Dezember 2025"))
    assert not any("line under the headline" in line for line in article.explanation)


def _byline_page(byline: str) -> str:
    return (
        "<html><head><title>Ny taxa</title></head><body><article><h1>Ny taxa</h1>"
        f"{byline}<div class='body'>{_BODY}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # A label or role in an element of its own after the name.
        (
            "<div class='byline'><span>Av Erik Lindqvist</span> <span>Publicerad 5 mars 2024</span></div>",
            ("Erik Lindqvist",),
        ),
        (
            "<div class='contributor'><span class='name'>Gareth Evans</span>"
            "<span class='role'>NBN Wales</span></div>",
            ("Gareth Evans",),
        ),
        # The same label in the byline's own text, in more languages.
        ("<p class='byline'>Av Erik Lindqvist Publicerad 5 mars 2024</p>", ("Erik Lindqvist",)),
        ("<p class='autor'>Katarzyna Nowak Opublikowano: 18.09.2024</p>", ("Katarzyna Nowak",)),
        ("<p class='byline'>Door Jeroen de Vries Gepubliceerd 12 feb. 2025</p>", ("Jeroen de Vries",)),
    ],
)
def test_a_byline_s_name_is_cut_where_its_label_or_role_begins(
    byline: str, expected: tuple[str, ...]
) -> None:
    assert extract_article(_byline_page(byline)).authors == expected


@pytest.mark.parametrize(
    "outlet", ["Rundfunk West", "Süddeutsche Zeitung", "Redazione ANSA", "Jornal O Papel", "Radio Nord"]
)
def test_an_outlet_in_the_author_tag_is_no_person(outlet: str) -> None:
    html = (
        f"<html><head><title>Grundsteuer</title><meta name='author' content='{outlet}'></head>"
        f"<body><article><h1>Grundsteuer</h1><div class='body'>{_BODY}</div></article></body></html>"
    )
    assert extract_article(html).authors == ()


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("<meta name='dcterms.date' content='2024-10-15'>", "2024-10-15"),
        ("<meta name='citation_publication_date' content='2024/06/18'>", "2024-06-18"),
        ("<meta name='DC.date.created' content='2005-01-14'>", "2005-01-14"),
        ("<meta name='date' content='08/09/2012'>", "2012-08-09"),  # month first on an English page
    ],
)
def test_date_tags_in_the_names_sites_use_give_the_date(tag: str, expected: str) -> None:
    html = (
        f"<html lang='en'><head><title>Pool stays shut</title>{tag}</head><body>"
        "<header class='top'><time datetime='2026-12-07'>Monday, 7 December 2026</time></header>"
        "<div class='story'><h2 class='t'>Pool stays shut</h2>"
        f"<div class='x'>{_BODY}</div></div></body></html>"
    )
    assert extract_article(html).date == expected


def test_the_day_s_date_in_the_page_header_is_not_the_article_s() -> None:
    html = (
        "<html><head><title>Pool stays shut</title></head><body>"
        "<header class='top'><time datetime='2026-12-07'>Monday, 7 December 2026</time><nav>"
        "<a href='/'>Home</a></nav></header><div class='story'><h2 class='t'>Pool stays shut</h2>"
        f"<p class='date'>15 October 2024</p><div class='x'>{_BODY}</div></div>"
        "<footer><span class='date'>Updated daily since 2001</span></footer></body></html>"
    )
    assert extract_article(html).date == "2024-10-15"


def test_a_ticker_s_times_far_from_the_headline_do_not_beat_the_stated_date() -> None:
    html = (
        "<html><head><title>Teachers hired</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Teachers hired", "datePublished": "2024-11-13T17:05:00Z"}'
        "</script></head><body><div class='col-left'><div class='newsticker'><ul>"
        "<li><time datetime='2024-12-02T09:14'>02.12.2024, 09:14</time> <a href='/a'>Strike</a></li>"
        "</ul></div></div><div class='col-main'><div class='story-title'>Teachers hired</div>"
        f"<div class='story-text'>{_BODY}</div></div></body></html>"
    )
    assert extract_article(html).date == "2024-11-13T17:05:00Z"


@pytest.mark.parametrize(
    "name", ["iubenda-cs-container", "onetrust-banner-sdk", "cmp-container", "privacy-center", "gdpr-notice"]
)
def test_consent_managers_boxes_are_furniture(name: str) -> None:
    from ingest_builtins.formats.web_page.extraction.vocabulary import BOILERPLATE, classify_attrs

    assert classify_attrs(name) & BOILERPLATE


@pytest.mark.parametrize("name", ["firma-data", "autor-zeile", "article-auteur", "firma"])
def test_bylines_named_in_more_languages_are_furniture(name: str) -> None:
    from ingest_builtins.formats.web_page.extraction.vocabulary import BOILERPLATE, classify_attrs

    assert classify_attrs(name) & BOILERPLATE


def test_the_standfirst_inside_the_article_s_header_box_opens_the_text() -> None:
    lead = (
        "The new kernel saves power on laptops and supports more ARM notebooks, with changes for players"
        " of games too."
    )
    html = (
        "<html><head><title>Kernel 6.14 released</title></head><body><article><header>"
        f"<h1>Kernel 6.14 released</h1><p>{lead}</p><div class='x'>25 March 2025, Sebastian Kraemer</div>"
        f"</header><div class='formatted'>{_BODY}</div><div class='more'><a href='/a'>Kernel 6.13</a></div>"
        "</article></body></html>"
    )
    assert extract_article(html).text.startswith(lead)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Por João Silva Publicado em 22/04/2024 às 09h30", False),
        ("Par Claire Dubois - Publié le 7 décembre 2025 à 10h15", False),
        ("- Publié le 7 décembre 2025 à 10h15 - Mis à jour à 12h40", False),
        ("28/01/2025 16h42 · Atualizado há 2 horas", False),
        ("Von Mai 2025 an gilt die neue Regel für alle 12 Bezirke.", True),
        ("By 2030, the city plans 40 new buses.", True),
    ],
)
def test_a_byline_or_date_line_under_the_standfirst_is_not_text(line: str, kept: bool) -> None:
    lead = (
        "The city will plant twenty thousand trees by 2027 to bring shade to its hottest streets and squares."
    )
    html = (
        "<html><head><title>Trees for the city</title></head><body><main><h1>Trees for the city</h1>"
        f"<p class='lead'>{lead}</p><div class='info'>{line}</div><div class='corpo'>{_BODY}</div>"
        "</main></body></html>"
    )
    assert (line in extract_article(html).text) is kept


def test_a_section_label_inside_the_headline_is_not_part_of_the_title() -> None:
    html = (
        "<html><head><title>Grundsteuer: Viele Bescheide sind fehlerhaft | Rundfunk West</title>"
        "<meta property='og:title' content='Grundsteuer: Viele Bescheide sind fehlerhaft'>"
        "</head><body><article>"
        "<h1><span class='topline'>Reform in der Kritik</span> <span>Grundsteuer: Viele Bescheide sind "
        f"fehlerhaft</span></h1><div class='copytext'>{_BODY}</div></article></body></html>"
    )
    assert extract_article(html).title == "Grundsteuer: Viele Bescheide sind fehlerhaft"


@pytest.mark.parametrize(
    "box", ["weitere-artikel", "lesetipps", "articles-similaires", "noticias-relacionadas"]
)
def test_boxes_of_other_stories_named_in_other_languages_hold_other_bylines(box: str) -> None:
    html = (
        "<html><head><title>Klinikreform</title></head><body><article><h1>Klinikreform</h1>"
        f"<div class='text'>{_BODY}</div><div class='{box}'><a href='/a'>Landarztquote wirkt</a>"
        "<span class='author'>Von Sven Hartmann</span> <span class='date'>3. Mai 2021</span></div>"
        "</article></body></html>"
    )
    article = extract_article(html)
    assert article.authors == ()


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Ein Kommentar von Anna Schmidt", ["Anna Schmidt"]),
        ("Eine Analyse von Anna Schmidt", ["Anna Schmidt"]),
        ("Interview: Anna Schmidt", ["Anna Schmidt"]),
        ("Von unserem Korrespondenten Anna Schmidt", ["Anna Schmidt"]),
        ("Von Anna Schmidt (Text) und Peter Müller (Fotos)", ["Anna Schmidt", "Peter Müller"]),
        ("Une tribune de Claire Dubois", ["Claire Dubois"]),
        ("Un editoriale di Giulia Romano", ["Giulia Romano"]),
        ("Opinión de María López", ["María López"]),
        ("Door onze verslaggever Jeroen de Vries", ["Jeroen de Vries"]),
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Charles de Gaulle", ["Charles de Gaulle"]),
        # "and" in more languages, and author labels.
        ("Door Jeroen de Vries en Sanne Bakker", ["Jeroen de Vries", "Sanne Bakker"]),
        ("Av Erik Lindqvist och Anna Berg", ["Erik Lindqvist", "Anna Berg"]),
        ("Af Mette Hansen og Lars Nielsen", ["Mette Hansen", "Lars Nielsen"]),
        ("Autorzy: Katarzyna Nowak i Piotr Wiśniewski", ["Katarzyna Nowak", "Piotr Wiśniewski"]),
        ("Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
        ("Mikko Virtanen ja Laura Korhonen", ["Mikko Virtanen", "Laura Korhonen"]),
        ("Maria da Silva e João Souza", ["Maria da Silva", "João Souza"]),
    ],
)
def test_the_kind_of_piece_and_the_writer_s_role_before_the_name_are_no_name(
    byline: str, expected: list[str]
) -> None:
    from ingest_builtins.formats.web_page.extraction.people import clean_names

    assert clean_names(byline) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("7 grudnia 2026, 11:20", "2026-12-07T11:20"),
        ("7. prosince 2026 10:15", "2026-12-07T10:15"),
        ("7. joulukuuta 2026", "2026-12-07"),
        ("7 decembrie 2026", "2026-12-07"),
        ("7 Aralık 2026", "2026-12-07"),
        ("7. 12. 2026", "2026-12-07"),
    ],
)
def test_dates_printed_in_more_european_languages_are_read(printed: str, expected: str) -> None:
    from ingest_builtins.formats.web_page.extraction.dates import parse_visible_date

    assert parse_visible_date(printed) == expected

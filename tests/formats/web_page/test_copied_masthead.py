"""web-page, copied as text: the site's name between the skip link and the navigation is the publisher."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_builtins.formats.web_page.copied import parse_copied_page
from ingest_builtins.formats.web_page.masthead import masthead_name

BODY = """
The regional council approved on Monday a plan to rebuild the two bridges over the river by the end of 2027.

Work on the northern bridge starts in the spring, the council said in a statement issued after the vote.
"""

NEWS_SITE = (
    """Skip to content
The Valley Courier
Subscribe
Sign in
News
Politics
Council approves plan to rebuild the river bridges
By Ana Ribeiro
"""
    + BODY
)

MINISTRY_UNDER_BANNER = (
    """Saltar al contenido
Gobierno de Costa Verde
Ministerio de Obras Públicas
Inicio
Prensa
Inicio / Prensa / Noticias
Council approves plan to rebuild the river bridges
12 de marzo de 2026
"""
    + BODY
)

PORTAL_BAR_THEN_EMBASSY = (
    """Pular para o conteúdo principal
gov.xx
Órgãos do Governo  Acesso à Informação  Legislação
Embaixada de Costa Verde em Lisboa
Início
Notícias
Você está aqui: Página Inicial > Notícias > Council approves plan
Council approves plan to rebuild the river bridges
"""
    + BODY
)

SITE_NAME_TAKEN_FOR_HEADLINE = (
    """Aller au contenu principal
Costa Verde Diplomatie - Ministère des Affaires étrangères
Menu
Rechercher
English
Accueil
"""
    + BODY
)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (NEWS_SITE, "The Valley Courier"),
        (MINISTRY_UNDER_BANNER, "Ministerio de Obras Públicas"),
        (PORTAL_BAR_THEN_EMBASSY, "Embaixada de Costa Verde em Lisboa"),
        (SITE_NAME_TAKEN_FOR_HEADLINE, "Costa Verde Diplomatie - Ministère des Affaires étrangères"),
    ],
    ids=["news-site", "ministry-under-banner", "portal-bar", "site-name-not-headline"],
)
def test_the_name_under_the_skip_link_is_the_publisher(text: str, publisher: str) -> None:
    page = parse_copied_page(text)
    assert page.publisher == publisher
    assert "masthead" in page.found
    assert page.title != publisher


def test_a_headline_under_the_skip_link_with_its_share_buttons_is_no_site_name() -> None:
    page = parse_copied_page(
        "Skip to content\nCouncil approves plan to rebuild the river bridges\nShare\nPrint\n" + BODY
    )
    assert page.publisher is None
    assert page.title == "Council approves plan to rebuild the river bridges"


def test_without_a_skip_link_a_short_first_line_above_the_navigation_is_the_site() -> None:
    page = parse_copied_page(NEWS_SITE.removeprefix("Skip to content\n"))
    assert (page.publisher, page.title) == (
        "The Valley Courier",
        "Council approves plan to rebuild the river bridges",
    )
    plain = parse_copied_page("Council approves plan\n" + BODY)
    assert "masthead" not in plain.found


UNDER_A_KINGDOM_S_BANNER = (
    """Aller au contenu
Royaume de Costa Verde
Ministère des Affaires étrangères, de la Coopération et des Ressortissants à l'Étranger
العربية | Français | English
Accueil
Actualités
Accueil > Actualités > Communiqués > Ouverture d'un consulat
Ouverture d'un consulat à Port-Vert
Communiqués
03 juin 2026
"""
    + BODY
)

TRAIL_ONE_ITEM_A_LINE = (
    """Aller au contenu principal
Costa Verde Diplomatie - Ministère des Affaires étrangères
Menu
Rechercher
Accueil
Politique étrangère de Costa Verde
Transports et infrastructures
Reconstruction des ponts du fleuve Vert (14.10.26)
Partager
"""
    + BODY
)


def test_a_ministry_under_a_kingdom_s_banner_and_a_language_switch() -> None:
    page = parse_copied_page(UNDER_A_KINGDOM_S_BANNER)
    assert page.publisher.startswith("Ministère des Affaires étrangères")
    assert (page.title, page.date) == ("Ouverture d'un consulat à Port-Vert", "2026-06-03")


def test_a_trail_one_item_a_line_and_a_date_closing_the_headline() -> None:
    page = parse_copied_page(TRAIL_ONE_ITEM_A_LINE)
    assert page.title == "Reconstruction des ponts du fleuve Vert (14.10.26)"
    assert (page.section, page.date) == ("Transports et infrastructures", "2026-10-14")
    assert page.body.startswith("The regional council approved")


@pytest.mark.parametrize(
    "text",
    [
        "Skip to main content",
        "Skip to main content\nWelcome to the site\nالعربية 中文 English Français Русский",
        "Skip to main content\nMenu",
        "Skip to content\nSkip to navigation",
    ],
)
def test_a_page_that_is_nothing_but_its_top_lines_reads_without_error(text: str) -> None:
    page = parse_copied_page(text)
    assert page.title is None or isinstance(page.title, str)


_TOP_LINES = [
    "Skip to main content",
    "Aller au contenu",
    "Ir para o Conteúdo 1",
    "Welcome to the site",
    "Ministry of Foreign Affairs",
    "Republic of Costa Verde",
    "العربية | Français | English",
    "العربية 中文 English",
    "Menu",
    "Search",
    "Home",
    "Accueil",
    "News   Politics   Sport",
    "Home > News > Politics",
    "Share",
    "Facebook",
    "14 April 2026 Climate",
    "Council approves plan to rebuild the river bridges",
    "The council approved the plan on Monday after a long debate that lasted into the night.",
    "",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOP_LINES), max_size=14))
def test_any_arrangement_of_top_lines_reads_without_error(lines: list[str]) -> None:
    page = parse_copied_page("\n".join(lines))
    assert page.publisher is None or page.publisher in lines


def test_the_day_s_date_beside_the_site_s_name_and_a_subscribe_button_in_the_masthead() -> None:
    page = parse_copied_page(
        "Prensa del Valle\nGuatemala, miércoles 22 de abril de 2026\n"
        "Inicio   Nacionales   Economía   Internacionales\nSuscríbete\nEconomía\n"
        "Caficultores temen pérdidas por lluvias fuera de temporada\n" + BODY
    )
    assert (page.publisher, page.title) == (
        "Prensa del Valle",
        "Caficultores temen pérdidas por lluvias fuera de temporada",
    )


def test_an_ad_s_label_on_the_first_line_is_no_site_name_over_the_headline() -> None:
    lines = [
        "Advertisement 1",
        "Harbour board names its new chief",
        "Article content",
        "NORTH QUAY — The board …",
    ]
    assert masthead_name(lines) is None


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        ("Harbour Gazette - Pilots vote to strike over the new shift rules", "Harbour Gazette"),
        ("Pilots vote to strike over the new shift rules | Harbour Gazette", "Harbour Gazette"),
        ("Politik - Pilots vote to strike over the new shift rules", None),  # a section's one word
    ],
)
def test_the_site_s_name_beside_the_headline_printed_again_is_the_publisher(
    first: str, publisher: str | None
) -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    more = "Textgröße ändern:"
    page = parse_copied_page(f"{first}\n\nPilots vote to strike over the new shift rules\n{more}\n{lead}\n")
    assert (page.title, page.publisher) == ("Pilots vote to strike over the new shift rules", publisher)
    assert page.body == lead


def test_tags_with_their_counts_of_stories_over_the_headline_are_no_headline() -> None:
    from ingest_builtins.formats.web_page.copied import parse_copied_page

    lead = "The harbour pilots' union voted on Tuesday to strike next month over the shift rules, it said."
    tags = "Harbour news: 1381\nShipping: 503"
    text = f"{tags}\n\nPilots vote to strike over the shift rules\n\n29.11.2023 23:28\n\n{lead}\n"
    assert parse_copied_page(text).title == "Pilots vote to strike over the shift rules"

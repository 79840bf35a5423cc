"""Main text and metadata of small pages that each carry one kind of page furniture."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from ingest_builtins.formats.web_page.extraction import Article, Params, extract_article

DATA = Path(__file__).resolve().parent.parent / "data" / "web"


def load(name: str) -> Article:
    return extract_article((DATA / name).read_text(encoding="utf-8"))


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


def test_furniture_is_left_out() -> None:
    art = load("furniture.html")
    assert art.text.startswith("PORTHAVEN — The harbour bridge reopened")
    assert art.text.endswith("in time for the summer season.")
    for junk in (
        "cookies",
        "Sport",
        "Share on Facebook",
        "Related stories",
        "Council approves budget",
        "newsletter",
        "All rights reserved",
        "Home",
        "bridges",
        "By Jane Whitfield",
    ):
        assert junk not in art.text, junk


def test_headings_and_list_items_are_paragraphs() -> None:
    paras = paragraphs(load("furniture.html"))
    assert "A costly repair" in paras
    assert "New cables on both spans of the bridge" in paras
    assert "Harbour bridge reopens after two years of repairs" not in paras  # the headline itself
    assert all("\n" not in p and "  " not in p for p in paras)


def test_furniture_metadata() -> None:
    art = load("furniture.html")
    assert art.title == "Harbour bridge reopens after two years of repairs"
    assert art.date is not None and art.date.startswith("2021-03-04T08:15")
    assert art.authors == ("Jane Whitfield",)  # the visible byline, not the meta "Staff"
    assert art.section == "Local news"
    assert art.publisher == "The Coastal Courier"
    assert art.language == "en"


def test_comment_thread_longer_than_article_is_not_the_body() -> None:
    art = load("comments.html")
    assert art.text.startswith("The summer fete on the green")
    assert "village hall" in art.text
    for junk in ("Margaret", "dog show went on rather too long", "Reply", "42 comments"):
        assert junk not in art.text
    assert art.authors == ("Tom Archer",)
    assert art.date == "2019-07-14"  # date only: no time was given


def test_article_split_across_sibling_containers_is_kept_whole() -> None:
    art = load("split.html")
    assert art.text.startswith("Après un an de travaux")
    assert "Une fête d'inauguration est prévue" in art.text
    assert "Publicité" not in art.text
    assert "Les plus lus" not in art.text and "marché bio" not in art.text
    assert art.date == "2022-09-12T14:30"  # day first, local time as printed
    assert art.language == "fr"


def test_body_only_in_json_ld() -> None:
    art = load("jsonld_only.html")
    assert paragraphs(art) == [
        "More rain fell in the valley on Sunday than on any day since records began more than a century ago.",
        "The river rose by two metres overnight, and several roads near the old mill"
        " were closed until the water went down.",
        "Forecasters expect drier weather for the rest of the week.",
    ]
    assert any("JSON-LD" in line for line in art.explanation)
    assert art.date == "2023-10-02T17:45:00-05:00"  # the offset given, not converted to UTC
    assert art.authors == ("Luis Ortega",)  # the organisation is not a person
    assert art.section == "Weather"
    assert art.language == "en"  # from og:locale


def test_links_list_after_article_and_desk_byline() -> None:
    art = load("listing_links.html")
    assert art.text.startswith("Las piscinas municipales abrirán")
    assert "mercado de abastos" not in art.text and "Portada" not in art.text
    assert art.authors == ("Ana Belén Ruiz",)  # "Redacción" is a desk, not a person
    assert art.title == "Nuevo horario de verano en las piscinas municipales"
    assert art.publisher == "Diario del Sur"
    assert art.language == "es"
    assert art.date is None  # the page prints none


def test_short_article_beside_a_longer_teased_story() -> None:
    html = (DATA / "neighbour.html").read_text(encoding="utf-8")
    on = extract_article(html)
    assert on.text.startswith("Die Stadtwerke richten")
    assert "Marktplatz" not in on.text
    off = extract_article(html, attrs.evolve(Params(), story_split=False))
    assert "Marktplatz" in off.text  # the rule is what keeps the neighbouring story out


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Headline here | Site", "Headline here"),
        ("Headline here - Site Name", "Headline here"),
        ("Site :: Headline here is long", "Headline here is long"),
        ("No separator at all", "No separator at all"),
    ],
)
def test_title_suffix_is_stripped(title: str, expected: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><p>x</p></body></html>"
    assert extract_article(html).title == expected


def test_language_only_when_the_page_says() -> None:
    assert extract_article('<html lang="pt-BR"><body><p>Olá</p></body></html>').language == "pt"
    assert extract_article("<html><body><p>Hello there</p></body></html>").language is None

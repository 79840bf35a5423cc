"""Hostile or broken input gives an Article, never an exception, in bounded time."""

from __future__ import annotations

import random
import time

import pytest
from ingest_builtins.formats.web_page.extraction import Article, extract_article


def _garbage(n: int) -> str:
    rng = random.Random(0)
    return bytes(rng.randrange(256) for _ in range(n)).decode("latin-1")


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n\t",
        "<",
        "<html><body><p>truncated para",
        "<!-- never closed",
        "<p>nul\x00inside</p>",
        "<script>var x = '</p>';</script>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": [1, 2</script>',
        '<script type="application/ld+json">' + "[" * 5000 + "</script>",
        "<title>" + "|" * 1000 + "</title>",
        _garbage(20_000),
    ],
)
def test_never_raises(html: str) -> None:
    art = extract_article(html)
    assert isinstance(art, Article)
    assert isinstance(art.text, str)


def test_not_a_string_does_not_raise() -> None:
    assert isinstance(extract_article(None), Article)  # type: ignore[arg-type]


@pytest.mark.parametrize("opener", ["<div>", "<ul><li>", "<table><tr><td>", "<blockquote>", "<span>"])
def test_deep_nesting_is_bounded(opener: str) -> None:
    html = "<html><body>" + opener * 100_000 + "deep text" + "</body></html>"
    t0 = time.perf_counter()
    art = extract_article(html)
    assert time.perf_counter() - t0 < 5.0
    assert isinstance(art, Article)


def test_huge_page_is_bounded() -> None:
    para = "<p>" + "word " * 60 + "</p>"
    html = "<html><body><article>" + para * 40_000 + "</article></body></html>"  # ~12 MB
    t0 = time.perf_counter()
    art = extract_article(html)
    assert time.perf_counter() - t0 < 30.0
    assert art.text.startswith("word word")


@pytest.mark.parametrize(
    "script",
    [
        '<script id="__NEXT_DATA__" type="application/json">'
        + '{"a":' * 50_000
        + "1"
        + "}" * 50_000
        + "</script>",
        '<script id="__NEXT_DATA__" type="application/json">{"x": "' + "word " * 400_000 + '"</script>',
        "<script>window.__STATE__ = {" + '"k": "<p>' * 20_000 + "</script>",
        "<script>window.__STATE__ = " + "[" * 30_000 + "</script>",
        '<script type="application/json">' + '["' + "a b c d e f " * 20 + '"],' * 30_000 + "</script>",
    ],
)
def test_hostile_script_state_is_bounded(script: str) -> None:
    html = "<html><body><h1>Title</h1><p>Short.</p>" + script + "</body></html>"
    t0 = time.perf_counter()
    art = extract_article(html)
    assert time.perf_counter() - t0 < 10.0
    assert isinstance(art.text, str)


def test_many_reply_controls_deep_in_the_page_are_bounded() -> None:
    html = "<html><body>" + "<div>" * 200 + '<div class="c"><a href="#">Reply</a> <p>x</p></div>' * 60_000
    t0 = time.perf_counter()
    art = extract_article(html + "</body></html>")
    assert time.perf_counter() - t0 < 30.0
    assert isinstance(art.text, str)

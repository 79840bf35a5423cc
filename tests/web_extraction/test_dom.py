"""The page walk: lexbor's tag table and the blocks it reads."""

from __future__ import annotations

from ingest_builtins.formats.web_page.extraction import dom
from ingest_builtins.formats.web_page.extraction.parse import parse_html
from selectolax.lexbor import LexborHTMLParser


def test_every_known_tag_is_in_the_lexbor_tag_table() -> None:
    """A parser release that numbers tags otherwise fails here instead of slowing the walk unseen."""
    names = {name for _, name in dom.TAG_IDS.values()}
    wanted = (dom.BLOCK_TAGS | dom.SKIP_TAGS | dom.INLINE_TAGS | {"a", "br", "-text", "-comment"}) - {"-"}
    assert wanted <= names


def test_tag_table_agrees_with_tag_names() -> None:
    tree = LexborHTMLParser(
        "<div><p>a <b>b</b> <a href=x>c</a><br><custom-el>d</custom-el><!--e--></p></div>"
    )
    assert tree.root is not None
    for node in tree.root.traverse(include_text=True):
        kind, tag = dom.node_kind(node)
        assert tag == node.tag
        if node.tag_id in dom.TAG_IDS:
            assert dom.TAG_IDS[node.tag_id] == (kind, tag)
    custom = tree.css_first("custom-el")
    assert custom is not None and dom.node_kind(custom) == (dom.INLINE, "custom-el")


def test_walk_blocks_links_and_breaks() -> None:
    page = dom.walk(
        parse_html(
            "<body><div class='story'><h1>Head</h1><p>One <a href='/x'>link</a> two<br>three</p>"
            "<nav>Menu</nav><p hidden>secret</p><p style='display: none'>gone</p></div></body>"
        )
    )
    assert [(b.tag, b.text, b.link_chars) for b in page.blocks] == [
        ("h1", "Head", 0),
        ("p", "One link two", 4),
        ("p", "three", 0),
        ("nav", "Menu", 0),
    ]
    div = page.tags.index("div")
    assert page.classes[div] == "story"
    assert (page.block_start[div], page.block_end[div]) == (0, 4)
    assert page.flags[page.tags.index("nav")] & dom.BOILERPLATE
    assert "secret" not in " ".join(b.text for b in page.blocks)


def test_inline_elements_add_no_spaces_to_chinese_and_japanese_text() -> None:
    page = dom.walk(
        parse_html(
            "<body><p>北東部ボルノ（<a href='/b'>Borno</a>）州で、"
            "<span>少女</span>\n<b>らによる</b>攻撃。</p>"
            "<p>서울 <a href='/s'>시청</a> 앞</p><p>New <a href='/y'>York</a> (AP)</p></body>"
        )
    )
    assert [b.text for b in page.blocks] == [
        "北東部ボルノ（Borno）州で、少女らによる攻撃。",
        "서울 시청 앞",
        "New York (AP)",
    ]


def test_noscript_content_is_read_and_a_noscript_notice_is_not() -> None:
    prose = "The camera merges several exposures into one picture with detail in every shadow. " * 4
    page = dom.walk(
        parse_html(
            "<body><noscript><p>Please enable JavaScript to view this site.</p></noscript>"
            f"<div class='post-body'><script type='text/template'><p>{prose}</p></script>"
            f"<noscript><p>{prose}</p></noscript></div></body>"
        )
    )
    assert [b.text for b in page.blocks] == [prose.strip()]

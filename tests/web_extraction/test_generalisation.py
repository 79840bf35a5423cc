"""Classes of error met on unseen pages, each on a small page written for it."""

from __future__ import annotations

from ingest_builtins.formats.web_page.extraction import extract_article

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

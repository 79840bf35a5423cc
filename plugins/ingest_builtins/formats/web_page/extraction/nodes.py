"""Text of lexbor nodes and the nodes around a page's headline."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

__all__ = ["near", "node_text", "norm"]


def node_text(node: LexborNode | None) -> str:
    """The text of ``node`` (none for None), its whitespace collapsed."""
    return " ".join((node.text(deep=True) if node is not None else "").split())


def near(anchor: LexborNode | None, selector: str) -> list[LexborNode]:
    """Matches of ``selector`` around the headline first (up to four levels up), then anywhere."""
    node = anchor
    for _ in range(4):
        if node is None or node.parent is None:
            break
        node = node.parent
        found = node.css(selector)
        if found:
            return found[:30]
    return []


def norm(text: str) -> str:
    """``text`` folded for comparing titles and headings."""
    return " ".join(text.casefold().split()).strip(" .:!?|-")

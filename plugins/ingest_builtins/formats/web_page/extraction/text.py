"""Assemble the chosen region's blocks into paragraphs of plain text."""

from __future__ import annotations

from .dom import Page
from .scoring import Params

__all__ = ["clean_text", "region_text"]

_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def clean_text(text: str) -> str:
    """Drop soft hyphens and zero-width characters, collapse whitespace."""
    return " ".join(text.translate(_DROP).split())


def region_text(page: Page, element: int, values: list[float], junk: list[int], p: Params) -> list[str]:
    """Paragraphs of ``element``'s blocks, without furniture nested inside it."""
    out: list[str] = []
    blocks = page.blocks
    for k in range(page.block_start[element], page.block_end[element]):
        b = blocks[k]
        if junk[b.owner] > element:
            continue
        if b.link_chars > p.link_density_max * b.chars:
            continue
        text = clean_text(b.text)
        if text:
            out.append(text)
    return out

"""Assemble the chosen region's blocks into paragraphs of plain text."""

from __future__ import annotations

from .dom import Page
from .scoring import Params

__all__ = ["clean_text", "looks_like_sentence", "region_text"]

_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def clean_text(text: str) -> str:
    """Drop soft hyphens and zero-width characters, collapse whitespace."""
    return " ".join(text.translate(_DROP).split())


_SENTENCE_END = tuple(".!?\u3002\uff01\uff1f\"\u201d\u00bb)")


def looks_like_sentence(text: str) -> bool:
    """Long enough and ending like running prose."""
    return len(text) >= 80 and text.rstrip().endswith(_SENTENCE_END)


def region_text(page: Page, element: int, values: list[float], junk: list[int], p: Params) -> list[str]:
    """Paragraphs of ``element``'s blocks, without furniture nested inside it."""
    out: list[str] = []
    blocks = page.blocks
    for k in range(page.block_start[element], page.block_end[element]):
        b = blocks[k]
        if junk[b.owner] > element:
            continue
        if b.link_chars > p.link_density_max * b.chars and (
            b.link_chars > 0.8 * b.chars or not looks_like_sentence(b.text)
        ):
            continue
        text = clean_text(b.text)
        if text:
            out.append(text)
    return out

"""The article-extraction benchmark's shingle metric (4-word shingles, per-page normalised)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

__all__ = ["PageScore", "Summary", "score_page", "shingles", "summarise"]

_WORD = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> list[tuple[str, ...]]:
    """Contiguous word n-grams of ``text``; a text shorter than ``n`` words is one shingle."""
    words = _WORD.findall(text or "")
    if not words:
        return []
    if len(words) < n:
        return [tuple(words)]
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


@attrs.frozen
class PageScore:
    """True/false positive and false negative shares of one page (they add up to 1)."""

    tp: float
    fp: float
    fn: float


@attrs.frozen
class Summary:
    """Precision, recall and F1 over a set of pages."""

    f1: float
    precision: float
    recall: float
    pages: int


def score_page(gold: str, pred: str) -> PageScore:
    """Compare the two texts as bags of shingles; counts are divided by their sum."""
    g, p = Counter(shingles(gold)), Counter(shingles(pred))
    tp = sum(min(c, p[k]) for k, c in g.items())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    if total:
        return PageScore(tp / total, fp / total, fn / total)
    return PageScore(0.0, 0.0, 0.0)


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def summarise(scores: Iterable[PageScore]) -> Summary:
    """Mean precision over pages with output, mean recall over pages with gold text,
    and F1 as the harmonic mean of those two means."""
    precisions: list[float] = []
    recalls: list[float] = []
    n = 0
    for s in scores:
        n += 1
        perfect = s.fp == 0 and s.fn == 0
        if s.tp + s.fp > 0:
            precisions.append(1.0 if perfect else s.tp / (s.tp + s.fp))
        if s.tp + s.fn > 0:
            recalls.append(1.0 if perfect else s.tp / (s.tp + s.fn))
    p, r = _mean(precisions), _mean(recalls)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Summary(f1, p, r, n)

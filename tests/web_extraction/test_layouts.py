"""Generated page layouts: the engine must hold up across combinations of furniture, not one sample.

Each page is built from a seed: a short or long article (flat paragraphs or
in containers, sometimes split around an advertisement and a box), with
class names that say what things are, hashed class names (CSS-in-JS), or
none; HTML5 landmarks or only divs; and around it navigation, a sidebar,
related-story cards, a comment thread, the next story on the same page and a
footer.  The article text is the ground truth, scored with 4-word shingles
as the public benchmark does.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict

import attrs
import pytest
from ingest_builtins.formats.web_page.extraction import Params, extract_article


def _words(text: str) -> list[str]:
    return text.split()


WORDS = _words(
    "council river market winter school station bridge harbour summer village road water museum library "
    "farmers teachers workers the a of and to in that for on with as by at from said would could will new "
    "old local plans money year week people city town north south report police court health hospital "
    "children families prices energy housing trains buses park garden festival election minister mayor "
    "residents officials company union strike budget tax rent homes"
)
FEATURES = ("classes", "html5", "paras", "flat", "comments", "markers", "next_story", "related", "split")


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.count = 0

    def sentence(self, lo: int = 8, hi: int = 20) -> str:
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(lo, hi))]
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def paragraph(self, lo: int = 2, hi: int = 4) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def title(self) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(5, 9))).capitalize()


def layout(seed: int) -> tuple[str, str, dict[str, object]]:
    """HTML, gold text and the features of the page made from ``seed``."""
    w = _Writer(seed)
    rng = w.rng
    f: dict[str, object] = {
        "classes": rng.choice(["semantic", "hashed", "none"]),
        "html5": rng.random() < 0.5,
        "paras": rng.choice([2, 3, 6, 12]),
        "flat": rng.random() < 0.3,
        "comments": rng.choice([0, 5, 20]),
        "markers": rng.random() < 0.5,
        "next_story": rng.random() < 0.3,
        "related": rng.choice([0, 6]),
        "split": rng.random() < 0.25,
    }

    def cls(name: str) -> str:
        if f["classes"] == "semantic":
            return f' class="{name}"'
        if f["classes"] == "hashed":
            w.count += 1
            return f' class="css-{rng.randrange(16**6):06x} e{w.count}"'
        return ""

    def tag(html5: str) -> str:
        return html5 if f["html5"] else "div"

    headline = w.title()
    gold: list[str] = []
    body: list[str] = []
    for i in range(int(f["paras"])):  # type: ignore[call-overload]
        if i and i % 4 == 0:
            sub = w.title()
            body.append(f"<h2>{sub}</h2>")
            gold.append(sub)
        para = w.paragraph()
        body.append(f"<p>{para}</p>")
        gold.append(para)
    if f["split"]:
        mid = len(body) // 2
        items = "".join(f'<li><a href="/s{k}">{w.title()}</a></li>' for k in range(4))
        between = f"<div{cls('ad-slot')}></div><div{cls('promo-box')}><ul>{items}</ul></div>"
        text = (
            f"<div{cls('article-body')}>{''.join(body[:mid])}</div>{between}"
            f"<div{cls('article-body')}>{''.join(body[mid:])}</div>"
        )
    elif f["flat"]:
        text = "".join(body)
    else:
        text = f"<div{cls('article-body')}>{''.join(body)}</div>"
    byline = f"<p{cls('byline')}>By Jane Doe</p><p{cls('date')}>12 March 2021 at 10:15</p>"
    article = f"<{tag('article')}{cls('article')}><h1>{headline}</h1>{byline}{text}</{tag('article')}>"
    after = ""
    if f["next_story"]:
        paras = "".join(f"<p>{w.paragraph()}</p>" for _ in range(8))
        after += (
            f"<{tag('article')}{cls('article')}><h1>{w.title()}</h1><p{cls('byline')}>By John Roe</p>"
            f"{paras}</{tag('article')}>"
        )
    if f["related"]:
        cards = "".join(
            f"<div{cls('card')}><h3><a href='/c{k}'>{w.title()}</a></h3><p>{w.sentence(14, 22)}</p></div>"
            for k in range(int(f["related"]))  # type: ignore[call-overload]
        )
        after += f"<div{cls('related')}><h2>Related stories</h2>{cards}</div>"
    if f["comments"]:
        items = []
        for k in range(int(f["comments"])):  # type: ignore[call-overload]
            name = rng.choice(["Anna", "Ben", "Carla", "Dev", "Emil", "Fatima"])
            head = f"<span>{name} says:</span>" if f["markers"] else f"<span>{name}</span>"
            reply = f"<a href='#c{k}'>Reply</a>" if f["markers"] else ""
            items.append(
                f"<li{cls('comment')}>{head}<span>12 March 2021 at 11:{k:02d}</span>"
                f"<p>{w.paragraph(1, 3)}</p>{reply}</li>"
            )
        after += f"<div{cls('comments')}><h3>Comments</h3><ol>{''.join(items)}</ol></div>"
    nav = "".join(f'<li><a href="/n{k}">{rng.choice(WORDS).capitalize()}</a></li>' for k in range(10))
    header = (
        f"<{tag('header')}{cls('site-header')}><a href='/'>The Daily Site</a>"
        f"<{tag('nav')}{cls('nav')}><ul>{nav}</ul></{tag('nav')}></{tag('header')}>"
    )
    most = "".join(f'<li><a href="/m{k}">{w.title()}</a></li>' for k in range(5))
    side = f"<{tag('aside')}{cls('sidebar')}><h3>Most read</h3><ol>{most}</ol></{tag('aside')}>"
    links = "".join(f'<a href="/f{k}">{rng.choice(WORDS)}</a> ' for k in range(12))
    footer = f"<{tag('footer')}{cls('footer')}>{links}</{tag('footer')}>"
    html = (
        f"<!DOCTYPE html><html><head><title>{headline} | The Daily Site</title></head><body>{header}"
        f"<div{cls('layout')}><{tag('main')}{cls('main')}>{article}{after}</{tag('main')}>{side}</div>"
        f"{footer}</body></html>"
    )
    return html, "\n".join(gold), f


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    words = re.findall(r"\w+", text)
    if len(words) < 4:
        return Counter([tuple(words)] if words else [])
    return Counter(tuple(words[i : i + 4]) for i in range(len(words) - 3))


def f1(gold: str, got: str) -> float:
    """Shingle F1 of one page."""
    g, p = _shingles(gold), _shingles(got)
    tp = sum((g & p).values())
    if not tp:
        return 0.0
    precision, recall = tp / sum(p.values()), tp / sum(g.values())
    return 2 * precision * recall / (precision + recall)


PAGES = [layout(seed) for seed in range(240)]


def _scores(params: Params) -> list[tuple[float, dict[str, object]]]:
    return [(f1(gold, extract_article(html, params).text), feats) for html, gold, feats in PAGES]


@pytest.fixture(scope="module")
def scores() -> list[tuple[float, dict[str, object]]]:
    return _scores(Params())


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def test_generated_layouts_overall(scores: list[tuple[float, dict[str, object]]]) -> None:
    assert _mean([s for s, _ in scores]) >= 0.96
    assert sum(s < 0.5 for s, _ in scores) <= 3


@pytest.mark.parametrize("feature", FEATURES)
def test_every_kind_of_layout_holds_up(scores: list[tuple[float, dict[str, object]]], feature: str) -> None:
    by_value: dict[object, list[float]] = defaultdict(list)
    for s, feats in scores:
        by_value[feats[feature]].append(s)
    for value, xs in by_value.items():
        assert _mean(xs) >= 0.9, (feature, value, _mean(xs), len(xs))


def test_story_rules_carry_the_next_story_pages(scores: list[tuple[float, dict[str, object]]]) -> None:
    on = [s for s, feats in scores if feats["next_story"]]
    off = [
        f1(gold, extract_article(html, attrs.evolve(Params(), story_split=False)).text)
        for html, gold, feats in PAGES
        if feats["next_story"]
    ]
    assert _mean(on) >= 0.95
    assert _mean(off) < _mean(on) - 0.05

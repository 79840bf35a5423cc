"""Benchmark ingest's web-page extraction against trafilatura and other extractors."""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from _shingles import PageScore, Summary, score_page, summarise
from ingest_builtins.formats.web_page.extraction import Params, extract_article

__all__ = ["Bench", "Extractor", "cross_validate", "load_bench", "main", "pipeline_extractor"]

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "bench" / "web"
FOLDS = 3
#: Parameter grid searched by the cross-validation (Params field -> values).
GRID: dict[str, tuple[float, ...]] = {
    "link_weight": (0.5, 1.0, 2.0),
    "junk_weight": (0.3, 1.0),
    "inside_junk_factor": (0.25, 0.5),
    "far_factor": (0.5, 1.0),
    "teaser_weight": (0.0, 0.5),
}
META_FIELDS = ("title", "date", "authors", "section", "publisher", "language", "description")

TextFn = Callable[[str], str]


@attrs.frozen
class Bench:
    """Benchmark pages: sorted ids, their HTML (decoded as UTF-8) and gold text."""

    ids: tuple[str, ...]
    html: dict[str, str]
    gold: dict[str, str]


@attrs.frozen
class Extractor:
    """A named extraction function with its package version."""

    name: str
    version: str
    fn: TextFn


def load_bench(directory: Path) -> Bench:
    """Read ``ground-truth.json`` and each ``<id>.html`` of a benchmark folder."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    ids = tuple(sorted(truth))
    html = {i: (directory / f"{i}.html").read_bytes().decode("utf-8", errors="replace") for i in ids}
    gold = {i: truth[i].get("articleBody", "") for i in ids}
    return Bench(ids, html, gold)


def _version(dist: str) -> str:
    try:
        return importlib_metadata.version(dist)
    except importlib_metadata.PackageNotFoundError:
        return "?"


def _fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element (for readability's output)."""
    import lxml.html

    if not fragment.strip():
        return ""
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br",
              "blockquote", "pre", "section", "article", "ul", "ol", "table", "dd", "dt",
              "figure", "figcaption", "header", "footer", "main", "aside", "nav", "hr"}
    out: list[str] = []
    root = lxml.html.fromstring(fragment)
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in {"script", "style", "noscript", "template"}:
            if event == "end" and el.tail:
                out.append(el.tail)
            continue
        if event == "start":
            if tag in blocks:
                out.append("\n")
            if isinstance(el.tag, str) and el.text:
                out.append(el.text)
        else:
            if tag in blocks:
                out.append("\n")
            if el.tail and el is not root:
                out.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def ingest_text(params: Params | None = None) -> TextFn:
    """ingest's extraction as a text function (metadata is computed too, and timed)."""
    if params is None:
        return lambda html: extract_article(html).text
    return lambda html: extract_article(html, params).text


def pipeline_extractor() -> Callable[[bytes], str]:
    """Hook for timing the whole pipeline path (HTML bytes -> record text).

    To be wired to the core's web-page format plugin once it exists; the
    benchmark then runs it beside :func:`ingest_text` under ``--through-pipeline``.
    """
    raise NotImplementedError("the pipeline path is not available yet")


def peers() -> tuple[list[Extractor], list[str]]:
    """The optional peer extractors that are installed, and notes on those that are not."""
    found: list[Extractor] = []
    notes: list[str] = []
    try:
        import trafilatura

        found.append(Extractor("trafilatura", _version("trafilatura"),
                               lambda h: trafilatura.extract(h, include_comments=False) or ""))
        found.append(Extractor("trafilatura-fast", _version("trafilatura"),
                               lambda h: trafilatura.extract(h, include_comments=False, fast=True) or ""))
    except ImportError:
        notes.append("trafilatura not installed: skipped")
    try:
        from readability import Document

        found.append(Extractor("readability-lxml", _version("readability-lxml"),
                               lambda h: _fragment_text(Document(h).summary(html_partial=True))))
    except ImportError:
        notes.append("readability-lxml not installed: skipped")
    try:
        import justext

        stop = justext.get_stoplist("English")

        def jt(h: str) -> str:
            paras = justext.justext(h.encode("utf-8"), stop, encoding="utf-8")
            return "\n".join(p.text for p in paras if not p.is_boilerplate)

        found.append(Extractor("justext", _version("justext"), jt))
    except ImportError:
        notes.append("justext not installed: skipped")
    try:
        from boilerpy3 import extractors as bp

        art = bp.ArticleExtractor(raise_on_failure=False)
        found.append(Extractor("boilerpy3", _version("boilerpy3"), lambda h: art.get_content(h) or ""))
    except ImportError:
        notes.append("boilerpy3 not installed: skipped")
    return found, notes


def run_pass(fn: TextFn, bench: Bench) -> tuple[dict[str, str], float]:
    """One pass over the pages: the outputs and the summed time of the extraction calls."""
    out: dict[str, str] = {}
    total = 0.0
    for pid in bench.ids:
        html = bench.html[pid]
        t0 = time.perf_counter()
        try:
            text = fn(html)
        except Exception:
            text = ""
        total += time.perf_counter() - t0
        out[pid] = text or ""
    return out, total


def page_scores(bench: Bench, preds: dict[str, str]) -> dict[str, PageScore]:
    """Per-page shingle scores of one extractor's outputs."""
    return {pid: score_page(bench.gold[pid], preds[pid]) for pid in bench.ids}


def folds(ids: Sequence[str], k: int = FOLDS) -> list[list[str]]:
    """Deterministic folds: sorted ids, the i-th id goes to fold i mod k."""
    ordered = sorted(ids)
    return [[pid for i, pid in enumerate(ordered) if i % k == f] for f in range(k)]


def grid() -> list[Params]:
    """Every parameter combination of :data:`GRID`, the defaults first."""
    keys = list(GRID)
    combos = [Params()]
    for values in itertools.product(*(GRID[k] for k in keys)):
        changes: dict[str, Any] = dict(zip(keys, values, strict=True))
        p = attrs.evolve(Params(), **changes)
        if p not in combos:
            combos.append(p)
    return combos


def cross_validate(bench: Bench) -> dict[str, Any]:
    """3-fold CV: on each fold, pick the grid point best on the other two folds, score this one."""
    candidates = grid()
    scores = [page_scores(bench, run_pass(ingest_text(p), bench)[0]) for p in candidates]
    result: dict[str, Any] = {"grid_size": len(candidates), "folds": []}
    f1s: list[float] = []
    for f, held_out in enumerate(folds(bench.ids)):
        train = [pid for pid in bench.ids if pid not in set(held_out)]
        best = max(range(len(candidates)),
                   key=lambda c: (summarise(scores[c][pid] for pid in train).f1, -c))
        test = summarise(scores[best][pid] for pid in held_out)
        default = summarise(scores[0][pid] for pid in held_out)
        f1s.append(test.f1)
        result["folds"].append({
            "fold": f, "pages": len(held_out), "chosen": attrs.asdict(candidates[best]),
            "train_f1": summarise(scores[best][pid] for pid in train).f1,
            "test_f1": test.f1, "default_params_test_f1": default.f1,
        })
    result["out_of_fold_f1"] = statistics.mean(f1s)
    return result


def metadata_coverage(bench: Bench) -> dict[str, float]:
    """Share of pages on which each metadata field is found."""
    found = dict.fromkeys(META_FIELDS, 0)
    for pid in bench.ids:
        art = extract_article(bench.html[pid])
        for field in META_FIELDS:
            if getattr(art, field):
                found[field] += 1
    return {k: v / len(bench.ids) for k, v in found.items()}


def _row(name: str, version: str, s: Summary, pps: float) -> str:
    return f"{name:<18} {version:<8} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} {pps:9.1f}"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python benchmarks/web_extraction.py [DIR] [--repeat N] [--json PATH]``."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR), help="benchmark folder")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes per extractor (median)")
    ap.add_argument("--json", help="write the results to this file")
    ap.add_argument("--no-peers", action="store_true", help="run ingest only")
    args = ap.parse_args(argv)
    bench = load_bench(Path(args.dir))
    extractors = [Extractor("ingest", "-", ingest_text())]
    notes: list[str] = []
    if not args.no_peers:
        found, notes = peers()
        extractors += found
    for note in notes:
        print(f"# {note}")
    preds: dict[str, dict[str, str]] = {}
    times: dict[str, list[float]] = {e.name: [] for e in extractors}
    for rep in range(max(1, args.repeat)):  # alternate extractors within each round
        for e in extractors:
            out, t = run_pass(e.fn, bench)
            times[e.name].append(t)
            if rep == 0:
                preds[e.name] = out
    results: dict[str, Any] = {"dir": args.dir, "pages": len(bench.ids), "repeat": args.repeat,
                               "extractors": {}}
    print(f"# {args.dir}: {len(bench.ids)} pages, median of {args.repeat} alternating passes")
    print(f"{'extractor':<18} {'version':<8} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>9}")
    for e in extractors:
        s = summarise(page_scores(bench, preds[e.name]).values())
        pps = len(bench.ids) / statistics.median(times[e.name])
        results["extractors"][e.name] = {"version": e.version, "f1": s.f1, "precision": s.precision,
                                         "recall": s.recall, "pages_per_s": pps,
                                         "pass_times_s": times[e.name]}
        print(_row(e.name, e.version, s, pps))
    ex = results["extractors"]
    cv = cross_validate(bench)
    results["cross_validation"] = cv
    print(f"\n# ingest 3-fold cross-validation over {cv['grid_size']} parameter sets")
    for f in cv["folds"]:
        print(f"fold {f['fold']}: {f['pages']} pages, train F1 {f['train_f1']:.3f}, "
              f"held-out F1 {f['test_f1']:.3f} (defaults {f['default_params_test_f1']:.3f}), "
              f"chosen {f['chosen']}")
    print(f"out-of-fold F1: {cv['out_of_fold_f1']:.3f}")
    if "trafilatura" in ex and "trafilatura-fast" in ex:
        traf_f1 = max(ex["trafilatura"]["f1"], ex["trafilatura-fast"]["f1"])
        speed = ex["ingest"]["pages_per_s"] / ex["trafilatura-fast"]["pages_per_s"]
        diff = cv["out_of_fold_f1"] - traf_f1
        results["vs_trafilatura"] = {"trafilatura_f1": traf_f1, "oof_f1_minus_trafilatura": diff,
                                     "speed_ratio_vs_fast": speed,
                                     "goal_met": diff >= 0.01 and speed >= 2.0}
        print(f"\n# vs trafilatura: out-of-fold F1 {cv['out_of_fold_f1']:.3f} - {traf_f1:.3f} = "
              f"{diff:+.3f} (goal >= +0.010); speed {speed:.2f}x fast=True (goal >= 2x)")
    cov = metadata_coverage(bench)
    results["metadata_coverage"] = cov
    print("\n# metadata coverage (share of pages where the field is found)")
    print("  ".join(f"{k} {v:.0%}" for k, v in cov.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

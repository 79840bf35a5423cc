"""Benchmark ingest's web-page extraction against trafilatura and other extractors.

    python benchmarks/web_extraction.py [DIR] [--repeat N] [--through-pipeline] [--no-peers] [--json PATH]
    python benchmarks/web_extraction.py [DIR] --ablate [RULE ...]

Prints F1, precision, recall and pages/s of each extractor (the benchmark's
4-word shingle metric; median of alternating timing passes), the 3-fold
cross-validation of the engine's weights with its out-of-fold F1, and the
ratios to trafilatura.  ``--through-pipeline`` adds the whole path from HTML
bytes to the ``web-page`` record's text (decode, identify, every cleaning and
metadata step).  ``--ablate`` runs the cross-validation again with each rule
of :data:`ABLATIONS` off and prints what each adds, per fold.
"""

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
}
META_FIELDS = ("title", "date", "authors", "section", "publisher", "language", "description")

TextFn = Callable[[str], str]


@attrs.frozen
class Bench:
    """Benchmark pages: sorted ids, their HTML (decoded as UTF-8) and gold text."""

    ids: tuple[str, ...]
    html: dict[str, str]
    gold: dict[str, str]
    raw: dict[str, bytes] = attrs.field(factory=dict)


@attrs.frozen
class Extractor:
    """A named extraction function with its package version."""

    name: str
    version: str
    fn: Callable[[Any], str]
    takes_bytes: bool = False


def load_bench(directory: Path) -> Bench:
    """Read ``ground-truth.json`` and each ``<id>.html`` of a benchmark folder."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    ids = tuple(sorted(truth))
    raw = {i: (directory / f"{i}.html").read_bytes() for i in ids}
    html = {i: raw[i].decode("utf-8", errors="replace") for i in ids}
    gold = {i: truth[i].get("articleBody", "") for i in ids}
    return Bench(ids, html, gold, raw)


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
    blocks = {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "br",
        "blockquote",
        "pre",
        "section",
        "article",
        "ul",
        "ol",
        "table",
        "dd",
        "dt",
        "figure",
        "figcaption",
        "header",
        "footer",
        "main",
        "aside",
        "nav",
        "hr",
    }
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
    """The whole path from HTML bytes to the record's text: decode, identify as ``web-page``,
    the cleaning steps and the metadata steps of a ``web-page`` pipeline (built once)."""
    from ingest import Pipeline

    pipeline = Pipeline(format="web-page", autoload=False)

    def run(raw: bytes) -> str:
        result = pipeline.process(raw, name="page.html")
        text = getattr(result, "text", None)
        return text if isinstance(text, str) else ""

    return run


def peers() -> tuple[list[Extractor], list[str]]:
    """The optional peer extractors that are installed, and notes on those that are not."""
    found: list[Extractor] = []
    notes: list[str] = []
    try:
        import trafilatura

        found.append(
            Extractor(
                "trafilatura",
                _version("trafilatura"),
                lambda h: trafilatura.extract(h, include_comments=False) or "",
            )
        )
        found.append(
            Extractor(
                "trafilatura-fast",
                _version("trafilatura"),
                lambda h: trafilatura.extract(h, include_comments=False, fast=True) or "",
            )
        )
    except ImportError:
        notes.append("trafilatura not installed: skipped")
    try:
        from readability import Document

        found.append(
            Extractor(
                "readability-lxml",
                _version("readability-lxml"),
                lambda h: _fragment_text(Document(h).summary(html_partial=True)),
            )
        )
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


def run_pass(fn: Callable[[Any], str], bench: Bench, raw: bool = False) -> tuple[dict[str, str], float]:
    """One pass over the pages: the outputs and the summed time of the extraction calls.

    ``raw``: the function takes the page's bytes, not its decoded text.
    """
    out: dict[str, str] = {}
    total = 0.0
    for pid in bench.ids:
        html = bench.raw[pid] if raw else bench.html[pid]
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


def grid(fixed: dict[str, Any] | None = None) -> list[Params]:
    """Every parameter combination of :data:`GRID`, the defaults first; ``fixed`` fields are held."""
    fixed = fixed or {}
    keys = [k for k in GRID if k not in fixed]
    combos = [attrs.evolve(Params(), **fixed)]
    for values in itertools.product(*(GRID[k] for k in keys)):
        changes: dict[str, Any] = dict(zip(keys, values, strict=True))
        p = attrs.evolve(Params(), **changes, **fixed)
        if p not in combos:
            combos.append(p)
    return combos


def cross_validate(bench: Bench, fixed: dict[str, Any] | None = None) -> dict[str, Any]:
    """3-fold CV: on each fold, pick the grid point best on the other two folds, score this one.

    ``fixed``: Params fields held at a value (an ablation) instead of their defaults.
    """
    candidates = grid(fixed)
    scores = [page_scores(bench, run_pass(ingest_text(p), bench)[0]) for p in candidates]
    result: dict[str, Any] = {
        "grid_size": len(candidates),
        "folds": [],
        "default_dev_f1": summarise(scores[0].values()).f1,
    }
    f1s: list[float] = []
    for f, held_out in enumerate(folds(bench.ids)):
        train = [pid for pid in bench.ids if pid not in set(held_out)]
        best = max(range(len(candidates)), key=lambda c: (summarise(scores[c][pid] for pid in train).f1, -c))
        test = summarise(scores[best][pid] for pid in held_out)
        default = summarise(scores[0][pid] for pid in held_out)
        f1s.append(test.f1)
        result["folds"].append(
            {
                "fold": f,
                "pages": len(held_out),
                "chosen": attrs.asdict(candidates[best]),
                "train_f1": summarise(scores[best][pid] for pid in train).f1,
                "test_f1": test.f1,
                "default_params_test_f1": default.f1,
            }
        )
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


#: Rule switched off -> the Params fields that switch it off.
PARAM_ABLATIONS: dict[str, dict[str, Any]] = {
    "link penalty": {"link_weight": -1.0},
    "short-block neutral value": {"short_chars": 0},
    "furniture subtree penalty": {"junk_weight": 0.0},
    "dominant furniture kept": {"dominance": 2.0},
    "inside-furniture discount": {"inside_junk_factor": 1.0},
    "headline proximity": {"far_factor": 1.0},
    "meta lines before prose": {"meta_line_chars": 0},
    "link-dense blocks dropped": {"link_density_max": 1.01},
    "JSON-LD body fallback": {"jsonld_fallback_chars": 0},
    "script-state fallback": {"script_state_chars": 0},
    "confidence fallback": {"confidence_chars": 0},
    "closing label lines trimmed": {"tail_run": 0},
    "teaser-list labels and closing notices cut": {"closing_furniture": False},
    "story restriction": {"story_split": False},
    "sibling merging": {"merge_siblings": False},
    "comment structure": {"comment_structure": False},
}
#: Rule switched off -> (module, table, the words or keys taken out of it; "*" for all).
TABLE_ABLATIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "tag furniture (nav/aside/footer/header)": (("dom", "_TAG_FLAGS", "nav aside footer header"),),
    "figcaption furniture": (("dom", "_TAG_FLAGS", "figcaption"),),
    "ARIA role furniture": (("dom", "_ROLE_FLAGS", "*"),),
    "vocabulary: byline/author/caption words": (
        ("vocabulary", "_HEAD", "byline author authors bio caption credit credits figcaption contributor"),
        ("vocabulary", "_LEADING", "byline author bio caption credit"),
    ),
    "vocabulary: header/masthead words": (
        ("vocabulary", "_HEAD", "header masthead topbar"),
        ("vocabulary", "_LEADING", "header masthead"),
    ),
    "vocabulary: teaser/next words": (
        ("vocabulary", "_HEAD", "teaser teasers morestories next prev"),
        ("vocabulary", "_LEADING", "next"),
    ),
    "vocabulary: tag/topic words": (
        ("vocabulary", "_HEAD", "tag tags taglist tagcloud keywords topics"),
        ("vocabulary", "_LEADING", "tags"),
    ),
    "vocabulary: compound names": (
        ("vocabulary", "_COMPOUND_START", "*"),
        ("vocabulary", "_COMPOUND_END", "*"),
    ),
    "vocabulary: embedded posts": (("vocabulary", "_EMBED", "*"),),
    "vocabulary: negating prefixes": (("vocabulary", "_NEGATING", "*"),),
    "vocabulary: hidden classes": (("vocabulary", "_HIDDEN", "*"),),
}
ABLATIONS = [*PARAM_ABLATIONS, *TABLE_ABLATIONS]


def _without(table: Any, drop: str) -> Any:
    """``table`` (a word set, a tuple of prefixes or a dict) without the words of ``drop``."""
    words = None if drop == "*" else frozenset(drop.split())
    if isinstance(table, dict):
        return {k: v for k, v in table.items() if words is not None and k not in words}
    kept = [w for w in table if words is not None and w not in words]
    return frozenset(kept) if isinstance(table, frozenset) else tuple(kept)


def _clear_caches() -> None:
    from ingest_builtins.formats.web_page.extraction import dom, vocabulary

    vocabulary.classify_attrs.cache_clear()
    dom._class_id_flags.cache_clear()


def ablate(bench: Bench, names: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Out-of-fold F1 per fold with each rule of :data:`ABLATIONS` off, beside the full engine's."""
    import importlib

    base = cross_validate(bench)
    rows = [
        {
            "rule": "(none: full engine)",
            "dev_f1": base["default_dev_f1"],
            "folds": [f["test_f1"] for f in base["folds"]],
            "oof": base["out_of_fold_f1"],
        }
    ]
    for name in ABLATIONS:
        if names and name not in names:
            continue
        saved = []
        for module, attr, drop in TABLE_ABLATIONS.get(name, ()):
            mod = importlib.import_module("ingest_builtins.formats.web_page.extraction." + module)
            saved.append((mod, attr, getattr(mod, attr)))
            setattr(mod, attr, _without(getattr(mod, attr), drop))
        _clear_caches()
        try:
            cv = cross_validate(bench, dict(PARAM_ABLATIONS.get(name, {})))
        finally:
            for mod, attr, old in saved:
                setattr(mod, attr, old)
            _clear_caches()
        rows.append(
            {
                "rule": name,
                "dev_f1": cv["default_dev_f1"],
                "folds": [f["test_f1"] for f in cv["folds"]],
                "oof": cv["out_of_fold_f1"],
                "delta": base["out_of_fold_f1"] - cv["out_of_fold_f1"],
                "fold_deltas": [
                    a["test_f1"] - b["test_f1"] for a, b in zip(base["folds"], cv["folds"], strict=True)
                ],
            }
        )
    return rows


def _print_ablation(rows: list[dict[str, Any]]) -> None:
    print(
        "\n# ablation: each rule off, cross-validation run again "
        "(delta = what the rule adds to the out-of-fold F1)"
    )
    print(f"{'rule off':<44} {'dev F1':>7} {'fold 0':>7} {'fold 1':>7} {'fold 2':>7} {'OOF':>7} {'delta':>7}")
    for r in rows:
        folds_ = " ".join(f"{x:7.3f}" for x in r["folds"])
        delta = f"{r['delta']:+7.3f}" if "delta" in r else ""
        print(f"{r['rule']:<44} {r['dev_f1']:7.3f} {folds_} {r['oof']:7.3f} {delta}")


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python benchmarks/web_extraction.py [DIR] [--repeat N] [--json PATH] ...``."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR), help="benchmark folder")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes per extractor (median)")
    ap.add_argument("--json", help="write the results to this file")
    ap.add_argument("--no-peers", action="store_true", help="run ingest only")
    ap.add_argument(
        "--through-pipeline",
        action="store_true",
        help="also time the whole pipeline path (HTML bytes -> web-page record text)",
    )
    ap.add_argument(
        "--ablate",
        nargs="*",
        metavar="RULE",
        help="run the cross-validation again with each rule off (all rules, or those named)",
    )
    args = ap.parse_args(argv)
    bench = load_bench(Path(args.dir))
    if args.ablate is not None:
        rows = ablate(bench, args.ablate)
        _print_ablation(rows)
        if args.json:
            Path(args.json).write_text(json.dumps({"ablation": rows}, indent=1), encoding="utf-8")
        return 0
    extractors = [Extractor("ingest", "-", ingest_text())]
    if args.through_pipeline:
        extractors.append(Extractor("ingest-pipeline", _version("ingest"), pipeline_extractor(), True))
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
            out, t = run_pass(e.fn, bench, e.takes_bytes)
            times[e.name].append(t)
            if rep == 0:
                preds[e.name] = out
    results: dict[str, Any] = {
        "dir": args.dir,
        "pages": len(bench.ids),
        "repeat": args.repeat,
        "extractors": {},
    }
    print(f"# {args.dir}: {len(bench.ids)} pages, median of {args.repeat} alternating passes")
    print(f"{'extractor':<18} {'version':<8} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>9}")
    for e in extractors:
        s = summarise(page_scores(bench, preds[e.name]).values())
        pps = len(bench.ids) / statistics.median(times[e.name])
        results["extractors"][e.name] = {
            "version": e.version,
            "f1": s.f1,
            "precision": s.precision,
            "recall": s.recall,
            "pages_per_s": pps,
            "pass_times_s": times[e.name],
        }
        print(_row(e.name, e.version, s, pps))
    ex = results["extractors"]
    cv = cross_validate(bench)
    results["cross_validation"] = cv
    print(f"\n# ingest 3-fold cross-validation over {cv['grid_size']} parameter sets")
    for f in cv["folds"]:
        changed = {k: v for k, v in f["chosen"].items() if getattr(Params(), k) != v}
        print(
            f"fold {f['fold']}: {f['pages']} pages, train F1 {f['train_f1']:.3f}, "
            f"held-out F1 {f['test_f1']:.3f} (defaults {f['default_params_test_f1']:.3f}), "
            f"chosen: {changed or 'the defaults'}"
        )
    print(f"out-of-fold F1: {cv['out_of_fold_f1']:.3f}")
    if "trafilatura" in ex and "trafilatura-fast" in ex:
        traf_f1 = max(ex["trafilatura"]["f1"], ex["trafilatura-fast"]["f1"])
        fast = ex["trafilatura-fast"]["pages_per_s"]
        speed = ex["ingest"]["pages_per_s"] / fast
        diff = cv["out_of_fold_f1"] - traf_f1
        results["vs_trafilatura"] = {
            "trafilatura_f1": traf_f1,
            "oof_f1_minus_trafilatura": diff,
            "speed_ratio_vs_fast": speed,
            "goal_met": diff >= 0.01 and speed >= 2.0,
        }
        print(
            f"\n# vs trafilatura: out-of-fold F1 {cv['out_of_fold_f1']:.3f} - {traf_f1:.3f} = "
            f"{diff:+.3f} (goal >= +0.010); engine speed {speed:.2f}x fast=True (goal >= 2x)"
        )
        if "ingest-pipeline" in ex:
            pipe = ex["ingest-pipeline"]
            ratio = pipe["pages_per_s"] / fast
            results["vs_trafilatura"]["pipeline_speed_ratio_vs_fast"] = ratio
            results["vs_trafilatura"]["pipeline_f1_minus_trafilatura"] = pipe["f1"] - traf_f1
            print(
                f"# through the pipeline: F1 {pipe['f1']:.3f} ({pipe['f1'] - traf_f1:+.3f}), "
                f"{pipe['pages_per_s']:.1f} pages/s = {ratio:.2f}x fast=True"
            )
    cov = metadata_coverage(bench)
    results["metadata_coverage"] = cov
    print("\n# metadata coverage (share of pages where the field is found)")
    print("  ".join(f"{k} {v:.0%}" for k, v in cov.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

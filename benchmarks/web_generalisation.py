"""How the web engine does on pages unlike those its rules were written on, beside trafilatura.

    python benchmarks/web_generalisation.py [--sources S,...] [--loso] [--no-peers] [--json PATH]

Sources: the article benchmark (``web``, ``../shared/bench/web/``), each folder of
``../shared/bench/web-more/`` (older HTML, blogs, forums, portals, non-UTF-8 and
non-English pages) where they exist, ``web_probes_heldout`` (``tests/data/``: invented
news, blog and forum pages in European languages with title, author and date gold) and
``web_probes_heldout_round3``, ``web_probes_heldout_round4``, ``web_probes_heldout_round5`` and
``web_probes_heldout_round6`` (the same kind of pages, written by other hands without reading the
web-page rules).  Per source it prints the main-text F1 (the benchmark's 4-word shingle metric) and the
title, author and date accuracy where the source has that gold,
for ingest (the ``web-page`` record the pipeline makes from the page's bytes) and for
trafilatura (text: the better of its default and ``fast=True`` runs on the source;
metadata: ``bare_extraction`` with metadata).  trafilatura's outputs are cached on disk
(``--cache``, default under ``/tmp``) by its version and the page's bytes.

Metadata accuracy: title and author exact after NFKC, case and space folding (authors as a
set of names, whatever the separators); date the same first 10 characters.  A null in the
gold is a check that nothing is given.

``--loso`` adds the leave-one-source-out figure of the engine's weights: for each text
source, the grid point of ``web_extraction.GRID`` best on the other sources (mean F1 over
sources) is scored on the held-out one, beside the default weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

import attrs
from _shingles import PageScore, score_page, summarise
from ingest_builtins.formats.web_page.extraction import Params, extract_article
from web_extraction import grid

__all__ = ["Outputs", "Page", "load_source", "main", "run_ingest", "run_trafilatura", "score"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "bench"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/bench")
PROBES = REPO / "tests" / "data" / "web_probes_heldout"
PROBES_ROUND3 = REPO / "tests" / "data" / "web_probes_heldout_round3"
PROBES_ROUND4 = REPO / "tests" / "data" / "web_probes_heldout_round4"
PROBES_ROUND5 = REPO / "tests" / "data" / "web_probes_heldout_round5"
PROBES_ROUND6 = REPO / "tests" / "data" / "web_probes_heldout_round6"
META = ("title", "author", "date")


@attrs.frozen
class Page:
    """One page: its bytes, its text decoded with the source's recorded encoding, and its gold."""

    pid: str
    raw: bytes
    html: str
    gold: dict[str, Any]


@attrs.frozen
class Outputs:
    """What one extractor gave for one page."""

    text: str
    title: str | None
    author: str | None
    date: str | None


def source_dirs() -> dict[str, Path]:
    """Every source folder by name: the article benchmark first, the project's held-out probe sets last."""
    out = {"web": SHARED / "web"} if (SHARED / "web" / "ground-truth.json").is_file() else {}
    more = SHARED / "web-more"
    for d in sorted(more.iterdir()) if more.is_dir() else ():
        if (d / "ground-truth.json").is_file():
            out[d.name] = d
    out[PROBES.name] = PROBES
    out[PROBES_ROUND3.name] = PROBES_ROUND3
    out[PROBES_ROUND4.name] = PROBES_ROUND4
    out[PROBES_ROUND5.name] = PROBES_ROUND5
    out[PROBES_ROUND6.name] = PROBES_ROUND6
    return out


def load_source(directory: Path) -> list[Page]:
    """The pages of one source folder, in sorted id order."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        raw = (directory / f"{pid}.html").read_bytes()
        encoding = truth[pid].get("encoding") or "utf-8"
        try:
            html = raw.decode(encoding, errors="replace")
        except LookupError:
            html = raw.decode("utf-8", errors="replace")
        pages.append(Page(pid, raw, html, truth[pid]))
    return pages


def run_ingest(pages: list[Page]) -> tuple[dict[str, Outputs], float]:
    """The ``web-page`` records of the pages (from their bytes), and the seconds spent."""
    from ingest import Pipeline

    pipeline = Pipeline(format="web-page", autoload=False)
    out: dict[str, Outputs] = {}
    t0 = time.perf_counter()
    for page in pages:
        record: Any = pipeline.process(page.raw, name=f"{page.pid}.html")
        authors = getattr(record, "authors", None) or ()
        out[page.pid] = Outputs(
            getattr(record, "text", "") or "",
            getattr(record, "title", None),
            "; ".join(authors) or None,
            getattr(record, "date", None),
        )
    return out, time.perf_counter() - t0


def _trafilatura_page(html: str, fast: bool) -> Outputs:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, fast=fast)
    except Exception:
        doc = None
    if doc is None:
        return Outputs("", None, None, None)
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return Outputs(get("text") or "", get("title"), get("author"), get("date"))


def run_trafilatura(name: str, pages: list[Page], fast: bool, cache: Path) -> dict[str, Outputs]:
    """trafilatura's outputs for the pages, read from the cache where it has them."""
    import trafilatura

    path = cache / f"trafilatura-{trafilatura.__version__}-{'fast' if fast else 'default'}-{name}.json"
    stored: dict[str, list[Any]] = json.loads(path.read_text()) if path.is_file() else {}
    out: dict[str, Outputs] = {}
    changed = False
    for page in pages:
        key = hashlib.sha256(page.raw).hexdigest()
        if key not in stored:
            stored[key] = list(attrs.astuple(_trafilatura_page(page.html, fast)))
            changed = True
        out[page.pid] = Outputs(*stored[key])
    if changed:
        cache.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(stored, ensure_ascii=False))
    return out


def _fold(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


_NAME_SEPARATORS = re.compile(r"\s*(?:[,;&/|·、]|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")


def _names(value: str) -> frozenset[str]:
    return frozenset(n for n in _NAME_SEPARATORS.split(_fold(value)) if n)


def meta_correct(field: str, gold: str | None, got: str | None) -> bool:
    """Whether ``got`` matches the gold value of a metadata field (a null gold wants nothing)."""
    if not gold:
        return not got
    if not got:
        return False
    if field == "date":
        return got[:10] == gold[:10]
    if field == "author":
        return _names(got) == _names(gold)
    return _fold(got) == _fold(gold)


def score(pages: list[Page], outputs: dict[str, Outputs]) -> dict[str, Any]:
    """Main-text F1 (text sources) and metadata accuracy (fields the gold has) of one extractor."""
    result: dict[str, Any] = {"pages": len(pages)}
    if all("articleBody" in p.gold for p in pages):
        result["f1"] = summarise(score_page(p.gold["articleBody"], outputs[p.pid].text) for p in pages).f1
    for field in META:
        judged = [
            meta_correct(field, p.gold[field], getattr(outputs[p.pid], field))
            for p in pages
            if field in p.gold
        ]
        if judged:
            result[field] = (sum(judged), len(judged))
    return result


def loso(sources: dict[str, list[Page]]) -> dict[str, dict[str, float]]:
    """Leave-one-source-out F1 of the engine's weights, beside the default weights' F1."""
    text = {name: pages for name, pages in sources.items() if all("articleBody" in p.gold for p in pages)}
    candidates = grid()
    f1: list[dict[str, float]] = []
    for params in candidates:
        f1.append({name: _engine_f1(pages, params) for name, pages in text.items()})
    out = {}
    for held in text:
        others = [n for n in text if n != held]
        best = max(range(len(candidates)), key=lambda c: (statistics.mean(f1[c][n] for n in others), -c))
        out[held] = {"default": f1[0][held], "loso": f1[best][held], "chosen": best}
    return out


def _engine_f1(pages: list[Page], params: Params) -> float:
    scores: list[PageScore] = [
        score_page(p.gold["articleBody"], extract_article(p.html, params).text) for p in pages
    ]
    return summarise(scores).f1


def _cell(result: dict[str, Any], field: str) -> str:
    if field == "f1":
        return f"{result['f1']:.3f}" if "f1" in result else "  -  "
    if field not in result:
        return "   -   "
    ok, n = result[field]
    return f"{ok / n:.2f} ({ok}/{n})"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one row per source."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", help="comma-separated source names (default: all)")
    ap.add_argument("--loso", action="store_true", help="leave-one-source-out weights")
    ap.add_argument("--no-peers", action="store_true", help="ingest only")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ingest-web-generalisation"))
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    args = ap.parse_args(argv)
    dirs = source_dirs()
    names = args.sources.split(",") if args.sources else list(dirs)
    sources = {name: load_source(dirs[name]) for name in names}
    report: dict[str, Any] = {"sources": {}}
    total_pages = total_time = 0.0
    header = f"{'source':<26} {'pages':>5} | {'F1':>5} {'title':>12} {'author':>12} {'date':>12}"
    print("ingest" + ("" if args.no_peers else " | trafilatura (text: best of default and fast)"))
    print(header + ("" if args.no_peers else " || F1    title        author       date"))
    for name, pages in sources.items():
        ours, seconds = run_ingest(pages)
        total_pages += len(pages)
        total_time += seconds
        row: dict[str, Any] = {"ingest": score(pages, ours)}
        cells = " ".join(f"{_cell(row['ingest'], f):>12}" for f in ("f1", *META))
        line = f"{name:<26} {len(pages):>5} | {cells}"
        if not args.no_peers:
            default = score(pages, run_trafilatura(name, pages, False, args.cache))
            fast = score(pages, run_trafilatura(name, pages, True, args.cache))
            peer = dict(default)
            if "f1" in default:
                peer["f1"] = max(default["f1"], fast["f1"])
            row["trafilatura"] = peer
            line += " || " + " ".join(f"{_cell(peer, f):>12}" for f in ("f1", *META))
        report["sources"][name] = row
        print(line)
    print(f"ingest pipeline: {total_pages / total_time:.0f} pages/s over {int(total_pages)} pages")
    if args.loso:
        report["loso"] = loso(sources)
        print("\nleave-one-source-out (engine weights tuned on the other sources):")
        for name, r in report["loso"].items():
            print(f"  {name:<24} default {r['default']:.3f}  loso {r['loso']:.3f}  (grid #{r['chosen']})")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

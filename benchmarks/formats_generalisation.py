"""Gold checks of the formats per genre and per source, and how a change fares on sources it was not made for.

Run:  .venv/bin/python benchmarks/formats_generalisation.py [--save AFTER.json] [--compare BEFORE.json]
      [--motivated-by SOURCE ...] [--records RECORDS.jsonl ...]

The development corpus and the seeds (``/work/shared/corpus`` or
``--corpus``) are ingested in this process (or ``--records`` files are
scored as they are) and scored with the project's gold scorer
(``tools/score_gold.py``).  A *source* is an origin of ``dev/SOURCES.md``
(the Dutch treaty notes, the ISOT Reuters rows, the ODS PDFs' text …); the
genre is the format the gold expects.

The format rules are written by hand, so leave-one-source-out is applied to
changes: ``--compare`` prints each source's figures before and after, and
``--motivated-by`` names the sources a change was written for; the line
"held out" sums the other sources only, where a change that generalises
must not lose (and should gain).

The held-out probes (``tests/data/genre_probes_heldout``) were written from
the genre notes before any rule was changed for them; their checks are left
out of the genre and source tables and reported in a table of their own.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

DEFAULT_CORPUS = Path("/work/shared/corpus")
#: Notes written for the tests from the genre's formulas in languages the corpus lacks, with their gold.
PROBES = Path(__file__).resolve().parent.parent / "tests" / "data" / "genre_probes"
#: Probes written from the genre notes before the rules were changed for them: scored apart, as held out.
HELDOUT = PROBES.parent / "genre_probes_heldout"
#: Exchanges of notes written in a treaty database's Markdown rendering: scored with the held-out probes.
TREATY = PROBES.parent / "genre_probes_treaty"
#: The source label of the held-out probes; their checks are left out of the genre table and reported apart.
HELDOUT_SOURCE = "held-out probes"

#: The origins of the development corpus (``dev/SOURCES.md``), by file-name pattern; first match wins.
SOURCES: tuple[tuple[str, str], ...] = (
    (r"^ul-ods-.*\.pdf$", "ODS scanned PDFs"),
    (r"^ul-ods-.*\.txt$", "ODS PDFs' pdftotext text"),
    (r"^ul-undocs-", "undocs extracted texts"),
    (r"^ul-(?:unispal|natoifor)-", "letters copied from web archives"),
    (r"^nv-tb-", "Dutch treaty exchanges of notes"),
    (r"^nw-reuters-row", "ISOT Reuters rows"),
    (r"^nw-reuters21578-", "Reuters-21578 SGML"),
    (r"^nw-azernews-", "AzerNews scraped records"),
    (r"^nw-trend-", "wire copy copied from a site"),
    (r"^wp-text-", "web pages copied as text"),
    (r"^wp-(?:reuters|afpbb|ap)-", "newspaper test pages (HTML)"),
    (r"^wp-(?:elpais|lefigaro|cnnarabic)-", "goose test pages (HTML)"),
    (r"^wp-europarl-", "European Parliament page (HTML)"),
    (r"^pt-", "plain texts from repositories"),
    (r"^\d{3}_[0-9a-f]{16}\.txt$", "seeds"),
    (r"^(?:nv-[a-z]{2}-|nw-site-|ul-site-)", "written genre probes"),
)


def source_of(name: str) -> str:
    """The origin of a corpus file, by its name."""
    return next((label for pattern, label in SOURCES if re.search(pattern, name)), "other")


def _scorer(corpus: Path) -> ModuleType:
    path = corpus.parent / "tools" / "score_gold.py"
    spec = importlib.util.spec_from_file_location("score_gold", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no gold scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ingest(folders: Sequence[Path]) -> list[dict[str, Any]]:
    """Records of every file under ``folders``, made in this process with every built-in plugin."""
    import ingest

    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "records.jsonl"
        run = ingest.Pipeline(autoload=False).run([str(f) for f in folders], sinks=[f"jsonl:{out}"])
        for _ in run:
            pass
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def _read(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def score(records: Sequence[dict[str, Any]], corpus: Path) -> dict[str, dict[str, Any]]:
    """Per gold document: its genre, source, checks passed and total, and the failed checks."""
    scorer = _scorer(corpus)
    by_name: dict[str, dict[str, Any]] = {}
    for record in records:
        by_name.setdefault(scorer.source_name(record), record)
    results: dict[str, dict[str, Any]] = {}
    golds = (
        (corpus / "dev" / "gold.json", None),
        (corpus / "gold.json", None),
        (PROBES.with_suffix(".json"), None),
        (HELDOUT.with_suffix(".json"), HELDOUT_SOURCE),
        (TREATY.with_suffix(".json"), HELDOUT_SOURCE),
    )
    for gold, label in golds:
        for name, spec in json.loads(gold.read_text(encoding="utf-8"))["documents"].items():
            record = by_name.get(name)
            expect = spec.get("expect", {})
            total = len(expect) + scorer.check_text(spec.get("text", {}), "")[1]
            failed: list[str] = []
            if record is None:
                failed.append("no record")
                passed = 0
            else:
                passed = 0
                for key, want in expect.items():
                    if scorer.check_field(key, want, record):
                        passed += 1
                    else:
                        failed.append(f"{key}: want {want!r}")
                text_fails, count = scorer.check_text(spec.get("text", {}), record.get("text") or "")
                passed += count - len(text_fails)
                failed += text_fails
            results[name] = {
                "genre": expect.get("format", "?"),
                "source": label or source_of(name),
                "passed": passed,
                "total": total,
                "failed": failed,
            }
    return results


def _sums(results: dict[str, dict[str, Any]], key: str) -> dict[str, tuple[int, int]]:
    sums: dict[str, tuple[int, int]] = {}
    for result in results.values():
        passed, total = sums.get(result[key], (0, 0))
        sums[result[key]] = (passed + result["passed"], total + result["total"])
    return sums


def _cell(figures: tuple[int, int] | None) -> str:
    if figures is None:
        return "-"
    passed, total = figures
    return f"{passed}/{total} ({100 * passed / total:.1f} %)" if total else "0/0"


def report(
    after: dict[str, dict[str, Any]],
    before: dict[str, dict[str, Any]] | None = None,
    motivated: Sequence[str] = (),
) -> str:
    """Tables per genre and per source (before and after when ``before`` is given), and the held-out sum."""
    lines: list[str] = []
    held_out = {name: r for name, r in after.items() if r["source"] == HELDOUT_SOURCE}
    seen = {name: r for name, r in after.items() if r["source"] != HELDOUT_SOURCE}
    held_before = {n: r for n, r in (before or {}).items() if r["source"] == HELDOUT_SOURCE}
    seen_before = {n: r for n, r in (before or {}).items() if r["source"] != HELDOUT_SOURCE}
    tables = (
        ("genre", "genre", seen, seen_before),
        ("source", "source", seen, seen_before),
        ("genre", "held-out probes, genre", held_out, held_before),
    )
    for key, heading, results, earlier in tables:
        if not results:
            continue
        now = _sums(results, key)
        then = _sums(earlier, key) if before else {}
        lines.append(f"| {heading} | " + ("before | after |" if before else "checks |"))
        lines.append("|---|---|" + ("---|" if before else ""))
        for name in sorted(set(now) | set(then)):
            row = f"| {name} | "
            if before:
                row += f"{_cell(then.get(name))} | "
            lines.append(row + f"{_cell(now.get(name))} |")
        total = (sum(p for p, _ in now.values()), sum(t for _, t in now.values()))
        row = "| all | "
        if before:
            row += f"{_cell((sum(p for p, _ in then.values()), sum(t for _, t in then.values())))} | "
        lines.append(row + f"{_cell(total)} |")
        lines.append("")
    if before and motivated:
        unknown = set(motivated) - {r["source"] for r in after.values()}
        if unknown:
            raise SystemExit(f"unknown sources: {', '.join(sorted(unknown))}")
        held = [name for name, r in after.items() if r["source"] not in motivated and name in before]
        gain = sum(after[n]["passed"] - before[n]["passed"] for n in held)
        lost = [n for n in held if after[n]["passed"] < before[n]["passed"]]
        lines.append(
            f"held out (sources other than {', '.join(motivated)}): {gain:+d} checks"
            + (f"; losses in {', '.join(lost)}" if lost else "; no document loses")
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the shared corpus folder")
    parser.add_argument("--records", type=Path, nargs="*", help="score these JSON-lines files, do not ingest")
    parser.add_argument("--save", type=Path, help="write the per-document results here (JSON)")
    parser.add_argument("--compare", type=Path, help="per-document results saved earlier: the 'before'")
    parser.add_argument("--motivated-by", nargs="*", default=(), help="sources the change was written for")
    parser.add_argument("--failures", action="store_true", help="list each failed check")
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    folders = [corpus / "dev", corpus / "seeds", PROBES, HELDOUT, TREATY]
    records = _read(args.records) if args.records else _ingest(folders)
    results = score(records, corpus)
    before = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
    print(report(results, before, args.motivated_by))
    if args.failures:
        for name, result in sorted(results.items()):
            for failure in result["failed"]:
                print(f"{name}: {failure}")
    if args.save:
        args.save.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

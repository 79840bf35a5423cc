"""Gold checks on sets of real documents that no rule was written on, reported as aggregates only.

Run:  .venv/bin/python benchmarks/unseen_documents.py SET [SET ...] [--records-dir DIR] [--by-document]

A *set* is a directory holding ``docs/`` (the documents, as a user holds them), ``gold.json`` (in the
development corpus's gold format, written before anything was run on the documents) and ``SOURCES.md``
(where each document comes from). Sets stay outside the project, because the pages' licences do not
allow copying them in; ``unseen_hosts.txt`` beside this file lists the sites earlier sets took pages
from, so that a new set takes none of them.

Each set is ingested in this process with every built-in plugin and scored with the tests' gold checker
(``tests/support/gold_checks.py``). The report gives the checks passed per set, per genre (the format the
gold expects; "open" where the gold leaves it out) and the failed checks per kind (title, date, a text
check …), with the mean of the documents' shares beside the checks' sum, since a page with many
furniture lines weighs more in the sum. Nothing about a single document is printed unless
``--by-document`` is given: a set read that way has been seen, and its figures no longer measure
unseen documents.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
CHECKER = HERE.parent / "tests" / "support" / "gold_checks.py"


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_checks", CHECKER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no gold checker at {CHECKER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ingest_set(docs: Path, out: Path) -> None:
    """Write the records of every document under ``docs`` to the JSON-lines file ``out``."""
    import ingest

    for _ in ingest.Pipeline(autoload=False).run([str(docs)], sinks=[f"jsonl:{out}"]):
        pass


def _file_name(record: dict[str, Any]) -> str:
    source = record.get("source") or {}
    path = source.get("path", "") if isinstance(source, dict) else str(source)
    return Path(str(path)).name


def _kind(check_name: str) -> str:
    """The kind of a failed check: its field, or ``text.KEY`` without the string it looked for."""
    return check_name.split(":")[0].rstrip("~=")


def score_set(checker: ModuleType, folder: Path, records: Path) -> list[dict[str, Any]]:
    """Per gold document of the set in ``folder``: genre, checks passed and total, failed checks."""
    gold = checker.load_expectations(folder / "gold.json")
    by_name: dict[str, dict[str, Any]] = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            by_name.setdefault(_file_name(record), record)
    results = []
    for name, spec in sorted(gold.items()):
        record = by_name.get(name)
        total, _ = checker.check(record or {}, spec)
        failed = checker.failed_checks(record, spec) if record else {"record": "no record for the file"}
        results.append(
            {
                "set": folder.name,
                "name": name,
                "genre": spec.get("expect", {}).get("format", "open"),
                "format": (record or {}).get("format"),
                "passed": max(total - len(failed), 0),
                "total": total,
                "failed": failed,
            }
        )
    return results


def _line(label: str, chosen: Sequence[dict[str, Any]]) -> str:
    """Checks passed of the documents ``chosen``, and the mean of their shares (each weighs the same)."""
    passed, total = sum(r["passed"] for r in chosen), sum(r["total"] for r in chosen)
    share = 100 * passed / total if total else 0.0
    mean = 100 * sum(r["passed"] / r["total"] for r in chosen if r["total"]) / max(len(chosen), 1)
    counts = f"{len(chosen):>4} docs {passed:>5}/{total:<5} {share:5.1f} %"
    return f"  {label:<14} {counts}  (per document {mean:5.1f} %)"


def report(results: Sequence[dict[str, Any]], by_document: bool) -> None:
    """Print the aggregates (and, when asked, each document's failed checks)."""
    for key in ("set", "genre"):
        print(f"by {key}:")
        for value in sorted({result[key] for result in results}):
            chosen = [result for result in results if result[key] == value]
            print(_line(value, chosen))
    print(_line("all", results))
    kinds = Counter(_kind(name) for result in results for name in result["failed"])
    print("failed checks by kind:", ", ".join(f"{kind} {count}" for kind, count in kinds.most_common()))
    if by_document:
        for result in results:
            if result["failed"]:
                head = f"{result['set']}/{result['name']} [{result['format']}, gold {result['genre']}]"
                print(f"\n{head} {result['passed']}/{result['total']}")
                for message in result["failed"].values():
                    print("   ", message[:300])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="set directories (docs/, gold.json)")
    parser.add_argument("--records-dir", type=Path, help="keep each set's records here as SETNAME.jsonl")
    parser.add_argument("--by-document", action="store_true", help="print each document's failed checks")
    args = parser.parse_args(argv)
    checker = _checker()
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as work:
        for folder in args.sets:
            out = (args.records_dir or Path(work)) / f"{folder.name}.jsonl"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.unlink(missing_ok=True)
            ingest_set(folder / "docs", out)
            results.extend(score_set(checker, folder, out))
    report(results, args.by_document)
    return 0


if __name__ == "__main__":
    sys.exit(main())

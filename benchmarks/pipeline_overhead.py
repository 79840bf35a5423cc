"""What the pipeline costs: files/s with pass-through plugins vs a bare read → decode → write loop.

    python benchmarks/pipeline_overhead.py [--files 10000] [--repeat 3]

Generates small files once, then alternates the two contenders ``--repeat``
times and prints the median files/s of each and their ratio (the goal: the
pipeline reaches at least half of the bare loop's rate).  Both read every
file, decode it (strict UTF-8) and write one JSON line per file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ingest import Document, FormatRegistry, Pipeline, Score, hookimpl

WORDS = [
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "that",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "this",
    "statement",
    "ministry",
    "council",
]


class PassThrough:
    """A format that claims every document and changes nothing."""

    name = "pass-through"

    @hookimpl
    def ingest_register_formats(self, formats: FormatRegistry) -> None:
        formats.add("pass-through")

    @hookimpl
    def ingest_identify(self, document: Document) -> Score:
        return Score("pass-through", 1.0, "claims everything")


# Every built-in that does real work on documents is blocked: what remains is the machinery.
BLOCKED = ["un-letter", "note-verbale", "news-wire", "web-page", "plain-text", "clean-text"]


def generate(folder: Path, count: int) -> None:
    rng = random.Random(0)
    for i in range(count):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 200)))
        (sub / f"doc{i:06d}.txt").write_text(text + "\n", encoding="utf-8")


def bare_loop(folder: Path, out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                with open(path, "rb") as handle:
                    data = handle.read()
                text = data.decode("utf-8")
                digest = hashlib.sha256(data).hexdigest()
                sink.write(json.dumps({"source": path, "id": digest[:32], "text": text}) + "\n")
                count += 1
    return count


def pipeline_run(folder: Path, out: Path) -> int:
    pipeline = Pipeline(plugins=[PassThrough()], blocked=BLOCKED, autoload=False)
    summary = pipeline.run([str(folder)], sinks=[f"jsonl:{out}"]).consume()
    assert summary.failures == 0, summary
    return summary.records


def timed(function: Callable[[Path, Path], int], folder: Path, out: Path) -> float:
    started = time.perf_counter()
    count = function(folder, out)
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "docs", Path(tmp) / "out.jsonl"
        folder.mkdir()
        generate(folder, args.files)
        timed(bare_loop, folder, out)  # warm the page cache
        rates: dict[str, list[float]] = {"bare loop": [], "pipeline": []}
        for _ in range(args.repeat):
            rates["bare loop"].append(timed(bare_loop, folder, out))
            rates["pipeline"].append(timed(pipeline_run, folder, out))
    medians = {name: statistics.median(values) for name, values in rates.items()}
    print(f"{args.files:,} files, median of {args.repeat} alternating runs")
    print(f"{'contender':<12} {'files/s':>10}")
    for name, rate in medians.items():
        print(f"{name:<12} {rate:>10,.0f}")
    ratio = medians["pipeline"] / medians["bare loop"]
    print(f"pipeline / bare loop = {ratio:.2f} (goal >= 0.50: {'met' if ratio >= 0.5 else 'NOT met'})")


if __name__ == "__main__":
    main()

"""What the pipeline costs: files/s with pass-through plugins vs a bare read → decode → write loop.

    python benchmarks/pipeline_overhead.py [--files 10000] [--repeat 5]

Generates small files once, then alternates the two contenders ``--repeat``
times and prints the median files/s of each and their ratio, and the ratio of
each pair of runs, so the spread a shared machine adds is visible.  The ratio
is information, not a goal: what the core costs with every built-in on is
measured by ``benchmarks/core_share.py``.  Both read every
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


# Every plugin that works on documents (formats, shared steps) is blocked: what remains is the
# machinery — collecting, reading, decoding, identification, the step runner and the sinks.
_DOCUMENT_HOOKS = {"ingest_identify", "ingest_cleaning_steps", "ingest_metadata_steps"}


def document_plugins() -> list[str]:
    """The names of the loaded plugins that identify, clean or describe documents."""
    loaded = Pipeline(autoload=False).loaded.plugins
    return [info.name for info in loaded if _DOCUMENT_HOOKS & set(info.hooks)]


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


def pipeline_runner() -> Callable[[Path, Path], int]:
    """A run of a pipeline built once, as a long batch job builds it (start-up is not counted)."""
    pipeline = Pipeline(plugins=[PassThrough()], blocked=document_plugins(), autoload=False)

    def run(folder: Path, out: Path) -> int:
        summary = pipeline.run([str(folder)], sinks=[f"jsonl:{out}"]).consume()
        assert summary.failures == 0, summary
        return summary.records

    return run


def timed(function: Callable[[Path, Path], int], folder: Path, out: Path) -> float:
    started = time.perf_counter()
    count = function(folder, out)
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "docs", Path(tmp) / "out.jsonl"
        folder.mkdir()
        generate(folder, args.files)
        timed(bare_loop, folder, out)  # warm the page cache
        pipeline_run = pipeline_runner()
        rates: dict[str, list[float]] = {"bare loop": [], "pipeline": []}
        for _ in range(args.repeat):
            rates["bare loop"].append(timed(bare_loop, folder, out))
            rates["pipeline"].append(timed(pipeline_run, folder, out))
    medians = {name: statistics.median(values) for name, values in rates.items()}
    print(f"{args.files:,} files, median of {args.repeat} alternating runs")
    print(f"{'contender':<12} {'files/s':>10}")
    for name, rate in medians.items():
        print(f"{name:<12} {rate:>10,.0f}")
    pairs = [p / b for b, p in zip(rates["bare loop"], rates["pipeline"], strict=True)]
    print("ratio of each pair of runs: " + " ".join(f"{r:.2f}" for r in pairs))
    ratio = medians["pipeline"] / medians["bare loop"]
    print(f"pipeline / bare loop = {ratio:.2f} (information; no target)")


if __name__ == "__main__":
    main()

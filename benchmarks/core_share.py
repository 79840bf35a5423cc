"""How much of a run is the core's own work, and docs/s against an earlier revision, with every built-in on.

Run:  .venv/bin/python benchmarks/core_share.py [--documents 400] [--rounds 5] [--baseline REV]

* Core share: the seed-like corpus is processed in this process under
  cProfile; the time spent inside plugin code (every hook implementation
  and every step, cumulative) is subtracted from the whole, and what is
  left (reading the loop, building documents and records, provenance,
  calling hooks, writing JSON lines) is the core's share.
* docs/s: with ``--baseline REV`` the same corpus is processed by this
  working tree and by ``REV`` (checked out in a temporary worktree),
  alternating, each in a fresh process with ``--jobs 0``; the medians of
  CPU seconds per document are compared.  CPU time rather than wall time,
  because the machine is shared.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "tests" / "batch" / "support")]

from batch_support import write_corpus  # noqa: E402

_CHILD = """
import resource, sys, time
import ingest
pipeline = ingest.Pipeline(autoload=False)
before = resource.getrusage(resource.RUSAGE_SELF)
count = 0
for result in pipeline.run([sys.argv[1]], sinks=["jsonl:" + sys.argv[2]]):
    count += 1
after = resource.getrusage(resource.RUSAGE_SELF)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(count, cpu)
"""


def plugin_entry_points(pipeline: object) -> set[object]:
    """The code objects of every hook implementation and every planned step."""
    manager = pipeline.plugin_manager  # type: ignore[attr-defined]
    codes: set[object] = set()
    for caller in vars(manager.hook).values():
        for impl in caller.get_hookimpls():
            if impl.plugin_name and not (impl.wrapper or impl.hookwrapper):
                codes.add(impl.function.__code__)
    for step in pipeline.processor.planned_steps():  # type: ignore[attr-defined]
        code = getattr(step.function, "__code__", None)
        if code is not None:
            codes.add(code)
    return codes


def core_share(corpus: Path, out: Path) -> tuple[int, float, float]:
    """Documents, total seconds and the core's share of them, under cProfile."""
    import ingest

    pipeline = ingest.Pipeline(autoload=False)
    profile = cProfile.Profile()
    count = 0
    profile.enable()
    for _ in pipeline.run([str(corpus)], sinks=[f"jsonl:{out}"]):
        count += 1
    profile.disable()
    stats = pstats.Stats(profile)
    codes = plugin_entry_points(pipeline)
    names = {(c.co_filename, c.co_firstlineno, c.co_name) for c in codes}  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    in_plugins = 0.0
    for key, (_, _, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if key in names:
            in_plugins += cumulative
    return count, total, max(0.0, total - in_plugins) / total


def per_document_cpu(python: str, pythonpath: str | None, corpus: Path, out: Path) -> float:
    """CPU seconds per document of one fresh process."""
    env = dict(os.environ, INGEST_DISABLE_PLUGIN_AUTOLOAD="1")
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [python, "-c", _CHILD, str(corpus), str(out)], env=env, capture_output=True, text=True, check=True
    )
    count, cpu = done.stdout.split()
    return float(cpu) / int(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", metavar="REV", help="a git revision to compare docs/s with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        corpus = folder / "corpus"
        write_corpus(corpus, args.documents, seed_like=True)
        count, total, share = core_share(corpus, folder / "profiled.jsonl")
        print(f"profile: {count} documents in {total:.2f} s under cProfile")
        print(f"core share: {share:.1%} (goal <= 10%)")
        if not args.baseline:
            return
        worktree = folder / "baseline"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(worktree), args.baseline],
            check=True,
        )
        try:
            contenders = {
                "this tree": f"{ROOT}{os.pathsep}{ROOT / 'plugins'}",
                args.baseline: f"{worktree}{os.pathsep}{worktree / 'plugins'}",
            }
            times: dict[str, list[float]] = {name: [] for name in contenders}
            for _ in range(args.rounds):
                for name, path in contenders.items():
                    times[name].append(per_document_cpu(sys.executable, path, corpus, folder / "out.jsonl"))
            medians = {name: statistics.median(values) for name, values in times.items()}
            for name, value in medians.items():
                print(f"{name}: {1 / value:.1f} docs/s per core (median CPU {value * 1000:.2f} ms/doc)")
            ratio = medians[args.baseline] / medians["this tree"]
            print(f"this tree / {args.baseline}: {ratio:.3f} of its docs/s (goal >= 0.95)")
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], check=False
            )


if __name__ == "__main__":
    main()

"""Batch-run benchmarks: --jobs 2 vs 1, scaling 1k/10k/100k, the journal's cost, datatrove side by side.

Run:  .venv/bin/python benchmarks/batch_run.py [--quick] [--datatrove /work/venvs/bench/bin/python]
      .venv/bin/python benchmarks/batch_run.py --parts formats   (the formats' targets, see below)

``--parts formats`` measures, in one run, the seed-like documents per second
on one core (``--jobs 0``: in process) with every built-in plugin on, that
run's peak memory, the median time of ``ingest --help``, and the gold checks
of the development corpus and seeds per genre (``formats_generalisation.py``).

Every ratio compares medians of alternating runs (the machine is shared and
noisy).  Peak memory is the largest sum of the resident sizes of the whole
process tree (parent, fork server, workers), sampled every 50 ms from /proc.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "batch" / "support"))

from batch_support import environment, write_corpus  # noqa: E402

sys.path.insert(0, str(HERE))
import formats_generalisation  # noqa: E402


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def timed(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak tree memory of one run."""
    peak = 0
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env or environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    return seconds, peak


def ingest(folder: Path, out: Path, *extra: str) -> list[str]:
    """The command of one run; :func:`fresh` removes its outputs (and journal) before each run."""
    return [sys.executable, "-m", "ingest", "run", str(folder), "--sink", f"jsonl:{out}", "--quiet", *extra]


def fresh(command: Sequence[str]) -> None:
    """Remove what an earlier run of ``command`` left (JSON-lines files, journal), so it does all the work."""
    sink = next(arg for arg in command if arg.startswith("jsonl:"))
    out = Path(sink.removeprefix("jsonl:"))
    for leftover in [*out.parent.glob(out.name + "*"), *out.parent.glob(f".{out.name}*")]:
        leftover.unlink()


def alternate(commands: dict[str, list[str]], rounds: int) -> dict[str, tuple[float, int]]:
    """Median seconds and the largest peak memory of each command, run in alternation."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, int] = dict.fromkeys(commands, 0)
    for _ in range(rounds):
        for name, command in commands.items():
            fresh(command)
            seconds, peak = timed(command)
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(times[name]), peaks[name]) for name in commands}


#: Plugins blocked for the "same work as datatrove" run: formats, metadata, cleaning beyond mojibake.
_HEAVY_PLUGINS = (
    "un-letter",
    "note-verbale",
    "news-wire",
    "web-page",
    "press-release",
    "metadata-language",
    "clean-markdown",
    "clean-characters",
    "clean-text",
)


def _dash_p(names: Sequence[str]) -> list[str]:
    return [arg for name in names for arg in ("-p", name)]


def datatrove_script(folder: Path, out: Path) -> str:
    return f"""
import glob, os
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.formatters import FTFYFormatter
from datatrove.pipeline.writers import JsonlWriter

def read_folder(data, rank=0, world_size=1):
    paths = sorted(p for p in glob.glob({str(folder)!r} + "/**/*", recursive=True) if os.path.isfile(p))
    for index, path in enumerate(paths):
        if index % world_size != rank:
            continue
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", "replace")
        yield Document(text=text, id=path)

if __name__ == "__main__":
    LocalPipelineExecutor(
        pipeline=[read_folder, FTFYFormatter(), JsonlWriter({str(out)!r}, compression=None)],
        tasks=2, workers=2, logging_dir={str(out / "logs")!r}, skip_completed=False,
    ).run()
"""


def formats_rows(seeds: Path, work: Path, rounds: int) -> list[tuple[str, str, str, str]]:
    """Seed-like documents per second on one core, its peak memory, ``--help`` time, gold checks per genre."""
    documents = sum(1 for path in seeds.rglob("*") if path.is_file())
    out = work / "formats.jsonl"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds, peak = alternate({"one core": ingest(seeds, out, "--jobs", "0")}, rounds)["one core"]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the run (user and system): what one core gives, whatever else the machine runs.
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / rounds
    helps = []
    for _ in range(7):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "ingest", "--help"], env=environment(), capture_output=True, check=True
        )
        helps.append(time.perf_counter() - started)
    rows = [
        (
            "seed-like documents per second, one core (--jobs 0, every built-in)",
            f"{documents:,} in {seconds:.1f} s",
            f"{documents / seconds:.0f}/s",
            "at least 250/s",
        ),
        (
            "the same, per CPU second of the run (mean of the rounds)",
            f"{documents:,} in {cpu:.1f} CPU s",
            f"{documents / cpu:.0f}/s",
            "at least 250/s",
        ),
        ("peak memory of that run", f"{peak / 2**20:.0f} MiB", "", "at most 150 MB"),
        ("ingest --help (median of 7)", f"{statistics.median(helps):.2f} s", "", "at most 0.2 s"),
    ]
    corpus = formats_generalisation.DEFAULT_CORPUS
    if not (corpus / "dev" / "gold.json").exists():
        return rows
    gold_out = work / "gold.jsonl"
    probes = (formats_generalisation.PROBES, formats_generalisation.HELDOUT, formats_generalisation.TREATY)
    folders = [corpus / "dev", corpus / "seeds", *probes]
    first = ingest(folders[0], gold_out, "--jobs", "0")
    command = [*first[:5], *map(str, folders[1:]), *first[5:]]
    fresh(command)
    timed(command)
    records = [json.loads(line) for line in gold_out.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = formats_generalisation.score(records, corpus)
    genres: dict[str, list[int]] = {}
    for result in results.values():
        held_out = result["source"] == formats_generalisation.HELDOUT_SOURCE
        sums = genres.setdefault(result["genre"] + (", held-out probes" if held_out else ""), [0, 0])
        sums[0] += result["passed"]
        sums[1] += result["total"]
    for genre, (passed, total) in sorted(genres.items()):
        rows.append((f"gold checks, {genre}", f"{passed}/{total}", f"{passed / total:.1%}", ""))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora, one round (a smoke test)")
    parser.add_argument("--datatrove", metavar="PYTHON", help="a Python with datatrove installed")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--parts",
        default="jobs,scaling,journal,datatrove",
        help="which measures (comma-separated; also: formats)",
    )
    args = parser.parse_args()
    rounds = 1 if args.quick else args.rounds
    parts = set(args.parts.split(","))
    work = Path(tempfile.mkdtemp(prefix="ingest-batch-bench-"))
    rows: list[tuple[str, str, str, str]] = []
    try:
        seeds = work / "seeds"
        write_corpus(seeds, 200 if args.quick else 2000, seed_like=True)
        out = work / "out.jsonl"
        jobs: dict[str, tuple[float, int]] = {}
        if "jobs" in parts or "datatrove" in parts:
            wanted = {"jobs 2": ingest(seeds, out, "--jobs", "2")}
            if "jobs" in parts:
                wanted["jobs 1"] = ingest(seeds, out, "--jobs", "1")
            jobs = alternate(wanted, rounds)
        if "jobs" in parts:
            ratio = jobs["jobs 1"][0] / jobs["jobs 2"][0]
            rows.append(
                (
                    "--jobs 2 vs --jobs 1, seed-like files",
                    f"{jobs['jobs 1'][0]:.1f} s / {jobs['jobs 2'][0]:.1f} s",
                    f"{ratio:.2f}x",
                    "at least 1.7x",
                )
            )

        if "formats" in parts:
            rows.extend(formats_rows(seeds, work, rounds))

        sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
        if "scaling" in parts or "journal" in parts:
            for size in sizes:
                write_corpus(work / f"small-{size}", size, seed=size)
        if "scaling" in parts:
            scaled_named = alternate(
                {str(size): ingest(work / f"small-{size}", out, "--jobs", "2") for size in sizes},
                min(rounds, 2),
            )
            scaled = {int(name): value for name, value in scaled_named.items()}
            for small, large in itertools.pairwise(sizes):
                growth = scaled[large][0] / scaled[small][0]
                memory = scaled[large][1] / scaled[small][1] - 1
                rows.append(
                    (
                        f"{small:,} -> {large:,} small documents, time",
                        f"{scaled[small][0]:.1f} s -> {scaled[large][0]:.1f} s",
                        f"{growth:.2f}x",
                        "at most 10.5x",
                    )
                )
                rows.append(
                    (
                        f"{small:,} -> {large:,} small documents, peak memory",
                        f"{scaled[small][1] / 2**20:.0f} MiB -> {scaled[large][1] / 2**20:.0f} MiB",
                        f"{memory:+.1%}",
                        "within +-10 %",
                    )
                )

        folder = work / "small-10000"
        journal = (
            {}
            if "journal" not in parts
            else alternate(
                {
                    "journal": ingest(folder, out, "--jobs", "2"),
                    "none": ingest(folder, out, "--jobs", "2", "--no-journal"),
                },
                rounds + 2,
            )
        )
        if journal:
            cost = journal["journal"][0] / journal["none"][0] - 1
            rows.append(
                (
                    "journal vs --no-journal, 10,000 small documents",
                    f"{journal['journal'][0]:.2f} s / {journal['none'][0]:.2f} s",
                    f"{cost:+.1%}",
                    "at most +5 %",
                )
            )

        if args.datatrove and "datatrove" in parts:
            dt_out = work / "datatrove"
            script = work / "datatrove_run.py"
            script.write_text(datatrove_script(seeds, dt_out))
            peer = []
            for _ in range(rounds):
                shutil.rmtree(dt_out, ignore_errors=True)
                peer.append(timed([args.datatrove, str(script)], env=dict(os.environ))[0])
            seconds = statistics.median(peer)
            # The peer's work only: read, decode, repair mojibake (ftfy), write JSON lines.
            blocked = [f"no:{name}" for name in _HEAVY_PLUGINS]
            light = alternate({"light": ingest(seeds, out, "--jobs", "2", *_dash_p(blocked))}, rounds)[
                "light"
            ][0]
            rows.append(
                (
                    "datatrove vs ingest --jobs 2 doing the same work (read, decode, ftfy, JSONL)",
                    f"{seconds:.1f} s / {light:.1f} s",
                    f"{seconds / light:.2f}x",
                    "(ratio above 1: ingest faster)",
                )
            )
            rows.append(
                (
                    "datatrove 2 tasks/2 workers (read, FTFY, JSONL) vs ingest --jobs 2, seed-like",
                    f"{seconds:.1f} s / {jobs['jobs 2'][0]:.1f} s",
                    f"{seconds / jobs['jobs 2'][0]:.2f}x",
                    "(peer: reads and fixes text only)",
                )
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    header = ("measure", "medians", "ratio", "goal")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    for row in (header, *rows):
        print(" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()

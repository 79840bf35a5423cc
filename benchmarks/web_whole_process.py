"""Whole-process check: ``ingest run`` against the ``trafilatura`` command on the same folder of HTML pages.

    python benchmarks/web_whole_process.py [BENCH_DIR] [--repeat 3] [--jobs 0]

The benchmark folder's ``*.html`` files (not ``ground-truth.json``) are
copied to a temporary folder; then, in turn, ``--repeat`` times each,

    ingest run DIR --format web-page --sink jsonl:OUT/out.jsonl --jobs 0
    trafilatura --input-dir DIR --output-dir OUT --parallel 1

run with a fresh output folder, and the median wall times and their ratio are
printed.  Both commands are taken from the running interpreter's ``bin``
folder unless given.  ``--jobs 0`` runs ingest in one process; when the
installed ``ingest run`` has no ``--jobs`` option the default is used, and
the script says so.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["main", "time_command"]

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "bench" / "web"


def time_command(cmd: list[str]) -> float:
    """Wall time of one run of ``cmd``; raises when it fails."""
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-2000:]}")
    return elapsed


def _has_jobs(ingest: str) -> bool:
    done = subprocess.run([ingest, "run", "--help"], capture_output=True, text=True, check=False)
    return "--jobs" in done.stdout


def main(argv: list[str] | None = None) -> int:
    """Command line; prints both median times and the ratio."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR), help="benchmark folder")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each command, alternating (median)")
    ap.add_argument("--jobs", default="0", help="ingest's --jobs value (default 0: in one process)")
    bindir = Path(sys.executable).parent
    ap.add_argument("--ingest", default=str(bindir / "ingest"), help="the ingest command")
    ap.add_argument("--trafilatura", default=str(bindir / "trafilatura"), help="the trafilatura command")
    ap.add_argument("--json", help="write the times to this file")
    args = ap.parse_args(argv)
    pages = sorted(Path(args.dir).glob("*.html"))
    if not pages:
        print(f"no *.html in {args.dir}", file=sys.stderr)
        return 2
    jobs: list[str] = []
    if _has_jobs(args.ingest):
        jobs = ["--jobs", str(args.jobs)]
        how = f"--jobs {args.jobs}"
    else:
        how = "default --jobs (this ingest has no --jobs option)"
    times: dict[str, list[float]] = {"ingest": [], "trafilatura": []}
    with tempfile.TemporaryDirectory(prefix="web-whole-") as tmp:
        src = Path(tmp) / "pages"
        src.mkdir()
        for page in pages:
            shutil.copyfile(page, src / page.name)
        for rep in range(max(1, args.repeat)):
            out_i = Path(tmp) / f"ingest-{rep}"
            out_t = Path(tmp) / f"trafilatura-{rep}"
            out_i.mkdir()
            ingest_cmd = [
                args.ingest,
                "run",
                str(src),
                "--format",
                "web-page",
                "--sink",
                f"jsonl:{out_i / 'out.jsonl'}",
                "--quiet",
                *jobs,
            ]
            traf_cmd = [
                args.trafilatura,
                "--input-dir",
                str(src),
                "--output-dir",
                str(out_t),
                "--parallel",
                "1",
            ]
            order = [("ingest", ingest_cmd), ("trafilatura", traf_cmd)]
            if rep % 2:
                order.reverse()  # alternate who goes first
            for name, cmd in order:
                times[name].append(time_command(cmd))
            written = sum(1 for _ in (out_i / "out.jsonl").open(encoding="utf-8"))
            if written != len(pages):
                print(f"# warning: ingest wrote {written} records for {len(pages)} pages", file=sys.stderr)
    med_i = statistics.median(times["ingest"])
    med_t = statistics.median(times["trafilatura"])
    print(
        f"# {len(pages)} HTML pages from {args.dir}; median of {args.repeat} alternating runs; "
        f"ingest with {how}"
    )
    print(
        f"ingest run       {med_i:7.2f} s  ({len(pages) / med_i:6.1f} pages/s)  runs "
        + " ".join(f"{t:.2f}" for t in times["ingest"])
    )
    print(
        f"trafilatura cli  {med_t:7.2f} s  ({len(pages) / med_t:6.1f} pages/s)  runs "
        + " ".join(f"{t:.2f}" for t in times["trafilatura"])
    )
    print(f"ratio: trafilatura time / ingest time = {med_t / med_i:.2f} (goal >= 1.00)")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"pages": len(pages), "ingest_jobs": how, "times_s": times, "ratio": med_t / med_i}, indent=1
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

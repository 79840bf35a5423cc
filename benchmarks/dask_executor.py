"""Dask executor benchmark: a LocalCluster against the process pool on the same generated documents.

Run:  .venv/bin/python benchmarks/dask_executor.py [--documents 10000] [--rounds 1] [--jobs 2]

Both run ``ingest run DIR --sink jsonl:OUT --no-journal`` with ``--jobs`` workers:
the process pool (``--executor process``) and a Dask ``LocalCluster``
(``--executor dask``), alternating, wall time from the command's start to
its end (the cluster's start included).  Then Dask's own cost: the seconds
per task of no-op tasks, and of batches of 100 no-op items, on a
LocalCluster of the same size.  The numbers feed the estimate in
docs/scale.md.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "batch" / "support"))

from batch_support import environment, write_corpus  # noqa: E402


def timed_run(inputs: Path, out: Path, jobs: int, executor: str) -> float:
    """Wall seconds of one ``ingest run`` over ``inputs``."""
    command = [sys.executable, "-m", "ingest", "run", str(inputs), "--sink", f"jsonl:{out}", "--no-journal"]
    command += ["--quiet", "--jobs", str(jobs), "--executor", executor, "--dask-dashboard", ""]
    started = time.perf_counter()
    result = subprocess.run(command, env=environment(), capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"{executor} run failed ({result.returncode}): {result.stderr[-2000:]}")
    return seconds


def _nothing(item: object) -> object:
    return item


def _batch(items: list[int]) -> int:
    return len(items)


def task_costs(workers: int) -> tuple[float, float]:
    """Seconds per no-op task (2,000 tasks) and per batch of 100 items (100 batches) on a LocalCluster."""
    import distributed

    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.gather(client.map(_nothing, range(50), pure=False))  # warm up
        started = time.perf_counter()
        client.gather(client.map(_nothing, range(2000), pure=False))
        per_task = (time.perf_counter() - started) / 2000
        batches = [list(range(at, at + 100)) for at in range(0, 10_000, 100)]
        started = time.perf_counter()
        client.gather(client.map(_batch, batches, pure=False))
        per_batch = (time.perf_counter() - started) / len(batches)
    return per_task, per_batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ingest-bench-dask-"))
    try:
        inputs = work / "inputs"
        write_corpus(inputs, args.documents)
        times: dict[str, list[float]] = {"process": [], "dask": []}
        for round_number in range(args.rounds):
            for executor in ("process", "dask") if round_number % 2 == 0 else ("dask", "process"):
                seconds = timed_run(inputs, work / f"{executor}.jsonl", args.jobs, executor)
                times[executor].append(seconds)
                print(f"  round {round_number + 1}: {executor:<8} {seconds:7.2f} s", flush=True)
        pool, dask = statistics.median(times["process"]), statistics.median(times["dask"])
        print(f"\n{args.documents:,} documents, --jobs {args.jobs}, medians of {args.rounds} round(s):")
        print(f"  process pool  {pool:7.2f} s  {args.documents / pool:8,.1f} docs/s")
        print(f"  dask (local)  {dask:7.2f} s  {args.documents / dask:8,.1f} docs/s")
        print(f"  dask / pool docs/s: {pool / dask:.3f} (goal: at least 0.8)")
        print(f"  per document, pool: {pool * args.jobs / args.documents * 1000:.2f} ms of a worker's time")
        per_task, per_batch = task_costs(args.jobs)
        print(f"  dask per no-op task: {per_task * 1000:.2f} ms", end="; ")
        print(f"per batch of 100 items: {per_batch * 1000:.2f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

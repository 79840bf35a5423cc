"""``--executor dask`` on a real LocalCluster and on a scheduler with two workers started apart.

Every input is delivered once into PostgreSQL and Parquet across re-runs, a ``kill -9`` of the client
and a worker lost mid-run; limits hold inside Dask workers; a worker with another plugin set is named.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from batch_support import (
    assert_exactly_once,
    environment,
    kill_group,
    kill_when,
    postgresql_sources,
    run,
    start,
    uri,
    write_corpus,
)
from throwaway_postgres import free_port

from ingest import Pipeline, Source
from ingest.batch.dask_pool import DaskPool
from ingest.batch.dask_worker import Job
from ingest.batch.limits import Limits
from ingest.batch.pool import PoolError, Task

pytestmark = pytest.mark.slow

pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'ingest[dask]')")


def _rows(url: str) -> int:
    documents, failures = postgresql_sources(url)
    return len(documents) + len(failures)


def _grown(url: str, rows: int) -> object:
    def ready() -> bool:
        try:
            return _rows(url) >= rows
        except Exception:  # the tables do not exist yet
            return False

    return ready


def test_local_cluster_delivers_once_across_reruns_and_a_kill(tmp_path: Path, postgresql_url: str) -> None:
    inputs, parquet = tmp_path / "inputs", tmp_path / "out.parquet"
    expected = write_corpus(inputs, 400)
    args = (inputs, "--executor", "dask", "--jobs", "2", "--dask-dashboard", "", "--quiet")
    args += ("--sink", postgresql_url, "--sink", f"parquet:{parquet}", "--journal", tmp_path / "journal.db")
    killed = kill_when(start(*args), _grown(postgresql_url, 100), limit=60)  # type: ignore[arg-type]
    assert killed, "the run ended before it could be killed"
    assert 0 < _rows(postgresql_url) < len(expected)
    for _ in range(2):
        result = run(*args)
        assert result.returncode == 1, result.stderr  # the empty and binary inputs fail
        assert_exactly_once(expected, postgresql=postgresql_url, parquet=parquet)


@attrs.frozen
class Cluster:
    """A scheduler's address and the ``dask worker`` processes (nannies) attached to it."""

    address: str
    workers: list[subprocess.Popen[bytes]]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """A ``dask scheduler`` and two ``dask worker`` processes on loopback, started apart."""
    port = free_port()
    address = f"127.0.0.1:{port}"
    env = environment() | {"DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    logs = tmp_path_factory.mktemp("dask")
    dask = [sys.executable, "-m", "dask"]
    commands = [[*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]]
    for number in range(2):
        worker = [*dask, "worker", f"tcp://{address}", "--nthreads", "1", "--host", "127.0.0.1"]
        commands.append([*worker, "--no-dashboard", "--name", f"w{number}"])
    processes = []
    for number, command in enumerate(commands):
        with open(logs / f"{number}.log", "wb") as log:
            processes.append(
                subprocess.Popen(command, env=env, stdout=log, stderr=log, start_new_session=True)
            )
    try:
        import distributed

        with distributed.Client(f"tcp://{address}", timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield Cluster(f"tcp://{address}", processes[1:])
    finally:
        for process in processes:
            kill_group(process)


def _kill_a_dask_worker(nanny: subprocess.Popen[bytes]) -> None:
    """``kill -9`` the worker process a nanny started (the nanny starts another)."""
    import psutil

    for child in psutil.Process(nanny.pid).children():
        if "resource_tracker" not in " ".join(child.cmdline()):
            child.kill()


def test_a_scheduler_started_apart_survives_a_lost_worker_and_a_killed_client(
    tmp_path: Path, postgresql_url: str, scheduler: Cluster
) -> None:
    inputs = tmp_path / "inputs"
    expected = write_corpus(inputs, 600, seed=3)
    address = scheduler.address.removeprefix("tcp://")
    args = (inputs, "--executor", f"dask://{address}", "--quiet", "--sink", postgresql_url)
    args += ("--journal", tmp_path / "journal.db")
    assert kill_when(start(*args), _grown(postgresql_url, 1), limit=60)  # type: ignore[arg-type]
    # Lose a Dask worker once the next run has delivered its first batch, with batches still in flight.
    before = _rows(postgresql_url)
    assert before < len(expected) - 300
    process = start(*args)
    deadline = time.monotonic() + 60
    while process.poll() is None and _rows(postgresql_url) <= before and time.monotonic() < deadline:
        time.sleep(0.005)
    assert process.poll() is None, "the run ended before a worker could be lost"
    _kill_a_dask_worker(scheduler.workers[0])
    assert process.wait(timeout=120) == 1
    assert_exactly_once(expected, postgresql=postgresql_url)
    assert run(*args).returncode == 1
    assert_exactly_once(expected, postgresql=postgresql_url)


def test_a_local_cluster_of_worker_processes(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    expected = write_corpus(inputs, 30)
    pipeline = Pipeline(autoload=False)
    pool = DaskPool.for_pipeline(pipeline, "dask", jobs=2, limits=Limits(), dashboard="", quiet=True)
    pool.processes, pool.batch = True, 5
    tasks = (Task(n, source) for n, source in enumerate(pipeline.sources(str(inputs))))
    done = [d for d in pool.run(tasks) if d is not None]
    assert sorted(d.result.source.uri for d in done) == sorted(expected)
    assert os.getpid() not in {d.worker for d in done}  # in the Dask workers' document processes


def test_a_worker_with_another_plugin_set_is_named(scheduler: Cluster) -> None:
    pipeline = Pipeline(autoload=False)
    plugins = tuple((p.name, p.version) for p in pipeline.loaded.plugins)
    forged = Job(
        config=pipeline.config,
        fingerprint="0" * 16,
        plugins=(*plugins[1:], ("press-release", "2.0")),
        limits=Limits(),
    )
    pool = DaskPool(forged, address=scheduler.address)
    task = Task(0, Source.from_path(__file__))
    with pytest.raises(PoolError, match=rf"missing press-release; extra {plugins[0][0]}"):
        list(pool.run(iter([task])))


_MISBEHAVIOUR = {
    "RAISE-ME": ("clean", "RuntimeError"),
    "HANG-ME": ("clean", "Timeout"),
    "EAT-MEMORY": ("clean", "MemoryError"),
    "EXIT-ME": ("clean", "WorkerDied"),
    "CONNECT-ME": ("clean", "NetworkDisabled"),
}


def test_limits_hold_inside_dask_workers(corpus: Path, tmp_path: Path, scheduler: Cluster) -> None:
    for n in range(30):
        (corpus / f"ok-{n:02d}.txt").write_text(f"Note {n}\n\nThe mission presents its compliments.\n")
    for marker in _MISBEHAVIOUR:
        (corpus / f"bad-{marker}.txt").write_text(f"A note that says {marker} in its text.\n")
    out = tmp_path / "out.jsonl"
    result = run(
        corpus,
        "--executor",
        "dask://" + scheduler.address.removeprefix("tcp://"),
        "-p",
        "hostile_plugins",
        "--timeout",
        "5",
        "--max-memory",
        "768M",
        "--sink",
        f"jsonl:{out}",
        "--quiet",
    )
    assert result.returncode == 1, result.stderr
    lines = (tmp_path / "out.jsonl.failures.jsonl").read_text().splitlines()
    failures = {json.loads(line)["source"]["uri"]: json.loads(line) for line in lines}
    assert len(out.read_text().splitlines()) == 30
    for marker, (stage, error_type) in _MISBEHAVIOUR.items():
        failure = failures[uri(corpus / f"bad-{marker}.txt")]
        assert (failure["stage"], failure["plugin"], failure["error_type"]) == (
            stage,
            "hostile_plugins",
            error_type,
        ), failure["message"]


def test_without_distributed_the_executor_says_what_to_install(corpus: Path, tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['distributed'] = None\n"
        "from ingest.cli import main\n"
        f"sys.exit(main(['run', {str(corpus)!r}, '--executor', 'dask']))"
    )
    env = environment()
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, check=False
    )
    assert result.returncode == 2, result.stderr
    assert "pip install 'ingest[dask]'" in result.stderr
    assert os.listdir(tmp_path) == ["inputs"]  # no journal, no database: nothing started

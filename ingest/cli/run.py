"""``ingest run``: process every input of the targets into the sinks, in worker processes, exactly once."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ingest.batch.dryrun import dry_run
from ingest.batch.limits import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, Limits, format_size
from ingest.cli.common import (
    add_option_arguments,
    add_plugin_arguments,
    build_pipeline,
    duration_argument,
    size_argument,
)
from ingest.options import OptionRegistry
from ingest.pipeline.run import RunOptions, usable_cores
from ingest.sinks import file_target

__all__ = ["DEFAULT_SINK", "add_parser", "command", "distinct_targets"]

#: Where ``ingest run`` writes when no ``--sink`` is given.
DEFAULT_SINK = "sqlite:ingest.db"


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            f"not a number of workers: {text!r} (give a whole number; 0 runs in this process)"
        )
    return value


def _executor(text: str) -> str:
    if text in ("process", "dask") or (text.startswith("dask://") and len(text) > len("dask://")):
        return text
    raise argparse.ArgumentTypeError("process, dask, or dask://HOST:PORT")


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], registry: OptionRegistry
) -> None:
    """Register the ``run`` subcommand."""
    parser = subparsers.add_parser(
        "run",
        help="ingest files, directories, globs or '-' into the sinks",
        description="Read, decode, identify, clean and describe every input, and write the results. "
        "Inputs are processed in worker processes; a journal records each input, so running the same "
        "command again skips what is done and redoes what changed (see docs/batch.md).",
    )
    parser.add_argument("targets", nargs="+", metavar="TARGET", help="a file, a directory, a glob, or '-'")
    parser.add_argument(
        "--sink",
        dest="sinks",
        action="append",
        metavar="URI",
        help=f"where results go (repeatable): sqlite:PATH, jsonl:PATH, … (default {DEFAULT_SINK})",
    )
    parser.add_argument("--format", metavar="NAME", help="treat every input as format NAME")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    parser.add_argument("--summary-json", metavar="PATH", help="also write the summary as JSON to PATH")
    batch = parser.add_argument_group("batch")
    batch.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"worker processes (default: the usable cores, {usable_cores()} here); "
        "0 runs in this process without limits (for debugging)",
    )
    batch.add_argument(
        "--executor",
        type=_executor,
        default="process",
        metavar="process|dask|dask://HOST:PORT",
        help="where documents are processed: this machine's worker processes (default); a local Dask "
        "cluster of --jobs workers, or the scheduler at DASK_SCHEDULER_ADDRESS (dask); the scheduler at "
        "HOST:PORT (dask://HOST:PORT). Dask needs pip install 'ingest[dask]'",
    )
    batch.add_argument(
        "--dask-dashboard",
        default="127.0.0.1:8787",
        metavar="HOST:PORT",
        help="where a local Dask cluster's dashboard listens (default 127.0.0.1:8787, loopback only; "
        "'' for none)",
    )
    batch.add_argument(
        "--timeout",
        type=duration_argument,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="wall time one document may take before its worker is replaced "
        f"(default {DEFAULT_TIMEOUT:g}; 0: none)",
    )
    batch.add_argument(
        "--max-memory",
        type=size_argument,
        default=DEFAULT_MAX_MEMORY,
        metavar="SIZE",
        help=f"address space per worker, e.g. 2G (default {format_size(DEFAULT_MAX_MEMORY)}; 0: none)",
    )
    batch.add_argument(
        "--journal",
        metavar="PATH",
        help="the journal's SQLite file (default: inside the sqlite: sink's database, or PATH.journal.db "
        "beside a jsonl: sink, else ./ingest-journal.db)",
    )
    batch.add_argument(
        "--no-journal", action="store_true", help="keep no journal: do every input, resume nothing"
    )
    batch.add_argument("--reprocess", action="store_true", help="do every input again, even those done")
    batch.add_argument(
        "--retry-failed", action="store_true", help="do again the inputs that failed in earlier runs"
    )
    batch.add_argument(
        "--quarantine",
        metavar="DIR",
        help="copy each failing input to DIR, with a JSON file giving the reason",
    )
    batch.add_argument(
        "--dry-run",
        action="store_true",
        help="print each input's encoding, format and score, steps and sinks; write nothing",
    )
    batch.add_argument(
        "--progress",
        choices=("auto", "bar", "lines", "none"),
        default="auto",
        help="a bar on a terminal, status lines otherwise (default auto)",
    )
    batch.add_argument(
        "--status-every",
        type=duration_argument,
        default=5.0,
        metavar="SECONDS",
        help="seconds between status lines when not on a terminal (default 5)",
    )
    add_plugin_arguments(parser)
    add_option_arguments(parser, registry)
    parser.set_defaults(command=command)


def distinct_targets(targets: Sequence[str], quiet: bool = False) -> list[str]:
    """The targets, each once: a file or folder named twice (``d d``, ``d ./d``) is done once."""
    seen: set[str] = set()
    kept = []
    for target in targets:
        key = os.path.realpath(target) if target != "-" and os.path.lexists(target) else target
        if key in seen:
            if not quiet:
                print(f"ingest: {target} is named twice: done once", file=sys.stderr)
            continue
        seen.add(key)
        kept.append(target)
    return kept


def _uses_stdout(sinks: Sequence[str]) -> bool:
    """Whether a sink writes to standard output (``SCHEME:-``): the summary then goes to stderr."""
    return any(uri.partition(":")[2] == "-" for uri in sinks)


def command(args: argparse.Namespace, registry: OptionRegistry) -> int:
    """Run the batch; the exit status says whether every input is a record."""
    targets = distinct_targets(args.targets, args.quiet)
    if args.journal:
        file_target("--journal", args.journal)  # a folder or a device is a usage error, not a crash
    local = True
    if args.executor != "process":
        from ingest.batch.dask_pool import require_distributed, scheduler_address  # only when asked for

        if not args.dry_run:
            require_distributed()  # exit 2 with the install command, before anything starts
        local = scheduler_address(args.executor) is None
    if local and not args.dry_run and args.jobs != 0:
        from ingest.batch.pool import builtin_modules, start_fork_server  # not for a run in this process

        start_fork_server(builtin_modules())  # imports there while this process builds its pipeline
    pipeline = build_pipeline(args, registry, format=args.format)
    sinks = args.sinks or [DEFAULT_SINK]
    if args.dry_run:
        sources = (source for target in targets for source in pipeline.sources(target))
        failing = dry_run(pipeline, sources, sinks, sys.stdout)
        return 1 if failing else 0
    options = RunOptions(
        jobs=usable_cores() if args.jobs is None else args.jobs,
        journal=args.journal,
        # Standard output cannot be resumed into: sinks that all write there keep no journal.
        use_journal=not args.no_journal and not all(_uses_stdout([uri]) for uri in sinks),
        reprocess=args.reprocess,
        retry_failed=args.retry_failed,
        limits=Limits(timeout=args.timeout, max_memory=args.max_memory),
        quarantine=args.quarantine,
        progress="none" if args.quiet else args.progress,
        status_every=args.status_every,
        executor=args.executor,
        dashboard=args.dask_dashboard,
    )
    summary = pipeline.run(targets, sinks, options).consume()
    if not args.quiet:
        # the tables: documents by format and outcome, failures by reason, slowest
        print(summary, file=sys.stderr if _uses_stdout(sinks) else sys.stdout)
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8")
    return summary.exit_status

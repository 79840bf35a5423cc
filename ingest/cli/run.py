"""``ingest run``: process every input of the targets into the sinks, then print a summary."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingest.cli.common import add_option_arguments, add_plugin_arguments, build_pipeline
from ingest.cli.report import print_summary
from ingest.options import OptionRegistry

__all__ = ["DEFAULT_SINK", "add_parser", "command"]

#: Where ``ingest run`` writes when no ``--sink`` is given.
DEFAULT_SINK = "sqlite:ingest.db"


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], registry: OptionRegistry
) -> None:
    """Register the ``run`` subcommand."""
    parser = subparsers.add_parser(
        "run",
        help="ingest files, directories, globs or '-' into the sinks",
        description="Read, decode, identify, clean and describe every input, and write the results.",
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
    add_plugin_arguments(parser)
    add_option_arguments(parser, registry)
    parser.set_defaults(command=command)


def command(args: argparse.Namespace, registry: OptionRegistry) -> int:
    """Run the pipeline; the exit status says whether every input became a record."""
    pipeline = build_pipeline(args, registry, format=args.format)
    run = pipeline.run(args.targets, sinks=args.sinks or [DEFAULT_SINK])
    summary = run.consume()
    if not args.quiet:
        print_summary(summary, sys.stdout)
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8")
    return summary.exit_status

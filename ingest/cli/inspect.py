"""``ingest inspect FILE``: why a document was identified, cleaned and labelled the way it was."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import textwrap
from collections.abc import Iterator
from types import FrameType
from typing import TextIO

from ingest.batch.limits import DEFAULT_TIMEOUT
from ingest.cli.common import (
    EXIT_FAILURES,
    EXIT_OK,
    add_option_arguments,
    add_plugin_arguments,
    build_pipeline,
    duration_argument,
)
from ingest.model import Change, Failure, Result
from ingest.options import OptionRegistry
from ingest.schema import to_json

__all__ = ["add_parser", "command", "print_inspection"]

_STAGE_TITLES = {
    "decode": "decoding",
    "identify": "identification",
    "clean": "cleaning",
    "extract": "metadata",
}


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], registry: OptionRegistry
) -> None:
    """Register the ``inspect`` subcommand."""
    parser = subparsers.add_parser(
        "inspect",
        help="show how one file is identified, cleaned and described",
        description="Process one file and show every score, every step and what it changed, and the record.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--format", metavar="NAME", help="treat the file as format NAME")
    parser.add_argument("--json", action="store_true", help="print the record as JSON, provenance included")
    parser.add_argument("--full-text", action="store_true", help="print the whole cleaned text")
    parser.add_argument(
        "--timeout",
        type=duration_argument,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on the file after this long (default {DEFAULT_TIMEOUT:g}, as for run; 0: none)",
    )
    add_plugin_arguments(parser)
    add_option_arguments(parser, registry)
    parser.set_defaults(command=command)


def _print_change(change: Change, stream: TextIO) -> None:
    plugin = f" [{change.plugin}]" if change.plugin else ""
    print(f"  {change.step}{plugin}: {change.summary}", file=stream)
    for line in change.details:
        print(f"      {line}", file=stream)


def print_inspection(result: Result, stream: TextIO, full_text: bool = False) -> None:
    """The provenance stage by stage, then the record's fields and text."""
    source = result.source
    print(f"source: {source.path or source.uri}", file=stream)
    if source.size is not None:
        print(f"  {source.size:,} bytes, sha256 {source.sha256}, {source.media_type}", file=stream)
    current = None
    for change in result.provenance:
        if change.stage != current:
            current = change.stage
            print(f"{_STAGE_TITLES.get(current, current)}:", file=stream)
        _print_change(change, stream)
    data = to_json(result)
    if isinstance(result, Failure):
        print(
            f"FAILED in {result.stage} [{result.plugin_name}]: {result.error_type}: {result.message}",
            file=stream,
        )
        return
    print("record:", file=stream)
    for key in (
        "id",
        "format",
        "format_confidence",
        "title",
        "date",
        "language",
        "languages",
        "authors",
        "publisher",
    ):
        print(f"  {key}: {json.dumps(data[key], ensure_ascii=False)}", file=stream)
    for key, value in data["metadata"].items():
        print(f"  metadata.{key}: {json.dumps(value, ensure_ascii=False)}", file=stream)
    for part in data["parts"]:
        print(
            f"  part {part['role']} ({part['language']}): {len(part['text']):,} characters"
            + (f", title {part['title']!r}" if part["title"] else ""),
            file=stream,
        )
    for warning in data["warnings"]:
        print(f"  warning: {warning}", file=stream)
    text = data["text"]
    print(f"text ({len(text):,} characters):", file=stream)
    shown = text if full_text or len(text) <= 1200 else text[:600] + "\n[…]\n" + text[-500:]
    print(textwrap.indent(shown, "  "), file=stream)


class _TimedOut(BaseException):
    """Raised in the main thread when the time limit is reached (not an ``Exception``: no plugin eats it)."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _TimedOut


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`_TimedOut` after ``seconds`` (0: no limit; main thread only)."""
    if seconds <= 0:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def command(args: argparse.Namespace, registry: OptionRegistry) -> int:
    """Inspect one file, within ``--timeout``."""
    pipeline = build_pipeline(args, registry, format=args.format)
    try:
        with time_limit(args.timeout):
            result = pipeline.inspect(args.file)
    except _TimedOut:
        print(
            f"ingest: {args.file}: took longer than {args.timeout:g} s (--timeout); stopped", file=sys.stderr
        )
        return EXIT_FAILURES
    if args.json:
        print(json.dumps(to_json(result), ensure_ascii=False, indent=2))
    else:
        print_inspection(result, sys.stdout, full_text=args.full_text)
    return EXIT_FAILURES if isinstance(result, Failure) else EXIT_OK

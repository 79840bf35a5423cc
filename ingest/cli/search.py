"""``ingest search QUERY``: full-text search over what a searchable sink stored."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingest.cli.common import (
    EXIT_FAILURES,
    EXIT_OK,
    EXIT_USAGE,
    add_plugin_arguments,
    build_pipeline,
)
from ingest.errors import IngestError, UsageError
from ingest.options import OptionRegistry
from ingest.registries import SinkRegistry

__all__ = ["add_parser", "command"]


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], registry: OptionRegistry
) -> None:
    """Register the ``search`` subcommand."""
    parser = subparsers.add_parser(
        "search",
        help="full-text search over ingested documents",
        description="Search titles and texts stored by a searchable sink (FTS5 query syntax).",
    )
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument(
        "--db",
        default="ingest.db",
        metavar="PATH|URI",
        help="the SQLite database (default ingest.db), or a searchable sink's URI (postgresql://…)",
    )
    parser.add_argument("--sink", metavar="URI", help="search this sink instead (scheme:rest)")
    parser.add_argument("--limit", type=int, default=10, help="at most this many hits (default 10)")
    parser.add_argument("--json", action="store_true", help="print hits as JSON lines")
    add_plugin_arguments(parser)
    parser.set_defaults(command=command)


def _database_uri(db: str, sinks: SinkRegistry) -> str:
    """``--db``: a sink URI when it starts with a searchable sink's scheme and names no file, else SQLite."""
    scheme, colon, _ = db.partition(":")
    info = sinks.get(scheme) if colon else None
    if info is not None and info.search is not None and not Path(db).exists():
        return db
    return f"sqlite:{db}"


def command(args: argparse.Namespace, registry: OptionRegistry) -> int:
    """Print the best matches; exit 1 when there is none."""
    pipeline = build_pipeline(args, registry)
    uri = args.sink or _database_uri(args.db, pipeline.sinks)
    info, rest = pipeline.sinks.parse(uri)
    if info.search is None:
        raise UsageError(f"the {info.scheme}: sink cannot be searched")
    try:
        hits = info.search(rest, args.query, args.limit)
    except UsageError:
        raise
    except (FileNotFoundError, IngestError) as error:
        print(f"ingest: {error}", file=sys.stderr)
        return EXIT_USAGE
    for hit in hits:
        if args.json:
            print(
                json.dumps(
                    {
                        "source": hit.source,
                        "title": hit.title,
                        "format": hit.format,
                        "snippet": hit.snippet,
                        "score": hit.score,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(f"{hit.source}\n  [{hit.format}] {hit.title or '(no title)'}\n  {hit.snippet}")
    if not args.json:
        print(f"{len(hits)} match(es)", file=sys.stderr)
    return EXIT_OK if hits else EXIT_FAILURES

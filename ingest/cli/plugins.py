"""``ingest plugins``: every loaded plugin with its version, origin and hooks; formats, sinks, options."""

from __future__ import annotations

import argparse
import json
import sys

import attrs

from ingest.cli.common import EXIT_OK, add_plugin_arguments, build_pipeline
from ingest.cli.report import table
from ingest.options import OptionRegistry

__all__ = ["add_parser", "command"]


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], registry: OptionRegistry
) -> None:
    """Register the ``plugins`` subcommand."""
    parser = subparsers.add_parser(
        "plugins",
        help="list loaded plugins, formats, sinks and options",
        description="List every loaded plugin (name, version, origin, hooks), and what they provide.",
    )
    parser.add_argument("--json", action="store_true", help="print the listing as JSON")
    add_plugin_arguments(parser)
    parser.set_defaults(command=command)


def command(args: argparse.Namespace, registry: OptionRegistry) -> int:
    """Print the listing."""
    pipeline = build_pipeline(args, registry)
    plugins = pipeline.loaded.plugins
    if args.json:
        listing = {
            "plugins": [attrs.asdict(p) for p in plugins],
            "problems": [attrs.asdict(p) for p in pipeline.loaded.problems],
            "formats": [
                {"name": f.name, "description": f.description, "plugin": f.plugin} for f in pipeline.formats
            ],
            "sinks": [
                {
                    "scheme": s.scheme,
                    "description": s.description,
                    "plugin": s.plugin,
                    "searchable": s.search is not None,
                }
                for s in pipeline.sinks
            ],
            "options": [
                {"name": o.name, "default": o.default, "help": o.help, "plugin": o.plugin}
                for o in pipeline.option_registry
            ],
        }
        print(json.dumps(listing, indent=2, default=repr))
        return EXIT_OK
    out = sys.stdout
    print("plugins:", file=out)
    table(
        [("NAME", "VERSION", "ORIGIN", "HOOKS")]
        + [
            (p.name, p.version, p.origin, ", ".join(h.removeprefix("ingest_") for h in p.hooks))
            for p in plugins
        ],
        out,
    )
    if pipeline.loaded.problems:
        print("not loaded:", file=out)
        table([(p.name, p.version, p.origin, p.error) for p in pipeline.loaded.problems], out)
    print("formats:", file=out)
    table([(f.name, f.plugin or "", f.description) for f in pipeline.formats], out)
    print("sinks:", file=out)
    table([(f"{s.scheme}:", s.plugin or "", s.description) for s in pipeline.sinks], out)
    print("options:", file=out)
    table([(f"--{o.name}", o.plugin or "", o.help) for o in pipeline.option_registry], out)
    return EXIT_OK

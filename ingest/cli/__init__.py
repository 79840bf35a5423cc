"""The ``ingest`` command: ``run``, ``inspect``, ``search`` and ``plugins``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ingest.cli import inspect, plugins, run, search
from ingest.cli.common import declared_options
from ingest.cli.errors import report
from ingest.options import OptionRegistry

__all__ = ["main", "make_parser"]


def make_parser(argv: Sequence[str]) -> tuple[argparse.ArgumentParser, object]:
    """The full parser, with the options of the plugins ``argv`` selects.

    Without a command (``ingest --help``, ``ingest --version``) no plugin is
    loaded: only a command's own help lists the plugins' options.
    """
    command = next((word for word in argv if not word.startswith("-")), None)
    registry = declared_options(argv) if command is not None else OptionRegistry()
    parser = argparse.ArgumentParser(
        prog="ingest",
        description="Read, decode, identify, clean and describe documents; deliver structured records.",
        epilog="Exit status: 0 every input became a record; 1 the run completed and some inputs failed; "
        "2 usage error; 3 the run was aborted (a sink or the journal could not be written, a plugin's run "
        "hook failed); 130 interrupted. Errors are one line; INGEST_TRACEBACK=1 also prints the traceback.",
    )
    from ingest import __version__

    parser.add_argument("--version", action="version", version=f"ingest {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in (run, inspect, search, plugins):
        module.add_parser(subparsers, registry)
    return parser, registry


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        parser, registry = make_parser(arguments)
        args = parser.parse_args(arguments)
        status: int = args.command(args, registry)
    except Exception as error:  # every error becomes its exit status and one line, in ingest.cli.errors
        return report(error)
    except KeyboardInterrupt as error:
        return report(error)
    return status


if __name__ == "__main__":
    sys.exit(main())

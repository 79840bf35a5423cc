"""What the subcommands share: plugin arguments, building the pipeline, exit statuses."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from ingest.errors import PluginLoadError, UsageError
from ingest.options import Option, OptionRegistry
from ingest.pipeline import Pipeline
from ingest.pipeline.hooks import Hooks, print_trace
from ingest.plugins import LoadSettings, load_plugins, report_problems
from ingest.units import parse_duration, parse_size

__all__ = [
    "EXIT_ABORTED",
    "EXIT_FAILURES",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "add_option_arguments",
    "add_plugin_arguments",
    "build_pipeline",
    "declared_options",
    "duration_argument",
    "size_argument",
]

#: Every input became a record.
EXIT_OK = 0
#: The run completed, and some inputs are failure records.
EXIT_FAILURES = 1
#: The command was used wrongly: unknown sink, format, option or plugin; a target that names nothing.
EXIT_USAGE = 2
#: The run was aborted: a sink could not be written, or a run hook failed.
EXIT_ABORTED = 3
#: Interrupted by the user (Ctrl-C).
EXIT_INTERRUPTED = 130


def duration_argument(text: str) -> float:
    """``--timeout``-like arguments: seconds (``30``, ``2.5``, ``500ms``, ``2m``), 0 for no limit."""
    try:
        return parse_duration(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def size_argument(text: str) -> int:
    """``--max-memory``-like arguments: a size (``512M``, ``2G``), 0 for no limit."""
    try:
        return parse_size(text, zero=True)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_plugin_arguments(parser: argparse.ArgumentParser) -> None:
    """``-p MODULE`` / ``-p no:NAME``, ``--strict-plugins``, ``--trace-hooks``."""
    group = parser.add_argument_group("plugins")
    group.add_argument(
        "-p",
        dest="plugins",
        action="append",
        default=[],
        metavar="MODULE",
        help="load MODULE as a plugin; 'no:NAME' blocks the plugin NAME (built-ins included)",
    )
    group.add_argument(
        "--strict-plugins",
        action="store_true",
        help="fail when a plugin cannot be loaded, instead of warning and going on without it",
    )
    group.add_argument(
        "--trace-hooks", action="store_true", help="print every hook call with its plugin and duration"
    )


def settings_from(args: argparse.Namespace) -> LoadSettings:
    """The plugin-loading settings the arguments ask for."""
    modules = [p for p in args.plugins if not p.startswith("no:")]
    blocked = [p[3:] for p in args.plugins if p.startswith("no:")]
    return LoadSettings(modules=tuple(modules), blocked=tuple(blocked), strict=args.strict_plugins)


def declared_options(argv: Sequence[str]) -> OptionRegistry:
    """The options the plugins selected by ``argv``'s ``-p`` arguments declare (loads them once)."""
    pre = argparse.ArgumentParser(add_help=False)
    add_plugin_arguments(pre)
    args, _ = pre.parse_known_args(argv)
    try:
        loaded = load_plugins(settings_from(args))
        return Hooks(loaded.manager).add_options()
    except (PluginLoadError, UsageError):
        return OptionRegistry()  # reported properly when the pipeline is built


def add_option_arguments(parser: argparse.ArgumentParser, registry: OptionRegistry) -> None:
    """One ``--NAME`` argument per declared plugin option, grouped under 'plugin options'."""
    group = parser.add_argument_group("plugin options")
    for option in registry:
        extra = f" [{option.plugin}]" if option.plugin else ""
        if option.flag:
            group.add_argument(
                f"--{option.name}",
                dest=f"opt_{option.key}",
                action="store_true",
                default=None,
                help=option.help + extra,
            )
        else:
            group.add_argument(
                f"--{option.name}",
                dest=f"opt_{option.key}",
                default=None,
                metavar=option.key.upper(),
                help=option.help + extra,
            )


def option_values(args: argparse.Namespace, registry: OptionRegistry) -> dict[str, Any]:
    """The plugin options given on the command line (unset ones keep their defaults)."""
    values = {}
    for option in registry:
        value = getattr(args, f"opt_{option.key}", None)
        if value is not None:
            values[option.name] = value
    return values


def build_pipeline(args: argparse.Namespace, registry: OptionRegistry, format: str | None = None) -> Pipeline:
    """The pipeline the arguments describe; plugin load problems are reported on stderr."""
    settings = settings_from(args)
    pipeline = Pipeline(
        modules=settings.modules,
        blocked=settings.blocked,
        strict=settings.strict,
        options=option_values(args, registry),
        format=format,
        trace=print_trace if getattr(args, "trace_hooks", False) else None,
    )
    report_problems(pipeline.loaded.problems)
    return pipeline


def describe_option(option: Option) -> str:
    """One line for listings."""
    return f"--{option.name} (default {option.default!r}) {option.help}"

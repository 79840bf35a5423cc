"""Collect sources from files, directories (walked recursively), glob patterns and standard input."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from ingest import OptionRegistry, Options, Source, UsageError, hookimpl

__all__ = ["STDIN", "ingest_add_options", "ingest_collect_sources", "walk"]

#: The source standing for standard input (target ``-``).
STDIN = Source(uri="stdin:", path=None)

_GLOB_CHARS = frozenset("*?[")


def walk(directory: str, include_hidden: bool = False) -> Iterator[Source]:
    """Every file under ``directory``, depth first, in sorted order, one directory listed at a time.

    Symbolic links to directories are not followed (no loops); hidden
    entries (names starting with ``.``) are skipped unless asked for.  A
    directory that cannot be listed becomes a source of its own, so reading
    it fails with the reason instead of the input vanishing.
    """
    yield from _walk(os.path.abspath(directory), include_hidden)


def _walk(directory: str, include_hidden: bool) -> Iterator[Source]:
    """:func:`walk` below an absolute, normalised ``directory``: every path it yields is one too."""
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        yield Source.from_path(directory)
        return
    for entry in entries:
        if not include_hidden and entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry.path, include_hidden)
        else:
            yield Source.from_path(entry.path, normalized=True)


def _expand(target: str, include_hidden: bool) -> Iterator[Source]:
    if os.path.isdir(target):
        yield from walk(target, include_hidden)
    elif os.path.lexists(target):
        yield Source.from_path(target)
    else:
        for match in sorted(glob.iglob(target, recursive=True, include_hidden=include_hidden)):
            if os.path.isdir(match):
                yield from walk(match, include_hidden)
            else:
                yield Source.from_path(match)


@hookimpl
def ingest_add_options(options: OptionRegistry) -> None:
    """Declare ``--include-hidden``."""
    options.add(
        "include-hidden", flag=True, help="also collect files and directories whose names start with '.'"
    )


@hookimpl(trylast=True)
def ingest_collect_sources(target: str, options: Options) -> Iterable[Source] | None:
    """Files, directories, globs and ``-``; a path that names nothing is a usage error."""
    if target == "-":
        return [STDIN]
    if "://" in target and not target.startswith("file://"):
        return None
    if target.startswith("file://"):
        target = target[len("file://") :]
    if not os.path.lexists(target) and not (_GLOB_CHARS & set(target) and glob.glob(target, recursive=True)):
        raise UsageError(f"no such file, directory or matching glob: {target}")
    return _expand(target, bool(options.get("include_hidden", False)))

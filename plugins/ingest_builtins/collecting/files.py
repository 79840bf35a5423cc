"""Collect sources from files, directories (walked recursively), glob patterns and standard input."""

from __future__ import annotations

import glob
import operator
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
    root = os.path.abspath(directory)
    entries = _listing(root)
    if entries is None:
        yield Source.from_path(root)
        return
    # One generator for the whole tree, with a stack of listings: every file is handed out by
    # one resumption however deep it lies.  Paths below an absolute directory are normalised.
    stack = [iter(entries)]
    while stack:
        for entry in stack[-1]:
            if not include_hidden and entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if not is_dir:
                yield Source.from_path(entry.path, normalized=True)
                continue
            below = _listing(entry.path)
            if below is None:
                yield Source.from_path(entry.path, normalized=True)
                continue
            stack.append(iter(below))
            break  # go down: the loop goes on with the new top of the stack
        else:
            stack.pop()


def _listing(directory: str) -> list[os.DirEntry[str]] | None:
    """The entries of ``directory`` sorted by name, or ``None`` when it cannot be listed."""
    try:
        with os.scandir(directory) as listing:
            return sorted(listing, key=_NAME)
    except OSError:
        return None


_NAME = operator.attrgetter("name")


def _expand(target: str, include_hidden: bool) -> Iterable[Source]:
    if os.path.isdir(target):
        return walk(target, include_hidden)
    if os.path.lexists(target):
        return [Source.from_path(target)]
    return _globbed(target, include_hidden)


def _globbed(pattern: str, include_hidden: bool) -> Iterator[Source]:
    for match in sorted(glob.iglob(pattern, recursive=True, include_hidden=include_hidden)):
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

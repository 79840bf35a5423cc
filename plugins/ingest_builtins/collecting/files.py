"""Collect sources from files, directories (walked recursively), glob patterns and standard input."""

from __future__ import annotations

import glob
import hashlib
import io
import operator
import os
import sys
from collections.abc import Iterable, Iterator

from ingest import OptionRegistry, Options, Source, UsageError, hookimpl, read_at_most

__all__ = [
    "STDIN",
    "STDIN_SCHEME",
    "ingest_add_options",
    "ingest_collect_sources",
    "stdin_source",
    "walk",
]

#: The source standing for standard input before it is read (what a program may still pass in).
STDIN = Source(uri="stdin:", path=None)
#: Sources of standard input are ``stdin:`` and the first 16 hex digits of the SHA-256 of its bytes.
STDIN_SCHEME = "stdin"
_DIGITS = 16
#: Standard input is read up to this many bytes plus one when ``--max-bytes`` is not set.
_DEFAULT_LIMIT = 256 * 1024 * 1024
_CHUNK = 1024 * 1024

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


def stdin_source(limit: int = _DEFAULT_LIMIT) -> Source:
    """Read standard input to its end (at most ``limit + 1`` bytes) and return its source.

    The source's URI is ``stdin:`` and the first 16 hex digits of the
    bytes' SHA-256: two documents piped in turn into the same sinks are
    two rows, and the same document piped twice is one.  The bytes are put
    back as ``sys.stdin``, so whatever reads standard input next (the run,
    which hands them to the worker that processes the input, or a reader in
    this process) reads the same document.
    """
    data = read_at_most(sys.stdin.buffer, limit)
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    return Source(uri=f"{STDIN_SCHEME}:{hashlib.sha256(data).hexdigest()[:_DIGITS]}", path=None)


def _stdin(options: Options) -> Iterator[Source]:
    yield stdin_source(int(options.get("max_bytes") or _DEFAULT_LIMIT))


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
        return _stdin(options)
    if "://" in target and not target.startswith("file://"):
        return None
    if target.startswith("file://"):
        target = target[len("file://") :]
    if not os.path.lexists(target) and not (_GLOB_CHARS & set(target) and glob.glob(target, recursive=True)):
        raise UsageError(f"no such file, directory or matching glob: {target}")
    return _expand(target, bool(options.get("include_hidden", False)))

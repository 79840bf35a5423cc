"""Zip and tar archives (gz, bz2, xz) as sources: each member a document, ``file:///…/a.zip#/dir/x.txt``.

Members are listed when the archive is collected, under limits on their
number, their uncompressed size, the compression ratio and the nesting of
archives in archives; each member is read into memory when its turn comes,
never written anywhere.  Member names are kept as stored (``..``, absolute
paths and links included) and never resolved on the file system.
"""

from __future__ import annotations

import io
import os
from collections import OrderedDict
from collections.abc import Iterable, Iterator

from ingest import OptionRegistry, Options, RawInput, Rejected, Source, hookimpl, parse_size
from ingest_builtins.collecting.members import (
    Archive,
    Limits,
    Unreadable,
    is_archive_name,
    member_uri,
    open_archive,
    split_member_uri,
)

__all__ = [
    "ingest_add_options",
    "ingest_expand_source",
    "ingest_read_source",
]

_DEFAULTS = Limits()
#: Archives kept open per process, so that the members of one archive do not reopen it each.
_OPEN: OrderedDict[tuple[object, ...], Archive] = OrderedDict()
_KEEP_OPEN = 4


def _limits(options: Options) -> Limits:
    return Limits(
        members=int(options.get("archive_max_members") or _DEFAULTS.members),
        total_bytes=int(options.get("archive_max_bytes") or _DEFAULTS.total_bytes),
        member_bytes=int(options.get("max_bytes") or _DEFAULTS.member_bytes),
        ratio=float(options.get("archive_max_ratio") or _DEFAULTS.ratio),
        depth=int(options.get("archive_max_depth") or _DEFAULTS.depth),
    )


@hookimpl
def ingest_add_options(options: OptionRegistry) -> None:
    """Declare the archive limits."""
    options.add("archive-max-members", type=int, default=_DEFAULTS.members, help="members read per archive")
    options.add(
        "archive-max-bytes",
        type=parse_size,
        default=_DEFAULTS.total_bytes,
        help="uncompressed bytes read at most per archive (e.g. 2G; default 8G)",
    )
    options.add(
        "archive-max-ratio",
        type=float,
        default=_DEFAULTS.ratio,
        help="a member expanding more than this many times its compressed size fails (default 200)",
    )
    options.add(
        "archive-max-depth", type=int, default=_DEFAULTS.depth, help="archives in archives opened this deep"
    )


def _hidden(name: str) -> bool:
    return any(part.startswith(".") and part not in (".", "..") for part in name.split("/"))


def _members(
    archive: Archive, uri: str, depth: int, limits: Limits, hidden: bool, within: str
) -> Iterator[Source]:
    for member in archive.members():
        if not member.name:
            yield Unreadable(uri + "#/", None, within, member.problem or "archive left incomplete")
            continue
        if _hidden(member.name) and not hidden:
            continue
        inner_uri = member_uri(uri, member.name)
        if member.problem is not None:
            yield Unreadable(inner_uri, None, within, member.problem)
        elif not is_archive_name(member.name):
            yield Source(inner_uri, None, within)
        elif depth >= limits.depth:
            too_deep = f"an archive nested {depth + 1} deep; opened {limits.depth} deep at most"
            yield Unreadable(inner_uri, None, within, too_deep)
        else:
            try:
                inner = open_archive(io.BytesIO(archive.read(member.name)), member.name, limits)
            except (LookupError, ValueError) as error:
                yield Unreadable(inner_uri, None, within, str(error))
                continue
            try:
                yield from _members(inner, inner_uri, depth + 1, limits, hidden, within)
            finally:
                inner.close()


def _expand(source: Source, path: str, limits: Limits, hidden: bool) -> Iterator[Source]:
    try:
        archive = open_archive(open(path, "rb"), path, limits)  # noqa: SIM115 - the archive closes it
    except (OSError, ValueError) as error:
        yield Unreadable(source.uri, source.path, reason=str(error))
        return
    try:
        yield from _members(archive, source.uri, 1, limits, hidden, path)
    except Exception as error:  # a damaged archive, found part of the way through
        yield Unreadable(source.uri + "#/", None, path, f"damaged archive: {type(error).__name__}: {error}")
    finally:
        archive.close()


@hookimpl
def ingest_expand_source(source: Source, options: Options) -> Iterable[Source] | None:
    """Open archive files (by name) into their members."""
    path = source.path
    if path is None or not is_archive_name(path) or isinstance(source, Unreadable):
        return None
    return _expand(source, path, _limits(options), bool(options.get("include_hidden", False)))


def _opened(path: str, names: list[str], limits: Limits) -> Archive:
    """The archive holding the last of ``names``, opened (and kept open) level by level."""
    status = os.stat(path)
    key: tuple[object, ...] = (path, status.st_mtime_ns, status.st_size, limits)
    archive = _OPEN.get(key)
    if archive is None:
        archive = _keep(key, open_archive(open(path, "rb"), path, limits))  # noqa: SIM115
    for name in names[:-1]:
        key = (*key, name)
        inner = _OPEN.get(key)
        if inner is None:
            inner = _keep(key, open_archive(io.BytesIO(archive.read(name)), name, limits))
        archive = inner
    return archive


def _keep(key: tuple[object, ...], archive: Archive) -> Archive:
    _OPEN[key] = archive
    while len(_OPEN) > _KEEP_OPEN:
        _, oldest = _OPEN.popitem(last=False)
        oldest.close()
    return archive


@hookimpl(tryfirst=True)
def ingest_read_source(source: Source, options: Options) -> RawInput | None:
    """Read one member of an archive into memory; ``None`` for sources that are not archive members."""
    if isinstance(source, Unreadable):
        raise Rejected(source.reason)
    split = split_member_uri(source.uri)
    if split is None or not is_archive_name(split[0]) or not split[1] or not split[1][-1]:
        return None
    path, names = split
    limits = _limits(options)
    try:
        data = _opened(path, names, limits).read(names[-1])
    except OSError as error:
        raise Rejected(f"cannot read the archive: {error.strerror or error}") from None
    except (LookupError, ValueError) as error:
        raise Rejected(str(error)) from None
    except Exception as error:  # damaged compressed data, a bad CRC
        raise Rejected(f"damaged archive member: {type(error).__name__}: {error}") from None
    return RawInput.from_bytes(source, data)

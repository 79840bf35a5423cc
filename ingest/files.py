"""Reading inputs without trusting them: bounded reads of streams, and what a file that is not regular is."""

from __future__ import annotations

import stat
from typing import BinaryIO

__all__ = ["file_kind", "read_at_most"]

#: Bytes asked for per read of a stream of unknown size.
_CHUNK = 1024 * 1024


def read_at_most(stream: BinaryIO, limit: int, size_hint: int = 0) -> bytes:
    """Read a stream to its end, but never more than ``limit + 1`` bytes (so oversize is detectable).

    ``size_hint`` (the file's size, when known) sizes the first read; a
    stream of unknown size is read in chunks, never allocating ``limit``
    bytes up front.
    """
    if 0 < size_hint <= limit:
        first = stream.read(size_hint + 1)
        if len(first) <= size_hint:
            return first
        chunks = [first]
    else:
        chunks = []
    total = sum(len(chunk) for chunk in chunks)
    while total <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def file_kind(mode: int) -> str:
    """What a file of ``st_mode`` ``mode`` is, in words, for messages (``"fifo"``, ``"directory"``)."""
    for test, name in (
        (stat.S_ISREG, "regular file"),
        (stat.S_ISDIR, "directory"),
        (stat.S_ISFIFO, "fifo"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
    ):
        if test(mode):
            return name
    return "special file"

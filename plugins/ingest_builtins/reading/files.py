"""Read the bytes of files and of standard input, refusing inputs over a size limit."""

from __future__ import annotations

import os
import stat
import sys

from ingest import (
    OptionRegistry,
    Options,
    RawInput,
    Rejected,
    Source,
    file_kind,
    hookimpl,
    parse_size,
    read_at_most,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ingest_add_options",
    "ingest_read_source",
    "read_descriptor",
]

#: Inputs larger than this fail with a clear reason unless ``--max-bytes`` says otherwise.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

_CHUNK = 1024 * 1024


def read_descriptor(fd: int, limit: int) -> bytes:
    """Read an open file descriptor to its end, but never more than ``limit + 1`` bytes.

    Raises :class:`~ingest.Rejected` when the file's size is already known to
    be over ``limit``.  A regular file is read with one system call (a short
    read of a regular file is its end), without a buffered file object in
    between: for small files that is most of the cost of reading them.
    Other files (pipes, ``/proc``) are read in chunks until they end.
    """
    status = os.fstat(fd)
    size = status.st_size
    if size > limit:
        raise _too_large(size, limit)
    chunks: list[bytes] = []
    if stat.S_ISREG(status.st_mode) and size > 0:
        # One byte more than the size, so that getting exactly the size means the end.  A file
        # that grew or shrank since fstat, or a read the kernel cut short (Linux returns at most
        # about 2 GiB at once), is read on below until the end.
        first = os.read(fd, size + 1)
        if len(first) == size:
            return first
        chunks.append(first)
    total = sum(len(chunk) for chunk in chunks)
    while total <= limit:
        chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _too_large(size: int, limit: int) -> Rejected:
    return Rejected(f"input is {size:,} bytes, over the limit of {limit:,} bytes (--max-bytes)")


@hookimpl
def ingest_add_options(options: OptionRegistry) -> None:
    """Declare ``--max-bytes``."""
    options.add(
        "max-bytes",
        type=parse_size,  # 0, inf, nan and negative sizes are errors: every input has a limit
        default=DEFAULT_MAX_BYTES,
        help="inputs larger than this fail with a clear reason (e.g. 64M; default 256M)",
    )


@hookimpl(trylast=True)
def ingest_read_source(source: Source, options: Options) -> RawInput | None:
    """Read a file's bytes (or standard input's); ``None`` for sources that are neither."""
    limit = int(options.get("max_bytes") or DEFAULT_MAX_BYTES)
    if source.uri.startswith("stdin:"):  # ``stdin:`` and a digest of the bytes: see collecting.files
        data = read_at_most(sys.stdin.buffer, limit)
        if len(data) > limit:
            raise _too_large(len(data), limit)
        return RawInput.from_bytes(source, data)
    if source.path is None:
        return None
    try:
        # Non-blocking, so that opening a FIFO without a writer returns at once; a file that is
        # not regular is refused before anything is read from it.
        fd = os.open(source.path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            mode = os.fstat(fd).st_mode
            if stat.S_ISDIR(mode):
                raise Rejected("is a directory that could not be listed")
            if not stat.S_ISREG(mode):
                raise Rejected(f"not a regular file: {file_kind(mode)}")
            os.set_blocking(fd, True)
            data = read_descriptor(fd, limit)
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise Rejected("is a directory that could not be listed") from None
    except OSError as error:
        raise Rejected(f"cannot read: {error.strerror or error}") from None
    if len(data) > limit:
        raise _too_large(len(data), limit)
    return RawInput.from_bytes(source, data)

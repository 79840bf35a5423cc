"""Where an input comes from, and its bytes as read."""

from __future__ import annotations

import hashlib
import os
import re
from urllib.parse import quote

import attrs

from ingest.media import sniff_media_type

__all__ = ["RawInput", "Source", "UnopenedSource"]


_URI_SAFE = re.compile(r"[A-Za-z0-9/._~-]*")


@attrs.frozen(slots=False)
class Source:
    """One input of a run: a file, standard input, or whatever a plugin collects.

    ``uri`` identifies the input and keys its row in every sink: two inputs
    with the same bytes at two places are two sources.  ``path`` is the
    absolute file-system path when the input is a file, else ``None``.
    ``within`` is, for an input taken out of a file (an archive's member, a
    page of a web archive, a mail's attachment), that file's path: a run
    with a journal takes the input as unchanged while that file is.
    """

    uri: str
    path: str | None = None
    within: str | None = None

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], *, normalized: bool = False) -> Source:
        """Return the source for a file, keyed by its absolute path.

        ``normalized`` says the caller knows ``path`` is absolute and
        normalised already (a directory walk below an absolute directory
        yields such paths), which saves making it so for every file.
        """
        absolute = path if normalized and isinstance(path, str) else os.path.abspath(path)
        if _URI_SAFE.fullmatch(absolute):  # most paths need no escaping
            return cls("file://" + absolute, absolute)
        # Percent-encode the bytes: a name that is not UTF-8 (surrogate escapes) still gets a URI.
        return cls(uri="file://" + quote(os.fsencode(absolute)), path=absolute)

    @classmethod
    def from_name(cls, name: str, scheme: str = "memory") -> Source:
        """Return a source for data that is not a file (``stdin``, bytes given to the library)."""
        return cls(uri=f"{scheme}:{name}", path=None)

    @property
    def name(self) -> str:
        """The last component of the path or URI, for messages."""
        tail = self.path or self.uri
        return tail.rstrip("/").rsplit("/", 1)[-1]


@attrs.frozen(slots=False)
class UnopenedSource(Source):
    """A container a plugin failed to open (``ingest_expand_source`` raised).

    Processing it gives a failure at the ``collect`` stage naming ``plugin``
    and the reason, so a damaged container is never lost from a run: the
    members it yielded before the error are processed as usual.
    """

    plugin: str | None = None
    error_type: str = "Exception"
    message: str = ""


@attrs.frozen(slots=False)
class RawInput:
    """The bytes of one source, as read, before decoding.

    Build it with :meth:`from_bytes`, which computes the digest.  ``id`` is
    derived from the bytes alone, so it is stable across runs and machines
    and shared by byte-identical inputs.
    """

    source: Source
    data: bytes = attrs.field(repr=lambda data: f"<{len(data)} bytes>")
    sha256: str
    media_type: str = "application/octet-stream"

    @classmethod
    def from_bytes(cls, source: Source, data: bytes, media_type: str | None = None) -> RawInput:
        """Wrap ``data`` read from ``source``; ``media_type`` is sniffed when not given."""
        return cls(
            source,
            data,
            hashlib.sha256(data).hexdigest(),
            media_type or sniff_media_type(data, source.path or source.uri),
        )

    @property
    def size(self) -> int:
        """Length of the input in bytes."""
        return len(self.data)

    @property
    def id(self) -> str:
        """The record id: the first 32 hex digits of the SHA-256 of the bytes."""
        return self.sha256[:32]

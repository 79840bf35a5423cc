"""Containers' members named by URI; zip and tar archives listed under limits, members read into memory."""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
from collections.abc import Iterator
from typing import IO
from urllib.parse import quote, unquote

import attrs

from ingest import Source

__all__ = [
    "ARCHIVE_SUFFIXES",
    "Archive",
    "Limits",
    "Member",
    "Unreadable",
    "is_archive_name",
    "member_uri",
    "open_archive",
    "split_member_uri",
]

#: Characters of member names kept as they are in URIs ("#", "%", "?" and spaces are escaped).
_NAME_SAFE = "/!$&'()*+,;=:@~"
#: Names opened as archives (case does not matter).
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")


@attrs.frozen(slots=False)
class Unreadable(Source):
    """A member that is listed but will not be read, and why (a link, a bomb, too deep, over a limit)."""

    reason: str = ""


def member_uri(container_uri: str, name: str) -> str:
    """The URI of member ``name`` of the container at ``container_uri``: ``…/batch.zip#/dir/x.txt``.

    ``#/`` comes before the name as stored (so the URI's last component is
    the member's own name, and ``/abs`` gives ``#//abs``); characters that
    would be misread (``#``, ``%``, ``?``, spaces) are percent-encoded.
    """
    return container_uri + "#/" + quote(name, safe=_NAME_SAFE, errors="surrogateescape")


def split_member_uri(uri: str) -> tuple[str, list[str]] | None:
    """``file:///a/b.zip#/x.zip#/y.txt`` → (``/a/b.zip``, [``x.zip``, ``y.txt``]); ``None`` for other URIs."""
    if not uri.startswith("file://") or "#/" not in uri:
        return None
    container, *names = uri[len("file://") :].split("#")
    if not all(name.startswith("/") for name in names):
        return None
    return unquote(container), [unquote(name[1:], errors="surrogateescape") for name in names]


def is_archive_name(name: str) -> bool:
    """Whether a file or member of this name is opened as an archive."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


@attrs.frozen
class Limits:
    """What one archive may hold: members, bytes once uncompressed, compression ratio, nesting depth."""

    members: int = 100_000
    total_bytes: int = 8 * 1024**3
    member_bytes: int = 256 * 1024**2
    ratio: float = 200.0
    depth: int = 3


@attrs.frozen
class Member:
    """One entry of an archive: its name as stored, its size, and why it cannot be read (``problem``)."""

    name: str
    size: int
    problem: str | None = None


class Archive:
    """An open zip or tar archive: list its members, read one member's bytes (bounded)."""

    def __init__(self, stream: IO[bytes], name: str, limits: Limits) -> None:
        self.limits = limits
        self.zip: zipfile.ZipFile | None = None
        self.tar: tarfile.TarFile | None = None
        self._tar_members: dict[str, tarfile.TarInfo] | None = None
        self._stream = stream
        stream.seek(0, io.SEEK_END)
        self.compressed = max(stream.tell(), 1)
        stream.seek(0)
        head = stream.read(4)
        stream.seek(0)
        if head.startswith(b"PK") or (name.lower().endswith(".zip") and not head):
            self.zip = zipfile.ZipFile(stream)
        else:
            self.tar = tarfile.open(fileobj=stream, mode="r:*")  # noqa: SIM115 - closed by close()

    def close(self) -> None:
        """Release the archive and its stream."""
        if self.zip is not None:
            self.zip.close()
        if self.tar is not None:
            self.tar.close()
        self._stream.close()

    # -- listing ----------------------------------------------------------------

    def members(self) -> Iterator[Member]:
        """Every regular member in stored order; links and bombs come with their ``problem``.

        Stops (with one last member named ``""`` giving the reason) when the
        archive holds more members or more bytes than the limits allow.
        """
        count = total = 0
        for member in self._entries():
            if member.problem is None:
                count += 1
                total += member.size
            if count > self.limits.members:
                yield Member("", 0, f"archive holds over {self.limits.members:,} members; the rest left out")
                return
            if total > self.limits.total_bytes:
                yield Member(
                    "", 0, f"archive holds more than {self.limits.total_bytes:,} bytes; the rest are left out"
                )
                return
            yield member

    def _entries(self) -> Iterator[Member]:
        if self.zip is not None:
            for info in self.zip.infolist():
                if not info.is_dir():
                    yield Member(info.filename, info.file_size, self._zip_problem(info))
            return
        assert self.tar is not None
        offset = 0
        for tarinfo in self.tar:
            if tarinfo.isdir():
                continue
            offset += tarinfo.size
            if offset > 1024**2 * 16 and offset / self.compressed > self.limits.ratio:
                yield Member("", 0, f"archive expands over {self.limits.ratio:g} times; the rest left out")
                return
            yield Member(tarinfo.name, tarinfo.size, self._tar_problem(tarinfo))

    def _zip_problem(self, info: zipfile.ZipInfo) -> str | None:
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            return "a symbolic link inside an archive; not followed"
        return self._size_problem(info.file_size, info.compress_size)

    def _tar_problem(self, tarinfo: tarfile.TarInfo) -> str | None:
        if tarinfo.issym() or tarinfo.islnk():
            kind = "symbolic" if tarinfo.issym() else "hard"
            return f"a {kind} link inside an archive (to {tarinfo.linkname!r}); not followed"
        if not tarinfo.isreg():
            return "not a regular file (device, FIFO …) inside an archive"
        return self._size_problem(tarinfo.size, None)

    def _size_problem(self, size: int, compressed: int | None) -> str | None:
        if size > self.limits.member_bytes:
            return f"member is {size:,} bytes uncompressed, over the limit of {self.limits.member_bytes:,}"
        if compressed is not None and size > 1024**2 and size / max(compressed, 1) > self.limits.ratio:
            ratio = size / max(compressed, 1)
            return f"member expands {ratio:,.0f} times (a zip bomb?), over the limit of {self.limits.ratio:g}"
        return None

    # -- reading ----------------------------------------------------------------

    def read(self, name: str) -> bytes:
        """The bytes of member ``name``; ``LookupError`` or ``ValueError`` saying why it cannot be read."""
        limit = self.limits.member_bytes
        if self.zip is not None:
            try:
                info = self.zip.getinfo(name)
            except KeyError:
                raise LookupError(f"no member {name!r} in the archive") from None
            problem = self._zip_problem(info)
            if problem is not None:
                raise ValueError(problem)
            with self.zip.open(info) as stream:
                data = stream.read(limit + 1)
        else:
            tarinfo = self._find_tar(name)
            if tarinfo is None:
                raise LookupError(f"no member {name!r} in the archive")
            problem = self._tar_problem(tarinfo)
            if problem is not None:
                raise ValueError(problem)
            assert self.tar is not None
            extracted = self.tar.extractfile(tarinfo)
            if extracted is None:
                raise ValueError("member has no data")
            data = extracted.read(limit + 1)
        if len(data) > limit:
            raise ValueError(f"member is over the limit of {limit:,} bytes once uncompressed")
        return data

    def _find_tar(self, name: str) -> tarfile.TarInfo | None:
        """The tar member ``name``, reading headers only as far as it (members are mostly read in order)."""
        assert self.tar is not None
        if self._tar_members is None:
            self._tar_members = {}
        found = self._tar_members.get(name)
        while found is None:
            tarinfo = self.tar.next()
            if tarinfo is None:
                return None
            self._tar_members.setdefault(tarinfo.name, tarinfo)
            if tarinfo.name == name:
                found = tarinfo
        return found


def open_archive(stream: IO[bytes], name: str, limits: Limits) -> Archive:
    """Open ``stream`` as a zip or tar archive; ``ValueError`` with the reason when it cannot be."""
    try:
        return Archive(stream, name, limits)
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as error:
        stream.close()
        raise ValueError(f"damaged or unknown archive: {type(error).__name__}: {error}") from None

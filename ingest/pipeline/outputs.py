"""What a run writes (sinks' files, the journal, the quarantine) never becomes one of its inputs.

Files are known by identity (device and inode), not by name: every regular
file this process opened for writing since the run began (the sinks'
databases and files, their ``-wal`` and ``-shm``, the journal), the
journal's files by path, and every file in the quarantine folder, including
those the run copies there.  A file open only for reading is an input being
read (an archive whose members are listed), never an output.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Set
from pathlib import Path

__all__ = ["Outputs"]

_SIDE_FILES = ("", "-wal", "-shm", "-journal")
_OPEN_FILES = Path("/proc/self/fd")
_OPEN_FLAGS = Path("/proc/self/fdinfo")


def _identity(info: os.stat_result) -> tuple[int, int]:
    return (info.st_dev, info.st_ino)


def _open_for_writing(fd: str) -> bool:
    """Whether descriptor ``fd`` of this process was opened to write (read from ``/proc/self/fdinfo``).

    Unknown (the descriptor closed meanwhile, no ``fdinfo``): taken as written, so that an output is never
    read back as an input.
    """
    try:
        with open(_OPEN_FLAGS / fd, encoding="ascii") as info:
            for line in info:
                if line.startswith("flags:"):
                    return int(line.split()[1], 8) & os.O_ACCMODE != os.O_RDONLY
    except (OSError, ValueError, IndexError):
        return True
    return True


class Outputs:
    """The identities of the files a run writes; :meth:`refresh` after opening or writing more."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.known: set[tuple[int, int]] = set()
        self.skipped = 0
        self._before = set(self._open_files())  # open before the run: the program's, not the run's

    def watch(self, paths: Iterable[str | os.PathLike[str]] = (), folders: Iterable[str] = ()) -> None:
        """Files the run writes by path (with their ``-wal``, ``-shm``), and folders it writes into."""
        self.paths.extend(Path(path) for path in paths)
        for folder in folders:
            self._add_folder(Path(folder))
        self.refresh()

    def _add(self, path: str | os.PathLike[str], *, follow: bool = True) -> None:
        try:
            info = os.stat(path, follow_symlinks=follow)
        except OSError:
            return
        if stat.S_ISREG(info.st_mode):
            self.known.add(_identity(info))

    def _add_folder(self, folder: Path) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            self._add(entry.path, follow=False)

    def add(self, path: str | os.PathLike[str]) -> None:
        """A file the run just wrote (a quarantined copy, say)."""
        self._add(path, follow=False)

    def refresh(self) -> None:
        """Take in the files open now and the known paths (a sink may have opened more since)."""
        for path in self.paths:
            for suffix in _SIDE_FILES:
                self._add(f"{path}{suffix}")
        self.known.update(self._open_files(skip=self.known | self._before))

    @staticmethod
    def _open_files(skip: Set[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
        """The identities of the regular files this process holds open for writing (none known off Linux).

        Files in ``skip`` (known already) are not asked again how they were opened.
        """
        try:
            descriptors = os.listdir(_OPEN_FILES)
        except OSError:
            return []
        found = []
        for fd in descriptors:
            try:
                info = os.stat(_OPEN_FILES / fd)
            except OSError:
                continue
            identity = _identity(info)
            if stat.S_ISREG(info.st_mode) and identity not in skip and _open_for_writing(fd):
                found.append(identity)
        return found

    def holds(self, info: os.stat_result) -> bool:
        """Whether the file ``info`` describes is one the run writes."""
        return _identity(info) in self.known

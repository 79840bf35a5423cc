"""``--quarantine DIR``: a bounded copy of each failing input, and a JSON file beside it saying why."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import time
from pathlib import Path

from ingest.model import Failure

__all__ = ["DEFAULT_MAX_BYTES", "Quarantine"]

#: The most bytes of one input copied when no ``--max-bytes`` is given.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
_CHUNK = 1 << 20
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Quarantine:
    """Copies failing inputs into ``directory`` as ``<digest>-<name>`` plus ``<digest>-<name>.json``.

    The digest is of the source URI, so the same input quarantined twice
    (after a re-run) replaces its earlier copy, and two inputs with the same
    file name never collide.
    """

    def __init__(self, directory: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self.directory.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def name_for(self, failure: Failure) -> str:
        """The file name the copy of ``failure``'s input gets."""
        digest = hashlib.sha256(failure.source.uri.encode("utf-8", "surrogateescape")).hexdigest()[:12]
        tail = failure.source.uri.rstrip("/").rsplit("/", 1)[-1]
        safe = _UNSAFE.sub("_", tail)[-80:].strip("._") or "input"
        return f"{digest}-{safe}"

    def add(self, failure: Failure) -> list[Path]:
        """Copy the input (a regular file, at most ``max_bytes``) and write the reason beside it.

        Returns the files written.  Anything but a regular file (a device, a pipe, a symbolic
        link to one) is not copied, and the reason file says why; a larger file is copied up to
        ``max_bytes``.
        """
        name = self.name_for(failure)
        written: list[Path] = []
        copied, note = False, "not a file"
        if failure.source.path is not None:
            copied, note = self._copy(failure.source.path, self.directory / name)
            if copied:
                written.append(self.directory / name)
        reason = {
            "source": failure.source.uri,
            "path": failure.source.path,
            "copied": copied,
            "copy": note,
            "stage": failure.stage,
            "plugin": failure.plugin_name,
            "error_type": failure.error_type,
            "message": failure.message,
            "warnings": list(failure.warnings),
            "quarantined": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        text = json.dumps(reason, ensure_ascii=True, indent=2) + "\n"
        (self.directory / f"{name}.json").write_text(text, encoding="utf-8")
        written.append(self.directory / f"{name}.json")
        self.count += 1
        return written

    def _copy(self, path: str, target: Path) -> tuple[bool, str]:
        """Copy a regular file, at most ``max_bytes`` of it; ``(copied, what happened)``."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a pipe must not block the run
        except OSError as error:
            return False, f"not copied: cannot open: {error.strerror or error}"
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return False, "not copied: not a regular file"
            left = self.max_bytes
            with open(target, "wb") as out:
                while left > 0 and (chunk := os.read(fd, min(_CHUNK, left))):
                    out.write(chunk)
                    left -= len(chunk)
            if info.st_size > self.max_bytes or (left == 0 and os.read(fd, 1)):
                return True, f"the first {self.max_bytes:,} bytes of {info.st_size:,} (--max-bytes)"
            return True, "whole"
        except OSError as error:
            target.unlink(missing_ok=True)
            return False, f"not copied: {error.strerror or error}"
        finally:
            os.close(fd)

"""``--quarantine DIR``: a copy of each failing input, with a JSON file beside it giving the reason."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import time
from pathlib import Path

from ingest.model import Failure

__all__ = ["Quarantine"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Quarantine:
    """Copies failing inputs into ``directory`` as ``<digest>-<name>`` plus ``<digest>-<name>.json``.

    The digest is of the source URI, so the same input quarantined twice
    (after a re-run) replaces its earlier copy, and two inputs with the same
    file name never collide.
    """

    def __init__(self, directory: str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def name_for(self, failure: Failure) -> str:
        """The file name the copy of ``failure``'s input gets."""
        digest = hashlib.sha256(failure.source.uri.encode("utf-8", "surrogateescape")).hexdigest()[:12]
        tail = failure.source.uri.rstrip("/").rsplit("/", 1)[-1]
        safe = _UNSAFE.sub("_", tail)[-80:].strip("._") or "input"
        return f"{digest}-{safe}"

    def add(self, failure: Failure) -> None:
        """Copy the input (when it is a readable regular file) and write the reason beside it.

        A device or a FIFO is never read: ``/dev/zero`` would be copied
        forever, a FIFO would wait for a writer.
        """
        name = self.name_for(failure)
        copied = False
        if failure.source.path is not None:
            try:
                if stat.S_ISREG(os.stat(failure.source.path).st_mode):
                    shutil.copyfile(failure.source.path, self.directory / name)
                    copied = True
            except OSError:
                copied = False
        reason = {
            "source": failure.source.uri,
            "path": failure.source.path,
            "copied": copied,
            "stage": failure.stage,
            "plugin": failure.plugin or "core",
            "error_type": failure.error_type,
            "message": failure.message,
            "warnings": list(failure.warnings),
            "quarantined": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        text = json.dumps(reason, ensure_ascii=True, indent=2) + "\n"
        (self.directory / f"{name}.json").write_text(text, encoding="utf-8")
        self.count += 1

"""A plugin that misbehaves on purpose, for documents that ask for it by a marker in their text.

``RAISE-ME`` raises in a cleaning step, ``HANG-ME`` never returns from one,
``EAT-MEMORY`` allocates without bound, ``EXIT-ME`` ends the worker process
with ``os._exit``, ``CRASH-ME`` kills it with a segmentation fault,
``HANG-IDENTIFY`` never returns from ``ingest_identify``, ``CONNECT-ME``
tries to open a network connection, and ``UNPICKLABLE`` puts a function in
the metadata.
"""

from __future__ import annotations

import ctypes
import os
import socket
import time

from ingest import PREPARE, Document, Score, Step, hookimpl

__all__ = ["ingest_cleaning_steps", "ingest_identify"]


def _misbehave(document: Document) -> Document:
    text = document.text
    if "RAISE-ME" in text:
        raise RuntimeError("this plugin fails on purpose")
    if "HANG-ME" in text:
        while True:
            time.sleep(0.05)
    if "EAT-MEMORY" in text:
        hoard = []
        while True:
            hoard.append(bytearray(16 * 1024 * 1024))
    if "EXIT-ME" in text:
        os._exit(7)
    if "CRASH-ME" in text:
        ctypes.string_at(0)
    if "CONNECT-ME" in text:
        socket.create_connection(("127.0.0.1", 9), timeout=1).close()
    if "UNPICKLABLE" in text:
        return document.with_metadata(callback=lambda: None)  # a result that cannot cross a pipe
    return document


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """Hang while identifying a document that says ``HANG-IDENTIFY``."""
    if "HANG-IDENTIFY" in document.text:
        while True:
            time.sleep(0.05)
    return None


@hookimpl
def ingest_cleaning_steps(format: str) -> list[Step]:
    """One step, for every format, that misbehaves when the document asks."""
    return [Step(name="hostile.misbehave", function=_misbehave, order=PREPARE)]

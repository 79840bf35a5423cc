"""Per-document limits of a batch run, and the guards a worker process installs before its first document."""

from __future__ import annotations

import os
import resource
import signal
import socket
from typing import Any

import attrs

__all__ = [
    "DEFAULT_MAX_MEMORY",
    "DEFAULT_TIMEOUT",
    "Limits",
    "NetworkDisabled",
    "format_size",
    "guard_network",
    "install_worker_guards",
]

#: Wall time one document may take in a worker, in seconds (``--timeout``).
DEFAULT_TIMEOUT = 60.0
#: Address space one worker may use, in bytes (``--max-memory``).
DEFAULT_MAX_MEMORY = 4 * 1024**3


def format_size(size: int) -> str:
    """Bytes as a short human-readable size (``1.5 GiB``)."""
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


@attrs.frozen
class Limits:
    """What one document may cost a worker: wall time and memory.

    ``timeout`` is in seconds and ``max_memory`` in bytes; 0 means no limit.
    ``network`` ``False`` (the default) makes connections fail inside workers.
    """

    timeout: float = DEFAULT_TIMEOUT
    max_memory: int = DEFAULT_MAX_MEMORY
    network: bool = False


class NetworkDisabled(PermissionError):
    """Raised by a socket operation that would reach the network inside a worker."""


_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


def _refuse(what: str) -> NetworkDisabled:
    return NetworkDisabled(f"network access is disabled during ingestion ({what}); see docs/batch.md")


def guard_network() -> None:
    """Make every Internet socket operation of this process fail with :class:`NetworkDisabled`.

    Python-level connections (``socket.connect``, ``sendto``,
    ``create_connection``, name lookups, hence ``urllib`` and ``http.client``)
    fail; local ``AF_UNIX`` sockets keep working.  Native code that opens
    sockets itself is not covered; the built-in parsers are configured not
    to fetch anything.
    """
    cls: Any = socket.socket
    original_connect = cls.connect
    original_connect_ex = cls.connect_ex
    original_sendto = cls.sendto

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in _NETWORK_FAMILIES:
            raise _refuse(f"connect to {address!r}")
        original_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if self.family in _NETWORK_FAMILIES:
            raise _refuse(f"connect to {address!r}")
        result: int = original_connect_ex(self, address)
        return result

    def sendto(self: socket.socket, *args: Any) -> int:
        if self.family in _NETWORK_FAMILIES:
            raise _refuse("sendto")
        result: int = original_sendto(self, *args)
        return result

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise _refuse(f"name lookup of {host!r}")

    cls.connect = connect
    cls.connect_ex = connect_ex
    cls.sendto = sendto
    socket.getaddrinfo = getaddrinfo


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (best effort; nothing elsewhere)."""
    import ctypes  # in a worker only: a run in one process and the other commands do without it

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def install_worker_guards(limits: Limits) -> None:
    """Set up a worker process: memory limit, no network, no Ctrl-C, die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if os.name == "posix":
        _die_with_parent()
    if limits.max_memory > 0:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = limits.max_memory if hard == resource.RLIM_INFINITY else min(limits.max_memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    if not limits.network:
        guard_network()

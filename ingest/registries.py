"""Registries that registration hooks fill: formats and sinks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import attrs

from ingest.errors import UsageError

if TYPE_CHECKING:
    from ingest.options import Options
    from ingest.sinks import SearchHit, Sink

__all__ = ["FormatInfo", "FormatRegistry", "Registry", "SinkInfo", "SinkRegistry"]

_FORMAT_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*")

SinkFactory = Callable[[str, "Options"], "Sink"]
SearchFunction = Callable[[str, str, int], "list[SearchHit]"]


@attrs.frozen
class FormatInfo:
    """A registered source format."""

    name: str
    description: str
    plugin: str | None


@attrs.frozen
class SinkInfo:
    """A registered sink: its URI scheme, how to build one, and optionally how to search it."""

    scheme: str
    factory: SinkFactory
    description: str
    plugin: str | None
    search: SearchFunction | None = None


class Registry:
    """The base of the registries handed to registration hooks: it knows which plugin adds each entry."""

    def __init__(self) -> None:
        self._finder: Callable[[], str | None] | None = None

    def attribute_with(self, finder: Callable[[], str | None] | None) -> None:
        """Attribute each registration to the plugin ``finder`` names at the time (set by the pipeline)."""
        self._finder = finder

    @property
    def _plugin(self) -> str | None:
        return self._finder() if self._finder is not None else None


class FormatRegistry(Registry):
    """Collects the formats plugins declare in :func:`~ingest.hookspecs.ingest_register_formats`."""

    def __init__(self) -> None:
        super().__init__()
        self._formats: dict[str, FormatInfo] = {}

    def add(self, name: str, description: str = "") -> None:
        """Declare format ``name`` (lower case words joined by dashes, e.g. ``press-release``).

        Only declared formats may be scored by ``ingest_identify`` or forced
        with ``--format``.  A name declared by two plugins is an error naming both.
        """
        if not _FORMAT_NAME.fullmatch(name):
            raise UsageError(f"format name {name!r} must be lower case words joined by dashes")
        if name in self._formats:
            other = self._formats[name].plugin
            raise UsageError(f"format {name!r} is declared by both {other!r} and {self._plugin!r}")
        self._formats[name] = FormatInfo(name, description, self._plugin)

    def get(self, name: str) -> FormatInfo | None:
        """The format called ``name``, or ``None``."""
        return self._formats.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._formats

    def __iter__(self) -> Iterator[FormatInfo]:
        return iter(sorted(self._formats.values(), key=lambda info: info.name))


class SinkRegistry(Registry):
    """Collects the sinks plugins provide in :func:`~ingest.hookspecs.ingest_register_sinks`."""

    def __init__(self) -> None:
        super().__init__()
        self._sinks: dict[str, SinkInfo] = {}

    def add(
        self,
        scheme: str,
        factory: SinkFactory,
        description: str = "",
        *,
        search: SearchFunction | None = None,
    ) -> None:
        """Provide sinks for URIs ``scheme:REST``.

        ``factory(rest, options)`` builds a :class:`~ingest.Sink` when a run
        starts.  ``search(rest, query, limit)``, when given, lets
        ``ingest search`` query what such a sink stored.
        """
        if not _SCHEME.fullmatch(scheme):
            raise UsageError(f"sink scheme {scheme!r} is not a valid URI scheme")
        if scheme in self._sinks:
            other = self._sinks[scheme].plugin
            raise UsageError(f"sink scheme {scheme!r} is provided by both {other!r} and {self._plugin!r}")
        self._sinks[scheme] = SinkInfo(scheme, factory, description, self._plugin, search)

    def get(self, scheme: str) -> SinkInfo | None:
        """The sink registered for ``scheme``, or ``None``."""
        return self._sinks.get(scheme)

    def parse(self, uri: str) -> tuple[SinkInfo, str]:
        """Split ``scheme:rest`` and find its sink; a usage error names the known schemes."""
        scheme, colon, rest = uri.partition(":")
        info = self._sinks.get(scheme) if colon else None
        if info is None:
            known = ", ".join(f"{s}:" for s in sorted(self._sinks)) or "none"
            raise UsageError(f"no sink for {uri!r} (known schemes: {known})")
        return info, rest

    def __iter__(self) -> Iterator[SinkInfo]:
        return iter(sorted(self._sinks.values(), key=lambda info: info.scheme))

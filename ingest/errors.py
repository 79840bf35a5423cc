"""Exceptions the core raises, and the one plugins raise to refuse a document."""

from __future__ import annotations

__all__ = ["IngestError", "PluginLoadError", "Rejected", "StageError", "UsageError"]


class IngestError(Exception):
    """Base class of the errors ``ingest`` raises itself."""


class UsageError(IngestError):
    """The command or the library was called wrongly (unknown sink, format or option)."""


class PluginLoadError(IngestError):
    """A plugin could not be loaded, or two plugins claim the same name."""


class Rejected(Exception):
    """Raise from any stage to fail the document with a clear reason, not a crash.

    The failure record then has ``error_type`` ``"Rejected"`` and ``message``
    ``reason``: use it for inputs a plugin recognises as unusable (binary,
    too large, mostly undecodable).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StageError(IngestError):
    """An exception raised inside a stage, with the stage and the plugin it came from."""

    def __init__(self, stage: str, plugin: str | None, error: BaseException) -> None:
        super().__init__(f"{stage} failed in {plugin or 'the core'}: {error}")
        self.stage = stage
        self.plugin = plugin
        self.error = error

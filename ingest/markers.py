"""The pluggy markers for ``ingest`` hook specifications and implementations."""

from __future__ import annotations

import pluggy

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec"]

#: Name shared by the markers, the entry-point group and the hook prefix.
PROJECT_NAME = "ingest"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

"""An opt-in pytest plugin for plugin authors: add ``pytest_plugins = ["ingest.testing"]`` to a conftest.

Fixtures:

``make_pipeline``
    ``make_pipeline(plugins=[my_plugin], **options)`` builds a fresh
    :class:`~ingest.Pipeline` with the built-ins, the given plugin objects,
    and no other installed plugins (so tests do not depend on the machine).
``pipeline``
    ``make_pipeline()`` with no extra plugins.
``make_document``
    ``make_document("text", name="letter.txt")`` builds a decoded
    :class:`~ingest.Document`, as a step receives it.
``run_texts``
    ``run_texts({"a.txt": "…", "b.html": b"…"}, plugins=[…])`` writes the
    files to a temporary directory, runs a pipeline over it and returns
    the results by file name.
``hook_calls``
    A list that records ``(hook name, plugin name)`` for each implementation
    of a per-document hook that ran in pipelines built by ``make_pipeline``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from ingest.model import Document, Result
from ingest.pipeline import Pipeline

__all__ = ["hook_calls", "make_document", "make_pipeline", "pipeline", "run_texts"]

PipelineFactory = Callable[..., Pipeline]


@pytest.fixture
def hook_calls() -> list[tuple[str, str]]:
    """Hook calls of pipelines built by ``make_pipeline``: ``(hook name, plugin name)`` per implementation.

    Recorded through pluggy's call monitoring, once for each plugin
    implementing the hook called (wrappers aside), after the call.
    """
    return []


@pytest.fixture
def make_pipeline(hook_calls: list[tuple[str, str]]) -> PipelineFactory:
    """A factory of fresh pipelines: built-ins plus the given plugins, no autoloaded ones."""

    def factory(
        plugins: Iterable[object] = (),
        *,
        format: str | None = None,
        builtins: bool = True,
        blocked: Iterable[str] = (),
        options: Mapping[str, Any] | None = None,
    ) -> Pipeline:
        built = Pipeline(
            plugins=list(plugins),
            builtins=builtins,
            autoload=False,
            blocked=list(blocked),
            options=options,
            format=format,
        )

        def record(hook: str, plugins: str, milliseconds: float) -> None:
            hook_calls.extend((hook, plugin) for plugin in plugins.split(",") if plugin)

        built.hooks.trace(record)
        return built

    return factory


@pytest.fixture
def pipeline(make_pipeline: PipelineFactory) -> Pipeline:
    """A fresh pipeline with the built-in plugins only."""
    return make_pipeline()


@pytest.fixture
def make_document() -> Callable[..., Document]:
    """Build a decoded document from text."""
    return Document.from_text


@pytest.fixture
def run_texts(tmp_path: Path, make_pipeline: PipelineFactory) -> Callable[..., dict[str, Result]]:
    """Write files, run a pipeline over them, return the results by file name."""

    def runner(
        files: Mapping[str, str | bytes], plugins: Iterable[object] = (), **kwargs: Any
    ) -> dict[str, Result]:
        folder = tmp_path / "inputs"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        built = make_pipeline(plugins, **kwargs)
        return {Path(r.source.path or r.source.uri).name: r for r in built.run([str(folder)])}

    return runner

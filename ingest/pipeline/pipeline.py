"""The library's entry point: a pipeline built from a plugin set and options."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pluggy

from ingest.errors import StageError, UsageError
from ingest.model import RawInput, Result, Source, Step, UnopenedSource
from ingest.options import OptionRegistry, Options
from ingest.pipeline.executors import Executor
from ingest.pipeline.hooks import Hooks, Tracer, print_trace
from ingest.pipeline.process import Processor
from ingest.pipeline.run import Run, RunOptions
from ingest.plugins import LoadedPlugins, LoadSettings, PluginInfo, load_plugins
from ingest.registries import FormatRegistry, SinkRegistry
from ingest.sinks import Sink

__all__ = ["Pipeline", "PipelineConfig"]


@attrs.frozen
class PipelineConfig:
    """Everything that decides how a document is processed: plugins, options, forced format.

    Picklable, so a worker process can build the same pipeline with
    :meth:`Pipeline.from_config`.
    """

    plugins: LoadSettings = attrs.field(factory=LoadSettings)
    options: Mapping[str, Any] = attrs.field(factory=dict, converter=dict)
    format: str | None = None
    trace: bool = False


def _fingerprint(plugins: Sequence[PluginInfo], options: Options, format: str | None) -> str:
    payload = {
        "plugins": sorted((p.name, p.version) for p in plugins),
        "options": {k: repr(v) for k, v in sorted(options.items())},
        "format": format,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


class Pipeline:
    """Reads, decodes, identifies, cleans and describes documents with a fresh plugin manager.

    Build one from options (plugins are discovered as the command line
    does) or from an explicit plugin list::

        pipeline = Pipeline()                                   # built-ins and installed plugins
        pipeline = Pipeline(plugins=[my_plugin], builtins=True)   # plus a plugin object
        record = pipeline.process("letter.txt")
        for result in pipeline.run(["corpus/"], sinks=["jsonl:out.jsonl"]): ...

    Processing one document depends only on the plugin set, the options and
    the input.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        modules: Sequence[str] = (),
        blocked: Sequence[str] = (),
        builtins: bool = True,
        autoload: bool | None = None,
        strict: bool = False,
        options: Mapping[str, Any] | None = None,
        format: str | None = None,
        trace: Tracer | None = None,
    ) -> None:
        settings = LoadSettings(
            modules=tuple(modules),
            blocked=tuple(blocked),
            autoload=autoload,
            builtins=builtins,
            strict=strict,
        )
        self.config = PipelineConfig(
            plugins=settings, options=dict(options or {}), format=format, trace=trace is not None
        )
        self.loaded: LoadedPlugins = load_plugins(settings, plugins)
        self.hooks = Hooks(self.loaded.manager)
        if trace is not None:
            self.hooks.trace(trace)
        self.option_registry: OptionRegistry = self.hooks.add_options()
        self.options: Options = self.option_registry.resolve(self.config.options)
        formats = self.hooks.register_formats()
        self.sinks: SinkRegistry = self.hooks.register_sinks()
        if format is not None and format not in formats:
            known = ", ".join(info.name for info in formats) or "none"
            raise UsageError(f"unknown format {format!r} (known: {known})")
        self.fingerprint = _fingerprint(self.loaded.plugins, self.options, format)
        self._processor = Processor(self.hooks, self.options, formats, forced_format=format)

    @classmethod
    def from_config(cls, config: PipelineConfig) -> Pipeline:
        """Build the pipeline ``config`` describes (in a worker process, say)."""
        s = config.plugins
        return cls(
            modules=s.modules,
            blocked=s.blocked,
            builtins=s.builtins,
            autoload=s.autoload,
            strict=s.strict,
            options=config.options,
            format=config.format,
            trace=print_trace if config.trace else None,
        )

    @property
    def formats(self) -> FormatRegistry:
        """The formats the plugins declare (declared anew when plugins are registered later)."""
        return self._processor.formats

    @property
    def plugin_manager(self) -> pluggy.PluginManager:
        """The pipeline's own pluggy plugin manager (register, block, monitor, inspect hooks)."""
        return self.loaded.manager

    # -- one document -------------------------------------------------------------

    @property
    def processor(self) -> Processor:
        """The per-document processor (read, decode, identify, clean, extract)."""
        return self._processor

    def process(self, item: str | os.PathLike[str] | bytes, *, name: str | None = None) -> Result:
        """Process one file (by path) or one document given as bytes; return its result.

        Never raises for bad input: a document that cannot be processed
        comes back as a :class:`~ingest.Failure`.
        """
        if isinstance(item, bytes):
            source = Source.from_name(name or hashlib.sha256(item).hexdigest()[:16])
            return self._processor.process_raw(RawInput.from_bytes(source, item))
        return self._processor.process_source(Source.from_path(item))

    def inspect(self, item: str | os.PathLike[str] | bytes) -> Result:
        """Like :meth:`process`, with provenance detailed enough to show each step's effect."""
        detailed = attrs.evolve(self._processor, detailed=True, plans={})
        if isinstance(item, bytes):
            return detailed.process_raw(RawInput.from_bytes(Source.from_name("bytes"), item))
        return detailed.process_source(Source.from_path(item))

    def plan(self, format: str) -> dict[str, list[Step]]:
        """The cleaning and metadata steps documents of ``format`` go through."""
        return {stage: self._processor.plan(stage, format) for stage in ("clean", "extract")}

    # -- many documents -----------------------------------------------------------

    def sources(self, target: str) -> Iterable[Source]:
        """The sources ``target`` names (a file, a directory, a glob, ``-``).

        A plugin that fails while it lists them (or a container's members)
        does not end the run: what it listed is processed, and the target
        (or the container) becomes a failure naming the plugin and why.
        """
        try:
            sources = self.hooks.collect(target, self.options)
        except StageError as error:
            raise UsageError(f"cannot collect {target!r}: {error.error}") from error
        if sources is None:
            raise UsageError(f"no plugin collects sources from {target!r}")
        return self._expanded(target, sources)

    def _expanded(self, target: str, sources: Iterator[Source]) -> Iterator[Source]:
        """Each source, or the members of the containers a plugin opens (``ingest_expand_source``)."""
        try:
            for source in sources:
                try:
                    members = self.hooks.expand(source, self.options)
                    if members is None:
                        yield source
                    else:
                        yield from members
                except StageError as error:  # the container fails, with why; the rest goes on
                    yield _unopened(source, error)
        except StageError as error:
            yield _unopened(Source.from_path(target) if os.path.exists(target) else Source(target), error)

    def open_sinks(self, uris: Sequence[str]) -> list[Sink]:
        """Build the sinks named by ``uris`` (``scheme:rest``)."""
        sinks = []
        for uri in uris:
            info, rest = self.sinks.parse(uri)
            sinks.append(info.factory(rest, self.options))
        return sinks

    def run(
        self,
        targets: Sequence[str | os.PathLike[str]],
        sinks: Sequence[str] = (),
        options: RunOptions | None = None,
        *,
        executor: Executor | None = None,
    ) -> Run:
        """Process every input the targets name, writing results to ``sinks``.

        Returns a :class:`~ingest.Run`: iterate it for the results (or call
        ``consume()``); ``run.summary`` counts them.  Use it as a context
        manager (or call ``close()``) when you may stop early: what was
        yielded is then in every sink.  By default the run is in this
        process, without a journal; ``options`` (:class:`RunOptions`) gives
        ``ingest run``'s choices (workers, journal, limits, progress).
        Targets are checked before anything is written: a target no plugin
        understands is a :class:`~ingest.UsageError`.
        """
        names = tuple(str(Path(t)) if not isinstance(t, str) else t for t in targets)
        return Run(self, names, tuple(sinks), options, executor=executor)


def _unopened(source: Source, error: StageError) -> UnopenedSource:
    """``source``, which a plugin failed to list or open: it is processed into a failure saying so."""
    cause = error.error
    return UnopenedSource(
        source.uri,
        source.path,
        plugin=error.plugin,
        error_type=type(cause).__name__,
        message=str(cause) or type(cause).__name__,
    )

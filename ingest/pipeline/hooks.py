"""The typed facade through which the core calls every hook, naming the plugin that failed."""

from __future__ import annotations

import operator
import time
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any

import attrs
import pluggy

from ingest.errors import StageError, UsageError
from ingest.model import Decoded, Document, RawInput, Score, Source, Step
from ingest.model._assembly import assemble
from ingest.model.run import RunInfo, Summary
from ingest.options import OptionRegistry, Options
from ingest.registries import FormatRegistry, SinkRegistry

__all__ = ["Hooks"]

#: Told ``(hook name, plugin name, milliseconds)`` after each implementation ran.
Tracer = Callable[[str, str, float], None]

#: A hook whose implementations are not looked up yet (``None`` in the cache means "use pluggy").
_UNKNOWN: Any = object()

_STEP_HOOKS = {"clean": "ingest_cleaning_steps", "extract": "ingest_metadata_steps"}


def _wrong_type(hook_name: str, result: object, expected: type) -> TypeError:
    return TypeError(f"{hook_name} returned {type(result).__name__}, not {expected.__name__}")


def _culprit(caller: pluggy.HookCaller, traceback: TracebackType | None) -> str | None:
    """The plugin whose implementation of ``caller`` is on the traceback, outermost first."""
    codes = {impl.function.__code__: impl.plugin_name for impl in caller.get_hookimpls()}
    while traceback is not None:
        name = codes.get(traceback.tb_frame.f_code)
        if name is not None:
            return name
        traceback = traceback.tb_next
    return None


@attrs.frozen
class _Implementation:
    """One plugin's implementation of a hook, called positionally as pluggy itself calls it.

    ``call`` takes the facade's arguments in the facade's order: the
    implementation's own function when it takes them all in that order,
    else a wrapper passing it the ones it takes.
    """

    plugin: str
    call: Callable[..., Any]

    @classmethod
    def of(cls, impl: pluggy.HookImpl, names: tuple[str, ...]) -> _Implementation:
        function = impl.function
        picks = tuple(names.index(name) for name in impl.argnames)
        if picks == tuple(range(len(names))):
            return cls(impl.plugin_name, function)
        if not picks:
            return cls(impl.plugin_name, lambda *args: function())
        if len(picks) == 1:
            (only,) = picks
            return cls(impl.plugin_name, lambda *args: function(args[only]))
        pick = operator.itemgetter(*picks)
        return cls(impl.plugin_name, lambda *args: function(*pick(args)))


@attrs.define
class Hooks:
    """Calls the hooks of one plugin manager with typed arguments and results.

    Per-document hooks raise :class:`~ingest.errors.StageError` carrying the
    stage and the plugin an exception came from.  With ``trace`` set,
    it is told the hook, the plugin and the milliseconds of every
    implementation that ran.  With
    ``monitor`` set, it is told ``(stage, plugin)`` before each plugin's
    implementation of a per-document hook runs (when no wrapper makes a
    full pluggy call necessary), so a supervisor can name what was running.
    """

    manager: pluggy.PluginManager
    trace: Tracer | None = None
    monitor: Callable[[str, str | None], None] | None = None
    _cache: dict[str, tuple[_Implementation, ...] | None] = attrs.field(factory=dict, init=False)

    # -- plumbing ---------------------------------------------------------

    def _implementations(self, hook_name: str, names: tuple[str, ...]) -> tuple[_Implementation, ...] | None:
        """The implementations of a hook in call order, or ``None`` when wrappers make pluggy necessary.

        Callers look in the cache first (``_cache.get(name, _UNKNOWN)``), which spares a call.

        ``names`` are the arguments the facade passes, in the order it
        passes them.  The plugin set of a pipeline is fixed once loaded, so
        the list is computed once per hook; calling the functions directly
        costs a fraction of a full pluggy call on the per-document path.
        """
        if hook_name in self._cache:
            return self._cache[hook_name]
        caller: pluggy.HookCaller = getattr(self.manager.hook, hook_name)
        impls = list(reversed(caller.get_hookimpls()))
        found: tuple[_Implementation, ...] | None = None
        if not any(impl.wrapper or impl.hookwrapper for impl in impls):
            found = tuple(_Implementation.of(impl, names) for impl in impls)
        self._cache[hook_name] = found
        return found

    def _each(
        self,
        stage: str,
        hook_name: str,
        names: tuple[str, ...],
        args: tuple[Any, ...],
        accept: Callable[[str, Any], None],
    ) -> None:
        """Call every implementation in hook order, handing each result to ``accept(plugin, result)``.

        ``accept`` sees a result before the next implementation runs, so
        when it refuses one (by raising), the failure names the plugin that
        returned it and later plugins do not run.
        """
        impls = self._cache.get(hook_name, _UNKNOWN)
        if impls is _UNKNOWN:
            impls = self._implementations(hook_name, names)
        if impls is None:  # wrappers are not called here: these hooks collect plain results
            caller: pluggy.HookCaller = getattr(self.manager.hook, hook_name)
            impls = tuple(
                _Implementation.of(impl, names)
                for impl in reversed(caller.get_hookimpls())
                if not (impl.wrapper or impl.hookwrapper)
            )
        watched = self.monitor is not None or self.trace is not None
        for impl in impls:
            if watched:
                result = self._watched(stage, hook_name, impl, args)
            else:
                try:
                    result = impl.call(*args)
                except Exception as error:
                    raise StageError(stage, impl.plugin, error) from error
            accept(impl.plugin, result)

    def _first(
        self, stage: str, hook_name: str, names: tuple[str, ...], args: tuple[Any, ...], expect: type
    ) -> Any:
        """The first result other than ``None``, which must be an ``expect``; ``None`` when there is none."""
        impls = self._cache.get(hook_name, _UNKNOWN)
        if impls is _UNKNOWN:
            impls = self._implementations(hook_name, names)
        if impls is None:  # a wrapper takes part: let pluggy run the whole call
            caller: pluggy.HookCaller = getattr(self.manager.hook, hook_name)
            try:
                result = caller(**dict(zip(names, args, strict=True)))
            except Exception as error:
                raise StageError(stage, _culprit(caller, error.__traceback__), error) from error
            if result is not None and not isinstance(result, expect):
                raise StageError(stage, None, _wrong_type(hook_name, result, expect))
            return result
        watched = self.monitor is not None or self.trace is not None
        for impl in impls:
            if watched:
                result = self._watched(stage, hook_name, impl, args)
            else:
                try:
                    result = impl.call(*args)
                except Exception as error:
                    raise StageError(stage, impl.plugin, error) from error
            if result is not None:
                if not isinstance(result, expect):
                    raise StageError(stage, impl.plugin, _wrong_type(hook_name, result, expect))
                return result
        return None

    def _watched(self, stage: str, hook_name: str, impl: _Implementation, args: tuple[Any, ...]) -> Any:
        """Call one implementation, telling the monitor before and the tracer after."""
        if self.monitor is not None:
            self.monitor(stage, impl.plugin)
        started = time.perf_counter()
        try:
            result = impl.call(*args)
        except Exception as error:
            raise StageError(stage, impl.plugin, error) from error
        if self.trace is not None:
            self.trace(hook_name, impl.plugin, (time.perf_counter() - started) * 1000)
        return result

    def _register(self, hook_name: str, registry: Any) -> None:
        caller: pluggy.HookCaller = getattr(self.manager.hook, hook_name)
        for impl in reversed(caller.get_hookimpls()):
            registry.bind(impl.plugin_name)
            try:
                impl.function(**{name: registry for name in impl.argnames})
            except UsageError:
                raise
            except Exception as error:
                raise UsageError(
                    f"plugin {impl.plugin_name!r} failed in {hook_name}: {type(error).__name__}: {error}"
                ) from error
        registry.bind(None)

    # -- registration -----------------------------------------------------

    def add_options(self) -> OptionRegistry:
        """Collect every plugin's declared options."""
        registry = OptionRegistry()
        self._register("ingest_add_options", registry)
        return registry

    def register_formats(self) -> FormatRegistry:
        """Collect every plugin's declared formats."""
        registry = FormatRegistry()
        self._register("ingest_register_formats", registry)
        return registry

    def register_sinks(self) -> SinkRegistry:
        """Collect every plugin's sinks."""
        registry = SinkRegistry()
        self._register("ingest_register_sinks", registry)
        return registry

    # -- run notifications --------------------------------------------------

    def run_start(self, run: RunInfo) -> None:
        """Tell every plugin a run starts."""
        self.manager.hook.ingest_run_start(run=run)

    def run_finish(self, run: RunInfo, summary: Summary) -> None:
        """Tell every plugin a run finished."""
        self.manager.hook.ingest_run_finish(run=run, summary=summary)

    # -- per target and per document ----------------------------------------

    def collect(self, target: str, options: Options) -> Iterable[Source] | None:
        """Expand ``target`` into sources, or ``None`` when no plugin understands it."""
        result: Iterable[Source] | None = self._first(
            "collect", "ingest_collect_sources", ("target", "options"), (target, options), Iterable
        )
        return result

    def expand(self, source: Source, options: Options) -> Iterable[Source] | None:
        """The members of ``source`` when a plugin opens it as a container, else ``None``."""
        result: Iterable[Source] | None = self._first(
            "collect", "ingest_expand_source", ("source", "options"), (source, options), Iterable
        )
        return result

    def read(self, source: Source, options: Options) -> RawInput | None:
        """Read the bytes of ``source``."""
        result: RawInput | None = self._first(
            "read", "ingest_read_source", ("source", "options"), (source, options), RawInput
        )
        return result

    def decode(self, raw: RawInput, options: Options) -> Decoded | None:
        """Decode ``raw`` into text."""
        result: Decoded | None = self._first(
            "decode", "ingest_decode", ("raw", "options"), (raw, options), Decoded
        )
        return result

    def identify(self, document: Document, options: Options) -> list[Score]:
        """Every plugin's score for ``document``, each tagged with its plugin's name."""
        scores: list[Score] = []

        def accept(plugin: str, score: object) -> None:
            if score is None:
                return
            if not isinstance(score, Score):
                raise StageError("identify", plugin, _wrong_type("ingest_identify", score, Score))
            if score.plugin != plugin:  # validated when the plugin built it: only the name is new
                score = assemble(Score, {**score.__dict__, "plugin": plugin})
            scores.append(score)

        self._each("identify", "ingest_identify", ("document", "options"), (document, options), accept)
        return scores

    def steps(self, stage: str, format: str, options: Options) -> list[Step]:
        """The steps of ``stage`` (``clean`` or ``extract``) for ``format``, in the order they run."""
        hook_name = _STEP_HOOKS[stage]
        collected: list[tuple[int, int, Step]] = []

        def accept(plugin: str, steps: Iterable[object] | None) -> None:
            for step in steps or ():
                if not isinstance(step, Step):
                    error = TypeError(f"{hook_name} returned {step!r}, not a Step")
                    raise StageError(stage, plugin, error)
                collected.append((step.order, len(collected), attrs.evolve(step, plugin=plugin)))

        self._each(stage, hook_name, ("format", "options"), (format, options), accept)
        return [step for _, _, step in sorted(collected, key=lambda item: item[:2])]

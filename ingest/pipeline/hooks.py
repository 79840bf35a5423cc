"""The typed facade through which the core calls every hook, each call made by pluggy's ``HookCaller``."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import FrameType, ModuleType, TracebackType
from typing import Any

import attrs
import pluggy

from ingest.errors import StageError, UsageError
from ingest.model import Decoded, Document, RawInput, Score, Source, Step
from ingest.model.run import RunInfo, Summary
from ingest.options import OptionRegistry, Options
from ingest.registries import FormatRegistry, SinkRegistry

__all__ = ["STAGE_OF_HOOK", "Hooks", "Monitor", "Tracer", "print_trace"]

#: Told ``(hook name, plugins, milliseconds)`` after each hook call.
Tracer = Callable[[str, str, float], None]
#: Told ``(stage, plugins)`` before each per-document hook call.
Monitor = Callable[[str, "str | None"], None]

#: The stage each per-document hook belongs to.
STAGE_OF_HOOK = {
    "ingest_collect_sources": "collect",
    "ingest_read_source": "read",
    "ingest_decode": "decode",
    "ingest_identify": "identify",
}
_STEP_HOOKS = {"clean": "ingest_cleaning_steps", "extract": "ingest_metadata_steps"}


def print_trace(hook: str, plugins: str, milliseconds: float) -> None:
    """The tracer of ``--trace-hooks``: one line per hook call on standard error, with the process id."""
    print(f"[trace {os.getpid()}] {hook} [{plugins}] {milliseconds:.3f} ms", file=sys.stderr, flush=True)


def _plain(impls: Iterable[pluggy.HookImpl]) -> list[str]:
    """The plugins whose implementations compute results (wrappers left out), in call order."""
    return [impl.plugin_name for impl in reversed(list(impls)) if not (impl.wrapper or impl.hookwrapper)]


def _owners_by_code(caller: pluggy.HookCaller) -> dict[Any, str]:
    return {impl.function.__code__: impl.plugin_name for impl in caller.get_hookimpls()}


def _culprit(caller: pluggy.HookCaller, traceback: TracebackType | None) -> str | None:
    """The plugin whose implementation of ``caller`` is on ``traceback`` nearest to where it was raised."""
    owners = _owners_by_code(caller)
    found = None
    while traceback is not None:
        found = owners.get(traceback.tb_frame.f_code, found)
        traceback = traceback.tb_next
    return found


def _calling_plugin(owners: Mapping[Any, str], frame: FrameType | None) -> str | None:
    """The plugin whose implementation is running on the stack above ``frame`` (registration hooks)."""
    while frame is not None:
        name = owners.get(frame.f_code)
        if name is not None:
            return name
        frame = frame.f_back
    return None


def _suspects(caller: pluggy.HookCaller) -> str | None:
    """Who returned a result of the wrong type: the one implementer, or ``None`` when several could have."""
    names = _plain(caller.get_hookimpls())
    return names[0] if len(names) == 1 else None


def _wrong_type(caller: pluggy.HookCaller, result: object, expected: type) -> TypeError:
    names = ", ".join(_plain(caller.get_hookimpls())) or "none"
    return TypeError(
        f"{caller.name} returned {type(result).__name__}, not {expected.__name__} (implemented by: {names})"
    )


def _unambiguous(names: Mapping[str, list[str]]) -> dict[str, str]:
    return {key: found[0] for key, found in names.items() if len(found) == 1}


@attrs.frozen
class _StepOwners:
    """Tells which registered plugin a step's function belongs to.

    A bound method belongs to the plugin object it is bound to; a function
    to the one plugin defined in its module, or to the one plugin whose
    package holds its module.  Where that is ambiguous the step's plugin
    stays ``None``: a plugin can always name itself with ``Step(plugin=…)``.
    """

    by_object: Mapping[int, str]
    by_module: Mapping[str, str]
    by_package: Mapping[str, str]

    @classmethod
    def of(cls, manager: pluggy.PluginManager) -> _StepOwners:
        by_object: dict[int, str] = {}
        modules: dict[str, list[str]] = {}
        packages: dict[str, list[str]] = {}
        for name, plugin in manager.list_name_plugin():
            if plugin is None:
                continue
            by_object[id(plugin)] = name
            module = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__module__
            modules.setdefault(module, []).append(name)
            package = module.rpartition(".")[0]
            if package:
                packages.setdefault(package, []).append(name)
        return cls(by_object, _unambiguous(modules), _unambiguous(packages))

    def of_function(self, function: Callable[..., Any]) -> str | None:
        bound_to = getattr(function, "__self__", None)
        if bound_to is not None and id(bound_to) in self.by_object:
            return self.by_object[id(bound_to)]
        return self.of_module(getattr(function, "__module__", None) or "")

    def of_module(self, module: str) -> str | None:
        """The one plugin defined in ``module``, or whose package holds it; ``None`` when not one."""
        if module in self.by_module:
            return self.by_module[module]
        while module:
            module = module.rpartition(".")[0]
            if module in self.by_package:
                return self.by_package[module]
        return None


@attrs.define
class Hooks:
    """Calls the hooks of one plugin manager with typed arguments and results.

    Every call goes through pluggy's ``HookCaller``, so wrappers, ``tryfirst``
    / ``trylast``, ``add_hookcall_monitoring`` and plugins registered late
    behave as pluggy documents.  Per-document hooks raise
    :class:`~ingest.errors.StageError` carrying the stage and the plugin an
    exception came from, found on the exception's traceback.
    """

    manager: pluggy.PluginManager

    # -- plumbing ---------------------------------------------------------

    def _caller(self, hook_name: str) -> pluggy.HookCaller:
        caller: pluggy.HookCaller = getattr(self.manager.hook, hook_name)
        return caller

    def _call(self, stage: str, hook_name: str, **kwargs: Any) -> Any:
        """Call ``hook_name`` through pluggy; an exception becomes a ``StageError`` naming its plugin."""
        caller = self._caller(hook_name)
        try:
            return caller(**kwargs)
        except Exception as error:
            raise StageError(stage, _culprit(caller, error.__traceback__), error) from error

    def _first(self, stage: str, hook_name: str, expect: type, **kwargs: Any) -> Any:
        """The first result other than ``None``, which must be an ``expect``; ``None`` when there is none."""
        result = self._call(stage, hook_name, **kwargs)
        if result is not None and not isinstance(result, expect):
            caller = self._caller(hook_name)
            raise StageError(stage, _suspects(caller), _wrong_type(caller, result, expect))
        return result

    def _register(self, hook_name: str, argument: str, registry: Any) -> None:
        """Call a registration hook; the registry attributes each entry to the plugin that added it."""
        caller = self._caller(hook_name)
        owners = _owners_by_code(caller)
        registry.attribute_with(lambda: _calling_plugin(owners, sys._getframe(1)))
        try:
            caller(**{argument: registry})
        except UsageError:
            raise
        except Exception as error:
            plugin = _culprit(caller, error.__traceback__)
            raise UsageError(
                f"plugin {plugin!r} failed in {hook_name}: {type(error).__name__}: {error}"
            ) from error
        finally:
            registry.attribute_with(None)

    # -- watching ---------------------------------------------------------

    def watch(self, monitor: Monitor) -> Callable[[], None]:
        """Tell ``monitor`` the stage and plugins of every per-document hook call before it runs.

        Installed with pluggy's ``add_hookcall_monitoring``; returns the undo function.
        """

        def before(hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, object]) -> None:
            stage = STAGE_OF_HOOK.get(hook_name)
            if stage is not None:
                monitor(stage, ",".join(_plain(impls)) or None)

        def after(*args: object) -> None:
            pass

        return self.manager.add_hookcall_monitoring(before, after)

    def trace(self, tracer: Tracer) -> Callable[[], None]:
        """Tell ``tracer`` every hook call, its plugins and its milliseconds (``--trace-hooks``)."""
        started: list[float] = []

        def before(hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, object]) -> None:
            started.append(time.perf_counter())

        def after(
            outcome: object, hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, object]
        ) -> None:
            elapsed = (time.perf_counter() - started.pop()) * 1000
            tracer(hook_name, ",".join(_plain(impls)), elapsed)

        return self.manager.add_hookcall_monitoring(before, after)

    # -- registration -----------------------------------------------------

    def add_options(self) -> OptionRegistry:
        """Collect every plugin's declared options."""
        registry = OptionRegistry()
        self._register("ingest_add_options", "options", registry)
        return registry

    def register_formats(self) -> FormatRegistry:
        """Collect every plugin's declared formats."""
        registry = FormatRegistry()
        self._register("ingest_register_formats", "formats", registry)
        return registry

    def register_sinks(self) -> SinkRegistry:
        """Collect every plugin's sinks."""
        registry = SinkRegistry()
        self._register("ingest_register_sinks", "sinks", registry)
        return registry

    # -- run notifications --------------------------------------------------

    def run_start(self, run: RunInfo) -> None:
        """Tell every plugin a run starts."""
        self.manager.hook.ingest_run_start(run=run)

    def run_finish(self, run: RunInfo, summary: Summary) -> None:
        """Tell every plugin a run finished."""
        self.manager.hook.ingest_run_finish(run=run, summary=summary)

    # -- per target and per document ----------------------------------------

    def collect(self, target: str, options: Options) -> Iterator[Source] | None:
        """Expand ``target`` into sources, or ``None`` when no plugin understands it.

        The sources are listed lazily: an exception while the plugin lists
        them is raised, as a ``StageError`` naming the plugin whose code
        raised it, from the iteration.
        """
        result: Iterable[object] | None = self._first(
            "collect", "ingest_collect_sources", Iterable, target=target, options=options
        )
        return None if result is None else self._listed("ingest_collect_sources", result)

    def expand(self, source: Source, options: Options) -> Iterator[Source] | None:
        """The members of ``source`` when a plugin opens it as a container, else ``None``.

        Listed lazily, as :meth:`collect` lists a target's sources.
        """
        result: Iterable[object] | None = self._first(
            "collect", "ingest_expand_source", Iterable, source=source, options=options
        )
        return None if result is None else self._listed("ingest_expand_source", result)

    def _listed(self, hook_name: str, sources: Iterable[object]) -> Iterator[Source]:
        """The sources a collecting hook returned, each checked; its errors as ``StageError``."""
        try:
            for source in sources:
                if not isinstance(source, Source):
                    caller = self._caller(hook_name)
                    raise StageError("collect", _suspects(caller), _wrong_type(caller, source, Source))
                yield source
        except StageError:
            raise
        except Exception as error:
            raise StageError("collect", self._owner_on(error.__traceback__), error) from error

    def _owner_on(self, traceback: TracebackType | None) -> str | None:
        """The plugin whose module holds the innermost frame of ``traceback`` that belongs to one."""
        owners = _StepOwners.of(self.manager)
        found = None
        while traceback is not None:
            found = owners.of_module(traceback.tb_frame.f_globals.get("__name__", "")) or found
            traceback = traceback.tb_next
        return found

    def read(self, source: Source, options: Options) -> RawInput | None:
        """Read the bytes of ``source``."""
        result: RawInput | None = self._first(
            "read", "ingest_read_source", RawInput, source=source, options=options
        )
        return result

    def decode(self, raw: RawInput, options: Options) -> Decoded | None:
        """Decode ``raw`` into text."""
        result: Decoded | None = self._first("decode", "ingest_decode", Decoded, raw=raw, options=options)
        return result

    def identify(self, document: Document, options: Options) -> list[Score]:
        """Every plugin's score for ``document``, in the order pluggy returned them."""
        returned: list[object] = self._call("identify", "ingest_identify", document=document, options=options)
        scores: list[Score] = []
        for score in returned:
            if not isinstance(score, Score):
                caller = self._caller("ingest_identify")
                raise StageError("identify", _suspects(caller), _wrong_type(caller, score, Score))
            scores.append(score)
        return scores

    def steps(self, stage: str, format: str, options: Options) -> list[Step]:
        """The steps of ``stage`` (``clean`` or ``extract``) for ``format``, in the order they run.

        A step that does not name its plugin is attributed to the plugin
        that defines its function.
        """
        hook_name = _STEP_HOOKS[stage]
        returned: list[Iterable[object]] = self._call(stage, hook_name, format=format, options=options)
        owners = _StepOwners.of(self.manager)
        collected: list[tuple[int, int, Step]] = []
        for steps in returned:
            for step in steps or ():
                if not isinstance(step, Step):
                    caller = self._caller(hook_name)
                    raise StageError(
                        stage, _suspects(caller), TypeError(f"{hook_name} returned {step!r}, not a Step")
                    )
                if step.plugin is None:
                    step = attrs.evolve(step, plugin=owners.of_function(step.function))
                collected.append((step.order, len(collected), step))
        return [step for _, _, step in sorted(collected, key=lambda item: item[:2])]

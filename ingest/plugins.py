"""Plugin loading and listing: one fresh plugin manager per pipeline, built by one factory.

Discovery order, as in pytest: names blocked with ``-p no:NAME`` are
blocked first; then the built-in plugins (the ``ingest`` entry points of
this distribution); then modules named with ``-p MODULE``; then the
``ingest`` entry points of other distributions, unless
``INGEST_DISABLE_PLUGIN_AUTOLOAD`` is set; then modules listed in
``INGEST_PLUGINS`` (comma-separated); then plugin objects a program passes
in.  A plugin that fails to load is reported and skipped, unless loading is
strict.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Sequence
from importlib import metadata
from types import ModuleType
from typing import Any, TextIO

import attrs
import pluggy

from ingest import hookspecs
from ingest.errors import PluginLoadError, UsageError
from ingest.markers import PROJECT_NAME

__all__ = [
    "AUTOLOAD_ENV",
    "PLUGINS_ENV",
    "LoadProblem",
    "LoadSettings",
    "LoadedPlugins",
    "PluginInfo",
    "PluginManager",
    "load_plugins",
]

#: Set (to anything) to skip the entry points of distributions other than ``ingest``.
AUTOLOAD_ENV = "INGEST_DISABLE_PLUGIN_AUTOLOAD"
#: Comma-separated module names to load as plugins.
PLUGINS_ENV = "INGEST_PLUGINS"


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class LoadSettings:
    """Which plugins a pipeline loads.  Picklable, so worker processes load the same set.

    ``modules`` are importable module names (``-p MODULE``); ``blocked``
    are plugin names (``-p no:NAME``); ``autoload`` ``None`` means "unless
    ``INGEST_DISABLE_PLUGIN_AUTOLOAD`` is set"; ``builtins`` ``False`` leaves
    out the built-in plugins (a program then passes its own); ``strict``
    turns a plugin that fails to load into an error.
    """

    modules: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    blocked: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    autoload: bool | None = None
    builtins: bool = True
    strict: bool = False


@attrs.frozen
class PluginInfo:
    """A loaded plugin, as ``ingest plugins`` lists it."""

    name: str
    version: str
    origin: str
    module: str
    hooks: tuple[str, ...] = ()


@attrs.frozen
class LoadProblem:
    """A plugin that could not be loaded, and why."""

    name: str
    version: str
    origin: str
    error: str


@attrs.frozen
class LoadedPlugins:
    """The result of :func:`load_plugins`: the manager, what is in it, and what was skipped."""

    manager: pluggy.PluginManager
    plugins: tuple[PluginInfo, ...]
    problems: tuple[LoadProblem, ...]


@attrs.define
class _Loader:
    settings: LoadSettings
    manager: pluggy.PluginManager
    origins: dict[str, tuple[str, str, str]] = attrs.Factory(dict)  # name -> (version, origin, module)
    problems: list[LoadProblem] = attrs.Factory(list)

    def fail(self, name: str, version: str, origin: str, error: BaseException | str) -> None:
        text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        if self.settings.strict:
            raise PluginLoadError(f"plugin {name!r} ({origin}, version {version}) failed to load: {text}")
        self.problems.append(LoadProblem(name, version, origin, text))

    def register(self, plugin: object, name: str, version: str, origin: str) -> None:
        if self.manager.is_blocked(name):
            return
        if name in self.origins:
            _, other_origin, other_module = self.origins[name]
            raise PluginLoadError(
                f"two plugins are named {name!r}: {other_module} ({other_origin}) "
                f"and {_module_name(plugin)} ({origin})"
            )
        try:
            self.manager.register(plugin, name=name)
        except Exception as error:  # a malformed hook implementation
            self.fail(name, version, origin, error)
            return
        self.origins[name] = (version, origin, _module_name(plugin))

    def load_entry_point(self, entry_point: metadata.EntryPoint, version: str, origin: str) -> None:
        if self.manager.is_blocked(entry_point.name):
            return
        try:
            plugin = entry_point.load()
        except Exception as error:
            self.fail(entry_point.name, version, origin, error)
            return
        self.register(plugin, entry_point.name, version, origin)

    def load_module(self, module_name: str, origin: str) -> None:
        if self.manager.is_blocked(module_name):
            return
        try:
            module = _import(module_name)
        except Exception as error:
            self.fail(module_name, "unknown", origin, error)
            return
        self.register(module, module_name, _module_version(module), origin)

    def check_pending(self) -> None:
        """Validate every implementation against a spec; skip (or, strictly, refuse) bad plugins."""
        while True:
            try:
                self.manager.check_pending()
                return
            except pluggy.PluginValidationError as error:
                name = self.manager.get_name(error.plugin) or _module_name(error.plugin)
                version, origin, _ = self.origins.pop(name, ("unknown", "unknown", ""))
                self.manager.unregister(error.plugin)
                self.fail(name, version, origin, str(error))


def _import(module_name: str) -> ModuleType:
    """Import a plugin module; one not found on the path is looked for in the current folder too.

    As ``python -m`` and pytest's ``-p`` do, ``-p mymod`` finds
    ``./mymod.py``.  The folder goes at the end of the path, so a file there
    never hides a module installed under the same name.
    """
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        top = module_name.partition(".")[0]
        here = os.getcwd()
        if error.name != top or here in sys.path:
            raise
        sys.path.append(here)
        importlib.invalidate_caches()
        return importlib.import_module(module_name)


def _check_blocked(settings: LoadSettings, points: Sequence[_Point], names: Iterable[str]) -> None:
    """A ``-p no:NAME`` that names no plugin is a typo: a usage error naming the known plugins."""
    known = {point.entry_point.name for point in points} | set(names)
    unknown = [name for name in settings.blocked if name not in known]
    if unknown:
        listed = ", ".join(sorted(known))
        raise UsageError(
            f"-p no:{unknown[0]}: there is no plugin named {unknown[0]!r} (known plugins: {listed})"
        )


def _module_name(plugin: object) -> str:
    if isinstance(plugin, ModuleType):
        return plugin.__name__
    return f"{type(plugin).__module__}.{type(plugin).__qualname__}"


def _module_version(module: ModuleType) -> str:
    version = getattr(module, "__version__", None)
    if isinstance(version, str):
        return version
    top = module.__name__.partition(".")[0]
    for dist_name in metadata.packages_distributions().get(top, []):
        try:
            return metadata.version(dist_name)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


@attrs.frozen
class _Point:
    """An ``ingest`` entry point with its distribution's name and version."""

    entry_point: metadata.EntryPoint
    distribution: str
    version: str

    @property
    def builtin(self) -> bool:
        return self.distribution == PROJECT_NAME


def _entry_points() -> Sequence[_Point]:
    """The ``ingest`` entry points; each distribution's metadata is read once, not once per entry point."""
    described: dict[int, tuple[str, str]] = {}
    # Several installations of one distribution can be on the path; keep the first of each name.
    seen: dict[tuple[str, str], _Point] = {}
    for point in metadata.entry_points(group=PROJECT_NAME):
        dist = point.dist
        if dist is None:
            name, version = "", "unknown"
        else:
            if id(dist) not in described:
                meta = dist.metadata
                described[id(dist)] = (meta["Name"], meta["Version"])
            name, version = described[id(dist)]
        seen.setdefault((name, point.name), _Point(point, name, version))
    return list(seen.values())


class PluginManager(pluggy.PluginManager):
    """pluggy's plugin manager, counting the changes to its plugin set.

    ``generation`` goes up with every ``register`` and ``unregister`` (which
    ``set_blocked`` also goes through), so a pipeline can tell that a plugin
    arrived after its first document and look again at the declared formats
    and the steps.
    """

    def __init__(self, project_name: str = PROJECT_NAME) -> None:
        super().__init__(project_name)
        self.generation = 0

    def register(self, plugin: object, name: str | None = None) -> str | None:
        """Register ``plugin`` as pluggy does, and count the change."""
        registered = super().register(plugin, name)
        self.generation += 1
        return registered

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any:
        """Unregister a plugin as pluggy does, and count the change."""
        removed = super().unregister(plugin, name)
        self.generation += 1
        return removed


def new_manager() -> PluginManager:
    """A plugin manager with the ``ingest`` hook specifications and no plugins."""
    manager = PluginManager(PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    return manager


def load_plugins(
    settings: LoadSettings | None = None,
    objects: Iterable[object] = (),
) -> LoadedPlugins:
    """Build a fresh plugin manager and load plugins into it, in the documented order.

    ``objects`` are plugin modules or instances a program passes in; each
    is registered under its ``name`` attribute if it has one, else its
    module name.  Raises :class:`~ingest.errors.PluginLoadError` for two
    plugins of the same name, and for any failure when ``settings.strict``.
    """
    settings = settings or LoadSettings()
    loader = _Loader(settings, new_manager())
    for name in settings.blocked:
        loader.manager.set_blocked(name)

    points = _entry_points()
    if settings.builtins:
        for point in points:
            if point.builtin:
                loader.load_entry_point(point.entry_point, point.version, "builtin")
    for module_name in settings.modules:
        loader.load_module(module_name, "-p")
    autoload = settings.autoload if settings.autoload is not None else not os.environ.get(AUTOLOAD_ENV)
    if autoload:
        for point in points:
            if not point.builtin:
                origin = f"entry point of {point.distribution or 'unknown'}"
                loader.load_entry_point(point.entry_point, point.version, origin)
    for module_name in filter(None, os.environ.get(PLUGINS_ENV, "").split(",")):
        loader.load_module(module_name.strip(), PLUGINS_ENV)
    names = [*settings.modules, *filter(None, os.environ.get(PLUGINS_ENV, "").split(","))]
    for plugin in objects:
        given = getattr(plugin, "name", None)
        name = given if isinstance(given, str) else _module_name(plugin)
        names.append(name)
        version = _module_version(plugin) if isinstance(plugin, ModuleType) else "unknown"
        loader.register(plugin, name, version, "given by the program")
    _check_blocked(settings, points, (name.strip() for name in names))
    loader.check_pending()

    infos = []
    for name, plugin in loader.manager.list_name_plugin():
        if plugin is None:
            continue
        version, origin, module = loader.origins.get(name, ("unknown", "unknown", _module_name(plugin)))
        hooks = tuple(sorted(caller.name for caller in loader.manager.get_hookcallers(plugin) or ()))
        infos.append(PluginInfo(name, version, origin, module, hooks))
    return LoadedPlugins(loader.manager, tuple(infos), tuple(loader.problems))


def report_problems(problems: Iterable[LoadProblem], stream: TextIO | None = None) -> None:
    """Write one warning line per plugin that could not be loaded."""
    out = stream if stream is not None else sys.stderr
    for problem in problems:
        print(
            f"ingest: warning: plugin {problem.name!r} ({problem.origin}, version {problem.version}) "
            f"was not loaded: {problem.error}",
            file=out,
        )

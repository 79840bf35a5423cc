"""Options that plugins declare and users set on the command line or in the library."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from ingest.registries import Registry

__all__ = ["Option", "OptionError", "OptionRegistry", "Options"]

_OPTION_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


class OptionError(ValueError):
    """An option is unknown, declared twice, or given a value of the wrong type."""


def key_of(name: str) -> str:
    """The key an option's value has in :class:`Options`: dashes become underscores."""
    return name.replace("-", "_")


@attrs.frozen
class Option:
    """One declared option: ``--name`` on the command line, ``options={"name": …}`` in the library."""

    name: str
    type: Callable[[str], Any] = str
    default: Any = None
    help: str = ""
    choices: tuple[Any, ...] | None = None
    flag: bool = False
    plugin: str | None = None

    @property
    def key(self) -> str:
        """The key of the option's value in :class:`Options`."""
        return key_of(self.name)

    def convert(self, value: Any) -> Any:
        """Turn a value given as text (or already typed) into the option's type."""
        if self.flag:
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if value is None:
            return None
        try:
            converted = self.type(value) if isinstance(value, str) else value
        except (TypeError, ValueError) as error:
            raise OptionError(f"option {self.name!r}: {error}") from error
        if self.choices is not None and converted not in self.choices:
            raise OptionError(f"option {self.name!r} must be one of {list(self.choices)}")
        return converted


class OptionRegistry(Registry):
    """Collects the options plugins declare in :func:`~ingest.hookspecs.ingest_add_options`."""

    def __init__(self) -> None:
        super().__init__()
        self._options: dict[str, Option] = {}

    def add(
        self,
        name: str,
        *,
        type: Callable[[str], Any] = str,
        default: Any = None,
        help: str = "",
        choices: tuple[Any, ...] | None = None,
        flag: bool = False,
    ) -> None:
        """Declare option ``name`` (lower case, words joined by dashes, e.g. ``max-replacement-ratio``).

        ``type`` converts a value given as text; ``flag`` declares an on/off
        switch (``default`` is then ``False``).  Plugins should prefix names
        with their own (``web-page-min-words``) to avoid clashes; a name
        declared twice is an error naming both plugins.
        """
        if not _OPTION_NAME.fullmatch(name):
            raise OptionError(f"option name {name!r} must be lower case words joined by dashes")
        if name in self._options:
            other = self._options[name].plugin
            raise OptionError(f"option {name!r} is declared by both {other!r} and {self._plugin!r}")
        self._options[name] = Option(
            name=name,
            type=type,
            default=False if flag and default is None else default,
            help=help,
            choices=choices,
            flag=flag,
            plugin=self._plugin,
        )

    def __iter__(self) -> Iterator[Option]:
        return iter(self._options.values())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (name in self._options or name.replace("_", "-") in self._options)

    def resolve(self, given: Mapping[str, Any]) -> Options:
        """Validate ``given`` values (by name or key) and fill in defaults."""
        by_key = {option.key: option for option in self._options.values()}
        values = {option.key: option.default for option in self._options.values()}
        for name, value in given.items():
            option = by_key.get(key_of(name))
            if option is None:
                known = ", ".join(sorted(self._options)) or "none"
                raise OptionError(f"unknown option {name!r} (known: {known})")
            values[option.key] = option.convert(value)
        return Options(values)


@attrs.frozen
class Options(Mapping[str, Any]):
    """The option values of one pipeline, read-only, by key (``options["max_replacement_ratio"]``)."""

    _values: dict[str, Any] = attrs.field(factory=dict, converter=dict, alias="values")

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            return self._values[key_of(key)]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of option ``key`` (by key or by name), or ``default`` when it was never declared."""
        values = self._values
        if key in values:
            return values[key]
        return values.get(key_of(key), default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

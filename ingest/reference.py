"""Generate the hook reference (``docs/hooks.md``) from the specifications' docstrings.

Run ``python -m ingest.reference > docs/hooks.md`` after changing
:mod:`ingest.hookspecs`; a test fails when the page is out of date.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

from ingest import hookspecs
from ingest.markers import PROJECT_NAME

__all__ = ["hook_sections", "render_hook_reference"]

_BANNER = re.compile(r"^# -{10,}$")
_DEF = re.compile(r"^def (ingest_\w+)\(")

HEADER = """\
# Hook reference

Generated from `ingest/hookspecs.py` by `python -m ingest.reference`; do not edit by hand.

A plugin implements a hook by defining a function of the hook's name marked with
`@ingest.hookimpl`. It may accept any subset of the hook's arguments, by name. Hooks marked
*first result wins* stop at the first implementation that returns something other than `None`;
the others collect every implementation's result. `@hookimpl(tryfirst=True)` and
`@hookimpl(trylast=True)` move an implementation to the front or the back; the built-in
defaults that a plugin is meant to override are `trylast`.

Every hook, the per-document ones included, is called through pluggy's `HookCaller`, so
everything pluggy documents holds: new-style wrappers (`@hookimpl(wrapper=True)`) and old-style
ones (`hookwrapper=True`) see each call and its result, `add_hookcall_monitoring` on
`Pipeline.plugin_manager` sees every call, and a plugin registered there after the first
document takes part from the next one on. An exception raised in an implementation fails that
document only, with a failure record naming the stage and the plugin (found on the traceback).
"""


def hook_sections() -> Iterator[tuple[str, list[Callable[..., Any]]]]:
    """The hooks grouped under the banner comments of :mod:`ingest.hookspecs`, in source order."""
    title = "Hooks"
    hooks: list[Callable[..., Any]] = []
    lines = inspect.getsource(hookspecs).splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if _BANNER.match(line) and index + 2 < len(lines) and _BANNER.match(lines[index + 2]):
            if hooks:
                yield title, hooks
            title, hooks = lines[index + 1].lstrip("# ").rstrip("."), []
            index += 3
            continue
        match = _DEF.match(line)
        if match:
            hooks.append(getattr(hookspecs, match.group(1)))
        index += 1
    if hooks:
        yield title, hooks


def _signature(function: Callable[..., Any]) -> str:
    parameters = inspect.signature(function).parameters.values()
    arguments = ", ".join(f"{p.name}: {p.annotation}" for p in parameters)
    result = inspect.signature(function).return_annotation
    return f"def {function.__name__}({arguments}) -> {result}"


def _first_result(function: Callable[..., Any]) -> bool:
    options = getattr(function, f"{PROJECT_NAME}_spec", {}) or {}
    return bool(options.get("firstresult"))


_ROLE = re.compile(r":(?:func|class|meth|data|mod|attr):`~?([^`]+)`")
_PARAM = re.compile(r"^:param (\w+):", re.MULTILINE)


def _markdown(text: str) -> str:
    """Docstring markup (reST roles, double backticks, ``:param:`` lines) as Markdown."""
    text = _ROLE.sub(lambda m: f"`{m.group(1)}`", text)
    text = text.replace("``", "`")
    lines = []
    for line in text.splitlines():
        match = _PARAM.match(line)
        lines.append(f"- **`{match.group(1)}`**:{line[match.end() :]}" if match else line)
    return "\n".join(lines)


def render_hook_reference() -> str:
    """The Markdown page documenting every hook."""
    out = [HEADER]
    for title, hooks in hook_sections():
        out.append(f"\n## {title[0].upper()}{title[1:]}\n")
        for function in hooks:
            kind = "First result wins" if _first_result(function) else "Every implementation is called"
            doc = _markdown(inspect.cleandoc(function.__doc__ or ""))
            first, _, rest = doc.partition("\n")
            out.append(f"\n### `{function.__name__}`\n")
            out.append(f"\n```python\n{_signature(function)}\n```\n")
            out.append(f"\n*{kind}.* {first}\n")
            if rest.strip():
                out.append("\n" + textwrap.dedent(rest).strip() + "\n")
    return "".join(out)


if __name__ == "__main__":
    print(render_hook_reference(), end="")

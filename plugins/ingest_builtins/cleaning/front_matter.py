"""Read YAML (``---``) or TOML (``+++``) front matter at the top of a text into plain values.

YAML goes through PyYAML's base loader, which reads the whole YAML syntax (quoted scalars with their
escapes, folded and block scalars, lists) but resolves no type and builds no object: every value is a
string as printed.  A block the YAML parser rejects (an unquoted colon inside a title, as hand-written
front matter often has) is read line by line instead: ``key: value`` scalars, inline lists ``[a, "b"]``
and block lists of ``- item`` lines.  Nested mappings are kept as text.  TOML goes through
:mod:`tomllib`.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

__all__ = ["FrontMatter", "read_front_matter"]

#: Keys (lower case) mapped to a string or a list of strings.
FrontMatter = dict[str, str | list[str]]

_MAX_LINES = 200
_YAML_KEY = re.compile(r"([A-Za-z_][\w .-]{0,60}?)\s*:(?:\s+(.*?))?\s*$")
_LIST_ITEM = re.compile(r"""\s*(?:"([^"]*)"|'([^']*)'|([^,]*?))\s*(?:,|$)""")
_YAML_ITEM = re.compile(r"\s*-\s+(.*?)\s*$")


def _scalar(raw: str) -> str:
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return re.sub(r"\s+#.*$", "", value).strip()


def _inline_list(raw: str) -> list[str] | None:
    value = raw.strip()
    if not (value.startswith("[") and value.endswith("]")):
        return None
    items = _LIST_ITEM.findall(value[1:-1])
    values = [(double or single or bare).strip() for double, single, bare in items]
    return [item for item in values if item]


def _yaml(lines: list[str]) -> FrontMatter | None:
    import yaml

    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        table = yaml.load("\n".join(lines), Loader=loader)  # the base loader builds no object
    except yaml.YAMLError:
        return _yaml_lines(lines)
    if not isinstance(table, dict):
        return _yaml_lines(lines)
    return {str(key).strip().lower(): _yaml_value(value) for key, value in table.items()} or None


def _yaml_value(value: Any) -> str | list[str]:
    if isinstance(value, list):
        return [item if isinstance(item, str) else _nested(item) for item in value]
    return value if isinstance(value, str) else _nested(value)


def _nested(value: Any) -> str:
    """A nested value as text: a mapping's ``key: value`` pairs and a list's items, space-separated."""
    if isinstance(value, dict):
        return " ".join(f"{key}: {_nested(item)}" for key, item in value.items())
    if isinstance(value, list):
        return " ".join(_nested(item) for item in value)
    return "" if value is None else str(value)


def _yaml_lines(lines: list[str]) -> FrontMatter | None:
    values: FrontMatter = {}
    key: str | None = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _YAML_ITEM.match(line)
        if (
            item
            and key is not None
            and (line[:1].isspace() or isinstance(values[key], list) or not values[key])
        ):
            current = values[key]
            values[key] = [*(current if isinstance(current, list) else []), _scalar(item.group(1))]
            continue
        if line[:1].isspace() and key is not None:  # a nested or folded value: kept as text
            current = values[key]
            text = current if isinstance(current, str) else " ".join(current)
            values[key] = (text + " " + line.strip()).strip()
            continue
        match = _YAML_KEY.fullmatch(line)
        if match is None:
            return None
        key = match.group(1).strip().lower()
        raw = match.group(2) or ""
        values[key] = _inline_list(raw) or _scalar(raw)
    return values or None


def _plain(value: Any) -> str | list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return str(value)


def _toml(lines: list[str]) -> FrontMatter | None:
    try:
        table = tomllib.loads("\n".join(lines))
    except tomllib.TOMLDecodeError:
        return None
    return {str(key).lower(): _plain(value) for key, value in table.items()} or None


def read_front_matter(text: str) -> tuple[FrontMatter, str] | None:
    """The front matter at the very top of ``text`` and the text after it, or ``None`` when there is none.

    The block must open on the first line (``---`` for YAML, ``+++`` for
    TOML), close with the same line within 200 lines, and read as keys and
    values; otherwise the text is not front matter and is left alone.
    """
    head = text.lstrip("\ufeff")
    for fence, reader in (("---", _yaml), ("+++", _toml)):
        if not head.startswith(fence):
            continue
        lines = head.split("\n", _MAX_LINES + 2)
        if lines[0].rstrip() != fence:
            return None
        for index in range(1, min(len(lines), _MAX_LINES + 1)):
            if lines[index].rstrip() in (fence, "..." if fence == "---" else fence):
                values = reader([line.rstrip() for line in lines[1:index]])
                if values is None:
                    return None
                rest = "\n".join(lines[index + 1 :])
                return values, rest
        return None
    return None

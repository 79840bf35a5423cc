"""Check a record against expected fields written the way corpus/gold.json writes them.

A plain key must equal the value (strings compared after NFKC, quote and dash folding, whitespace
collapsing and case folding; dates on the given prefix; lists: every expected item present).  A key
ending in ``~`` must contain the value, one ending in ``=`` must equal it exactly (lists: the same
items, in any order).  ``None`` means absent, null or empty: nothing invented.  ``text`` checks:
``starts_with``, ``ends_with``, ``contains``, ``not_contains``, ``max_line_breaks_inside_sentences``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

__all__ = ["check_count", "failures"]

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _norm(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value)).translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip().casefold()


def _lookup(record: Mapping[str, Any], path: str) -> Any:
    node: Any = record
    for step in path.split("."):
        if not isinstance(node, Mapping) or step not in node:
            return None
        node = node[step]
    return node


def _field(key: str, want: Any, record: Mapping[str, Any]) -> str | None:
    mode = key[-1] if key[-1] in "~=" else ""
    name = key.rstrip("~=")
    got = _lookup(record, name)
    if want is None:
        return None if got in (None, "", [], {}) else f"{name} = {got!r}, want nothing"
    if isinstance(want, list):
        items = [_norm(v) for v in got or []]
        if mode == "=":
            ok = sorted(items) == sorted(_norm(v) for v in want)
        else:
            ok = all(_norm(v) in items for v in want)
        return None if ok else f"{name} = {got!r}, want {want!r}"
    if got is None:
        return f"{name} missing, want {want!r}"
    if mode == "~":
        ok = _norm(want) in _norm(got)
    elif name == "date" or name.endswith("_date"):
        ok = _norm(got).startswith(_norm(want))
    else:
        ok = _norm(got) == _norm(want)
    return None if ok else f"{name} = {got!r}, want {want!r}"


def _text(spec: Mapping[str, Any], text: str) -> list[str]:
    found: list[str] = []
    normal = _norm(text)
    if "starts_with" in spec and not normal.startswith(_norm(spec["starts_with"])):
        found.append(f"text starts {text[:80]!r}, want {spec['starts_with']!r}")
    if "ends_with" in spec and not normal.endswith(_norm(spec["ends_with"])):
        found.append(f"text ends {text[-80:]!r}, want {spec['ends_with']!r}")
    found.extend(f"text lacks {w!r}" for w in spec.get("contains", []) if _norm(w) not in normal)
    found.extend(f"text still has {w!r}" for w in spec.get("not_contains", []) if w in text)
    if "max_line_breaks_inside_sentences" in spec:
        wraps = [
            i
            for i in range(1, len(text) - 1)
            if text[i] == "\n"
            and (text[i - 1].islower() or text[i - 1] in ",;")
            and (text[i + 1].islower() or text[i + 1] == "(")
        ]
        if len(wraps) > spec["max_line_breaks_inside_sentences"]:
            found.append(f"{len(wraps)} line breaks inside sentences")
    return found


def failures(record: Mapping[str, Any], expect: Mapping[str, Any], text: Mapping[str, Any]) -> list[str]:
    """Every check of ``expect`` and ``text`` that ``record`` (a record as JSON) fails."""
    found = [f for key, want in expect.items() if (f := _field(key, want, record)) is not None]
    return found + _text(text, record.get("text") or "")


def check_count(expect: Mapping[str, Any], text: Mapping[str, Any]) -> int:
    """How many checks ``expect`` and ``text`` make."""
    listed = len(text.get("contains", [])) + len(text.get("not_contains", []))
    return (
        len(expect)
        + listed
        + sum(k in text for k in ("starts_with", "ends_with", "max_line_breaks_inside_sentences"))
    )

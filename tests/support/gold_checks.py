"""Check a record (as JSON) against expected fields written the way the corpus's gold.json writes them.

The rules are those of the shared scorer (``tools/score_gold.py``):

- strings compare after NFKC, folding curly quotes, dashes and the minus sign to ASCII, collapsing
  whitespace and case folding;
- a plain key must equal the value; a key ending in ``~`` must contain it;
- ``None`` means absent: the field is missing, null or empty (nothing invented);
- a list value: every expected item is present (extra items are allowed);
- a list field against a single value: the first item that contains the value stands for the field;
- an item that is an object stands for its ``name``;
- a field whose name ends in ``date`` against a value of at least year and month: the field starts with it;
- a dotted path follows objects; ``parts[role=annex].language`` picks the first part whose role is annex;
- ``text`` checks: ``starts_with``, ``ends_with``, ``contains``, ``not_contains`` (a string with a line
  break is looked for as it is, others after normalising), ``max_line_breaks_inside_sentences``.

Extensions the tests use:

- a key ending in ``=`` with a list value: the field holds the same items and no others, in any order
  (a missing field counts as no items); with a single value it means the same as the plain key;
- an empty object counts as absent too;
- ``not_formats`` beside ``expect`` and ``text``: format names the record must not have.
- ``known_misses`` beside them: checks, by the names :func:`failed_checks` gives them, that the rules are
  known to fail, each with its cause; :func:`check` still counts and reports them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["MISSING", "check", "failed_checks", "failures", "load_expectations", "lookup", "normalise"]

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_PICK = re.compile(r"(\w+)\[(\w+)=([^\]]+)\]")
_YEAR_MONTH = re.compile(r"\d{4}-\d\d")
_TEXT_KEYS = ("starts_with", "ends_with", "max_line_breaks_inside_sentences")


class _Missing:
    """The value of a path that leads nowhere in a record."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""What :func:`lookup` returns for a path the record does not have."""


def normalise(value: object) -> str:
    """``value`` as text, the way the gold compares it: NFKC, quotes and dashes folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", str(value)).translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip().casefold()


def lookup(record: Mapping[str, Any], path: str) -> Any:
    """Follow a dotted ``path`` into ``record``; ``name[key=value]`` picks the first matching item."""
    node: Any = record
    for step in path.split("."):
        picked = _PICK.fullmatch(step)
        if picked is not None:
            name, key, wanted = picked.groups()
            items = node.get(name) if isinstance(node, Mapping) else None
            node = next(
                (
                    item
                    for item in items or []
                    if isinstance(item, Mapping) and normalise(item.get(key, "")) == normalise(wanted)
                ),
                MISSING,
            )
        elif isinstance(node, Mapping) and step in node:
            node = node[step]
        else:
            return MISSING
        if node is MISSING:
            return MISSING
    return node


def _named(value: Any) -> Any:
    """An object stands for its name (or, without one, for its JSON)."""
    if isinstance(value, Mapping):
        return value.get("name", json.dumps(value, ensure_ascii=False))
    return value


def _field_ok(key: str, want: Any, record: Mapping[str, Any]) -> bool:
    mode = key[-1:] if key[-1:] in ("~", "=") else ""
    name = key[:-1] if mode else key
    got = lookup(record, name)
    if want is None:
        return got is MISSING or got in (None, "", [], {})
    if isinstance(want, list) and mode == "=":
        items = [] if got is MISSING or got is None else got if isinstance(got, list) else [got]
        return sorted(normalise(_named(item)) for item in items) == sorted(normalise(item) for item in want)
    if got is MISSING or got is None:
        return False
    if isinstance(want, list):
        have = {normalise(_named(item)) for item in (got if isinstance(got, list) else [got])}
        return all(normalise(item) in have for item in want)
    if isinstance(got, list):
        got = next((item for item in got if normalise(want) in normalise(item)), got[0] if got else "")
    got = _named(got)
    if mode == "~":
        return normalise(want) in normalise(got)
    if name.split(".")[-1].endswith("date") and _YEAR_MONTH.match(str(want)):
        return str(got).startswith(str(want))
    return normalise(got) == normalise(want)


def _inside_sentence_breaks(text: str) -> int:
    """Line breaks with a lower-case letter or a comma before and a lower-case letter after: hard wraps."""
    return sum(
        1
        for i in range(1, len(text) - 1)
        if text[i] == "\n"
        and (text[i - 1].islower() or text[i - 1] in ",;")
        and (text[i + 1].islower() or text[i + 1] == "(")
    )


def _text_failures(spec: Mapping[str, Any], text: str) -> Iterator[tuple[str, str]]:
    flat = normalise(text)
    if "starts_with" in spec and not flat.startswith(normalise(spec["starts_with"])):
        yield "text.starts_with", f"text starts {text[:80]!r}, want {spec['starts_with']!r}"
    if "ends_with" in spec and not flat.endswith(normalise(spec["ends_with"])):
        yield "text.ends_with", f"text ends {text[-80:]!r}, want {spec['ends_with']!r}"
    for wanted in spec.get("contains", []):
        if normalise(wanted) not in flat:
            yield f"text.contains: {wanted}", f"text lacks {wanted!r}"
    for unwanted in spec.get("not_contains", []):
        if (unwanted in text) if "\n" in unwanted else (normalise(unwanted) in flat):
            yield f"text.not_contains: {unwanted}", f"text still has {unwanted!r}"
    if "max_line_breaks_inside_sentences" in spec:
        wraps = _inside_sentence_breaks(text)
        if wraps > spec["max_line_breaks_inside_sentences"]:
            yield "text.max_line_breaks_inside_sentences", f"{wraps} line breaks inside sentences"


def failed_checks(record: Mapping[str, Any], spec: Mapping[str, Any]) -> dict[str, str]:
    """The failed checks of a gold entry ``spec``, each named as ``known_misses`` names it, with its message.

    A field check is named by its ``expect`` key (``metadata.sender~``); a text check by ``text.KEY``, with
    ``: STRING`` for ``contains`` and ``not_contains``; a format that must not be by ``not_formats: NAME``.
    """
    expect: Mapping[str, Any] = spec.get("expect", {})
    failed = {
        key: f"{key} = {lookup(record, key.rstrip('~='))!r}, want {want!r}"
        for key, want in expect.items()
        if not _field_ok(key, want, record)
    }
    failed.update(_text_failures(spec.get("text", {}), record.get("text") or ""))
    failed.update(
        (f"not_formats: {name}", f"format is {name}")
        for name in spec.get("not_formats", [])
        if record.get("format") == name
    )
    return failed


def check(record: Mapping[str, Any], spec: Mapping[str, Any]) -> tuple[int, list[str]]:
    """Count the checks of a gold entry ``spec`` (``expect``, ``text``, ``not_formats``); list the failed."""
    expect: Mapping[str, Any] = spec.get("expect", {})
    text: Mapping[str, Any] = spec.get("text", {})
    not_formats: Sequence[str] = spec.get("not_formats", [])
    total = len(expect) + len(text.get("contains", [])) + len(text.get("not_contains", []))
    total += sum(key in text for key in _TEXT_KEYS) + len(not_formats)
    return total, list(failed_checks(record, spec).values())


def failures(
    record: Mapping[str, Any], expect: Mapping[str, Any], text: Mapping[str, Any] | None = None
) -> list[str]:
    """Every check of ``expect`` (fields) and ``text`` (text checks) that ``record`` fails."""
    return check(record, {"expect": expect, "text": text or {}})[1]


def load_expectations(path: Path) -> dict[str, Any]:
    """The ``documents`` of a gold-shaped JSON file: expected fields by file name."""
    documents: dict[str, Any] = json.loads(path.read_text("utf-8"))["documents"]
    return documents

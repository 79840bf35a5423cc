"""Describe what a step changed, for provenance and ``ingest inspect``."""

from __future__ import annotations

import difflib

from ingest.model import Document

__all__ = ["FIELDS", "describe_change"]

#: The descriptive fields whose changes provenance reports.
FIELDS = (
    "title",
    "date",
    "language",
    "languages",
    "authors",
    "publisher",
    "parts",
    "metadata",
    "format",
)

_MAX_DETAIL_LINES = 12


def _text_summary(before: str, after: str) -> str:
    lines_before = before.count("\n") + 1 if before else 0
    lines_after = after.count("\n") + 1 if after else 0
    return f"text {len(before):,} → {len(after):,} characters, {lines_before:,} → {lines_after:,} lines"


def _text_details(before: str, after: str) -> list[str]:
    """Removed and added lines, a few of each: what a reader wants to see of a cleaning step."""
    removed: list[str] = []
    added: list[str] = []
    old, new = before.splitlines(), after.splitlines()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            removed.extend(old[i1:i2])
        if tag in ("insert", "replace"):
            added.extend(new[j1:j2])
    details: list[str] = []
    for label, lines in (("-", removed), ("+", added)):
        shown = [line for line in lines if line.strip()][:_MAX_DETAIL_LINES]
        details.extend(f"{label} {line[:160]}" for line in shown)
        hidden = len([line for line in lines if line.strip()]) - len(shown)
        if hidden > 0:
            details.append(f"{label} … {hidden} more lines")
    return details


def _field_changes(before: Document, after: Document) -> list[str]:
    changed: list[str] = []
    for name in FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if name == "metadata":
            keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
            changed.extend(f"metadata.{key}" for key in keys)
        else:
            changed.append(name)
    return changed


def describe_change(before: Document, after: Document, detailed: bool) -> tuple[str, list[str]]:
    """One summary line and, when ``detailed``, the lines that show the change."""
    if after is before:
        return "no change", []
    parts = []
    details: list[str] = []
    if before.text != after.text:
        parts.append(_text_summary(before.text, after.text))
        if detailed:
            details.extend(_text_details(before.text, after.text))
    fields = _field_changes(before, after)
    if fields:
        parts.append("set " + ", ".join(fields))
        if detailed:
            for name in fields:
                if name.startswith("metadata."):
                    value = after.metadata.get(name.partition(".")[2])
                elif name == "parts":
                    value = [f"{p.role} ({p.language or '?'}, {len(p.text):,} chars)" for p in after.parts]
                else:
                    value = getattr(after, name)
                details.append(f"{name} = {value!r}"[:240])
    new_warnings = after.warnings[len(before.warnings) :]
    if new_warnings:
        parts.append(f"{len(new_warnings)} warning(s)")
        details.extend(f"warning: {w}" for w in new_warnings)
    return ("; ".join(parts) or "no change"), details

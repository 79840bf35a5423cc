"""Article text kept only in a page's script state (``__NEXT_DATA__``, ``window.__STATE__ = {...}``)."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser

__all__ = ["script_state_text"]

_MAX_SCRIPT = 4_000_000
_MAX_SCRIPTS = 60
_MAX_STRINGS = 20_000
_MAX_DEPTH = 40
#: Shorter strings are never prose.
_MIN_PROSE = 40
#: What a string too short to be prose leaves in the list of strings (it counts towards the limit).
_SHORT = ("", "")
#: ``window.__INITIAL_STATE__ = {`` / ``var data = [`` / ``self.__next_f.push([``: where a JSON value starts.
_ASSIGN = re.compile(r"^[\s;]*(?:(?:var|let|const)\s+)?[\w$.\[\]'\"]{1,80}\s*=\s*(?=[{\[])")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_BREAK = re.compile(r"<(?:/p|br|/h[1-6]|/li|/div|/blockquote)\b[^<>]{0,200}>", re.IGNORECASE)
_INDEX = re.compile(r"\[\d+\]")
_WORD = re.compile(r"\w{2,}")


def _json_value(raw: str, is_json: bool) -> Any:
    raw = raw.strip()
    if not is_json:
        m = _ASSIGN.match(raw)
        if m is None:
            return None
        raw = raw[m.end() :]
        end = raw.rfind("}" if raw[:1] == "{" else "]")
        if end < 0:
            return None
        raw = raw[: end + 1]
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        return None


def _prose(value: str) -> list[str]:
    """Paragraphs of a string that reads as running text (markup dropped), or none."""
    if len(value) < _MIN_PROSE or value.startswith(("http://", "https://", "/", "{", "data:")):
        return []
    if "<" in value:
        value = _TAG.sub(" ", _BREAK.sub("\n", value))
    value = html.unescape(value)
    paras = [" ".join(p.split()) for p in value.split("\n")]
    paras = [p for p in paras if len(p) >= 20 and p.count(" ") >= 3]
    text = " ".join(paras)
    if len(text) < 40 or len(_WORD.findall(text)) * 12 < len(text):
        return []
    return paras


def _strings(value: Any, path: str, out: list[tuple[str, str]], depth: int = 0) -> None:
    if depth > _MAX_DEPTH or len(out) >= _MAX_STRINGS:
        return
    if isinstance(value, str):
        out.append((path, value))
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and len(item) < _MIN_PROSE:  # no path needed
                if depth < _MAX_DEPTH and len(out) < _MAX_STRINGS:
                    out.append(_SHORT)
            else:
                _strings(item, f"{path}.{key}", out, depth + 1)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str) and len(item) < _MIN_PROSE:
                if depth < _MAX_DEPTH and len(out) < _MAX_STRINGS:
                    out.append(_SHORT)
            else:
                _strings(item, path + "[]", out, depth + 1)


def script_state_text(tree: LexborHTMLParser) -> str:
    """The longest run of prose in the page's JSON state, as paragraphs; "" when there is none.

    Strings are grouped by their place in the JSON (list indices ignored), so
    that a body kept as a list of paragraph objects is read as one text; the
    group with the most prose wins.  Repeated strings count once.
    """
    groups: dict[str, list[str]] = {}
    seen: set[str] = set()
    for node in tree.css("script")[: _MAX_SCRIPTS * 4]:
        kind = (node.attributes.get("type") or "").lower()
        if "ld+json" in kind or (kind and "json" not in kind and "javascript" not in kind):
            continue
        raw = node.text(deep=True)
        if not raw or len(raw) < 200 or len(raw) > _MAX_SCRIPT:
            continue
        data = _json_value(raw, "json" in kind)
        if data is None:
            continue
        strings: list[tuple[str, str]] = []
        _strings(data, "", strings)
        for path, value in strings:
            if len(value) < _MIN_PROSE or value in seen:
                continue
            seen.add(value)
            paras = _prose(value)
            if paras:
                groups.setdefault(_INDEX.sub("[]", path), []).extend(paras)
    if not groups:
        return ""
    best = max(groups.values(), key=lambda ps: sum(len(p) for p in ps))
    return "\n\n".join(best)

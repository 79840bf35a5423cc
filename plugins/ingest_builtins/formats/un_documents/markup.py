"""Extraction markup left in UN and treaty texts: Markdown headings, emphasis, escapes, rules, links, HTML."""

from __future__ import annotations

import re

__all__ = ["has_markup", "strip_markup"]

#: Signs of markup wherever they stand: bold, and a link's "](".
_LITERAL_SIGNS = ("**", "](")
#: The other signs, each with the strings one of which every match of it holds (looked for first).
_SIGNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (needles, re.compile(pattern, re.MULTILINE))
    for needles, pattern in (
        (("\\",), r"\\[*_#\[\]]"),
        (("<meta",), r"^<meta\b"),
        (("---", "***", "___"), r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$"),
    )
)
_HTML_LINE = re.compile(
    r"^\s*<(?:meta|link|!DOCTYPE|html|head|/?body)\b[^>\n]*>\s*$", re.IGNORECASE | re.MULTILINE
)
# Every stray HTML line holds one of these tags (looked for first: a pattern opening with "<" is tried only
# where "<" stands).
_HTML_TAG = re.compile(r"<(?:meta|link|!DOCTYPE|html|head|/?body)\b", re.IGNORECASE)
# Headings and rules stand at a line's start: each match opens with the newline before its line (see
# :func:`_sub_lines`), as a pattern opening with a literal is tried only where that literal stands.
_HEADING = re.compile(r"\n[ \t]*#{1,6}[ \t]*")
_RULE = re.compile(r"\n[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*(?=\n|\Z)")
_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)")
_LINK = re.compile(r"\[([^\]\n]{0,500})\]\([^)\s\n]{0,1000}\)")
_BOLD = re.compile(r"\*\*(?=[^\s*])([^*\n]{1,1000}?)(?<=[^\s*])\*\*")
_LOOSE_DOUBLE = re.compile(r"\*\*")
# Italics and lone stars open with their asterisk and look behind it for what may not precede it (a word
# character, a line's text): a pattern that opens with a literal is tried only where that literal stands.
_ITALIC = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]{1,1000}?)(?<=[^\s*])\*(?!\*)")
_UNDERSCORE = re.compile(r"(?<!\w)__?(?=\S)([^_\n]{1,1000}?)(?<=\S)__?(?!\w)")
_ESCAPE = re.compile(r"\\([*_#\[\]()\\.\-!`])")
_BLANK_PAIRS = ("  ", " \t", "\t ", "\t\t")
_LONE_STAR = re.compile(r"\*(?<![^\n]\*)[ \t]*$", re.MULTILINE)
_STAR = "\ue000"  # a private-use stand-in for escaped asterisks while emphasis is removed


def has_markup(text: str) -> bool:
    """Whether ``text`` shows Markdown or HTML leftovers worth stripping."""
    if any(sign in text for sign in _LITERAL_SIGNS) or text.startswith("#") or "\n#" in text:
        return True  # bold, a link or a heading
    for needles, pattern in _SIGNS:
        if any(needle in text for needle in needles) and pattern.search(text) is not None:
            return True
    return _has_html_lines(text)


def _has_html_lines(text: str) -> bool:
    return "<" in text and _HTML_TAG.search(text) is not None and _HTML_LINE.search(text) is not None


def _has_hard_breaks(text: str) -> bool:
    """Whether a line of ``text`` ends with two blanks or more."""
    return text.endswith(_BLANK_PAIRS) or any(f"{pair}\n" in text for pair in _BLANK_PAIRS)


def _sub(pattern: re.Pattern[str], replacement: str, text: str, *needles: str) -> str:
    """``pattern`` replaced in ``text`` when one of ``needles`` (held by every match) occurs in it."""
    return pattern.sub(replacement, text) if any(needle in text for needle in needles) else text


def _sub_lines(pattern: re.Pattern[str], text: str, *needles: str) -> str:
    """``pattern``, which opens with the newline before a line, removed from ``text`` (the newline kept).

    The text is given a newline first, for its first line. As with :func:`_sub`, ``text`` is searched
    only when one of ``needles`` occurs in it.
    """
    return pattern.sub("\n", f"\n{text}")[1:] if any(needle in text for needle in needles) else text


def _without_hard_breaks(text: str) -> str:
    """``text`` without the blanks that end its lines where they are two or more (Markdown's hard breaks)."""
    lines = text.split("\n")
    return "\n".join(line.rstrip(" \t") if line.endswith(_BLANK_PAIRS) else line for line in lines)


def strip_markup(text: str) -> str:
    """Remove Markdown headings, emphasis, escapes, rules, links (their text kept) and stray HTML lines.

    Unpaired ``**`` between emphasised spans ("*Légation**Beograd*") become
    line breaks, so that address blocks stay apart from each other.
    """
    if not has_markup(text):
        return text
    text = text.replace("\\*", _STAR)
    # Each rule is applied only to a text holding a string every match of it holds.
    text = _HTML_LINE.sub("", text) if _has_html_lines(text) else text
    text = _sub_lines(_RULE, text, "---", "***", "___")
    text = _sub_lines(_HEADING, text, "#")
    text = _sub(_IMAGE, "", text, "](")
    text = _sub(_LINK, r"\1", text, "](")
    text = _sub(_BOLD, r"\1", text, "**")
    text = _sub(_LOOSE_DOUBLE, "*\n*", text, "**")
    text = _sub(_ITALIC, r"\1", text, "*")
    text = _sub(_LONE_STAR, "", text, "*")
    text = _sub(_ESCAPE, r"\1", text, "\\")
    text = _without_hard_breaks(text) if _has_hard_breaks(text) else text
    return text.replace(_STAR, "*")

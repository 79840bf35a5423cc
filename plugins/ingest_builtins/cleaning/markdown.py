"""Shared cleaning steps ``markdown.front-matter`` and ``markdown.strip``: Markdown read as the text it shows.

Conservative by design: markup is stripped only from a text that shows
several distinct kinds of Markdown (headings, emphasis, links, escapes,
fences, tables, rules…), so a footnote line ``* The annex is circulated…``
in PDF text, ``(see annex).*``, asterisks in wire copy or ``---`` above an
e-mail signature are left alone.  HTML source is never touched.  Line
structure is kept (headings become paragraphs of their own); unwrapping
paragraphs is left to the format steps, which know their genre.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from ingest import PREPARE, Document, Step, hookimpl
from ingest_builtins.cleaning.front_matter import read_front_matter
from ingest_builtins.cleaning.html import came_from_html

__all__ = [
    "ingest_cleaning_steps",
    "looks_like_markdown",
    "strip_front_matter",
    "strip_markdown",
    "strip_markup",
]

_MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
_SAMPLE = 200_000  # characters looked at to decide

# Strong signals: each alone is rare outside Markdown.
_STRONG: dict[str, re.Pattern[str]] = {
    "heading": re.compile(r"^ {0,3}(?:#{1,6}[ \t]+\S|#{2,6}[^\s#])", re.M),
    "bold": re.compile(
        r"(?<![\w*])\*\*(?=\S)[^*\n]{1,300}(?<=\S)\*\*(?![\w*])|(?<!\w)__(?=\S)[^_\n]{1,300}(?<=\S)__(?!\w)"
    ),
    "link": re.compile(r"!?\[[^\]\n]{1,500}\]\([^)\s]{1,2000}\)"),
    "escape": re.compile(r"\\[*_#\[\]`]"),
    "fence": re.compile(r"^ {0,3}(?:```|~~~)", re.M),
    "table": re.compile(r"^ {0,3}\|?(?: {0,3}:?-{3,}:? {0,3}\|){1,50} {0,3}:?-{3,}:? {0,3}\|? *$", re.M),
}
# Weak signals: common in plain text too; they only add to strong ones.
_WEAK: dict[str, re.Pattern[str]] = {
    # (its match opens with the asterisk and looks behind it: a pattern opening with a literal is tried only
    # where that literal stands)
    "italic": re.compile(r"\*(?<![\w*\\]\*)(?=[^\s*])[^*\n]{1,300}(?<=[^\s*\\])\*(?![\w*])"),
    "rule": re.compile(r"^ {0,3}(?:-{3,}|\*{3,}|_{3,}) *$", re.M),
    "hard-break": re.compile(r"\S  $", re.M),
    "code": re.compile(r"(?<!`)`[^`\n]{1,200}`(?!`)"),
    "tag-line": re.compile(r"^[ \t]*<(?:meta|div|br|p|span|a|img)\b[^<>\n]{0,500}>[ \t]*$", re.M | re.I),
}


# Characters without which a signal cannot occur: a sample lacking them is not searched for it.
_NEEDS: dict[str, tuple[str, ...]] = {
    "heading": ("#",),
    "bold": ("**", "__"),
    "link": ("](",),
    "escape": ("\\",),
    "fence": ("```", "~~~"),
    "table": ("---",),
    "italic": ("*",),
    "rule": ("---", "***", "___"),
    "hard-break": ("  ",),
    "code": ("`",),
    "tag-line": ("<",),
}


def _shows(name: str, pattern: re.Pattern[str], sample: str) -> bool:
    # A needle's first character is looked for first: one character is found far faster than two or three.
    needed = any(need[0] in sample and need in sample for need in _NEEDS[name])
    return needed and pattern.search(sample) is not None


_HEADING_LINE = re.compile(r"^ {0,3}(?:#{1,6}[ \t]+\S|#{2,6}[^\s#])[^\n]*$", re.M)
_HEADINGS_ENOUGH = 3  # this many heading lines count as a second strong kind


def looks_like_markdown(text: str, media_type: str = "text/plain") -> bool:
    """Whether ``text`` shows enough distinct kinds of Markdown to be read as Markdown.

    Two strong kinds (headings, bold, links or images, escapes, fences,
    tables; three or more heading lines count twice), or one strong and two
    weak kinds (italics, rules, two-space hard breaks, inline code, a line
    that is only an HTML tag); a file named as Markdown needs one strong or
    two weak kinds.
    """
    sample = text[:_SAMPLE]
    strong = sum(1 for name, pattern in _STRONG.items() if _shows(name, pattern, sample))
    if strong == 0 and media_type not in _MARKDOWN_TYPES:
        return False  # weak kinds alone never make Markdown of a file not named as Markdown
    if strong == 1 and _STRONG["heading"].search(sample):
        for headings, _ in enumerate(_HEADING_LINE.finditer(sample), start=1):
            if headings >= _HEADINGS_ENOUGH:
                strong += 1
                break
    weak = sum(1 for name, pattern in _WEAK.items() if _shows(name, pattern, sample))
    if media_type in _MARKDOWN_TYPES:
        return strong >= 1 or weak >= 2
    return strong >= 2 or (strong == 1 and weak >= 2)


# --- inline markup ---------------------------------------------------------------------------------
_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
_CODE_SPAN = re.compile(r"(`{1,3})(?!`)([^\n]{1,500}?)(?<!`)\1(?!`)")
_HOLD = re.compile("\ue000([0-9]+)\ue001")
_IMAGE = re.compile(
    r"!\[([^\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)"
)
_LINK = re.compile(
    r"\[([^\]\n]{1,500})\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)"
)
_REF_LINK = re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]{1,2000})>")
_STRONG_EMPHASIS = re.compile(r"(?<!\*)(\*\*\*?)(?=[^\s*])([^\n]{1,500}?)(?<=[^\s*])\1(?!\*)")
_STRONG_UNDERSCORE = re.compile(r"(?<!\w)(___?)(?=\S)([^\n]{1,500}?)(?<=\S)\1(?!\w)")
_EMPHASIS = re.compile(r"(?<!\*)\*(?=[^\s*])([^*\n]{0,500}?[^\W\d_][^*\n]{0,500}?)(?<=[^\s*])\*(?!\*)")
# Asterisks left over once emphasis pairs are gone, touching a word on one side: broken emphasis
# (runs of italic lines fused by an export, "*Ministry **Madrid*").  Not a bullet, not "5 * 3" or "2*3".
_STRAY_ASTERISKS = re.compile(r"(?<=\S)\*{1,3}(?!\d)|(?<![\d*])\*{1,3}(?=[^\s*])")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)([^~\n]{1,500}?)(?<=\S)~~")
# Italic lines fused by an export: "*Au Haut-Commissariat,**89 avenue de Villiers,**Paris.*" is three
# italic lines; "**" between two italic runs has no other reading.  They are put back on lines of their own.
_ITALIC_CHAIN = re.compile(
    r"(?<!\*)\*(?=[^\s*])((?:[^*\n]{1,300}?[^*\n]\*\*(?=[^\s*])){1,20}[^*\n]{0,300}?[^\s*])\*(?!\*)"
)
_BULLET = re.compile(r"^[ \t]*\*[ \t]+")
_TAG_NAMES = (
    r"a|abbr|b|big|blockquote|br|center|cite|code|del|details|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|"
    r"mark|meta|ol|p|pre|s|small|span|strike|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul"
)
_BREAK_TAG = re.compile(r"<br\s{0,5}/?>", re.I)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})\b[^<>\n]{{0,1000}}>", re.I)
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
#: Every inline pattern above needs one of these characters (the private-use one is a held span's).
_INLINE_SIGNS = frozenset("\\`[<*_~&\ue000")


def _chain_lines(match: re.Match[str]) -> str:
    lines = "\n".join(part.strip() for part in match.group(1).split("**"))
    before = match.string[match.start() - 1 : match.start()] if match.start() else ""
    return ("\n" if before and not before.isspace() else "") + lines + "\n"


def _inline(line: str) -> str:
    """One line of Markdown text with its inline markup removed (code spans and escapes kept literal)."""
    if _INLINE_SIGNS.isdisjoint(line):
        return line
    held: list[str] = []

    def hold(value: str) -> str:
        held.append(value)
        return f"\ue000{len(held) - 1}\ue001"

    # Each pattern is tried only on a line holding the sign every match of it holds.
    if "\\" in line:
        line = _ESCAPE.sub(lambda m: hold(m.group(1)), line)
    if "`" in line:
        line = _CODE_SPAN.sub(lambda m: hold(m.group(2).strip()), line)
    if "![" in line:
        line = _IMAGE.sub("", line)
    if "](" in line:
        line = _LINK.sub(r"\1", line)
    if "][" in line:
        line = _REF_LINK.sub(r"\1", line)
    if "<" in line:
        line = _BREAK_TAG.sub("\n", _AUTOLINK.sub(r"\1", line))
    if "**" in line:
        line = _ITALIC_CHAIN.sub(_chain_lines, line)
    if "<" in line:
        line = _TAG.sub("", line)
    for pattern, sign in ((_STRONG_EMPHASIS, "**"), (_STRONG_UNDERSCORE, "__")):
        if sign in line:
            line = pattern.sub(r"\2", line)
    for pattern, sign in ((_EMPHASIS, "*"), (_UNDERSCORE, "_"), (_STRIKE, "~~")):
        if sign in line:
            line = pattern.sub(r"\1", line)
    if "*" in line:
        bullet = _BULLET.match(line)
        start = bullet.end() if bullet else 0
        line = line[:start] + _STRAY_ASTERISKS.sub("", line[start:])
    if "&" in line and _ENTITY.search(line):
        line = html.unescape(line)
    while "\ue000" in line:
        restored = _HOLD.sub(lambda m: held[int(m.group(1))], line)
        if restored == line:
            break
        line = restored
    return line


# --- block markup -----------------------------------------------------------------------------------
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(?:#{1,6}(?:[ \t]+|(?=[^\s#]))|#{1,6}$)")
_ATX_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+) *$")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^ {0,3}(?:> ?){1,10}")
_TABLE_RULE = re.compile(r"^ {0,3}\|?(?: {0,3}:?-{1,}:? {0,3}\|){1,50} {0,3}(?::?-{1,}:? {0,3})?\|? *$")
_TABLE_ROW = re.compile(r"^ {0,3}\|(.*)\|[ \t]*$")
_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S+")
_TAG_LINE = re.compile(rf"^[ \t]*(?:</?(?:{_TAG_NAMES})\b[^<>\n]{{0,1000}}>[ \t]*)+$", re.I)
_NO_SPACE_HEADING = re.compile(r"^ {0,3}#[^\s#]")  # "#word": a hashtag, unless more hashes
#: The first characters (after spaces) of every block pattern above; "" stands for a blank line.
_BLOCK_MARKS = frozenset({"", "`", "~", "#", "=", "-", "*", "_", "[", "<", "|", ":", ">"})


def _heading(line: str) -> str | None:
    """The text of an ATX heading line, or ``None`` when the line is not one."""
    match = _ATX.match(line)
    if match is None or _NO_SPACE_HEADING.match(line):
        return None
    return _ATX_CLOSING.sub("", line[match.end() :]).strip()


def strip_markdown(text: str) -> str:
    """``text`` read as Markdown: the words a reader sees, markup gone, tables as ``a | b`` lines.

    Headings become paragraphs of their own; rules and fences become blank
    lines; code blocks keep their content verbatim; link syntax keeps its
    text, images go; HTML tags of the common inline and block kinds go.
    """
    out: list[str] = []
    fence: str | None = None

    def blank() -> None:
        if out and out[-1].strip():
            out.append("")

    def block(value: str) -> None:
        blank()
        out.append(value)
        out.append("")

    for line in text.split("\n"):
        if fence is None and line.lstrip()[:1] not in _BLOCK_MARKS:
            out.append(_inline(line))  # a line of text: no block markup starts with its first character
            continue
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
                blank()
            else:
                out.append(line)
            continue
        if opening:
            fence = opening.group(1)
            blank()
            continue
        heading = _heading(line)
        if heading is not None:
            if heading:
                block(_inline(heading))
            continue
        if _SETEXT.match(line) and out and out[-1].strip() and not _RULE.match(out[-1]):
            previous = out.pop()
            block(previous)
            continue
        if _RULE.match(line) or _REF_DEFINITION.match(line) or _TAG_LINE.match(line):
            blank()
            continue
        if _TABLE_RULE.match(line) and "-" in line and ("|" in line or ":" in line):
            continue
        if not line.strip() and out and not out[-1].strip():
            continue
        line = _QUOTE.sub("", line)
        row = _TABLE_ROW.match(line)
        if row:
            cells = [_inline(cell.strip()) for cell in re.split(r"(?<!\\)\|", row.group(1))]
            out.append(" | ".join(cell for cell in cells))
            continue
        out.append(_inline(line))
    return "\n".join(out)


def strip_front_matter(document: Document) -> Document:
    """Remove YAML/TOML front matter; keep its values as ``annotations["front_matter"]``."""
    if came_from_html(document):
        return document
    found = read_front_matter(document.text)
    if found is None:
        return document
    values, rest = found
    return document.evolve(text=rest.lstrip("\n")).with_annotations(front_matter=values)


def strip_markup(document: Document) -> Document:
    """Strip Markdown markup when the text looks like Markdown (several kinds of it); never in HTML."""
    if came_from_html(document) or not looks_like_markdown(document.text, document.media_type):
        return document
    text = strip_markdown(document.text)
    if text == document.text:
        return document
    return document.evolve(text=text).with_annotations(markdown=True)


_STEPS: tuple[tuple[str, Callable[[Document], Document], int], ...] = (
    ("markdown.front-matter", strip_front_matter, PREPARE + 20),
    ("markdown.strip", strip_markup, PREPARE + 30),
)


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step]:
    """Front matter first, then the markup, before any format's own steps, for every format."""
    return [Step(name, function, order=order) for name, function, order in _STEPS]

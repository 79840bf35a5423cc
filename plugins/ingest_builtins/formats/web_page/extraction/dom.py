"""One pass over the parsed page: a flat element table and its text blocks."""

from __future__ import annotations

from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .vocabulary import BOILERPLATE, COMMENT, CONTENT, HIDDEN, classify_attrs, is_hidden_class

__all__ = ["ARTICLE_BODY", "Block", "Page", "walk"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Flag for ``itemprop="articleBody"`` (schema.org microdata), beside the vocabulary flags.
ARTICLE_BODY = 16
#: Deepest level walked; text below it is taken flat from its ancestor.
MAX_WALK_DEPTH = 256

SKIP_TAGS = _words(
    """
    script style noscript template svg math iframe object embed canvas video audio
    select option textarea button input head title map source track link meta
    picture img dialog frameset frame applet param base
    """
)
BLOCK_TAGS = _words(
    """
    html body div p section article main aside header footer nav h1 h2 h3 h4 h5 h6
    ul ol li dl dt dd table thead tbody tfoot tr td th caption blockquote pre
    figure figcaption form fieldset legend address hr details summary center
    hgroup menu dir noframes
    """
)
_TAG_FLAGS = {
    "nav": BOILERPLATE,
    "aside": BOILERPLATE,
    "footer": BOILERPLATE,
    "header": BOILERPLATE,
    "figcaption": BOILERPLATE,
    "form": 0,
    "article": CONTENT,
    "main": CONTENT,
}
_ROLE_FLAGS = {
    "navigation": BOILERPLATE,
    "banner": BOILERPLATE,
    "contentinfo": BOILERPLATE,
    "complementary": BOILERPLATE,
    "menu": BOILERPLATE,
    "menubar": BOILERPLATE,
    "search": BOILERPLATE,
    "dialog": BOILERPLATE,
    "main": CONTENT,
    "article": CONTENT,
}


class Block:
    """A run of text between two block boundaries, owned by its innermost block element."""

    __slots__ = ("chars", "link_chars", "owner", "tag", "text")

    def __init__(self, text: str, link_chars: int, owner: int, tag: str) -> None:
        self.text = text
        self.chars = len(text)
        self.link_chars = min(link_chars, self.chars)
        self.owner = owner
        self.tag = tag

    def __repr__(self) -> str:
        return f"Block({self.tag}@{self.owner}, {self.text[:40]!r})"


class Page:
    """Element table (parallel lists, document order) and the blocks of the body."""

    __slots__ = ("block_end", "block_start", "blocks", "classes", "flags", "parents", "tags", "truncated")

    def __init__(self) -> None:
        self.tags: list[str] = []
        #: The class attribute of each element ("" for none), for telling repeated siblings.
        self.classes: list[str] = []
        self.parents: list[int] = []
        self.flags: list[int] = []
        self.block_start: list[int] = []
        self.block_end: list[int] = []
        self.blocks: list[Block] = []
        self.truncated = False


@lru_cache(maxsize=16384)
def _class_id_flags(cls: str | None, ident: str | None) -> int:
    flags = 0
    if cls:
        if is_hidden_class(cls):
            return HIDDEN
        flags = classify_attrs(cls if not ident else cls + " " + ident)
    elif ident:
        flags = classify_attrs(ident)
    return flags


def _element_flags(tag: str, attrs: dict[str, str | None]) -> int:
    """Vocabulary, role and microdata flags; ``HIDDEN`` alone for hidden elements."""
    if "hidden" in attrs:
        return HIDDEN
    get = attrs.get
    flags = _TAG_FLAGS.get(tag, 0) | _class_id_flags(get("class"), get("id"))
    if flags & HIDDEN:
        return HIDDEN
    style = get("style")
    if style and "none" in style:
        compact = style.replace(" ", "").lower()
        if "display:none" in compact or "visibility:hidden" in compact:
            return HIDDEN
    if len(attrs) > ("class" in attrs) + ("id" in attrs) + ("style" in attrs):
        role = get("role")
        if role:
            flags |= _ROLE_FLAGS.get(role.lower(), 0)
        prop = get("itemprop")
        if prop and "articlebody" in prop.lower():
            flags |= ARTICLE_BODY | CONTENT
        itemtype = get("itemtype")
        if itemtype and "comment" in itemtype.lower():
            flags |= COMMENT | BOILERPLATE
    return flags


def walk(tree: LexborHTMLParser) -> Page:
    """Walk the body once, without recursion, and return its :class:`Page`."""
    page = Page()
    body: LexborNode | None = tree.body
    if body is None:
        body = tree.root
    if body is None:
        return page
    tags, parents, flags, classes = page.tags, page.parents, page.flags, page.classes
    starts, ends, blocks = page.block_start, page.block_end, page.blocks
    tags.append("body")
    classes.append("")
    parents.append(-1)
    flags.append(0)
    starts.append(0)
    ends.append(0)
    parts: list[str] = []
    link = 0
    in_link = 0
    owners = [0]

    def flush() -> None:
        nonlocal link
        if parts:
            text = " ".join("".join(parts).split())
            parts.clear()
            if text:
                owner = owners[-1]
                blocks.append(Block(text, link, owner, tags[owner]))
        link = 0

    stack: list[list[object]] = [[0, body.child]]
    while stack:
        top = stack[-1]
        node = top[1]
        if node is None:
            stack.pop()
            idx = top[0]
            assert isinstance(idx, int)
            tag = tags[idx]
            if tag == "a":
                in_link -= 1
                parts.append(" ")
            elif owners[-1] == idx:
                if parts:
                    flush()
                link = 0
                owners.pop()
            ends[idx] = len(blocks)
            continue
        assert isinstance(node, LexborNode)
        top[1] = node.next
        tag = node.tag or "-"
        if tag == "-text":
            text = node.text_content
            if text:
                parts.append(text)
                if in_link:
                    link += len(text.strip())
            continue
        if tag[0] == "-" or tag in SKIP_TAGS:
            continue
        if tag == "br" or tag == "hr":
            if parts:
                flush()
            link = 0
            continue
        attrs = node.attributes
        eflags = _element_flags(tag, attrs) if attrs else _TAG_FLAGS.get(tag, 0)
        if eflags & HIDDEN:
            continue
        if len(stack) >= MAX_WALK_DEPTH:
            page.truncated = True
            text = node.text(deep=True)
            if text:
                parts.append(text)
            continue
        idx = len(tags)
        tags.append(tag)
        classes.append((attrs.get("class") or "") if attrs else "")
        parents.append(top[0])  # type: ignore[arg-type]
        flags.append(eflags)
        is_block = tag in BLOCK_TAGS or (eflags & BOILERPLATE and tag != "a")
        if is_block:
            if parts:
                flush()
            link = 0
            owners.append(idx)
        elif tag == "a":
            in_link += 1
            parts.append(" ")
        starts.append(len(blocks))
        ends.append(0)
        stack.append([idx, node.child])
    flush()
    ends[0] = len(blocks)
    return page

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
        self.chars = chars = len(text)
        self.link_chars = link_chars if link_chars < chars else chars
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
def _class_id_flags(cls: str | None, ident: str | None = None) -> int:
    # (Called with the class alone, the cache is keyed by the string itself, without a tuple.)
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
    cls, ident = get("class"), get("id")
    flags = _TAG_FLAGS.get(tag, 0)
    if cls or ident:  # (neither: no vocabulary flags)
        flags |= _class_id_flags(cls) if ident is None else _class_id_flags(cls, ident)
        if flags & HIDDEN:
            return HIDDEN
    style = get("style")
    if style and "none" in style:
        compact = style.replace(" ", "").lower()
        if "display:none" in compact or "visibility:hidden" in compact:
            return HIDDEN
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


# What the walk does with a node, by its tag name (any other name is an inline element).
_INLINE, _BLOCK, _LINK, _TEXT, _SKIP, _BREAK = range(6)
_KINDS: dict[str, int] = {
    **dict.fromkeys(BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(SKIP_TAGS, _SKIP),
    **dict.fromkeys(("-", "-comment", "-doctype", "-document"), _SKIP),
    "a": _LINK,
    "-text": _TEXT,
    "br": _BREAK,
    "hr": _BREAK,
}


#: Inline tags common enough to be worth knowing by their lexbor id (any other is named as usual).
_INLINE_TAGS = _words(
    """
    span b i u s em strong small big sup sub font time label abbr cite q code kbd samp var
    mark del ins tt bdi bdo wbr data
    """
)


def _tag_ids() -> dict[int, tuple[int, str]]:
    """What the walk does with a node of each fixed lexbor tag id, and the tag's name.

    A node's tag id is read faster than its name is decoded.  Lexbor numbers the
    tags it does not know per document, so only the ids that two documents agree
    on are kept.
    """
    try:
        first, second = LexborHTMLParser("<p>t<!--c--></p>"), LexborHTMLParser("")
        out = {}
        for node in first.root.traverse(include_text=True) if first.root is not None else ():
            if node.tag in ("-text", "-comment"):
                out[node.tag_id] = (_KINDS[node.tag], node.tag)
        for name in sorted(
            (_KINDS.keys() | _INLINE_TAGS) - {"-", "-text", "-comment", "-doctype", "-document"}
        ):
            a, b = first.create_node(name), second.create_node(name)
            if a.tag_id == b.tag_id and a.tag == b.tag == name:
                out[a.tag_id] = (_KINDS.get(name, _INLINE), name)
        return out
    except Exception:  # an older or newer parser: every node is named as usual
        return {}


_TAG_IDS = _tag_ids()


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

    kinds, tag_ids, tag_flags, class_id_flags = _KINDS, _TAG_IDS, _TAG_FLAGS, _class_id_flags
    # The open elements above the current one: (index, kind, the node after it).
    stack: list[tuple[int, int, LexborNode | None]] = []
    current, current_kind = 0, _BLOCK
    node = body.first_child
    while True:
        if node is None:  # the current element ends
            if current_kind == _LINK:
                in_link -= 1
                if parts:
                    parts.append(" ")
            elif current_kind == _BLOCK:
                if parts:
                    block_text = " ".join("".join(parts).split())
                    parts.clear()
                    if block_text:
                        blocks.append(Block(block_text, link, current, tags[current]))
                link = 0
                owners.pop()
            ends[current] = len(blocks)
            if not stack:
                break
            current, current_kind, node = stack.pop()
            continue
        following = node.next
        known = tag_ids.get(node.tag_id)
        if known is None:
            tag = node.tag or "-"
            kind = kinds.get(tag, _INLINE)
        else:
            kind, tag = known
        if kind == _TEXT:
            # Whitespace opening a block is dropped by the join anyway: leaving it out spares a
            # flush (and most of it, between block elements, is told without reading it).
            if parts or not node.is_empty_text_node:
                text = node.text_content
                if text and (parts or not text.isspace()):
                    parts.append(text)
                    if in_link:
                        link += len(text.strip())
            node = following
            continue
        if kind == _SKIP or (kind == _INLINE and tag[0] == "-"):
            node = following
            continue
        if kind == _BREAK:
            if parts:
                flush()
            link = 0
            node = following
            continue
        attrs = node.attributes
        if attrs:
            cls = attrs.get("class")
            if cls is not None and len(attrs) == 1:  # the commonest case: a class alone
                eflags = tag_flags.get(tag, 0) | class_id_flags(cls)
            else:
                eflags = _element_flags(tag, attrs)
                cls = cls or ""
            if eflags & HIDDEN:
                node = following
                continue
        else:
            eflags = tag_flags.get(tag, 0)
            cls = ""
        if len(stack) >= MAX_WALK_DEPTH - 1:
            page.truncated = True
            text = node.text(deep=True)
            if text:
                parts.append(text)
            node = following
            continue
        idx = len(tags)
        tags.append(tag)
        classes.append(cls)
        parents.append(current)
        flags.append(eflags)
        if kind == _BLOCK or (eflags & BOILERPLATE and kind != _LINK):
            kind = _BLOCK
            if parts:
                flush()
            link = 0
            owners.append(idx)
        elif kind == _LINK:
            in_link += 1
            if parts:
                parts.append(" ")
        starts.append(len(blocks))
        ends.append(0)
        stack.append((current, current_kind, following))
        current, current_kind = idx, kind
        node = node.first_child
    flush()
    ends[0] = len(blocks)
    return page

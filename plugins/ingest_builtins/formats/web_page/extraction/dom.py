"""One pass over the parsed page: a flat element table and its text blocks."""

from __future__ import annotations

from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .spacing import close_cjk_gaps, collapse_spaces
from .vocabulary import BOILERPLATE, COMMENT, CONTENT, HIDDEN, classify_attrs, is_hidden_class

__all__ = ["ARTICLE_BODY", "Block", "Page", "walk"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Flag for ``itemprop="articleBody"`` (schema.org microdata), beside the vocabulary flags.
ARTICLE_BODY = 16
#: Deepest level walked; text below it is taken flat from its ancestor.
MAX_WALK_DEPTH = 256
#: A ``<noscript>`` holding less text than this is a notice ("enable JavaScript"), not left out;
#: more is the page's content for readers without scripts (the article, on pages built by script).
NOSCRIPT_CONTENT_CHARS = 200

SKIP_TAGS = _words(
    """
    script style template svg math iframe object embed canvas video audio
    select option textarea button input head title map source track link meta
    picture img dialog frameset frame applet param base
    """
)
BLOCK_TAGS = _words(
    """
    html body div p section article main aside header footer nav h1 h2 h3 h4 h5 h6
    ul ol li dl dt dd table thead tbody tfoot tr td th caption blockquote pre
    figure figcaption form fieldset legend address hr details summary center
    hgroup menu dir noframes noscript
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
def _class_id_flags(cls: str, ident: str) -> int:
    """Vocabulary flags of a class attribute and an id (``""`` for none); ``HIDDEN`` for a hidden class."""
    if cls and is_hidden_class(cls):
        return HIDDEN
    names = f"{cls} {ident}" if cls and ident else cls or ident
    return classify_attrs(names) if names else 0


def element_flags(tag: str, attrs: dict[str, str | None]) -> int:
    """Tag, vocabulary, role and microdata flags of an element; ``HIDDEN`` alone for hidden elements."""
    if "hidden" in attrs:
        return HIDDEN
    flags = _TAG_FLAGS.get(tag, 0) | _class_id_flags(attrs.get("class") or "", attrs.get("id") or "")
    if flags & HIDDEN:
        return HIDDEN
    style = attrs.get("style")
    if style and "none" in style:
        compact = style.replace(" ", "").lower()
        if "display:none" in compact or "visibility:hidden" in compact:
            return HIDDEN
    role = attrs.get("role")
    if role:
        flags |= _ROLE_FLAGS.get(role.lower(), 0)
    prop = attrs.get("itemprop")
    if prop and "articlebody" in prop.lower():
        flags |= ARTICLE_BODY | CONTENT
    itemtype = attrs.get("itemtype")
    if itemtype and "comment" in itemtype.lower():
        flags |= COMMENT | BOILERPLATE
    return flags


# What the walk does with a node, by its tag name (any other name is an inline element).
INLINE, BLOCK, LINK, TEXT, SKIP, BREAK = range(6)
_KINDS: dict[str, int] = {
    **dict.fromkeys(BLOCK_TAGS, BLOCK),
    **dict.fromkeys(SKIP_TAGS, SKIP),
    **dict.fromkeys(("-", "-comment", "-doctype", "-document"), SKIP),
    "a": LINK,
    "-text": TEXT,
    "br": BREAK,
    "hr": BREAK,
}
#: Inline tags common enough to be worth knowing by their lexbor id (any other is named as usual).
INLINE_TAGS = _words(
    """
    span b i u s em strong small big sup sub font time label abbr cite q code kbd samp var
    mark del ins tt bdi bdo wbr data
    """
)


def lexbor_tag_ids() -> dict[int, tuple[int, str]]:
    """The lexbor tag id of each tag the walk knows, with what the walk does with it and its name.

    A node's tag id is read faster than its name is decoded.  Lexbor numbers the
    tags it does not know per document, so only the ids that two documents agree
    on are kept.  A test checks that every known tag is in the table, so that a
    parser release numbering tags otherwise is noticed.
    """
    first, second = LexborHTMLParser("<p>t<!--c--></p>"), LexborHTMLParser("")
    table = {}
    if first.root is not None:
        for node in first.root.traverse(include_text=True):
            if node.tag in ("-text", "-comment"):
                table[node.tag_id] = (_KINDS[node.tag], node.tag)
    for name in sorted((_KINDS.keys() | INLINE_TAGS) - {"-", "-text", "-comment", "-doctype", "-document"}):
        a, b = first.create_node(name), second.create_node(name)
        if a.tag_id == b.tag_id and a.tag == b.tag == name:
            table[a.tag_id] = (_KINDS.get(name, INLINE), name)
    return table


TAG_IDS = lexbor_tag_ids()


def node_kind(node: LexborNode) -> tuple[int, str]:
    """What the walk does with ``node`` (:data:`BLOCK`, :data:`TEXT` ...) and its tag name."""
    known = TAG_IDS.get(node.tag_id)
    if known is not None:
        return known
    tag = node.tag or "-"
    kind = _KINDS.get(tag, INLINE)
    if kind == INLINE and tag[0] == "-":  # a node of the parser's own that is no element
        kind = SKIP
    return kind, tag


class _Walk:
    """The page being built and the text of the block being read."""

    def __init__(self) -> None:
        self.page = Page()
        self.parts: list[str] = []  # text of the block being read
        self.link_chars = 0  # characters of that text inside links
        self.open_links = 0
        self.owners: list[int] = []  # the block elements open, innermost last

    def add_text(self, text: str) -> None:
        """Add text to the block being read."""
        self.parts.append(text)
        if self.open_links:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        """End the block being read, owned by the innermost open block element."""
        if self.parts:
            text = close_cjk_gaps(collapse_spaces("".join(self.parts)))
            self.parts.clear()
            if text:
                owner = self.owners[-1]
                self.page.blocks.append(Block(text, self.link_chars, owner, self.page.tags[owner]))
        self.link_chars = 0

    def open(self, tag: str, cls: str, parent: int, flags: int, kind: int) -> int:
        """Add an element to the table; a block element ends the block being read and owns the next."""
        if kind == BLOCK:
            self.flush()
        elif kind == LINK:
            self.open_links += 1
            if self.parts:
                self.parts.append(" ")
        page = self.page
        page.tags.append(tag)
        page.classes.append(cls)
        page.parents.append(parent)
        page.flags.append(flags)
        page.block_start.append(len(page.blocks))
        page.block_end.append(0)
        element = len(page.tags) - 1
        if kind == BLOCK:
            self.owners.append(element)
        return element

    def close(self, element: int, kind: int) -> None:
        """End an element opened by :meth:`open`."""
        if kind == BLOCK:
            self.flush()
            self.owners.pop()
        elif kind == LINK:
            self.open_links -= 1
            if self.parts:
                self.parts.append(" ")
        self.page.block_end[element] = len(self.page.blocks)


def _is_notice(noscript: LexborNode) -> bool:
    text = noscript.text(deep=True)
    return len(text) < NOSCRIPT_CONTENT_CHARS or len(text.strip()) < NOSCRIPT_CONTENT_CHARS


def walk(tree: LexborHTMLParser) -> Page:
    """Walk the body once, without recursion, and return its :class:`Page`."""
    body = tree.body if tree.body is not None else tree.root
    state = _Walk()
    if body is None:
        return state.page
    current, current_kind = state.open("body", "", -1, 0, BLOCK), BLOCK
    # The open elements above the current one: (index, kind, the node after it).
    stack: list[tuple[int, int, LexborNode | None]] = []
    node = body.first_child
    while True:
        if node is None:  # the current element ends
            state.close(current, current_kind)
            if not stack:
                return state.page
            current, current_kind, node = stack.pop()
            continue
        following = node.next
        kind, tag = node_kind(node)
        if kind == TEXT:
            # Whitespace opening a block would be dropped by the join: most of it, between
            # block elements, is told without reading it.
            if state.parts or not node.is_empty_text_node:
                text = node.text_content
                if text and (state.parts or not text.isspace()):
                    state.add_text(text)
        elif kind == BREAK:
            state.flush()
        elif kind != SKIP and not (tag == "noscript" and _is_notice(node)):
            attrs = node.attributes
            flags = element_flags(tag, attrs) if attrs else _TAG_FLAGS.get(tag, 0)
            if flags & HIDDEN:
                node = following
                continue
            if len(stack) >= MAX_WALK_DEPTH - 1:  # too deep: the text is read flat
                state.page.truncated = True
                text = node.text(deep=True)
                if text:
                    state.parts.append(text)
                node = following
                continue
            if flags & BOILERPLATE and kind != LINK:
                kind = BLOCK  # furniture is a block of its own, whatever its tag
            element = state.open(tag, attrs.get("class") or "", current, flags, kind)
            stack.append((current, current_kind, following))
            current, current_kind = element, kind
            node = node.first_child
            continue
        node = following

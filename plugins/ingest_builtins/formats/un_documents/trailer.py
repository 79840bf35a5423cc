"""The site trailer of web copies: "Document symbol: …" lines, navigation and feed links, related lists."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.mail import is_mail_disclaimer

__all__ = ["find_trailer", "is_navigation", "is_site_links", "trailer_fields"]

_KEY_VALUE = re.compile(r"^\s*([A-Z][A-Za-z]+(?: [A-Za-z]+){0,3})\s*:\s*(\S.*)$")
_NAVIGATION = re.compile(r"^\s*(?:\[[^\]\n]{1,60}\]\s*)+$")
_KNOWN_KEYS = frozenset(
    (
        "document symbol", "symbol", "document type", "document sources", "source", "sources", "country",
        "countries", "subject", "subjects", "publication date", "date", "language", "languages", "author",
        "agenda item", "agenda items", "document date", "type", "keywords", "session",
    )
)  # fmt: skip


# A document site's links and buttons: "RSS feed | Print | Share", "Download: English | Français (PDF)".
_LINK_WORDS = frozenset(
    (
        "rss", "rss feed", "feed", "atom", "print", "share", "email", "e-mail", "facebook", "twitter", "x",
        "linkedin", "whatsapp", "telegram", "youtube", "instagram", "download", "pdf", "word", "doc", "top",
        "back to top", "english", "français", "español", "русский", "中文", "العربية", "imprimer", "partager",
        "télécharger", "imprimir", "compartir", "descargar", "subscribe", "bookmark", "permalink",
        # a site's footer links, and buttons naming what they act on
        "privacy", "privacy policy", "privacy notice", "accessibility", "site map", "sitemap", "contact",
        "contact us", "terms of use", "terms and conditions", "disclaimer", "cookies", "cookie policy",
        "print this page", "share this page", "email this page", "download pdf", "download the pdf",
        "top of page", "print version", "about us", "about", "home",
        # a web archive's or a site's search box
        "search", "archive search", "search the archive", "search archive", "site search",
        # a library catalogue's buttons on a record
        "cite", "cite this", "cite this record", "cite this document", "add to list", "add to favourites",
        "add to favorites", "export", "export record", "save", "save record", "email this record",
        # … in the languages of the missions' sites
        "correo electrónico", "correo", "descargar pdf", "télécharger le pdf", "télécharger pdf", "courriel",
        "imprimer cette page", "compartilhar", "baixar pdf", "e-mail senden", "drucken", "teilen",
    )
)  # fmt: skip
# A site's copyright line: "Copyright © 2023 Ministry …", "© 2023 …"; no document ends with one.
_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|©)[^\n]{0,150}$", re.IGNORECASE)
_FIRST_WORDS = frozenset(
    [*(word.split()[0] for word in _LINK_WORDS), "links", "link", "follow", "share", "download"]
)
_LINK_SPLIT = re.compile(r"\s*[|·•]\s*|\s{2,}|,\s*")
_LINK_LABEL = re.compile(
    r"^(?:share(?:\s+this(?:\s+(?:page|post|article|story|document))?|\s+on)?|download|links?|follow\s+us|"
    r"partager|télécharger|descargar|compartir|compartilhar|teilen|imprimir)\s*:\s*",
    re.IGNORECASE,
)
# "Back to Letters", "Back to the list": a link back to the page the document was listed on.
_BACK_TO = re.compile(r"back\s+to\s+(?:the\s+)?[\w ]{1,30}")
_SIZE = re.compile(r"\s*\((?:pdf|doc|word)?[^()]{0,30}\)\s*$", re.IGNORECASE)
# The heading of a list of other documents the site relates to this one.
_RELATED = re.compile(
    r"^\W*(?:related\s+(?:documents?|items?|links?|content|resources|materials?|news|articles|stories|posts|"
    r"records?|publications)|see\s+also|other\s+documents|"
    r"more\s+documents|documents\s+connexes|voir\s+aussi|documentos\s+relacionados|véase\s+también"
    # … a site's news beside the document, in the missions' languages
    r"|noticias\s+relacionadas|art[íi]culos\s+relacionados|actualités\s+liées|articles\s+liés|à\s+lire\s+aussi"
    r"|not[íi]cias\s+relacionadas|ähnliche\s+artikel|похожие\s+новости|другие\s+новости|أخبار\s+ذات\s+صلة)\s*:?\s*$",
    re.IGNORECASE,
)
_RELATED_REACH = 15
# A blog's or archive's links to the neighbouring pages: "« Previous: Statement …  |  Next: Note … »".
_PREVIOUS_NEXT = re.compile(
    r"^\s*[«‹←<]*\s*(?:previous|prev|next|older|newer|précédent|suivant|anterior|siguiente)"
    r"(?:\s+(?:post|entry|article|item|document|page|story))?\s*(?::|[»›→>]|$)[^\n]{0,250}$",
    re.IGNORECASE,
)
# A site's note on the page itself: "Last updated: 3 June 1996", "Comments on this site: webmaster@…",
# and its question about the page: "Was this record useful?  Yes  No".
_PAGE_NOTE = re.compile(
    r"^\s*(?:(?:page\s+)?last\s+(?:updated|modified|revised|reviewed)|comments?\s+(?:on|about|to)\s+(?:this\s+)?"
    r"(?:site|page|web\s*site)|webmaster|(?:this\s+)?(?:page|site)\s+(?:is\s+)?maintained\s+by)\b[^\n]{0,120}$"
    r"|^\s*(?:was|is|did\s+you\s+find)\s+this\s+(?:page|record|document|article|information|content)\s+"
    r"(?:useful|helpful)\s*\??(?:\s+(?:yes|no)){0,2}\s*$",
    re.IGNORECASE,
)


def is_navigation(line: str) -> bool:
    """A line of bracketed links only: ``[ Go to UN Index ]  [Go to Homepage ]``."""
    return "[" in line and _NAVIGATION.match(line) is not None


def is_site_links(line: str) -> bool:
    """A line of a site's link and button labels: ``RSS feed | Print | Share``, ``Share: Facebook, X``.

    One label alone counts only after a heading such as ``Download:``.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 200:
        return False
    if stripped.split(None, 1)[0].lower().rstrip(":,|·•") not in _FIRST_WORDS:
        return False
    unlabelled = _LINK_LABEL.sub("", stripped)
    # A file size may follow any label: "Download PDF (212 KB)   Print   Share".
    labels = [_SIZE.sub("", label).lower() for label in _LINK_SPLIT.split(unlabelled) if label]
    if len(labels) < 2 and unlabelled == stripped:
        return False
    if labels and all(label in _LINK_WORDS or _BACK_TO.fullmatch(label) for label in labels):
        return True
    # Buttons of one word each, set one space apart: "Share this: Facebook Twitter Email Print".
    words = unlabelled.lower().split()
    return len(words) >= 2 and all(word in _LINK_WORDS for word in words)


def _related_start(lines: list[str], start: int) -> int | None:
    """The index of a "Related documents" heading heading the list of titles just above ``start``."""
    for index in range(start - 1, max(-1, start - _RELATED_REACH - 1), -1):
        line = lines[index].strip()
        if _RELATED.match(line):
            return index
        if len(line) > 250 or line.endswith((".", ":", ";")):
            return None
    return None


def _one_label(line: str) -> bool:
    """A line holding one link or button label ("Facebook", "Back to top", "Download PDF (112 KB)")."""
    stripped = _SIZE.sub("", line.strip()).lower()
    return 0 < len(stripped) <= 40 and stripped in _LINK_WORDS


def _previous_content(lines: list[str], index: int) -> str:
    return next((lines[i] for i in range(index - 1, max(-1, index - 3), -1) if lines[i].strip()), "")


def find_trailer(lines: list[str]) -> int:
    """The index where a trailing block of site metadata and navigation starts (``len(lines)`` if none).

    Below the first line of links or fields found from the end, lines of one
    label count too; a copyright line and links to the previous and next
    pages count anywhere in the block.
    """
    start = len(lines)
    keys = 0
    index = len(lines) - 1
    while index >= 0:
        line = lines[index]
        match = _KEY_VALUE.match(line)
        if not line.strip():
            index -= 1
            continue
        below_links = start < len(lines) and _one_label(line)
        # Footer links printed one per line ("About us / Contact / Privacy policy") start a trailer too.
        below_links = below_links or (_one_label(line) and _one_label(_previous_content(lines, index)))
        if is_navigation(line) or is_site_links(line) or below_links or _page_furniture(line):
            start = index
        elif match and match.group(1).lower() in _KNOWN_KEYS:
            keys += 1
            start = index
        elif (related := _related_start(lines, index + 1)) is not None:
            start = index = related
        else:
            break
        index -= 1
    if start < len(lines) and keys == 1 and not any(_is_link_line(line) for line in lines[start:]):
        return len(lines)  # one "Date: …" line alone is no trailer
    return start


def _page_furniture(line: str) -> bool:
    """A site's note on the page, its copyright line, links to previous and next pages, an e-mail's notice."""
    return is_mail_disclaimer(line) or any(
        pattern.match(line) is not None for pattern in (_PAGE_NOTE, _COPYRIGHT, _PREVIOUS_NEXT)
    )


def _is_link_line(line: str) -> bool:
    return is_navigation(line) or is_site_links(line) or _RELATED.match(line.strip()) is not None


def trailer_fields(lines: list[str]) -> dict[str, str]:
    """The trailer's key-value lines, keys lower-cased."""
    fields: dict[str, str] = {}
    for line in lines:
        match = _KEY_VALUE.match(line)
        if match and match.group(1).lower() in _KNOWN_KEYS:
            fields.setdefault(match.group(1).lower(), match.group(2).strip())
    return fields

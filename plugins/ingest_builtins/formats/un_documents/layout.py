"""The layout of a UN letter or note: masthead, title, body, signature, footnotes, annexes, site trailer."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

import attrs

from ingest_builtins.formats.un_documents.flattened import unflatten
from ingest_builtins.formats.un_documents.footnotes import footnote_lines, remove_markers
from ingest_builtins.formats.un_documents.furniture import (
    furniture_lines,
    is_debris,
    is_furniture,
    is_running_head,
    without_trailing_debris,
)
from ingest_builtins.formats.un_documents.letter_head import past_salutation, place_and_date
from ingest_builtins.formats.un_documents.masthead import looks_like_masthead
from ingest_builtins.formats.un_documents.paragraphs import rebuild_paragraphs, typical_width
from ingest_builtins.formats.un_documents.signature import Signature, find_signature
from ingest_builtins.formats.un_documents.titles import (
    TITLE_START,
    is_title_debris,
    ocr_title_kind,
    title_extent,
)
from ingest_builtins.formats.un_documents.trailer import find_trailer, is_navigation, is_site_links
from ingest_builtins.formats.un_documents.words import repair_split_words, tidy_punctuation

__all__ = ["ANNEX_HEADING", "Layout", "Section", "read_layout"]

#: An annex heading: "Annex", "Annex II", "ANNEX", "Enclosure", "Annex to the letter dated …", "Annexe";
#: a footnote's stars may follow ("Annex**": the annex is circulated in its language only).
ANNEX_HEADING = re.compile(
    # Chinese: "附件", or a heading ending "…的信的附件" (the annex to the letter of …); a line without
    # "的附件" is passed over at once, not tried at each of its first 150 characters.
    r"^(?:附件(?:[一二三四五六七八九十]{1,3})?\s*$|(?=[^\n]*的附件)[^\n]{2,150}?的附件\s*$)|"
    # (a scan's specks may stand around a heading in capitals: "i ANNEX ee")
    r"^(?:[\W_]{0,3}|[a-z]{1,2}\s+(?=ANNEXE?\b))"
    r"(?:A(?i:nnex(?:e|o)?)|E(?i:nclosure)|Pi(?i:èce\s+jointe)|A(?i:ppendix|ttachment|nexo|ppendice)|"
    r"П(?i:риложение)|مرفق)"
    r"(?:\s+(?:[IVXL]{1,5}|\d{1,2}|[A-H]))?\b\*{0,3}\s*"
    r"(?:$|\[|(?i:to\s+the|à\s+la|aux|de\s+la|к\s+(?:письму|вербальной|идентичным)|الرسالة|المذكرة)\b|:"
    r"|(?<=NNEX\s)[a-z]{1,2}\s*$|(?<=NNEXE\s)[a-z]{1,2}\s*$)",
)
# A document site's fields under the title ("Document symbol: A/69/812", "Original: French",
# "Download: English | Français (PDF)", "UN Document A/51/156"): the masthead's facts in another layout.
_HEADER_FIELD = re.compile(
    r"^\s*\[?\s*(?:(?:UN|U\.N\.|United\s+Nations|official)\s+)?(?:document\s+symbol|symbols?|symbole|signatura|original|distr(?:ibution)?|download|télécharger|"
    r"descargar|languages?|langues?|idiomas?|publication\s+date|document\s+date|date|document\s+type|"
    r"type|sources?|agenda\s+items?|session|country|countries|subjects?|document|"
    # a library catalogue's record: "Date of issue: …", "Organ: …", "Language of this version: …"
    r"date\s+of\s+(?:issue|publication)|issue\s+date|organs?|language\s+of\s+(?:this\s+)?(?:version|document)"
    # … and in the languages of the missions' sites: "Documento de las Naciones Unidas: S/2026/163"
    r"|documento\s+de\s+las\s+naciones\s+unidas|document\s+des\s+nations\s+unies|documento\s+das\s+nações\s+unidas"
    r"|cote|símbolo|categor(?:y|ía|ie|ia)|catégorie)"
    r"\s*:\s*\S"
    # … or the page's publication date: "Publicado el 6 de marzo de 2026 | Categoría: Cartas oficiales".
    r"|^\s*(?:published|posted|publicado|publié|publicada|veröffentlicht|опубликовано)(?:\s+(?:on|el|le|am|em))?"
    r"\s*:?\s+\d"
    # … or a symbol under a label without a colon: "UN Document A/51/156".
    r"|^\s*(?:UN|U\.N\.|United\s+Nations)\s+(?:document|doc\.?)\s+[A-Z]{1,6}(?:/[\w.-]+){2,5}\s*$",
    re.IGNORECASE,
)
# A corrigendum or addendum heading under the title, and the line that says the whole text follows.
_VERSION_NOTE = re.compile(
    r"^\s*(?:corrigendum|addendum|rectificatif|additif|corrección|adición)\s*\*?\s*$"
    r"|^\s*the\s+(?:letter|note(?:\s+verbale)?|text|document)\s+should\s+read\s+as\s+follows\s*:?\s*$"
    r"|^\s*(?:la\s+lettre|la\s+note(?:\s+verbale)?|le\s+texte)\s+doit\s+se\s+lire\s+comme\s+suit\s*:?\s*$"
    r"|^\s*(?:la\s+carta|la\s+nota(?:\s+verbal)?|el\s+texto)\s+debe\s+(?:decir|leerse)\s+(?:como\s+sigue|"
    r"lo\s+siguiente)\s*:?\s*$"
    # a document site's heading over the document's own text
    r"|^\s*(?:full\s+text|text\s+of\s+the\s+(?:letter|document|note)|texte\s+intégral|texto\s+(?:completo|íntegro))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_TITLE_REPEAT_REACH = 30
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])")
_TITLE_MARKER = re.compile(r"\s*\*{1,3}$")
_ORIGINAL_NOTE = re.compile(r"^\s*\[\s*original\s*:[^\]]*\]\s*$", re.IGNORECASE)
# A numbered paragraph's marker at a line's start ("1.     Norway will …", "(a) The …").
_NUMBERED = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s")
_MARKER_ONLY = re.compile(r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*$")
_RUNS_ON = re.compile(r"(?:[,(\-–]|\b(?:the|of|and|see|in|to|its|an|de|la|et|y|voir|véase))$", re.IGNORECASE)
#: The longest ending :data:`_RUNS_ON` reads ("véase").
_RUNS_ON_REACH = 5
# A stop the OCR put after a word no sentence ends with ("List of violations of."): no sentence end.
# Specks after a paragraph's last sentence on its line ("consideration. .", "Council. :").
_TRAILING_SPECKS = re.compile(r"([.!?])(?:\s+[^\w\s]{1,2})+\s*$")
# … or a stop standing apart from the last word ("Ministers for Foreign .").
_OCR_STOP = re.compile(r"\b(?:of|the|to|and|for|on|at|by|with|from)[.:]$|(?<=\w)\s+\.$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;][\"”’)\]]*\W?$")

Language = Callable[[str], str | None]


@attrs.frozen
class Section:
    """The body of the letter or note, or one annex: its heading, own title, paragraphs and signature."""

    role: str
    paragraphs: tuple[str, ...]
    heading: str | None = None
    title: str | None = None
    signature: Signature | None = None
    language: str | None = None

    @property
    def text(self) -> str:
        """The paragraphs, one blank line apart."""
        return "\n\n".join(self.paragraphs)


@attrs.frozen
class Layout:
    """A UN document taken apart."""

    masthead: tuple[str, ...]
    title: str | None
    title_kind: str | None
    sections: tuple[Section, ...]
    footnotes: tuple[str, ...] = ()
    trailer: tuple[str, ...] = ()
    running_heads: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The record's text: the body, then each annex's own title and body."""
        blocks: list[str] = []
        for section in self.sections:
            if section.title:
                blocks.append(section.title)
            blocks.extend(section.paragraphs)
        return "\n\n".join(block for block in blocks if block)


def _find_title(lines: list[str], limit: int) -> tuple[int, str] | None:
    head_end = min(limit, 80)
    for index in range(head_end):
        match = TITLE_START.match(lines[index])
        if match is not None:
            return _repeated_title(lines, index, head_end), ("note" if match.group("note") else "letter")
    if looks_like_masthead("\n".join(lines[:head_end])):
        for index in range(head_end):
            kind = ocr_title_kind(lines, index)
            if kind is not None:
                return index, kind
    return None


def _repeated_title(lines: list[str], index: int, head_end: int) -> int:
    """Where the document starts when a site prints its title twice (page heading, fields, title)."""
    key = " ".join(lines[index].split())[:60]
    if len(key) < 30:
        return index
    # A document library prints it a third time, after a record of fields and downloads: the last
    # repeat before any prose starts the document.
    found = index
    later = index + 1
    while later < min(head_end, found + _TITLE_REPEAT_REACH):
        repeat = " ".join(lines[later].split())
        if repeat.startswith(key) and not ANNEX_HEADING.match(repeat):
            found = later
        elif found != index and len(repeat) >= 60 and _SENTENCE_END.search(repeat):
            break
        elif repeat.endswith("。"):
            break  # a Chinese letter's body: its title comes again only over the annex ("…的信的附件")
        later += 1
    return found


def _masthead_end(lines: list[str], limit: int) -> int:
    """Without a title: the masthead runs to the first line of prose, if the head is a masthead at all."""
    if not looks_like_masthead("\n".join(lines[: min(limit, 60)])):
        return 0
    for index in range(min(limit, 80)):
        line = lines[index].strip()
        if len(line) >= 60 and sum(ch.islower() for ch in line) > len(line) / 2:
            return index
    return 0


def _annex_headings(lines: list[str], start: int, end: int, skip: set[int]) -> list[int]:
    found: list[int] = []
    for index in range(start, end):
        line = lines[index].strip()
        if index not in skip and len(line) < 400 and ANNEX_HEADING.match(line):
            previous = next(
                (lines[i] for i in range(index - 1, start - 1, -1) if lines[i].strip() and i not in skip), ""
            )
            # A heading stands on its own line, not at the end of a cross-reference ("(see" / "Annex I)").
            if not _runs_on(previous):
                found.append(index)
    return found


def _runs_on(line: str) -> bool:
    """Whether ``line`` ends with a sign or word a sentence runs on after (:data:`_RUNS_ON`)."""
    stripped = line.rstrip()
    return _RUNS_ON.search(stripped, max(0, len(stripped) - _RUNS_ON_REACH)) is not None


def _blank_mode(lines: list[str], width: int) -> bool:
    """Whether most lines holding text are followed by a blank one, or are long (``width``: their length)."""
    content = [index for index, line in enumerate(lines) if line.strip()]
    followed = sum(1 for index in content[:-1] if not lines[index + 1].strip())
    return followed >= 0.6 * (len(content) - 1) or width > 200


def _own_title(body: list[str], page_width: int) -> tuple[str | None, list[str]]:
    """Split an annex's own title (short lines before its first paragraph) from its body.

    ``page_width`` is the full-line length of the whole document: an annex
    of a few lines says too little about it.
    """
    content = [line for line in body if line.strip()]
    if len(content) < 2:
        return None, body
    own_width = typical_width(content)
    if _blank_mode(body, own_width):
        first = content[0].strip()
        if len(first) < 200 and (not _SENTENCE_END.search(first) or _OCR_STOP.search(first)):
            position = body.index(content[0])
            return first, body[position + 1 :]
        return None, body
    width = max(own_width, page_width)
    # A title standing alone before a blank line: one line however long, or up to three short ones.
    position = body.index(content[0])
    block_end = next((i for i in range(position, len(body)) if not body[i].strip()), len(body))
    block = [line.strip() for line in body[position:block_end]]
    short = len(block) == 1 or all(len(line) < 0.8 * width for line in block)
    if block_end < len(body) and len(block) <= 3 and short and all(_title_line(line) for line in block):
        return _TITLE_MARKER.sub("", " ".join(block)), body[block_end:]
    # A blank line after a line of the title ends the title there.
    positions = [index for index, line in enumerate(body) if line.strip()]
    closes = [index + 1 < len(body) and not body[index + 1].strip() for index in positions]
    count = 0
    while count < min(5, len(content) - 1):
        line = content[count].rstrip()
        ended = _SENTENCE_END.search(line) and not _OCR_STOP.search(line)
        if ended or len(line.strip()) >= 0.9 * width or place_and_date(line):
            break
        # The next line is a full line: this one starts the first paragraph, unless the title runs on to it
        # or the full line starts a sentence after a line that does not run on (a one-line title).
        runs_on = count > 0 and _runs_on(content[count - 1])
        full_next = len(content[count + 1].rstrip()) >= 0.9 * width
        following = content[count + 1].lstrip()
        starts_anew = (following[:1].isupper() or _NUMBERED.match(following) is not None) and not _runs_on(
            line
        )
        if len(line.strip()) >= 0.6 * width and full_next and not runs_on and not starts_anew:
            break
        count += 1
        if closes[count - 1]:
            break
    if count == 0 or count == len(content):
        return None, body
    title = _TITLE_MARKER.sub("", " ".join(line.strip() for line in content[:count]))
    position = body.index(content[count])
    return title, body[position:]


def _title_line(line: str) -> bool:
    """A line that can be a title: short, no sentence or salutation ending it (an OCR stop aside)."""
    if len(line) >= 200 or line.endswith(","):
        return False
    return not _SENTENCE_END.search(line) or _OCR_STOP.search(line) is not None


def _join_markers(lines: list[str]) -> list[str]:
    """Put a list marker standing alone on its line ("1.") in front of the next line."""
    joined: list[str] = []
    pending: str | None = None
    for line in lines:
        if len(line.strip()) <= 6 and _MARKER_ONLY.match(line):  # ("(iv)." at the longest)
            pending = line.strip()
            continue
        if pending is not None and line.strip():
            line = f"{pending} {line.strip()}"
            pending = None
        joined.append(line)
    if pending is not None:
        joined.append(pending)
    return joined


def _paragraphs(lines: list[str], language: str, markers: bool) -> tuple[str, ...]:
    paragraphs = []
    for paragraph in rebuild_paragraphs(_join_markers(lines), language):
        if markers:
            paragraph = remove_markers(paragraph)
        paragraph = tidy_punctuation(repair_split_words(paragraph, language), language)
        paragraph = _without_trailing_specks(paragraph)
        if language in ("zh", "ja"):
            paragraph = _CJK_BREAK.sub("", paragraph)  # wrapped Chinese and Japanese lines join unspaced
        if paragraph.strip():
            paragraphs.append(paragraph.strip())
    return tuple(paragraphs)


def _without_trailing_specks(paragraph: str) -> str:
    """``paragraph`` without the specks after its last sentence (one or two signs each, a blank before)."""
    if not any(ch.isspace() for ch in paragraph.rstrip()[-3:-1]):
        return paragraph
    return _TRAILING_SPECKS.sub(r"\1", paragraph)


def _section(
    role: str,
    lines: list[str],
    removed: set[int],
    span: tuple[int, int],
    language: Language,
    markers: bool,
    width: int,
) -> Section:
    start, end = span
    heading: str | None = None
    cursor = start
    if role == "annex":
        heading_end = (
            title_extent(lines, start)
            if re.search(r"\b(?:to|à|aux|de|к)\s|^مرفق\s", lines[start])
            else start + 1
        )
        heading = " ".join(line.strip() for line in lines[start:heading_end] if line.strip())
        heading = _TITLE_MARKER.sub("", heading)  # the footnote marker after the heading ("Annex**")
        cursor = heading_end
        while cursor < end and (not lines[cursor].strip() or _ORIGINAL_NOTE.match(lines[cursor])):
            cursor += 1
    # specks read as signs or as a letter or two on lines of their own ("ee" under "ANNEX") are left out
    kept = [
        index
        for index in range(cursor, end)
        if index not in removed and not is_debris(lines[index]) and not is_title_debris(lines[index])
    ]
    visible = set(kept)
    signature = find_signature([lines[i] if i in visible else "" for i in range(cursor, end)])
    if signature is not None:
        signature = attrs.evolve(signature, start=signature.start + cursor, end=signature.end + cursor)
    if signature is not None:
        kept = [index for index in kept if not signature.start <= index < signature.end]
    body = without_trailing_debris([lines[index] for index in kept])
    title: str | None = None
    if role == "annex":
        title, body = _own_title(body, width)
    found = language(" ".join(body)[:2000])
    return Section(role, _paragraphs(body, found or "en", markers), heading, title, signature, found)


def read_layout(text: str, body_role: str = "letter", language: Language | None = None) -> Layout:
    """Take a UN document apart; ``language`` names the language of a sample of text (or ``None``)."""
    detect: Language = language or (lambda sample: None)
    lines = unflatten(text).replace("\f", "\n").split("\n")
    trailer_start = find_trailer(lines)
    found = _find_title(lines, trailer_start)
    title: str | None = None
    kind: str | None = None
    if found is not None:
        start, kind = found
        title_end = body_start = title_extent(lines, start)
        title = " ".join(
            line.strip() for line in lines[start:title_end] if line.strip() and not is_title_debris(line)
        )
        title = _TITLE_MARKER.sub("", title)  # the footnote marker after the title ("… Council*")
        title = _CJK_BREAK.sub("", title)  # Chinese and Japanese lines join without a space
        while body_start < trailer_start and (
            not lines[body_start].strip()
            or is_title_debris(lines[body_start])
            or _HEADER_FIELD.match(lines[body_start])
            or _VERSION_NOTE.match(lines[body_start])
            or is_site_links(lines[body_start])
            or is_running_head(lines[body_start])
        ):
            body_start += 1
        while body_start > title_end and not lines[body_start - 1].strip():
            body_start -= 1
        masthead = lines[:start] + lines[title_end:body_start]
    else:
        body_start = past_salutation(lines, _masthead_end(lines, trailer_start), trailer_start)
        masthead = lines[:body_start]
    flags = [is_furniture(line) for line in lines]  # asked by the furniture and the footnotes alike
    removed = furniture_lines(lines, flags)
    removed |= {index for index, line in enumerate(lines) if is_navigation(line) or is_site_links(line)}
    notes = footnote_lines(lines, body_start, trailer_start, flags)
    heads = tuple(
        lines[index].strip()
        for index in sorted(removed)
        if index >= body_start and is_running_head(lines[index])
    )
    headings = _annex_headings(lines, body_start, trailer_start, removed | notes)
    removed |= notes
    bounds = [body_start, *headings, trailer_start]
    width = typical_width(
        [lines[i] for i in range(body_start, trailer_start) if i not in removed and lines[i].strip()]
    )
    sections = []
    for number, (start, end) in enumerate(pairwise(bounds)):
        role = body_role if number == 0 else "annex"
        section = _section(role, lines, removed, (start, end), detect, bool(notes), width)
        if role != "annex" or section.paragraphs or section.title:
            sections.append(section)
    footnotes = tuple(lines[index].strip() for index in sorted(notes))
    return Layout(
        masthead=tuple(masthead),
        title=title,
        title_kind=kind,
        sections=tuple(sections),
        footnotes=_merge_notes(footnotes),
        trailer=tuple(line for line in lines[trailer_start:] if line.strip()),
        running_heads=heads,
    )


def _merge_notes(lines: tuple[str, ...]) -> tuple[str, ...]:
    merged: list[str] = []
    for line in lines:
        if merged and (line[:1].islower() or not re.match(r"^\W*(?:\*|\d{1,2}\s)", line)):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    return tuple(merged)

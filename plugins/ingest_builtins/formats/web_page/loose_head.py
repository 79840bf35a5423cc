"""The lines a copied page's head leaves above the story's first paragraph: furniture, or the story's own."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.furniture import is_furniture_line, reading_words, words
from ingest_builtins.formats.web_page.copied_page import CopiedPage, take_reporter_credit
from ingest_builtins.formats.web_page.folding import same_text
from ingest_builtins.formats.web_page.head_lines import (
    PARAGRAPH_WORDS,
    SENTENCE_END,
    is_dateline_line,
    is_paragraph,
    title_like,
)
from ingest_builtins.formats.web_page.stamps import has_time, is_date_line, read_timestamp
from ingest_builtins.metadata.dates import find_dates

__all__ = ["up_to_first_paragraph", "up_to_first_sentence"]

#: A headline has so many words at least.
_HEADLINE_WORDS = 4
_LABEL_WORDS = 2
#: How far below where the head stopped the story's first paragraph may be.
_LOOSE_HEAD = 8
#: Among the lines left above the first paragraph, so many of five words or more at most: a headline and a
#: standfirst; more are the text's own (its key points, a poem's lines).
_LOOSE_LONG_LINES = 2
#: So many lines of furniture read by name among the lines above the first paragraph make them the page's.
_FURNITURE_AMONG = 2
#: A paragraph cut off before its stop has so many words and so many commas or stops inside at least (a menu
#: copied onto one line has none).
_CUT_PARAGRAPH_WORDS = 30
_PROSE_MARKS = 2
_PROSE_MARK = re.compile(r"[,.;؛](?=\s|$)|[،，、。]")
_BULLETS = ("•", "-", "–", "*", "·")
# A site's name or motto taken for the headline names an outlet or a site ("Juventud Rebelde - Diario de
# la Juventud Cubana", "…観光情報サイト", "וואלה האתר המוביל בישראל"): a headline under it, over the story,
# wins.
_OUTLET_TITLE = re.compile(
    r"(?i:\b(?:news|times|daily|radio|tv|online|diario|peri[oó]dico|noticias|jornal|gazeta|zeitung|nachrichten"
    r"|actualit[ée]s?|actualidad|notizie|giornale|haber|gazete|новости|газета|вести|радио)\b|\.(?:com|net|org)\b)"
    r"|サイト|新聞|日報|האתר|صحيفة|جريدة"
)
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")


def up_to_first_paragraph(lines: list[str], start: int, page: CopiedPage) -> int:
    """Where the story starts when the lines the head left are no sentences, just above its first paragraph.

    The head is read line by line and stops at a line it cannot name: a site's motto, a slug, an image's
    name, the headline under a section's name. If every line from there to the first paragraph (a sentence
    of some length, or the text's last line cut off inside a paragraph) is short or ends without a stop,
    none of them is the story's; the last of them with a headline's length is the headline where the head
    took a name of a few words, or a site's name or motto, for it.
    """
    end = min(len(lines), start + _LOOSE_HEAD)
    first = next(
        (
            index
            for index in range(start, end)
            if is_paragraph(lines[index]) or (index == len(lines) - 1 and _cut_paragraph(lines[index]))
        ),
        None,
    )
    if first is not None and first > start and is_dateline_line(lines[first - 1]):
        first -= 1  # the story's own dateline on its line over the lead ("New Delhi, April 26:"): the story's
    if first is None or first == start:
        return start
    loose = lines[start:first]
    if _furniture_lines(loose) >= _FURNITURE_AMONG:
        # The page's fields and links between the headline and the story ("Haber Giriş Tarihi:", the page's
        # address): the headline, its standfirst and these lines are the page's head.
        page.found.append("widget labels")
        if page.title is None:
            page.title = next((line for line in loose if title_like(line)), None)
        return first
    # (over the page's time stamp, a sentence is a photo's caption or a standfirst: the page's head)
    stamped = [index for index, line in enumerate(loose) if has_time(line)]
    below = loose[stamped[-1] + 1 :] if stamped else loose
    if any(line.endswith(SENTENCE_END) and words(line) > _LABEL_WORDS for line in below):
        return start  # a sentence of the story's own: a short lead, a standfirst
    if (
        sum(bool(_NUMBERED.match(line)) for line in below) > 1
        or sum(words(line) >= _HEADLINE_WORDS + 1 for line in below) > _LOOSE_LONG_LINES
    ):
        return start  # a list (key points, a digest's contents) or a verse: the text's own
    headlines = [
        line
        for line in loose
        if title_like(line) and reading_words(line) >= _HEADLINE_WORDS and not line.startswith(_BULLETS)
    ]
    for line in loose:
        take_reporter_credit(page, line)  # "記者詹詠淇／台北報導" under the photo's caption
    stamps = [stamp for line in loose if (stamp := read_timestamp(line)) is not None]
    if page.date is None and stamps:
        page.date = stamps[0][0]  # the story's stamp among the lines the head left
    twice = [line for line in headlines if _printed_twice_around_stamp(lines[:first], line)]
    if twice:
        page.title = twice[-1]  # the headline printed twice, a kicker or a stamp between ("… / date / …")
        page.found.append("repeated headline")
    elif headlines and (
        page.title is None or _apart_label(lines, start, page.title) or _OUTLET_TITLE.search(page.title)
    ):
        page.title = headlines[-1]
        page.found.append("headline")
    return first


def _cut_paragraph(line: str) -> bool:
    """A paragraph cut off before its stop, as an excerpt ends: long, and punctuated as prose is."""
    return reading_words(line) >= _CUT_PARAGRAPH_WORDS and len(_PROSE_MARK.findall(line)) >= _PROSE_MARKS


def _furniture_lines(loose: list[str]) -> int:
    """How many of ``loose`` are furniture read by name; a field's label counts only when empty.

    ("Published on:" over another label or the page's address is an empty field of the page's; "Ingredients:"
    or "Present:" over the lines it heads is a recipe's or minutes' own.)
    """
    count = 0
    for index, line in enumerate(loose):
        if is_furniture_line(line) != "strong":
            continue
        below = loose[index + 1] if index + 1 < len(loose) else ""
        if line.endswith(":") and not (below.endswith(":") or is_furniture_line(below) == "strong"):
            continue
        count += 1
    return count


def _printed_twice_around_stamp(lines: list[str], line: str) -> bool:
    """Whether ``line`` is printed twice among ``lines`` with a time stamp between the two.

    (A page prints its headline over and under the story's stamp; a report's title repeated on its title
    page has none between, a sermon's only its date.)
    """
    key = same_text(line)
    at = [index for index, other in enumerate(lines) if same_text(other) == key]
    if len(at) < 2:
        return False
    between = lines[at[0] + 1 : at[-1]]
    return any(map(has_time, between))


def _apart_label(lines: list[str], start: int, title: str) -> bool:
    """Whether what the head took for the headline is a name of a few words with furniture under it.

    ("Sala de Prensa" / "Usted está en: Portada" / date / the headline: a section's name; a short headline
    right over its standfirst, "Obama wins election", stays.)
    """
    at = max((index for index in range(start) if lines[index] == title), default=start - 1)
    return reading_words(title) < _HEADLINE_WORDS and at < start - 1


#: The story's first sentence has so many words at least.
_SENTENCE_WORDS = 6
# What a line of the story's own ends with when it runs on into the next: a dateline's dash, a colon, a comma.
_RUNS_ON = (":", "：", ",", "-", "–", "—")


def up_to_first_sentence(lines: list[str], start: int, page: CopiedPage) -> int:
    """Where the story starts when the short lines above its first sentence end none: a page's labels.

    ("Ver todos los resultados" / "Reading Time: 2 mins read" / the lead.) A line of a paragraph's length,
    a line running on into the next (a dateline's dash, a colon, a sentence wrapped), a short sentence, a
    bulleted or numbered item, or no sentence within reach leave the start where it was. A date line read
    on the way, whatever its stop ("19. novembar 2007."), is no sentence: it dates the page (an undated one),
    whether the start moves or not.
    """
    index = start
    while index < len(lines) and index - start < _LOOSE_HEAD:
        line = lines[index]
        count = reading_words(line)
        if is_date_line(line) or read_timestamp(line) is not None:
            found = find_dates(line, 1)
            page.date = page.date or (found[0].iso if found else None)
            index += 1
            continue
        if line.endswith(SENTENCE_END) and count >= _SENTENCE_WORDS:
            return index
        if (
            count >= PARAGRAPH_WORDS
            or line.endswith(_RUNS_ON)
            or line.startswith(_BULLETS)
            or _NUMBERED.match(line)
            or (count >= _LABEL_WORDS + 1 and line.endswith(SENTENCE_END))  # a short sentence: the story's
            or (count >= _SENTENCE_WORDS and line[-1:].islower())  # a sentence wrapped onto the next line
        ):
            return start
        index += 1
    return start

"""Where a sentence ends, and where a story ends: after its last sentence, before the lines that end none.

Whatever a site or a wire desk sets under a story without a label read elsewhere (other stories'
headlines, names, keywords, a widget's words, the desk's codes) ends no sentence; a story ends on one.
Shared by the formats that read a story's end: copied pages and agency copy.
"""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.furniture import is_end_marker, is_furniture_line, reading_words, words
from ingest_builtins.formats.articles.names import is_person_name
from ingest_builtins.metadata.dates import find_dates

__all__ = ["SENTENCE_END", "after_last_sentence", "runs_on"]

#: What a sentence ends with: its stop in the scripts read (Armenian's, Ethiopic's two wordspaces,
#: Burmese's and Khmer's too), or a closing quotation mark or bracket after it.
SENTENCE_END = (
    ".", "!", "?", "…", '"', "”", "»", "’", "'", ")", "。", "！", "？", "」", "』", "।", "۔", "؟",
    "։", "።", "፡", "။", "។", "៕",
)  # fmt: skip
#: A story's closing sentence has so many words at least ("More rain is expected.").
_CLOSING_WORDS = 3
#: A paragraph has so many words at least; most of a text's end as sentences end, or it has no stops.
_PARAGRAPH_WORDS = 15
#: The lines under the last sentence are read as far as this.
_UNDER_LINES = 80
#: A text's own closing lines under its last sentence: so many at most.
_CLOSING_LINES = 3
_SIGNATURE_OFFICE_WORDS = 5
#: A line closing a text holds a date or a figure of so many digits (a telephone's, an account's).
_FIGURE_DIGITS = 5
_SHORT_DATE_LINE = 40


# Hindi and Bengali copy typed on a Latin keyboard ends its sentences with a bar for the danda: "… है |".
_DANDA_BAR = re.compile(r"[\u0900-\u09ff]\s?\|$")
_DIGIT = re.compile(r"\d")
#: Under a story of one paragraph, so many lines at most are furniture.
_FEW_LINES = 2
# A sentence's stop inside a line, more words after it.
_STOP_INSIDE = re.compile(r"[.!?。！？]['\"”’»]?\s+(?=\S)")
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_SIZE = re.compile(r"\d{2,}[x×]\d{2,}")
_PLACED = re.compile(r"[^\W\d_][\w'’.-]+(?:[ ][^\W\d_][\w'’.-]+){0,2},")
#: A list's items under the sentence announcing it: so many at least, each of so many words.
_LIST_ITEMS = 3
_ITEM_WORDS = (2, 5)
#: Lines running on with a comma under the last sentence: so many make verses.
_VERSE_LINES = 2


def _stops(line: str) -> bool:
    return line.endswith(SENTENCE_END) or _DANDA_BAR.search(line) is not None


def _ends_sentence(line: str) -> bool:
    return _stops(line) and reading_words(line) >= _CLOSING_WORDS


def _own_lines(lines: list[str]) -> bool:
    """Whether lines under the last sentence are the text's own, whatever their ends.

    A letter's closing running on with a comma ("Yours faithfully," over the name), verses whose lines run
    on with commas or semicolons (two at least) or open with a small letter; another story's headline does
    neither.
    """
    running_on = [line.endswith((",", ";", "،", "，", "、")) for line in lines]
    if running_on[0] or sum(running_on) >= _VERSE_LINES:
        return True
    # (a line of words opening with a small letter runs on from the one above: a verse's, a sentence's;
    # not a code's: "kom/ tnt/", "ш. 7")
    return any(runs_on(line) and words(line) >= _CLOSING_WORDS and not _DIGIT.search(line) for line in lines)


def _printed_twice(lines: list[str], index: int, end: int) -> bool:
    """Whether line ``index``, a headline's (no full stop), is printed again right above or under it.

    (A poem's refrain ends with its stop: "And miles to go before I sleep." twice stays.)
    """
    line = lines[index]
    if line.endswith((".", "!", "?", "…", "。", "！", "？")):
        return False
    return lines[index - 1] == line or (index + 1 < end and lines[index + 1] == line)


def _few_lines(lines: list[str]) -> bool:
    """Whether ``lines`` are a line or two of a few words: no figures, no sentence inside, no paragraph."""
    return len(lines) <= _FEW_LINES and not any(
        _DIGIT.search(line) or _STOP_INSIDE.search(line) or reading_words(line) >= _PARAGRAPH_WORDS
        for line in lines
    )


def _listed(lines: list[str]) -> bool:
    """Whether the lines open with a list's items: three short phrases at least, no label read among them.

    ("The items are listed below." / "Glass bottles and jars" / "Food and garden waste" / …; other stories'
    headlines run longer.)
    """
    low, high = _ITEM_WORDS
    run = 0
    for line in lines:
        if (
            not low <= reading_words(line) <= high
            or is_furniture_line(line) == "strong"
            or is_end_marker(line)
        ):
            break
        run += 1
    return run >= _LIST_ITEMS


def runs_on(line: str) -> bool:
    """Whether ``line`` opens with a small Latin, Greek or Cyrillic letter, a sentence running on.

    (Georgian's letters, small by Unicode's count, have no capitals in prose.)
    """
    first = line[:1]
    return first.islower() and first < "\u0530"


# An item of a numbered list: "1. Daniel Kiptum, Kenya, 2:03:12", "2) …".
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")


def _copy_s_own(line: str) -> bool:
    """A line of agency copy's own under its last sentence: a numbered item (results, a list)."""
    return _NUMBERED.match(line) is not None


def _closes_text(lines: list[str], index: int, last: int, end: int) -> bool:
    """A line closing a text under its last sentence, its own.

    A place and date ("Accra, 25 November 2026"), a line holding a figure ("Crimestoppers: 0800 555 111"),
    a signatory's name, or the office under it.
    """
    line = lines[index]
    if _SIZE.search(line) or (_CLOCK.search(line) and not _PLACED.match(line)):
        # a page's stamp ("29 ago, 12:41"), an ad slot's size ("468x90"): no text closes so (a place and
        # date may give the hour: "Accra, 25 November 2026, 10:30")
        return False
    if find_dates(line, 1) or sum(character.isdigit() for character in line) >= _FIGURE_DIGITS:
        return True
    if is_person_name(line):
        return True
    # (a signatory's office under the name right under the last sentence, or over the name: "Глава района" /
    # "И. В. Соколов")
    if words(line) > _SIGNATURE_OFFICE_WORDS:
        return False
    under_name = index == last + 2 and is_person_name(lines[index - 1])
    # (over the name, the name closing the text: no label's colon, nothing after it)
    closing_name = index + 2 == end and is_person_name(lines[end - 1])
    over_name = index == last + 1 and ":" not in line and words(line) > 1 and closing_name  # (no label)
    return under_name or over_name


def _calendar(lines: list[str]) -> bool:
    """Whether dated lines among ``lines`` run forward in time: a newsletter's events, not a site's list."""
    short = (line for line in lines if len(line) <= _SHORT_DATE_LINE)
    dates = [found[0].iso for line in short if (found := find_dates(line, 1))]
    return len(dates) > 1 and dates == sorted(dates) and dates[0] < dates[-1]


def after_last_sentence(lines: list[str], start: int, end: int, *, agency_copy: bool = False) -> int:
    """Where the story in ``lines[start:end]`` (stripped, not blank) ends: after its last sentence.

    ``end`` when no line ends a sentence above the end, when most of the text's paragraphs end with no stop
    (Thai has none; a hard-wrapped text's lines end anywhere), or when the lines under the last sentence are
    a list it introduces ("The winners were:") or dated lines running forward (a newsletter's events).
    A page's closing place and date, figure or signature stays under it. Agency copy signs nothing of its
    own there, but a numbered list (results) under its last sentence stays.
    """
    last = end - 1
    # (a headline printed twice in a row is a teaser's, its picture's words and its link's)
    while last > start and (not _ends_sentence(lines[last]) or _printed_twice(lines, last, end)):
        last -= 1
    # A story of one paragraph ends on it too, when a line or two of a few words are under it ("Více zde.",
    # another story's headline); not a table, a list, its second paragraph without its stop, or sentences.
    if last < start or (
        last == start
        and (reading_words(lines[start]) < _PARAGRAPH_WORDS or not _few_lines(lines[start + 1 : end]))
    ):
        return end
    if last == end - 1 or end - last > _UNDER_LINES:
        return end
    paragraphs = [line for line in lines[start : last + 1] if reading_words(line) >= _PARAGRAPH_WORDS]
    if sum(map(_stops, paragraphs)) * 2 < len(paragraphs):
        return end
    introduced = lines[last + 1]
    if (
        introduced.endswith((":", "：", "៖"))  # (Khmer's colon too)
        and reading_words(introduced) >= _CLOSING_WORDS
        and not is_end_marker(introduced)
    ):
        return end
    under = lines[last + 1 : end]
    if _own_lines(under) or (agency_copy and any(map(_copy_s_own, under))) or _listed(under):
        return end
    cut = last + 1
    while (
        not agency_copy and cut < end and cut - last <= _CLOSING_LINES and _closes_text(lines, cut, last, end)
    ):
        cut += 1
    if cut == end or _calendar(lines[cut:end]):
        return end
    return cut

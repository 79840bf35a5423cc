"""Where a sentence ends, and where a story ends: after its last sentence, before the lines that end none.

Whatever a site or a wire desk sets under a story without a label read elsewhere (other stories'
headlines, names, keywords, a widget's words, the desk's codes) ends no sentence; a story ends on one.
Shared by the formats that read a story's end: copied pages and agency copy.
"""

from __future__ import annotations

from ingest_builtins.formats.articles.furniture import is_end_marker, reading_words, words
from ingest_builtins.formats.articles.names import is_person_name
from ingest_builtins.metadata.dates import find_dates

__all__ = ["SENTENCE_END", "after_last_sentence"]

#: What a sentence ends with: its stop in the scripts read (Armenian's, Ethiopic's two wordspaces,
#: Burmese's and Khmer's too), or a closing quotation mark or bracket after it.
SENTENCE_END = (
    ".", "!", "?", "…", '"', "”", "»", "’", "'", ")", "。", "！", "？", "」", "』", "।", "۔", "؟",
    "։", "።", "፡", "။", "។",
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


def _ends_sentence(line: str) -> bool:
    return line.endswith(SENTENCE_END) and reading_words(line) >= _CLOSING_WORDS


def _closes_text(lines: list[str], index: int, last: int) -> bool:
    """A line closing a text under its last sentence, its own.

    A place and date ("Accra, 25 November 2026"), a line holding a figure ("Crimestoppers: 0800 555 111"),
    a signatory's name, or the office under it.
    """
    line = lines[index]
    if find_dates(line, 1) or sum(character.isdigit() for character in line) >= _FIGURE_DIGITS:
        return True  # (a clock's time beside another story's headline, "01:01 Burkina : …", is no figure)
    if is_person_name(line):
        return True
    # (the office under a signatory's name right under the last sentence)
    return index == last + 2 and is_person_name(lines[index - 1]) and words(line) <= _SIGNATURE_OFFICE_WORDS


def _calendar(lines: list[str]) -> bool:
    """Whether dated lines among ``lines`` run forward in time: a newsletter's events, not a site's list."""
    short = (line for line in lines if len(line) <= _SHORT_DATE_LINE)
    dates = [found[0].iso for line in short if (found := find_dates(line, 1))]
    return len(dates) > 1 and dates == sorted(dates) and dates[0] < dates[-1]


def after_last_sentence(lines: list[str], start: int, end: int, *, own_closing: bool = True) -> int:
    """Where the story in ``lines[start:end]`` (stripped, not blank) ends: after its last sentence.

    ``end`` when no line ends a sentence above the end, when most of the text's paragraphs end with no stop
    (Thai has none; a hard-wrapped text's lines end anywhere), or when the lines under the last sentence are
    a list it introduces ("The winners were:") or dated lines running forward (a newsletter's events).
    With ``own_closing``, a text's closing place and date, figure or signature stays under it.
    """
    last = end - 1
    while last > start and not _ends_sentence(lines[last]):
        last -= 1
    if last <= start or last == end - 1 or end - last > _UNDER_LINES:
        return end
    paragraphs = [line for line in lines[start : last + 1] if reading_words(line) >= _PARAGRAPH_WORDS]
    if sum(line.endswith(SENTENCE_END) for line in paragraphs) * 2 < len(paragraphs):
        return end
    introduced = lines[last + 1]
    if (
        introduced.endswith((":", "："))
        and words(introduced) >= _CLOSING_WORDS
        and not is_end_marker(introduced)
    ):
        return end
    cut = last + 1
    while own_closing and cut < end and cut - last <= _CLOSING_LINES and _closes_text(lines, cut, last):
        cut += 1
    if cut == end or _calendar(lines[cut:end]):
        return end
    return cut

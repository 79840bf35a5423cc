"""A news story copied from a page with none of the page's furniture: told as news is told, and nothing else.

Users copy a story's paragraphs alone as often as the whole page. No label, stamp or menu is left to read
then, but the text still has the make of a report: paragraphs of prose of a story's length, figures
(dates, ages, sums, counts), and a teller who does not speak of himself: whoever says "I" or "we" in a
report is quoted. What the shared plain texts are is unlike it: verse and lists (short lines), documents
with a structure of their own (front matter, Markdown, numbered sections, a speaker's label before each
turn) or naming their kind (a statement, a decree, a chapter), letters and essays, blogs and memoirs (told
in the first person), encyclopedia entries and lives (a subject defined at once), and books (longer).

This is the weakest evidence a page gives, weaker than a story's shape (``page_shape``): every other
format's own sign outweighs it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ingest_builtins.formats.articles.address import is_address_line, opens_with_greeting
from ingest_builtins.formats.articles.furniture import reading_words
from ingest_builtins.formats.articles.teller import personal_words
from ingest_builtins.formats.web_page.copied import page_lines
from ingest_builtins.formats.web_page.document_kinds import names_own_kind
from ingest_builtins.formats.web_page.head_lines import PARAGRAPH_WORDS, SENTENCE_END
from ingest_builtins.metadata.weekdays import WEEKDAYS

__all__ = ["news_story"]

#: A story's length in words: a brief's to a long feature's.
_STORY_WORDS = (30, 2_500)
#: Feminine weekdays longer than so many letters are matched by their stem too (their case endings
#: change); the shortest ("Mon", "Sun") not at all.
_STEM_FROM = 5
_SHORTEST_DAY = 3
#: Share of the words standing in prose (lines of a paragraph's length, or sentences), not in short lines.
_PROSE_SHARE = 0.6
#: A line of so many words ending as a sentence ends is prose too.
_SENTENCE_WORDS = 8
#: Words of the first or second person outside quotations that make a text its author's own account.
_PERSONAL_MOST = 1
#: Lines with a structure of their own ("1. Definitions", "Q: …") that make a text a document, not a story.
_STRUCTURE_MOST = 1
#: A dialogue (a transcript, an interview, minutes by speaker) has so many speakers' labels, each repeated.
_SPEAKERS = 2

# A section's or an article's number opening a line: "1. Definitions.", "2.3 Scope", "Artículo 2.-",
# "Статья 5.", "第3条".
_NUMBERED_LINE = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[IVX]{1,4}\.)\s+\S"
    r"|(?i:art(?:[íi]culo|icle|ikel|icolo|igo|\.)|статья|стаття)\s*\d|第[\d一二三四五六七八九十]+条"
)
# A label of one to three words and a colon opening a line: a section's alone on its line ("CONSIDERANDO:",
# "Ingredientes:"), a speaker's before each turn ("Q:" … "A:" …, or a play's "ROSA (aparte) — …"). (A page's
# "Photo: …" or "Source: …", even twice, and a story's "The minister said: …" are neither.)
_LABEL = re.compile(
    r"([^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,2})(?:\s?:(?:\s|$)|(?: \([^()\n]{1,30}\))?\s[-–—]\s)"
)
# An encyclopedia's or a biography's opening: a subject by its name defined ("Harrowfield is a market town
# …", "Castelverde è un comune …", "… ist eine Stadt …", "Белогорск — город …") or a life's span
# ("(1921–2008)", "(born …)"). A report's lead names no subject so: "The fire that gutted … was the third",
# "Das Hochwasser an der Lenne war das schwerste …" (an article before the subject).
_NAME = r"[^\W\d_][\w.'’-]*"
_DEFINITION = re.compile(
    r"(?!(?i:the|an?|das|der|die|dem|den|ein|eine|le|la|les|el|los|las|il|lo|gli|os|as|o|het|de|een|un|une|uno|una)\s)"
    rf"(?=[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]){_NAME}(?:\s+(?:{_NAME}|de|of|la|le|von|van|del|da|di|du|des|der|am|an|on|upon|sur)){{0,5}}"
    r"(?:\s*\([^)\n]{0,80}\))?,?\s+(?:(?:is|was|est|était|ist|war|es|fue|é|foi|è|jest|is een|era)\s+"
    r"(?:a|an|the|un|une|le|la|ein|eine|der|die|das|una|el|um|uma|o|een|uno)\b|[—–]\s+[a-zа-яё])"
    r"|^[^.!?\n]{0,120}?(?:\(\d{3,4}\s?[-–]\s?\d{3,4}\)|\((?:born|né|née|nacido|nacida|geboren|nato|nata)\b)"
)
# When it happened, as a report without a figure still tells it: the day of the week, or the day before
# or of the report ("el presidente aseguró este martes", "вчера", "昨日").
_RELATIVE_DAYS = (
    "today|yesterday|tonight|aujourd'hui|aujourd’hui|hier|hoy|ayer|hoje|ontem|heute|gestern|oggi|ieri"
    "|сегодня|вчера|сьогодні|вчора|днес|bugün|dün|kemarin|dziś|dzisiaj|wczoraj|vandaag|gisteren|idag|igår"
    "|tänään|eilen|danas|jučer|juče|včera|dnes|tegnap|astăzi|σήμερα|χθες|اليوم|أمس|امروز|دیروز|आज"
    "|täna|šodien|šiandien|vakar|včeraj|данас|јуче|денеска|сёння|учора|бүгін|кеше|dünən|dje"
    "|hôm nay|hôm qua|hari ini|semalam|დღეს|გუშინ|այսօր|երեկ|ዛሬ|ትናንት|היום|אתמול|আজ|গতকাল|இன்று|நேற்று|අද|ඊයේ"
)
_WHEN = re.compile(rf"(?<!\w)(?:{_RELATIVE_DAYS})(?!\w)|今天|昨天|今日|昨日|오늘|어제", re.IGNORECASE)


@functools.cache
def _weekdays() -> re.Pattern[str]:
    """The days of the week of the languages read, compiled once.

    A day's name and its forms and compounds ("tisdagen", "Dienstagabend"); a feminine day's stem with
    another ending, as Slavic cases give it ("в пятницу", "w środę", "u subotu").
    """
    days = [day for day in WEEKDAYS if len(day) > _SHORTEST_DAY and day != "среда"]  # (also "environment")
    stems = {day[:-1] for day in days if len(day) > _STEM_FROM and day[-1] in "aяеeę"}

    def alternatives(words: Iterable[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    return re.compile(
        rf"(?<!\w)(?:(?:{alternatives(days)})\w{{0,10}}|(?:{alternatives(stems)})\w{{0,2}})(?!\w)",
        re.IGNORECASE,
    )


def _tells_when(paragraphs: list[str]) -> bool:
    """Whether the paragraphs name the day it happened, as a report does."""
    text = "\n".join(paragraphs)
    return _WHEN.search(text) is not None or _weekdays().search(text) is not None


#: A report's lead runs long: a paragraph of so many words at least.
_LEAD_WORDS = 20
_DIGIT = re.compile(r"\d")


def _structured(lines: list[str]) -> int:
    """How many lines give the text a structure of its own: numbered, a section's label, a speaker's turn."""
    labels = [match.group(1).casefold() if (match := _LABEL.match(line)) else None for line in lines]
    turns = {label for label in labels if label is not None and labels.count(label) > 1}
    if len(turns) < _SPEAKERS:
        turns = set()  # one label printed twice ("Photo: …") is a page's caption, not a dialogue
    return sum(
        bool(_NUMBERED_LINE.match(line)) or (label is not None and (label in turns or line.endswith(":")))
        for line, label in zip(lines, labels, strict=True)
    )


def _is_prose(line: str, count: int) -> bool:
    """A paragraph, or a line of a sentence's length ending as a sentence ends (a brief's paragraph)."""
    return count >= PARAGRAPH_WORDS or (count >= _SENTENCE_WORDS and line.endswith(SENTENCE_END))


def news_story(text: str) -> str | None:
    """Why ``text`` reads as a news story copied alone, or ``None`` when it does not.

    Paragraphs of prose of a story's length stating figures or naming the day, told by no "I" or "we"
    outside quotations, with no structure of a document of another kind and no greeting or line of address.
    """
    lines = page_lines(text)
    if not lines:
        return None
    counts = [reading_words(line) for line in lines]
    total = sum(counts)
    low, high = _STORY_WORDS
    if not low <= total <= high:
        return None
    paragraphs = [line for line, count in zip(lines, counts, strict=True) if count >= PARAGRAPH_WORDS]
    in_paragraphs = [count for count in counts if count >= PARAGRAPH_WORDS]
    in_prose = sum(count for line, count in zip(lines, counts, strict=True) if _is_prose(line, count))
    if in_prose < _PROSE_SHARE * total or max(in_paragraphs, default=0) < _LEAD_WORDS:
        return None  # verse, a list, a form, a recipe's steps
    # (sought in the paragraphs only: a children's story or house rules told a sentence a line name days too)
    if not any(_DIGIT.search(line) for line in paragraphs) and not _tells_when(paragraphs):
        return None  # no date, age, sum or count, no day named: an essay's or a tale's telling
    if _structured(lines) > _STRUCTURE_MOST:
        return None
    if names_own_kind(lines) or _DEFINITION.match(paragraphs[0]):
        return None  # a document of its own kind, an encyclopedia's entry or a life
    if any(map(is_address_line, lines)) or opens_with_greeting(text):
        return None  # a letter's or a message's
    if personal_words(lines) > _PERSONAL_MOST:
        return None
    return (
        f"a news story's text: {len(paragraphs)} paragraph(s) of prose stating figures or the day, in the"
        " third person"
    )

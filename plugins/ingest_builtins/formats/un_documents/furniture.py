"""Page furniture of UN documents: running heads, page counters, job numbers, barcodes, "Please recycle"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest_builtins.formats.un_documents.languages import language_code
from ingest_builtins.formats.un_documents.symbols import SYMBOL, repair_series_letters

__all__ = ["furniture_lines", "is_debris", "is_furniture", "is_running_head", "without_trailing_debris"]

_SYMBOLS = rf"{SYMBOL.pattern}(?:\s*[–—-]?\s*{SYMBOL.pattern})*"
_OLD_JOB = (
    # the job number's hyphen read as a plus: "89+13208 1440b (E)"
    r"(?:GE\W{0,2}\.)?[0-9gGoOlI]{2}[-+][0-9OolI]{4,5}[a-z]?\*?[:.]?"
    r"(?:[\s/]+[0-9OolI|]{3,5}[a-zA-Z]?[)'.:]{0,2})?(?:\s*\([A-Z£€]\)[.:]?)?(?:\s+\d{6}){0,3}"
    r"(?:\s+(?:[^\w\s]|_){0,3}\s*[A-Za-z0-9]{0,6}\s*(?:[^\w\s]|_){0,3}){0,3}"
)
# "Page 2" with OCR debris before it or a stop after the word: "\u201d Page 2", "_Page 2", "Page. 2".
_PAGE_LABEL = re.compile(r"[\W_]{0,12}(?:[a-z]{1,2}\s+)?pa[a-z]{1,2}[.,:]?\s+\d{1,3}\W{0,2}", re.IGNORECASE)
_OLD_JOB_START = re.compile(r"(?:GE\W{0,2}\.)?[0-9gGoOlI]{2}[-+][0-9OolI]{4,5}\b")
_KEPT_IN_TURN = re.compile(
    r"\s*\W{0,3}(?i:annexe?|anexo|enclosure|appendix)\b|"
    r"\s*(?:[A-Z][\w.'-]*\s+){1,4}[A-Z]{3,}(?:[\s-][A-Z]{2,})*\s*$"
)
_CONTINUATION = re.compile(r"/\s?(?:\.\s?){2,4}")
#: How far a page's foot (job number, continuation mark) may stand above the next page's label.
_PAGE_TURN = 10
# One pattern of alternatives, each a whole line of furniture (fullmatch tries each in turn).
_LINE_PATTERN = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            # Job number, with the version's language and processing dates: "18-06117 (E) 240418 250418";
            # OCR reads digits as letters now and then ("go-11348 1478i").
            # Documents processed in Geneva prefix it: "GE.24-04521 (E)".
            # A reissued document's carries the footnote's asterisk: "23-01992* (E)".
            r"(?:GE\.)?[0-9gGoOlI]{2}-\d{4,5}[a-z]?\*?(?:\s+\d{3,5}[a-z]?)?(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,3}",
            r"\d{3,5}[a-z](?:\s*\([A-Z]\))?",  # the second half of an old job number: "2395b (E)"
            r"\([A-Z]\)(?:\s+\d{6}){0,3}",  # "(E)" alone, perhaps with dates
            r"\d{6}(?:\s+\d{6}){0,2}",  # processing dates alone: "081118"
            r"\*\s?\d{6,8}\s?\*",  # barcode: "*1806117*"
            r"please\s+recycle\W*",
            # … in the other versions' languages
            r"merci\s+de\s+recycler\W*|prière\s+de\s+recycler\W*|sírvase\s+reciclar\W*|se\s+ruega\s+reciclar\W*|просьба\s+отправить\s+на\s+вторичную\s+переработку\W*|"
            r"الرجاء\s+إعادة\s+الاستعمال\W*|请回收\W*",
            r"\d{1,3}\s?/\s?\d{1,3}",  # page counter "2/3"
            r"\d{1,3}/\d{1,3}\s+\d{2}-\d{5}",  # counter and job number: "2/4 20-07123"
            r"\d{2}-\d{5}\s+\d{1,3}/\d{1,3}",  # job number and counter: "20-07123 3/4"
            r"\d{1,3}\s+(?:GE\.)?\d{2}-\d{4,5}",  # page number and job number: "2   GE.25-02817"
            r"(?:GE\.)?\d{2}-\d{4,5}(?:\s*\([A-Z]\))?\s+\d{1,3}",  # and the other way round
            r"pa[a-z]{1,2}\s+\d{1,3}",  # "Page 2" (OCR: "Pago 2")
            # A scan's old job number with OCR damage, the continuation mark beside it read as a word or
            # debris: "90-01187 O931e (E) \" Baoan", "86-25960: 0683k' (E)", "GE'.91-10388/29658 . \u201c".
            _OLD_JOB,
            r"/\s?(?:\.\s?){2,4}",  # continuation mark "/..."
            r"\f",
            r"[_\-–—=.\s]{3,}\*?",  # rules, sometimes carrying a footnote marker
        )
    ),
    re.IGNORECASE,
)
# A job number or barcode line: a footer a bare page number stands beside.
_JOB = re.compile(r"(?:GE\.)?\d{2}-\d{4,5}\b|\*\s?\d{6,8}\s?\*")
_RUNNING_HEAD = re.compile(
    rf"(?:\d{{1,3}}\s?/\s?\d{{1,3}}\s+)?{_SYMBOLS}(?:\s+\d{{1,3}}\s?/\s?\d{{1,3}})?\s*/?",
)


def is_running_head(line: str) -> bool:
    """A line holding only symbols, perhaps with a page counter: ``A/72/843 S/2018/360 2/3``."""
    stripped = line.strip().lstrip("\f")
    if "/" not in stripped or stripped.endswith("."):  # every symbol holds a slash
        return False
    if _RUNNING_HEAD.fullmatch(stripped) is not None:
        return True
    # A scan's running head: quote-like debris around it, a series letter misread ("\u201d A/44/871 $/21051").
    repaired = repair_series_letters(stripped.strip("\"'\u201c\u201d\u2018\u2019`,:;_ "))
    return repaired != stripped and bool(repaired) and _RUNNING_HEAD.fullmatch(repaired) is not None


def is_furniture(line: str) -> bool:
    """Whether a line is page furniture wherever it stands (a running head, a job number, a counter …)."""
    stripped = line.strip()
    if not stripped:
        return False
    if is_running_head(stripped):
        return True
    stripped = stripped.lstrip("\f")
    if not stripped or (_ends_with_number(stripped) and _PAGE_LABEL.fullmatch(stripped) is not None):
        return True
    return _LINE_PATTERN.fullmatch(stripped) is not None


def _ends_with_number(line: str) -> bool:
    """Whether a digit stands among the last three characters of ``line``, as a page label's number does."""
    return line[-1:].isdecimal() or line[-2:-1].isdecimal() or line[-3:-2].isdecimal()


_PAGE_REACH = 2


def _is_page_number(line: str) -> bool:
    """A line of one to three digits alone: a bare page number."""
    stripped = line.strip()
    return len(stripped) <= 3 and stripped.isdecimal()


def _beside_page_number(line: str) -> bool:
    """A footer or header a page number is printed beside: a job number, a barcode, a running head."""
    return _JOB.match(line.strip().lstrip("\f")) is not None or is_running_head(line)


def furniture_lines(lines: list[str], flags: Sequence[bool] | None = None) -> set[int]:
    """Indexes of furniture lines, with the language and page lines that stand by a running head.

    A bare page number counts when a job number, barcode or running head stands within two lines of it.
    ``flags`` is :func:`is_furniture` of each line when the caller has it already.
    """
    flags = [is_furniture(line) for line in lines] if flags is None else flags
    marked = {index for index, flag in enumerate(flags) if flag}
    for index, line in enumerate(lines):
        if index not in marked and _is_page_number(line):
            near = range(max(0, index - _PAGE_REACH), min(len(lines), index + _PAGE_REACH + 1))
            if any(other in marked and _beside_page_number(lines[other]) for other in near):
                marked.add(index)
    for index, line in enumerate(lines):
        if index in marked and _PAGE_LABEL.fullmatch(line.strip()):
            marked |= _page_turn(lines, index, marked)
    heads = [index for index in marked if is_running_head(lines[index])]
    for head in heads:
        for index in range(max(0, head - 3), min(len(lines), head + 4)):
            line = lines[index].strip()
            if index not in marked and line and len(line) < 20 and language_code(line) is not None:
                marked.add(index)
    return marked


def _page_turn(lines: list[str], label: int, marked: set[int]) -> set[int]:
    """The lines between a page's foot (a job number, a continuation mark) and the next page's label.

    On a scan they are all furniture (the continuation mark read as a word, a running head whose symbols
    the OCR misread, the language line), so long as none is as long as a line of prose.
    """
    for anchor in range(label - 1, max(-1, label - _PAGE_TURN - 1), -1):
        line = lines[anchor].strip().lstrip("\f")
        if len(line) > 40:
            return set()
        foot = _OLD_JOB_START.match(line) or _JOB.match(line) or _CONTINUATION.fullmatch(line)
        if anchor in marked and foot:
            # an annex heading the text layer put before the label stays ("Annex:", then "_Page 2")
            # and so does a signatory's name pdftotext put below the job number ("Y. VORONTSOV")
            return {index for index in range(anchor, label) if not _KEPT_IN_TURN.match(lines[index])}
    return set()


_SPECKS = frozenset("|~©°=<>{}\\^¬•■")
_WORD = re.compile(r"[^\W\d_]{3,}")


def is_debris(line: str) -> bool:
    """A scan's specks read as text.

    A line of signs alone (":", "\u00a9", "* *"), or of two letters at most with a speck ("oe |").
    """
    stripped = line.strip()
    if not stripped or _more_letters_than(2, stripped):
        return False
    if not any(ch.isalnum() for ch in stripped):
        return True
    return not any(ch.isdigit() for ch in stripped) and any(ch in _SPECKS for ch in stripped)


def _more_letters_than(count: int, text: str) -> bool:
    """Whether ``text`` holds more than ``count`` letters (it stops reading at the one that makes it more)."""
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count < 0:
                return True
    return False


def without_trailing_debris(lines: list[str]) -> list[str]:
    """``lines`` without the lines after the last one holding a word ("2", "*" below the last sentence)."""
    end = len(lines)
    while end > 0 and _WORD.search(lines[end - 1]) is None:
        end -= 1
    return lines[:end]

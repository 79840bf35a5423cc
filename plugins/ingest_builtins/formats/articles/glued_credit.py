"""A credit or the desk's codes glued to the story's last sentence, on its line: "… on Monday. (Carta)".

Sites and mailing lists that pass copy on often lose the line break before the credit closing it: the
outlet or agency in brackets ("(PAP)", "(ANNニュース)", "(Photos by …)"), after a dash ("- Xinhua",
"--SPA 13:26 …", "========N.A."), or the desk's codes ("aps", "osj.rk", "INP/J/H/LK"). What follows the
last sentence's stop on the last line is such a credit when it is short and has one of these shapes; words
running on after an abbreviation ("the U.S. army") or a speaker's tag ("… win." he said) are no credit.
"""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.articles.agencies import is_agency
from ingest_builtins.formats.articles.furniture import reading_words

__all__ = ["GluedCredit", "glued_credit"]

# A sentence's stop with more on its line after it: a space after Latin stops, perhaps none after CJK ones.
_STOP = re.compile(r"(?:[.!?…][\"'”’»)]*[ \t]+|[。！？][」』）)]*[ \t]*)(?=\S)")
#: A glued credit is so long at most, in characters and in tokens.
_LONGEST = 60
_MOST_TOKENS = 6
# The outlet, the agency or the photographer in brackets, perhaps a plugin's or the desk's words after it:
# "(Carta)", "(PAP) Powered by WPeMatico", "(end) osj.rk". (A sentence in brackets is the story's.)
_BRACKETED = re.compile(r"[(\[（【][^()\[\]（）【】\n]{1,45}(?<![.!?。])[)\]）】](?:[ \t]+\S+){0,3}")
# A dash, slash or equals run before the credit: "- (PRIMAPRESS)", "// انتهى //", "========N.A.".
_DASHED = re.compile(r"(?:-{1,2}|[–—]|={2,}|/{1,2})[ \t]*\S[^\n]{0,50}")
# The desk's codes: small letters joined by a dot or slash ("osj.rk", "kol/mal"), capitals and slashes
# ("INP/J/H/LK"), or a word of two to four small letters alone ("aps").
_CODES = re.compile(
    r"[a-z]{1,5}(?:[./][a-z]{1,5})+|[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,6})+|[a-z]{2,4}",
)
# The word before the stop is an abbreviation's ("U.S.", "p.m.", "Dr."), not a sentence's end.
_ABBREVIATION = re.compile(r"(?:\b\w\.\w|\b[A-Z][a-z]?|\b\w)\Z")


def _is_credit(rest: str) -> bool:
    tokens = rest.split()
    if len(rest) > _LONGEST or len(tokens) > _MOST_TOKENS:
        return False
    if _BRACKETED.fullmatch(rest) or _DASHED.fullmatch(rest):
        return True
    if len(tokens) == 1 and _CODES.fullmatch(rest):
        return True
    # (an agency named after a word of its language: "Από ΚΥΠΕ")
    return len(tokens) <= 2 and is_agency(tokens[-1]) and not tokens[-1].islower()


@attrs.frozen
class GluedCredit:
    """Where the credit starts in the text, and the reporter it names (a Japanese paper's "【名前】")."""

    start: int
    reporters: tuple[str, ...] = ()


# A Japanese paper's reporter in lenticular brackets closing the story: "…という。【深野麟之介】".
_REPORTER = re.compile(r"【(?P<name>[\u4e00-\u9fff\u3040-\u30ff]{2,7})】")


def glued_credit(body: str) -> GluedCredit | None:
    """The credit glued to the last sentence of ``body``'s last line, or ``None``.

    A reporter's name in lenticular brackets alone on the last line counts too.
    """
    line_start = body.rfind("\n") + 1
    line = body[line_start:]
    if line_start and (alone := _REPORTER.fullmatch(line.strip())) is not None:
        return GluedCredit(len(body[:line_start].rstrip()), (alone.group("name"),))
    stops = list(_STOP.finditer(line))
    if not stops:
        return None
    stop = stops[-1]
    rest = line[stop.end() :].rstrip()
    before = line[: stop.start()]
    if reading_words(before) < 3 or _ABBREVIATION.search(before) or not _is_credit(rest):
        return None
    reporter = _REPORTER.fullmatch(rest)
    return GluedCredit(
        line_start + len(line[: stop.end()].rstrip()), (reporter.group("name"),) if reporter else ()
    )

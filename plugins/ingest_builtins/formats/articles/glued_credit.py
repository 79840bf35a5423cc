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

from ingest_builtins.formats.articles.agencies import canonical_agency, is_agency
from ingest_builtins.formats.articles.furniture import reading_words
from ingest_builtins.formats.articles.names import byline_names

__all__ = ["GluedCredit", "glued_credit"]

# A sentence's stop with more on its line after it: a space after Latin stops (and the Hindi and Urdu ones),
# perhaps none after CJK ones.
_STOP = re.compile(r"(?:[.!?…][\"'”’»)]*[ \t]+|[。！？][」』）)]*[ \t]*|[।۔][ \t]+)(?=\S)")
#: A glued credit is so long at most, in characters and in tokens.
_LONGEST = 60
_MOST_TOKENS = 6
# The outlet, the agency or the photographer in brackets, perhaps a plugin's or the desk's words after it:
# "(Carta)", "(PAP) Powered by WPeMatico", "(end) osj.rk". (A sentence or a citation in brackets is the
# story's: "(It was built in 1890.)", "(Harding and Price, 2011)", "(see below)".)
_INSIDE = r"[^()\[\]（）【】\n\d]{1,45}(?<![.!?。])"
_BRACKETED = re.compile(
    rf"(?:\((?P<round>{_INSIDE})\)|\[(?P<square>{_INSIDE})\]|（(?P<wide>{_INSIDE})）|【(?P<lenticular>{_INSIDE})】)"
    r"(?:[ \t]+\S+){0,3}"
)
# A dash before an agency's name, a bracket or the desk's capitals and codes ("- (PRIMAPRESS)", "- Xinhua",
# "--SPA 13:26 LOCAL TIME"), or an equals run before capitals ("========N.A."). (A dash before a name is a
# quotation's source, "— Seneca", "— JFK", or a line of dialogue.)
_DASHED = re.compile(r"(?P<dash>-{1,2}|[–—]+|={2,})[ \t]*(?P<credit>\S[^\n]{0,50})")
_CAPITALS = re.compile(r"(?:[A-Z]{2,}|[A-Z](?:\.[A-Z])+\.?)\b")
# The desk's codes: small letters joined by a dot or slash ("osj.rk", "kol/mal"), capitals and slashes
# ("INP/J/H/LK"). (One word in small letters alone may be the sentence's: "… by approx. noon".)
_CODES = re.compile(r"[a-z]{1,5}(?:[./][a-z]{1,5})+|[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,6})+")
# The word before the stop is an abbreviation's ("U.S.", "p.m.", "Dr.", "approx."), not a sentence's end.
_ABBREVIATION = re.compile(
    r"(?:\b\w\.\w|\b[A-Z][a-z]?|\b\w|\b(?:approx|ca|etc|vs|cf|al|incl|resp|bzw|usw|env))\Z"
)


def _is_credit(rest: str) -> bool:
    tokens = rest.split()
    if len(rest) > _LONGEST or len(tokens) > _MOST_TOKENS:
        return False
    bracketed = _BRACKETED.fullmatch(rest)
    if bracketed is not None:
        inside = next(part for part in bracketed.groups() if part is not None).split()
        return len(inside) == 1 or not all(word.islower() for word in inside)
    dashed = _DASHED.fullmatch(rest)
    if dashed is not None:
        credit = dashed.group("credit")
        if _BRACKETED.fullmatch(credit) or is_agency(credit.split()[0]):
            return True
        # (capitals alone after an equals run; after a dash, only with the desk's time or codes after them)
        return _CAPITALS.match(credit) is not None and (
            dashed.group("dash")[0] == "=" or len(credit.split()) > 1
        )
    if len(tokens) == 1 and _CODES.fullmatch(rest):
        return True
    # (an agency named after a word of its language: "Από ΚΥΠΕ")
    return len(tokens) <= 2 and is_agency(tokens[-1]) and not tokens[-1].islower()


@attrs.frozen
class GluedCredit:
    """Where the credit starts in the text, the reporter it names ("【名前】") and the agency ("【共同】")."""

    start: int
    reporters: tuple[str, ...] = ()
    agency: str | None = None


# A Japanese paper's reporter in lenticular brackets closing the story: "…という。【深野麟之介】".
# (A name is in kanji; "【つづく】", "【おわり】", "【全文完】" say the story goes on or ends;
# "【関連記事】" and "【写真】" head what follows; "【共同】" is an agency.)
_REPORTER = re.compile(
    r"【(?P<name>(?!全文|完|関連|速報|写真|動画|号外|続報|特集)[\u4e00-\u9fff]{2,6}(?<!完))】"
)


# The writer under a label, glued on too: "Автор сюжета: Анна Раченкова", "Texto: Ana Lima".
_LABELLED_AUTHOR = re.compile(
    r"(?:автор(?:\s+(?:сюжета|текста|материала|статьи))?|текст|author|autor|autora|autore|auteur|texte|text"
    r"|texto|testo|yazar|penulis)\s*:\s*(?P<names>[^\n:()]{3,50})",
    re.IGNORECASE,
)


# A link to the rest of the story on its source's site, glued on after an ellipsis: "… suite de l'article sur
# RFI", "Continue reading on BBC News", "Leer más en El País", "Weiterlesen auf tagesschau.de".
_READ_ON = re.compile(
    r"(?:suite\s+de\s+l['’]article|lire\s+la\s+suite|continue\s+reading|read\s+(?:more|the\s+full\s+(?:story|article))"
    r"|leer\s+(?:más|la\s+nota\s+completa)|weiterlesen|continua\s+a\s+leggere|leia\s+mais)\s+(?:sur|on|at|en|auf|bei|su|em|no|na)"
    r"\s+\S[^\n]{0,40}",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(r"[ \t]*(?:\.{3}|…)\Z")


_SLASHED_REPORTER = re.compile(r"\)[ \t]*/[ \t]*(?P<name>[^/()\n]{3,40})\Z")


def _credited(start: int, credit: str) -> GluedCredit:
    """The credit at ``start``, with the reporter or the agency its lenticular brackets name."""
    named = _REPORTER.fullmatch(credit)
    if named is None:
        return GluedCredit(start)
    if is_agency(named.group("name")):
        return GluedCredit(start, agency=canonical_agency(named.group("name")))
    return GluedCredit(start, (named.group("name"),))


def glued_credit(body: str) -> GluedCredit | None:
    """The credit glued to the last sentence of ``body``'s last line, or ``None``.

    A reporter's name in lenticular brackets alone on the last line counts too.
    """
    line_start = body.rfind("\n") + 1
    line = body[line_start:]
    if line_start and _REPORTER.fullmatch(line.strip()):
        return _credited(len(body[:line_start].rstrip()), line.strip())
    stops = list(_STOP.finditer(line))
    if not stops:
        return None
    stop = stops[-1]
    rest = line[stop.end() :].rstrip()
    before = line[: stop.start()]
    if reading_words(before) < 3 or _ABBREVIATION.search(before):
        return None
    start = line_start + len(line[: stop.end()].rstrip())
    if _READ_ON.fullmatch(rest):  # "… autorités de transition. ... suite de l'article sur RFI"
        return GluedCredit(line_start + len(_ELLIPSIS.sub("", line[: stop.end()].rstrip())))
    labelled = _LABELLED_AUTHOR.fullmatch(rest)
    if labelled is not None and (people := byline_names(labelled.group("names"))[0]):
        return GluedCredit(start, tuple(people))  # "… и власти. Автор сюжета: Анна Раченкова"
    if not _is_credit(rest):
        return None
    glued = _credited(start, rest)
    # (the reporter after the source's bracket and a slash: "————— (Udaipur Kiran) / पंकज दास")
    named = _SLASHED_REPORTER.search(rest)
    people = byline_names(named.group("name"))[0] if named is not None else []
    return attrs.evolve(glued, reporters=tuple(people)) if people and not glued.reporters else glued

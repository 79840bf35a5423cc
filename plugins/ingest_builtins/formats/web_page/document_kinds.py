"""Headings by which a text names its own kind: a statement, a decree, minutes, a speech, a chapter.

A report tells of these documents; it is none of them. A text whose first lines name such a kind
("Statement by the Ministry …", "Nota à imprensa nº 412", "DECRETO DE ALCALDÍA N° 14", "Meetings Coverage
and Press Releases") or carry a document's symbol ("SC/16342") is that document, copied as its issuer
wrote it, whatever its prose looks like.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["names_own_kind"]

_OWN_KIND = re.compile(
    r"(?:joint |official |press |public )?(?:statement|communiqu[ée]|comunicado|comunicato|nota\b|note\b"
    r"|d[ée]claration|declaraci[óo]n|erklärung|pressemitteilung|presseschau|minutes\b|agenda\b|transcript"
    r"|remarks\b|speech\b|discours\b|discurso\b|заявление|сообщение для печати|بيان|بلاغ|声明|談話"
    r"|decree|decreto|d[ée]cret|dekret|указ|постановление|resolu[tcç]i?[oóã]o?n?|r[ée]solution|ordinance"
    r"|ordenanza|acta\b|proc[èe]s-verbal|protokoll|протокол|محضر|стенограмма"
    # … a report, a sermon or a lecture by its title, and who prepared it
    r"|(?:an? |the )?(?:report|rapport|informe|relatório|bericht) (?:on|sur|sobre|über)\b|sermon\b|homily\b"
    r"|hom[ée]lie|homil[íi]a|predigt|lecture on\b|prepared by\b|élaboré par\b|elaborado por\b|erstellt von\b)"
    r"|.{0,60}\bpress releases?\b|[A-Z]{1,6}(?:/[A-Z0-9.]+)+$"
    # a book's chapter by its number ("Chapter 3", "Глава IV", "第三章"; not "Глава МИД", the ministry's head)
    r"|(?:chapter|chapitre|cap[íi]tulo|capitolo|kapitel|hoofdstuk|rozdział|глава|розділ)\s+(?:\d+|[ivxlc]+)"
    r"\s*(?:[:.–—-].*)?$"  # (alone, or before its title: not "Chapter 11 filing leaves suppliers waiting")
    r"|第[\d一二三四五六七八九十百]+章",
    re.IGNORECASE,
)
#: The lines at the top where a document names its kind.
HEAD_LINES = 3


# Signatories speaking for themselves in the first line: "Las organizaciones abajo firmantes expresamos …",
# "The undersigned organisations …": a declaration or an open letter.
_SIGNATORIES = re.compile(
    r"\b(?:undersigned|abajo firmantes|abaixo[- ]assinad[oa]s|soussign[ée]e?s|unterzeichne(?:nde|te)n?"
    r"|sottoscritt[ie]|ondergetekenden|нижеподписавшиеся)\b",
    re.IGNORECASE,
)


# A document's own opening: front matter, a Markdown heading or fence, a header field naming its title or
# subject ("Title: …", "Objet : …").
_OPENINGS = ("---", "#", "```", "title:", "titre:", "título:", "titel:", "subject:", "objet:", "asunto:")


def names_own_kind(lines: Sequence[str]) -> bool:
    """Whether the first non-blank ``lines`` (stripped) open or name a document's own kind.

    Its front matter or heading, its kind, its symbol, or its signatories speaking in the first line.
    """
    if lines and lines[0].casefold().startswith(_OPENINGS):
        return True
    return any(_OWN_KIND.match(line) for line in lines[:HEAD_LINES]) or bool(
        lines and _SIGNATORIES.search(lines[0])
    )

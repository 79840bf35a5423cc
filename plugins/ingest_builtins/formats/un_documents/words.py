"""Conservative word repair for PDF text: split words, end-of-line hyphens, spaces before punctuation.

Decisions rest on the word frequencies of the ``wordfreq`` package: two
pieces are joined only when they are not both words and their join is one.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["is_word", "join_hyphenated", "repair_split_words", "tidy_punctuation"]

#: A piece at least this frequent (Zipf scale, per billion words: 3 ≈ once per million) is a word.
WORD_ZIPF = 3.0
#: The join of an end-of-line hyphen whose one piece is no word needs only this (≈ once per 100 million).
_KNOWN_ZIPF = 1.0
#: wordfreq's list of the words that occur at least once per million (Zipf 3, :data:`WORD_ZIPF`): a
#: tenth of the full list, loaded in a tenth of the time, and all that a decision at that level needs.
#: The full list (``"best"``) is read only for the rarer joins of :func:`join_hyphenated`.
_FREQUENT = "small"
#: Single letters that are words of their own, by language.
_LETTER_WORDS = {"en": {"a", "i"}, "fr": {"a", "à", "y"}, "es": {"a", "y", "o", "e", "u"}}
_WORD_SPLIT = re.compile(r"((?<![\w'’-])[^\W\d_]+(?![\w'’-]))")
_HYPHEN_BREAK = re.compile(r"([A-Za-zÀ-ÿ]+)-\n([A-Za-zÀ-ÿ]+)")
# Blanks before a mark, after a word or a closing bracket: each match opens with its first blank and looks
# behind it (a pattern opening with a character class is tried only where such a character stands).
_SPACE_BEFORE = {"fr": re.compile(r"[ \t](?<=[\w)\]”’][ \t])[ \t]*([.,])(?=\s|$)")}
_SPACE_BEFORE_DEFAULT = re.compile(r"[ \t](?<=[\w)\]”’][ \t])[ \t]*([.,;:!?])(?=\s|$)")
_SPACED_MARK = re.compile(r" [.,;:!?]")
_OPEN_BRACKET_SPACE = re.compile(r"\(\s+(?=\w)")
_CLOSE_BRACKET_SPACE = re.compile(r"(?<=\w)\s+\)")
#: Marks that end an item after its last word, as no word touches them.
_CLOSING_MARKS = frozenset(',.;:!?)]”"')
#: A closing bracket after a space (found faster than the space, which most words are followed by).
_SPACED_CLOSE = re.compile(r"\)(?<=\s\))")


# wordfreq is imported on first use: loading it costs a third of a second that a run
# without PDF text (and `ingest plugins`) need not pay.


#: Languages written without spaces between words (no split words to repair), whose word lists would
#: also need tokenizers (jieba, MeCab) that are not dependencies.
_UNSPACED = frozenset({"zh", "ja", "ko"})


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages(_FREQUENT)) - _UNSPACED


@lru_cache(maxsize=65536)
def _zipf(word: str, language: str, wordlist: str = _FREQUENT) -> float:
    """``word``'s Zipf frequency in ``language``; 0 when it is not in ``wordlist``."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, language, wordlist=wordlist))


#: The pieces found to be words so far, by language: two of them side by side are never joined.
_WORDS: dict[str, set[str]] = {}


@lru_cache(maxsize=65536)
def is_word(piece: str, language: str = "en") -> bool:
    """Whether ``piece`` is a frequent word of ``language``; single letters only from a short list."""
    lowered = piece.lower()
    if len(lowered) == 1:
        found = lowered in _LETTER_WORDS.get(language, {"a"})
    else:
        found = _zipf(lowered, language) >= WORD_ZIPF
    if found:
        _WORDS.setdefault(language, set()).add(piece)
    return found


def repair_split_words(text: str, language: str = "en") -> str:
    """Join words split by a stray space ("aggr ession" → "aggression"), conservatively.

    Joined only when the two pieces are not both words and their join is a
    word; "a part" and "in to" stay as they are.
    """
    if language not in _languages():
        return text
    # The items between single spaces: a word split by a stray space ends one item and opens the next.
    items = text.split(" ")
    kept = [items[0]]
    words = _WORDS.setdefault(language, set())
    left = _end_words(items[0])[1]
    for item in items[1:]:
        if item in words and (left is None or left in words):
            # A word found so far, after another or after a sign or a digit: never joined (the test below).
            kept.append(item)
            left = item
            continue
        first, last = (item, item) if item.isalpha() else _end_words(item)  # (a word alone: itself)
        if (
            left is not None
            and first is not None
            and first[0].islower()
            and not (left in words and first in words)
            and _should_join(left, first, language)
        ):
            kept[-1] += item
            # A joined word is not joined again to the next.
            left = None if first == item else last
        else:
            kept.append(item)
            left = last
    return text if len(kept) == len(items) else " ".join(kept)


def _end_words(item: str) -> tuple[str | None, str | None]:
    """The word ``item`` opens with and the word it ends with; ``None`` where a sign or a digit stands.

    An item stands between spaces, which no word touches: its words are those of the text around it.
    """
    if item.isalpha():
        return item, item  # a word alone
    if item[-1:] in _CLOSING_MARKS and item[:-1].isalpha():
        return item[:-1], None  # a word and a stop, a comma or a closing bracket
    # Words and what lies between them, alternately: [before, word, between, word, …, after].
    tokens = _WORD_SPLIT.split(item)
    if len(tokens) == 1:
        return None, None
    return (tokens[1] if not tokens[0] else None), (tokens[-2] if not tokens[-1] else None)


@lru_cache(maxsize=65536)
def _should_join(left: str, right: str, language: str) -> bool:
    if len(left) > 12 or len(right) > 12 or (len(left) > 1 and left[1:].isupper()):
        return False
    if is_word(left, language) and is_word(right, language):
        return False
    return _zipf((left + right).lower(), language) >= WORD_ZIPF


def join_hyphenated(left: str, right: str, language: str = "en") -> str:
    """Join two pieces an end-of-line hyphen separated: drop the hyphen unless it is a real compound's.

    "Secretary-" + "General" keeps its hyphen (a capital follows); "ex-" +
    "ample" becomes "example": the join is a word and more frequent than the
    hyphenated pair.
    """
    if not right or not right[0].islower() or language not in _languages():
        return f"{left}-{right}"
    joined = (left + right).lower()
    together = _zipf(joined, language)
    if together >= WORD_ZIPF and together > _zipf(f"{left}-{right}".lower(), language):
        return left + right
    if is_word(left, language) and is_word(right, language):
        return left + right if _broken_not_compound(left, right, language) else f"{left}-{right}"
    # A piece that is no word at all was cut by the line's end ("réaffir-" + "mons"): a rarer join will do.
    together = _zipf(joined, language, "best")
    rarer = together >= _KNOWN_ZIPF and together > _zipf(f"{left}-{right}".lower(), language, "best")
    if rarer and min(_zipf(left.lower(), language, "best"), _zipf(right.lower(), language, "best")) == 0:
        return left + right
    return f"{left}-{right}"


#: English prefixes written with a hyphen before a word ("well-being", "non-proliferation", "re-elected").
_HYPHEN_PREFIXES = frozenset(
    {"all", "anti", "by", "co", "counter", "cross", "ex", "full", "half", "high", "long", "low", "mid"}
    | {"multi", "non", "post", "pre", "re", "self", "semi", "short", "sub", "vice", "well"}
)
#: Particles that end hyphenated English compounds of a verb ("follow-up", "build-up", "set-up").
_PARTICLES = frozenset({"about", "back", "by", "down", "in", "off", "on", "out", "over", "through", "up"})
#: The Zipf frequency (full list) a join needs to be read as a word a line's end cut: "herewith" (2.4).
_CUT_ZIPF = 2.3


def _broken_not_compound(left: str, right: str, language: str) -> bool:
    """Whether two English words an end-of-line hyphen separates are one word cut ("here-with", "per-sons").

    wordfreq knows no hyphenated compounds, so the compounds English writes with a hyphen are told by
    their shape: a prefix ("non-", "well-"), a particle after a verb ("follow-up"), a participle after a
    noun ("decision-making"); such a pair is joined only when its join is a very common word
    ("without", "understanding"). Any other pair is joined when its join is a word.
    """
    if language != "en":
        return False
    first, second = left.lower(), right.lower().rstrip(".,;:!?)’'\"")
    if first in _HYPHEN_PREFIXES or not second.isalpha():
        return False
    together = _zipf(first + second, language, "best")
    if second in _PARTICLES:
        return together >= 4.5
    if second.endswith(("ing", "ed")):
        return together >= 3.5
    return together >= _CUT_ZIPF


def tidy_punctuation(text: str, language: str = "en") -> str:
    """Remove stray spaces before punctuation ("Azerbaijan ." → "Azerbaijan.") and inside brackets."""
    if "\t" in text or _SPACED_MARK.search(text):
        pattern = _SPACE_BEFORE.get(language, _SPACE_BEFORE_DEFAULT)
        text = pattern.sub(r"\1", text)
    if "(" in text:
        text = _OPEN_BRACKET_SPACE.sub("(", text)
    return _CLOSE_BRACKET_SPACE.sub(")", text) if _SPACED_CLOSE.search(text) else text

"""Decide the encoding of bytes and decode them: BOM, strict UTF-8, UTF-16 by NUL pattern, then chardet.

Most documents are UTF-8 and are decoded by the strict UTF-8 attempt alone,
at the speed of the codec; a web page declaring its encoding is read in it;
only the rest reach the detector, which sees a bounded sample.  A guess the
detector is unsure of (confidence under :data:`LOW_CONFIDENCE`) is never
taken silently: Windows-1252, the commonest legacy encoding of news and
diplomatic text, is preferred when the detector rates it nearly as high and
the bytes decode under it strictly, and the record gets a warning naming
the candidates.  Whatever is chosen is then applied to the whole input
strictly; when it fails part-way, the bad bytes are replaced and a warning
gives the offset of the first one and their count.  Too many replacements,
or bytes that are not text at all, make the input a failure.
"""

from __future__ import annotations

import codecs
import contextlib
import re

import attrs
import chardet
from chardet import EncodingEra

from ingest import Decoded, Rejected
from ingest_builtins.decoding.declared import declared_encoding

__all__ = ["DEFAULT_MAX_REPLACED", "DEFAULT_SAMPLE_BYTES", "LOW_CONFIDENCE", "decode_bytes"]

#: Bytes of the input the detector sees.
DEFAULT_SAMPLE_BYTES = 64 * 1024
#: Share of characters that may be replaced before the input is refused.
DEFAULT_MAX_REPLACED = 0.02
#: Below this detector confidence the guess is uncertain: Windows-1252 is tried and a warning is given.
LOW_CONFIDENCE = 0.2
#: The fallback of an uncertain guess, taken when the detector rates it at least this share of its best.
_FALLBACK, _FALLBACK_SHARE = "cp1252", 0.75

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_FIRST_BYTES = frozenset(bom[0] for bom, _ in _BOMS)
# C0 controls that do not occur in text (all but tab, line feed, form feed, carriage return, escape).
_CONTROL_BYTES = bytes([*range(1, 9), 11, *range(14, 27), *range(28, 32)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_MULTIBYTE_UTF8 = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


_REPLACEMENT = "\ufffd"


def _replacement_count(text: str, data: bytes, encoding: str) -> int:
    """How many U+FFFD the decoder inserted (those the input itself held are not counted)."""
    inserted = text.count(_REPLACEMENT)
    if inserted:
        with contextlib.suppress(UnicodeEncodeError):
            inserted -= data.count(_REPLACEMENT.encode(encoding))
    return max(inserted, 1)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text of mostly Latin script has a NUL in every other byte: guess which half."""
    if len(sample) < 16:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _plausible_text(text: str) -> bool:
    """Whether decoded text reads as text: almost only printable characters and ordinary whitespace."""
    if not text:
        return False
    odd = sum(1 for ch in text if not (ch.isprintable() or ch in "\n\r\t\f"))
    return odd <= 0.02 * len(text)


def _refuse_binary(sample: bytes) -> None:
    """Refuse input whose sample holds NUL bytes or control bytes beyond what text has."""
    if not sample:
        return
    nuls = sample.count(0)
    if nuls > max(2, 0.01 * len(sample)):
        raise Rejected(f"binary input: {nuls:,} NUL bytes in the first {len(sample):,}")
    _refuse_controls(sample)


def _refuse_controls(sample: bytes) -> None:
    """Refuse input whose sample holds more control bytes than text has (NUL bytes aside)."""
    controls = len(sample.translate(None, _NOT_CONTROL))
    if controls > max(4, 0.05 * len(sample)):
        raise Rejected(f"binary input: {controls:,} control bytes in the first {len(sample):,}")


def _strict_or_replaced(
    data: bytes, encoding: str, confidence: float, method: str, max_replaced: float
) -> Decoded:
    try:
        return Decoded(text=data.decode(encoding), encoding=encoding, confidence=confidence, method=method)
    except UnicodeDecodeError as error:
        first_offset = error.start
    text = data.decode(encoding, errors="replace")
    count = _replacement_count(text, data, encoding)
    share = count / max(1, len(text))
    detail = (
        f"{count:,} undecodable byte sequence(s) as {encoding}, the first at byte "
        f"{first_offset:,}; replaced with U+FFFD"
    )
    if share > max_replaced:
        raise Rejected(f"mostly undecodable: {detail} ({share:.1%} of the text, over {max_replaced:.1%})")
    return Decoded(
        text=text,
        encoding=encoding,
        confidence=confidence * (1 - share),
        method="replaced",
        warnings=(detail,),
    )


def _detect(sample: bytes) -> list[tuple[str, float]]:
    """The detector's candidates, best first (at least one; codecs Python does not know are dropped)."""
    results = chardet.detect_all(
        sample,
        encoding_era=EncodingEra.ALL,
        max_bytes=len(sample),
        prefer_superset=True,
        compat_names=False,
    )
    candidates = []
    for result in results:
        encoding = result.get("encoding")
        if not encoding:
            continue
        try:
            codecs.lookup(encoding)
        except LookupError:
            continue
        candidates.append((encoding, float(result.get("confidence") or 0.0)))
    return candidates or [(_FALLBACK, 0.1)]


def _uncertain(data: bytes, candidates: list[tuple[str, float]], max_replaced: float) -> Decoded:
    """Decode after an unsure guess: prefer Windows-1252 when it is nearly as likely; always warn."""
    best, confidence = candidates[0]
    choice = best
    rated = dict(candidates)
    if best != _FALLBACK and rated.get(_FALLBACK, 0.0) >= _FALLBACK_SHARE * confidence:
        try:
            data.decode(_FALLBACK)
        except UnicodeDecodeError:
            pass
        else:
            choice = _FALLBACK
    decoded = _strict_or_replaced(data, choice, rated.get(choice, confidence), "detected", max_replaced)
    named = ", ".join(f"{encoding} {rating:.2f}" for encoding, rating in candidates[:4])
    warning = f"encoding uncertain: decoded as {choice}; the detector's candidates were {named}"
    return attrs.evolve(decoded, warnings=(warning, *decoded.warnings))


def decode_bytes(
    data: bytes,
    *,
    sample_bytes: int = DEFAULT_SAMPLE_BYTES,
    max_replaced: float = DEFAULT_MAX_REPLACED,
    encoding: str | None = None,
    media_type: str | None = None,
) -> Decoded:
    """Decode ``data`` as described in the module docstring; ``encoding`` forces one.

    A web page or XML file (``media_type``) that is neither UTF-8 nor marked by a BOM is read in the
    encoding it declares, when its bytes decode in it (:mod:`ingest_builtins.decoding.declared`).

    Raises :class:`ingest.Rejected` for binary input and for input mostly
    undecodable in the chosen encoding.
    """
    if encoding is not None:
        return _strict_or_replaced(data, encoding, 1.0, "given", max_replaced)
    if data and data[0] in _BOM_FIRST_BYTES:
        for bom, name in _BOMS:
            if data.startswith(bom):
                return _strict_or_replaced(data[len(bom) :], name, 1.0, "bom", max_replaced)
    sample = data if len(data) <= sample_bytes else data[:sample_bytes]
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            _refuse_controls(sample)  # no NUL byte: that was checked first
            return Decoded(text, "utf-8", 1.0, "utf-8")
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None and _plausible_text(sample[: len(sample) // 2 * 2].decode(utf16, "replace")):
        return _strict_or_replaced(data, utf16, 0.9, "nul-pattern", max_replaced)
    _refuse_binary(sample)
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8", confidence=1.0, method="utf-8")
    except UnicodeDecodeError as error:
        # UTF-8 up to a point, then something else: keep UTF-8 when its multi-byte
        # sequences prove the document is UTF-8 (a concatenated or corrupt tail).
        if _MULTIBYTE_UTF8.search(data, 0, error.start):
            return _strict_or_replaced(data, "utf-8", 0.99, "utf-8", max_replaced)
    declared = declared_encoding(sample, media_type)
    if declared is not None:
        with contextlib.suppress(UnicodeDecodeError):
            return Decoded(text=data.decode(declared), encoding=declared, confidence=0.95, method="declared")
    candidates = _detect(sample)
    detected, confidence = candidates[0]
    if confidence < LOW_CONFIDENCE:
        return _uncertain(data, candidates, max_replaced)
    return _strict_or_replaced(data, detected, confidence, "detected", max_replaced)

"""The default decoder: textual media types, encoding by BOM, strict UTF-8 or detection."""

from __future__ import annotations

from ingest import Decoded, OptionRegistry, Options, RawInput, hookimpl, is_textual
from ingest_builtins.decoding.detect import DEFAULT_MAX_REPLACED, DEFAULT_SAMPLE_BYTES, decode_bytes

__all__ = ["ingest_add_options", "ingest_decode"]


@hookimpl
def ingest_add_options(options: OptionRegistry) -> None:
    """Declare ``--encoding`` and ``--max-replaced``."""
    options.add("encoding", help="decode every input with this encoding instead of detecting it")
    options.add(
        "max-replaced",
        type=float,
        default=DEFAULT_MAX_REPLACED,
        help="share of undecodable characters above which an input fails (default 0.02)",
    )


@hookimpl(trylast=True)
def ingest_decode(raw: RawInput, options: Options) -> Decoded | None:
    """Decode textual inputs; leave other media types (PDF, images, archives) to other plugins."""
    if not is_textual(raw.media_type):
        return None
    return decode_bytes(
        raw.data,
        sample_bytes=DEFAULT_SAMPLE_BYTES,
        max_replaced=float(options.get("max_replaced", DEFAULT_MAX_REPLACED)),
        encoding=options.get("encoding") or None,
        media_type=raw.media_type,
    )

"""Web archives (``.warc``, ``.warc.gz``; ``ingest[warc]``): each HTML or text response a web-page document.

A response's source is its target URI; the record's place in the WARC
file travels with the source, so the page is read from there when its
turn comes.  Request, revisit, metadata and other records, and responses
of other media types, are skipped and counted; the counts are kept in each
page's ``metadata["warc"]``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from ingest import Document, Options, RawInput, Rejected, Source, hookimpl
from ingest_builtins.collecting.members import Unreadable

__all__ = ["WarcPage", "ingest_expand_source", "ingest_read_source"]

_SUFFIXES = (".warc", ".warc.gz")
_TEXTUAL = {"text/html": "text/html", "application/xhtml+xml": "text/html", "text/plain": "text/plain"}
#: Records looked at most in one WARC file.
MAX_RECORDS = 1_000_000


def _warcio() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator  # optional: the warc extra
    except ImportError:
        return None
    return ArchiveIterator


@attrs.frozen(slots=False)
class WarcPage(Source):
    """A response in a WARC file: ``uri`` is its target URI; where it lies and its fetch date ride along."""

    warc: str = ""
    offset: int = 0
    fetched: str | None = None
    media_type: str = "text/html"
    skipped: Mapping[str, int] = attrs.field(factory=dict)

    def describe_document(self, document: Document) -> Document:
        """The WARC file, the fetch date and the records skipped into ``metadata["warc"]``."""
        description: dict[str, Any] = {"file": self.warc, "offset": self.offset, "fetched": self.fetched}
        if self.skipped:
            description["skipped"] = dict(self.skipped)
        return document.with_metadata(warc=description)


def _media_type(record: Any) -> str | None:
    headers = record.http_headers
    if headers is None:
        return None
    value = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return _TEXTUAL.get(value)


def _pages(path: str, uri: str) -> Iterator[Source]:
    iterate = _warcio()
    if iterate is None:
        needs = "reading WARC files needs the warc extra: pip install 'ingest[warc]'"
        yield Unreadable(uri, path, reason=needs)
        return
    found: list[tuple[str, int, str | None, str]] = []
    skipped: Counter[str] = Counter()
    try:
        with open(path, "rb") as file:
            records = iterate(file)
            for number, record in enumerate(records):
                if number >= MAX_RECORDS:
                    skipped["beyond the record limit"] += 1
                    break
                kind = record.rec_type
                target = record.rec_headers.get_header("WARC-Target-URI")
                media = _media_type(record) if kind == "response" else None
                if kind != "response" or media is None or not target:
                    skipped[kind if kind != "response" else "response (other media)"] += 1
                    continue
                fetched = record.rec_headers.get_header("WARC-Date")
                found.append((target, records.get_record_offset(), fetched, media))
    except Exception as error:  # a damaged or cut WARC file: what was listed is still read
        yield Unreadable(uri + "#/", None, path, f"damaged WARC file: {type(error).__name__}: {error}")
    counts = dict(sorted(skipped.items()))
    for target, offset, fetched, media in found:
        yield WarcPage(
            target, None, path, warc=path, offset=offset, fetched=fetched, media_type=media, skipped=counts
        )


@hookimpl
def ingest_expand_source(source: Source, options: Options) -> Iterable[Source] | None:
    """A WARC file: its HTML and text responses."""
    if source.path is None or not source.path.lower().endswith(_SUFFIXES) or isinstance(source, Unreadable):
        return None
    return _pages(source.path, source.uri)


@hookimpl(tryfirst=True)
def ingest_read_source(source: Source, options: Options) -> RawInput | None:
    """The payload of one response, from its place in the WARC file; ``None`` for other sources."""
    if not isinstance(source, WarcPage):
        return None
    iterate = _warcio()
    if iterate is None:
        raise Rejected("reading WARC files needs the warc extra: pip install 'ingest[warc]'")
    limit = int(options.get("max_bytes") or 256 * 1024**2)
    try:
        with open(source.warc, "rb") as file:
            file.seek(source.offset)
            record = next(iter(iterate(file)), None)
            if record is None or record.rec_type != "response":
                raise Rejected("the WARC file no longer holds this response where it was listed")
            data = record.content_stream().read(limit + 1)
    except Rejected:
        raise
    except OSError as error:
        raise Rejected(f"cannot read the WARC file: {error.strerror or error}") from None
    except Exception as error:
        raise Rejected(f"damaged WARC record: {type(error).__name__}: {error}") from None
    if len(data) > limit:
        raise Rejected(f"response is over the limit of {limit:,} bytes (--max-bytes)")
    return RawInput.from_bytes(source, data, source.media_type)

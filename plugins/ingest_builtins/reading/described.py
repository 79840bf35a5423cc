"""What readers learnt besides the text (pages, properties, headers, where a page was archived), recorded.

A reader that knows more than the text hands it on in its ``Decoded``
(``PagedDecoded``, ``WordDecoded`` …) or in its ``Source`` (``WarcPage``),
with a ``describe_document(document)`` method; one metadata step calls it
after every format's own steps, so the format's fields come first and the
reader's go under their own key (``metadata["pdf"]``, ``["docx"]`` …).
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest import FINISH, Document, Step, hookimpl

__all__ = ["ingest_cleaning_steps", "ingest_metadata_steps", "page_breaks", "reader_metadata"]


def page_breaks(document: Document) -> Document:
    """Page breaks (form feeds) the format steps left in the text become paragraph breaks."""
    if "\f" not in document.text:
        return document
    return document.evolve(text=document.text.replace("\f", "\n\n"))


def reader_metadata(document: Document) -> Document:
    """Whatever the reader's decoding or source says of the document, into its metadata."""
    for holder in (document.decoded, document.source):
        describe = getattr(holder, "describe_document", None)
        if callable(describe):
            document = describe(document)
    return document


@hookimpl
def ingest_cleaning_steps() -> Sequence[Step]:
    """Page breaks into paragraph breaks, just before the final whitespace tidying."""
    return [Step("reader.page-breaks", page_breaks, order=FINISH - 1)]


@hookimpl
def ingest_metadata_steps() -> Sequence[Step]:
    """The reader's metadata, after every format's own metadata steps."""
    return [Step("reader.metadata", reader_metadata, order=FINISH)]

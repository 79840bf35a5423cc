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

__all__ = ["ingest_metadata_steps", "reader_metadata"]


def reader_metadata(document: Document) -> Document:
    """Whatever the reader's decoding or source says of the document, into its metadata."""
    for holder in (document.decoded, document.source):
        describe = getattr(holder, "describe_document", None)
        if callable(describe):
            document = describe(document)
    return document


@hookimpl
def ingest_metadata_steps() -> Sequence[Step]:
    """The reader's metadata, after every format's own metadata steps."""
    return [Step("reader.metadata", reader_metadata, order=FINISH)]

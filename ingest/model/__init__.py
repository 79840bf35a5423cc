"""Value classes that flow through the pipeline: sources, documents, steps, records.

Every instance is built by its class (its ``__init__``, :func:`attrs.evolve`
or a named constructor such as :meth:`Document.from_decoded`), so
converters and validators always run, a subclass's included.  The
free-form mappings (``metadata``, ``annotations``) are
:class:`~ingest.model.frozen.FrozenDict`: versions of a document never
share a mapping that could change behind the pipeline's back.
"""

from __future__ import annotations

from ingest.model.document import Decoded, Document, Part
from ingest.model.frozen import FrozenDict
from ingest.model.identification import Score
from ingest.model.provenance import Change
from ingest.model.record import SCHEMA_VERSION, Failure, Record, RecordSource, Result
from ingest.model.source import RawInput, Source, UnopenedSource
from ingest.model.step import FINISH, FORMAT, PREPARE, Step

__all__ = [
    "FINISH",
    "FORMAT",
    "PREPARE",
    "SCHEMA_VERSION",
    "Change",
    "Decoded",
    "Document",
    "Failure",
    "FrozenDict",
    "Part",
    "RawInput",
    "Record",
    "RecordSource",
    "Result",
    "Score",
    "Source",
    "Step",
    "UnopenedSource",
]

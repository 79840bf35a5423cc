"""Value classes that flow through the pipeline: sources, documents, steps, records.

The classes built once or more per input are frozen attrs classes without
``__slots__``: attrs writes the fields of such a class straight into the
instance's ``__dict__``, so :meth:`Document.evolve` can copy that dict in
one call, and the core can build a document, a record or a provenance
entry from values already in shape without running converters again
(``ingest.model._assembly``).  They are as immutable as slotted ones.
"""

from __future__ import annotations

from ingest.model.document import Decoded, Document, Part
from ingest.model.identification import Score
from ingest.model.provenance import Change
from ingest.model.record import SCHEMA_VERSION, Failure, Record, RecordSource, Result
from ingest.model.source import RawInput, Source
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
    "Part",
    "RawInput",
    "Record",
    "RecordSource",
    "Result",
    "Score",
    "Source",
    "Step",
]

"""Value classes that flow through the pipeline: sources, documents, steps, records."""

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

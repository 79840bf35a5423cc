"""ingest: read whatever arrives, know its format, clean it, describe it, deliver records.

The public API for programs and plugin authors.  Plugins import from here
(and from :mod:`ingest.hookspecs` for reference) and nowhere else.
"""

from __future__ import annotations

from ingest.errors import IngestError, PluginLoadError, Rejected, StageError, UsageError
from ingest.files import file_kind, read_at_most
from ingest.markers import hookimpl, hookspec
from ingest.media import is_textual, sniff_media_type
from ingest.model import (
    FINISH,
    FORMAT,
    PREPARE,
    SCHEMA_VERSION,
    Change,
    Decoded,
    Document,
    Failure,
    FrozenDict,
    Part,
    RawInput,
    Record,
    RecordSource,
    Result,
    Score,
    Source,
    Step,
)
from ingest.model.run import RunInfo, Summary
from ingest.options import Option, OptionError, OptionRegistry, Options
from ingest.pipeline import Pipeline, PipelineConfig, Run, RunOptions
from ingest.registries import FormatRegistry, SinkRegistry
from ingest.schema import dump_line, dumps, from_json, to_json
from ingest.sinks import SearchHit, Sink, SinkBusy, SinkLock, file_target
from ingest.units import parse_duration, parse_size

__version__ = "0.1.0"

__all__ = [
    "FINISH",
    "FORMAT",
    "PREPARE",
    "SCHEMA_VERSION",
    "Change",
    "Decoded",
    "Document",
    "Failure",
    "FormatRegistry",
    "FrozenDict",
    "IngestError",
    "Option",
    "OptionError",
    "OptionRegistry",
    "Options",
    "Part",
    "Pipeline",
    "PipelineConfig",
    "PluginLoadError",
    "RawInput",
    "Record",
    "RecordSource",
    "Rejected",
    "Result",
    "Run",
    "RunInfo",
    "RunOptions",
    "Score",
    "SearchHit",
    "Sink",
    "SinkBusy",
    "SinkLock",
    "SinkRegistry",
    "Source",
    "StageError",
    "Step",
    "Summary",
    "UsageError",
    "__version__",
    "dump_line",
    "dumps",
    "file_kind",
    "file_target",
    "from_json",
    "hookimpl",
    "hookspec",
    "is_textual",
    "parse_duration",
    "parse_size",
    "read_at_most",
    "sniff_media_type",
    "to_json",
]

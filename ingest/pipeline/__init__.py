"""The pipeline: loading plugins, processing one document, running over many."""

from __future__ import annotations

from ingest.pipeline.hooks import Hooks
from ingest.pipeline.pipeline import Pipeline, PipelineConfig
from ingest.pipeline.process import STAGES, Processor
from ingest.pipeline.run import Run, RunOptions, RunSummary, SinkError

__all__ = [
    "STAGES",
    "Hooks",
    "Pipeline",
    "PipelineConfig",
    "Processor",
    "Run",
    "RunOptions",
    "RunSummary",
    "SinkError",
]

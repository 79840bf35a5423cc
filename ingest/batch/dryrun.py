"""``--dry-run``: per input, its encoding, winning format and score, the steps and sinks it would go through.

Reads, decodes and identifies each input in the calling process, runs no
step and writes nothing: no sink is opened, no journal touched.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from ingest.errors import Rejected, StageError
from ingest.model import Document, Score, Source
from ingest.pipeline import Pipeline

__all__ = ["dry_run", "plan_of"]


def _identify(pipeline: Pipeline, source: Source) -> dict[str, Any]:
    """Read, decode and identify one source; what a person wants to know before a run."""
    hooks, options = pipeline.hooks, pipeline.options
    try:
        raw = hooks.read(source, options)
        if raw is None:
            return {"error": f"read: no plugin reads {source.uri}"}
        decoded = hooks.decode(raw, options)
        if decoded is None:
            return {"error": f"decode: no reader for {raw.media_type}", "media_type": raw.media_type}
        info: dict[str, Any] = {
            "size": raw.size,
            "media_type": raw.media_type,
            "encoding": decoded.encoding,
            "encoding_confidence": round(decoded.confidence, 3),
        }
        if not decoded.text.strip():
            info["error"] = "decode: " + ("empty input" if raw.size == 0 else "input holds no text")
            return info
        if pipeline.config.format is not None:
            winner = Score(pipeline.config.format, 1.0, "forced with --format")
        else:
            document = Document.from_decoded(raw, decoded)
            scores = sorted(
                (s for s in hooks.identify(document, options) if s.format in pipeline.formats),
                key=lambda s: (-s.score, s.format),
            )
            if not scores:
                info["error"] = "identify: no format plugin claimed the document"
                return info
            winner = scores[0]
        info.update(format=winner.format, score=round(winner.score, 3), reason=winner.reason)
        return info
    except StageError as error:
        cause = error.error
        reason = cause.reason if isinstance(cause, Rejected) else f"{type(cause).__name__}: {cause}"
        return {"error": f"{error.stage} [{error.plugin or 'core'}]: {reason}"}


def plan_of(pipeline: Pipeline, format: str) -> dict[str, list[str]]:
    """The names of the steps documents of ``format`` go through, by stage."""
    return {stage: [step.name for step in steps] for stage, steps in pipeline.plan(format).items()}


def dry_run(
    pipeline: Pipeline,
    sources: Iterable[Source],
    sinks: Sequence[str],
    stream: TextIO,
    as_json: bool = False,
) -> int:
    """Print one entry per input; returns how many inputs would fail (as far as identification tells)."""
    failing = 0
    plans: dict[str, dict[str, list[str]]] = {}
    for source in sources:
        info = _identify(pipeline, source)
        format = info.get("format")
        if format is not None and format not in plans:
            plans[format] = plan_of(pipeline, format)
        if "error" in info:
            failing += 1
        if as_json:
            steps = plans.get(format) if format is not None else None
            entry = {"source": source.uri, **info, "steps": steps, "sinks": list(sinks)}
            print(json.dumps(entry, ensure_ascii=False), file=stream)
            continue
        print(source.uri, file=stream)
        if "encoding" in info:
            print(
                f"  encoding: {info['encoding']} (confidence {info['encoding_confidence']:.2f})", file=stream
            )
        if "error" in info:
            print(f"  would fail: {info['error']}", file=stream)
            continue
        assert format is not None
        print(f"  format: {format} ({info['score']:.2f}): {info['reason']}", file=stream)
        for stage, names in plans[format].items():
            print(f"  {stage}: {', '.join(names) or '(no steps)'}", file=stream)
        print(f"  sinks: {', '.join(sinks)}", file=stream)
    return failing

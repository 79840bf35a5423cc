"""Processing one input: read, decode, identify, clean, extract; a record or a failure, never a crash."""

from __future__ import annotations

import time
import traceback

import attrs

from ingest.errors import Rejected, StageError
from ingest.model import (
    Change,
    Document,
    Failure,
    RawInput,
    Record,
    RecordSource,
    Result,
    Score,
    Source,
    Step,
    UnopenedSource,
)
from ingest.options import Options
from ingest.pipeline.changes import describe_change
from ingest.pipeline.hooks import Hooks, Monitor
from ingest.registries import FormatRegistry
from ingest.rounding import two_places

__all__ = ["STAGES", "Processor"]

#: The per-document stages, in the order they run.
STAGES = ("read", "decode", "identify", "clean", "extract")


def _rank(score: Score) -> tuple[float, str]:
    """Best score first; equal scores in the order of their format names."""
    return (-score.score, score.format)


def _location(error: BaseException) -> str | None:
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return None
    last = frames[-1]
    return f"{last.filename}:{last.lineno} in {last.name}"


@attrs.define
class Processor:
    """Turns one source into one result, as a function of the plugin set, the options and the input.

    ``detailed`` makes provenance include the lines each step removed and
    added (for ``ingest inspect``); ``monitor``, when set, is told each
    stage and plugin as it starts, so a supervisor can say what was running.
    """

    hooks: Hooks
    options: Options
    formats: FormatRegistry
    forced_format: str | None = None
    detailed: bool = False
    monitor: Monitor | None = None
    _plans: dict[tuple[str, str], list[Step]] = attrs.Factory(dict)
    _generation: int = attrs.field(default=0, init=False)

    def _follow_plugin_changes(self) -> None:
        """Plugins registered or removed since the last document: declared formats and plans anew."""
        generation: int = getattr(self.hooks.manager, "generation", 0)
        if generation != self._generation:
            self._generation = generation
            self._plans.clear()
            self.formats = self.hooks.register_formats()

    # -- the whole path -------------------------------------------------------

    def process_source(self, source: Source) -> Result:
        """Read ``source`` and process it."""
        if isinstance(source, UnopenedSource):  # a container its plugin could not open: why, not its bytes
            return Failure(
                source=RecordSource.of(source),
                stage="collect",
                plugin=source.plugin,
                error_type=source.error_type,
                message=source.message,
            )
        self._follow_plugin_changes()
        try:
            if self.monitor is not None:
                self.monitor("read", None)
            raw = self.hooks.read(source, self.options)
            if raw is None:
                raise StageError("read", None, Rejected(f"no plugin reads {source.uri}"))
        except StageError as error:
            return self._failure(source, None, error, ())
        return self.process_raw(raw)

    def process_raw(self, raw: RawInput) -> Result:
        """Decode, identify, clean and describe bytes already read."""
        self._follow_plugin_changes()
        document: Document | None = None
        try:
            document = self._identify(self._decode(raw))
            assert document.format is not None
            for stage in ("clean", "extract"):
                for step in self.plan(stage, document.format):
                    document = self._run_step(stage, step, document)
            return Record.from_document(document)
        except StageError as error:
            warnings = document.warnings if document is not None else ()
            provenance = document.provenance if document is not None else ()
            return self._failure(raw.source, raw, error, warnings, provenance)

    # -- stages ----------------------------------------------------------------

    def _decode(self, raw: RawInput) -> Document:
        if self.monitor is not None:
            self.monitor("decode", None)
        started = time.perf_counter()
        decoded = self.hooks.decode(raw, self.options)
        if decoded is None:
            raise StageError("decode", None, Rejected(f"no reader for {raw.media_type}"))
        if not decoded.text or decoded.text.isspace():
            reason = "empty input" if raw.size == 0 else "input holds no text (only whitespace)"
            raise StageError("decode", None, Rejected(reason))
        change = Change(
            stage="decode",
            step="decode",
            plugin=None,
            summary=f"{decoded.encoding} (confidence {two_places(decoded.confidence)}, by {decoded.method})",
            details=decoded.warnings,
            seconds=time.perf_counter() - started,
        )
        return Document.from_decoded(raw, decoded, (change,))

    def _identify(self, document: Document) -> Document:
        if self.monitor is not None:
            self.monitor("identify", None)
        started = time.perf_counter()
        if self.forced_format is not None:
            winner = Score(self.forced_format, 1.0, "forced with --format")
            scores = [winner]
        else:
            scores = []
            for score in self.hooks.identify(document, self.options):
                if score.format not in self.formats:
                    document = document.with_warning(
                        f"a plugin scored the undeclared format {score.format!r} ({score.reason}); ignored"
                    )
                    continue
                declared = self.formats.get(score.format)
                if score.plugin is None and declared is not None:  # unsigned: the format's own plugin
                    score = attrs.evolve(score, plugin=declared.plugin)
                scores.append(score)
            if not scores:
                raise StageError("identify", None, Rejected("no format plugin claimed the document"))
            if len(scores) > 1:
                scores.sort(key=_rank)
            winner = scores[0]
        change = Change(
            stage="identify",
            step="identify",
            plugin=winner.plugin,
            summary=f"{winner.format} ({two_places(winner.score)}): {winner.reason}",
            details=[f"{s.format} {two_places(s.score)} [{s.plugin}]: {s.reason}" for s in scores],
            seconds=time.perf_counter() - started,
        )
        return attrs.evolve(
            document,
            format=winner.format,
            format_confidence=winner.score,
            scores=scores,
            provenance=(*document.provenance, change),
        )

    def plan(self, stage: str, format: str) -> list[Step]:
        """The steps of ``stage`` (``clean`` or ``extract``) that documents of ``format`` go through."""
        key = (stage, format)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self.hooks.steps(stage, format, self.options)
        return plan

    def planned_steps(self) -> list[Step]:
        """Every step of the plans made so far (no hook is called)."""
        return [step for plan in self._plans.values() for step in plan]

    def _run_step(self, stage: str, step: Step, document: Document) -> Document:
        if self.monitor is not None:
            self.monitor(stage, step.plugin)
        started = time.perf_counter()
        try:
            result: object = step.function(document)
        except Exception as error:
            raise StageError(stage, step.plugin, error) from error
        if not isinstance(result, Document):
            wrong = TypeError(f"step {step.name!r} returned {type(result).__name__}, not Document")
            raise StageError(stage, step.plugin, wrong)
        summary, details = describe_change(document, result, self.detailed)
        change = Change(
            stage=stage,
            step=step.name,
            plugin=step.plugin,
            summary=summary,
            details=(*result.notes, *details),
            seconds=time.perf_counter() - started,
        )
        return attrs.evolve(result, provenance=(*document.provenance, change), notes=())

    # -- failures ----------------------------------------------------------------

    def _failure(
        self,
        source: Source,
        raw: RawInput | None,
        error: StageError,
        warnings: tuple[str, ...],
        provenance: tuple[Change, ...] = (),
    ) -> Failure:
        cause = error.error
        if isinstance(cause, Rejected):
            message = cause.reason
        else:
            where = _location(cause)
            message = f"{cause}" + (f" (at {where})" if where else "")
        return Failure(
            source=RecordSource.of(source, raw),
            stage=error.stage,
            plugin=error.plugin,
            error_type=type(cause).__name__,
            message=message or type(cause).__name__,
            id=raw.id if raw is not None else None,
            warnings=warnings,
            provenance=provenance,
        )

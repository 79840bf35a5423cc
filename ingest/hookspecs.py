"""Hook specifications: every stage of the pipeline, and how plugins take part in it.

A plugin is a module or object with functions named after these hooks and
marked with :data:`ingest.hookimpl`.  An implementation may accept any
subset of a hook's arguments, by name.  The reference page
``docs/hooks.md`` is generated from this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ingest.markers import hookspec

if TYPE_CHECKING:
    from ingest.model import Decoded, Document, RawInput, Score, Source, Step
    from ingest.model.run import RunInfo, Summary
    from ingest.options import OptionRegistry, Options
    from ingest.registries import FormatRegistry, SinkRegistry

__all__ = [
    "ingest_add_options",
    "ingest_cleaning_steps",
    "ingest_collect_sources",
    "ingest_decode",
    "ingest_expand_source",
    "ingest_identify",
    "ingest_metadata_steps",
    "ingest_read_source",
    "ingest_register_formats",
    "ingest_register_sinks",
    "ingest_run_finish",
    "ingest_run_start",
]

# -------------------------------------------------------------------------
# Registration: called once per pipeline, right after the plugins are loaded.
# -------------------------------------------------------------------------


@hookspec
def ingest_add_options(options: OptionRegistry) -> None:
    """Declare the options this plugin reads.

    Called once per pipeline, before the command line is parsed (so every
    option appears in ``ingest run --help``) and before any document is
    processed.

    :param options: The registry; call ``options.add("my-plugin-threshold",
        type=float, default=0.5, help=...)``.  Values reach the per-document
        hooks as their ``options`` argument, by key (dashes become
        underscores).

    Return value: ignored.  Every plugin's implementation is called.
    """


@hookspec
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare the source formats this plugin identifies.

    Called once per pipeline, after loading.  Only declared formats may be
    scored in :func:`ingest_identify` and forced with ``--format``.

    :param formats: The registry; call ``formats.add("press-release",
        "Government press releases")``.

    Return value: ignored.  Every plugin's implementation is called.
    """


@hookspec
def ingest_register_sinks(sinks: SinkRegistry) -> None:
    """Provide sinks, each for a URI scheme (``jsonl:PATH``, ``sqlite:PATH``).

    Called once per pipeline, after loading.  A sink is built from its
    factory when a run that names its scheme starts.

    :param sinks: The registry; call ``sinks.add("parquet", factory,
        "Parquet files")`` where ``factory(rest, options)`` returns an object
        implementing :class:`ingest.Sink`.

    Return value: ignored.  Every plugin's implementation is called.
    """


# -------------------------------------------------------------------------
# Run notifications.
# -------------------------------------------------------------------------


@hookspec
def ingest_run_start(run: RunInfo) -> None:
    """Called once when a run starts, after its sinks are open and before the first input.

    :param run: The targets, the sink URIs, the options and the
        configuration fingerprint of the run.

    Return value: ignored.  Every plugin's implementation is called; an
    exception aborts the run before any input is processed.
    """


@hookspec
def ingest_run_finish(run: RunInfo, summary: Summary) -> None:
    """Called once when a run has processed its last input, before its sinks close.

    :param run: The same object :func:`ingest_run_start` received.
    :param summary: The account of the run: records, failures, formats.

    Return value: ignored.  Every plugin's implementation is called.
    Not called when the run is interrupted.
    """


# -------------------------------------------------------------------------
# Collecting: from a target on the command line to the sources it names.
# -------------------------------------------------------------------------


@hookspec(firstresult=True)
def ingest_collect_sources(target: str, options: Options) -> Iterable[Source] | None:
    """Expand one target into the sources it names.

    Called once per target of a run, in the order the targets were given.
    The built-in collector understands a file, a directory (walked
    recursively, in sorted order), a glob pattern and ``-`` (standard
    input); it runs last, so a plugin can claim targets of its own
    (``s3://bucket/prefix``) first.

    :param target: One target exactly as given.
    :param options: The pipeline's option values.

    Return an iterable of :class:`ingest.Source` (a generator is best: a
    directory of millions of files is never held in memory), or ``None``
    when the target is not of a kind this plugin understands.

    Stops at first non-None result.  A target nobody claims is a usage error.
    """


@hookspec(firstresult=True)
def ingest_expand_source(source: Source, options: Options) -> Iterable[Source] | None:
    """Open a container (an archive, a web archive, an e-mail) into the documents it holds.

    Called once for every source a collector produced, before it is
    processed: a zip file found in a directory is expanded exactly like one
    named on the command line.  Not called again on the sources an
    expansion returns: a plugin that opens nested containers does so
    itself, to a depth it bounds.

    :param source: One collected source.
    :param options: The pipeline's option values.

    Return an iterable of :class:`ingest.Source`, one per member (a
    generator is best), or ``None`` when ``source`` is not a container this
    plugin opens (decide cheaply, by name or by a few leading bytes: this
    runs for every input).  A member's ``uri`` should name the container
    and the member, ``file:///…/batch.zip#/dir/letter.txt``, so that its
    last component is the member's name, and its ``within`` the container's
    path, so that a run with a journal skips the members while the
    container is unchanged; a plugin that expands members also
    implements :func:`ingest_read_source` for them.  Never raise for a
    damaged container: return members that fail when read, with the reason.
    An exception raised anyway, here or while the members are listed,
    makes the container one failure at the ``collect`` stage naming this
    plugin; the members listed before it are processed as usual.

    Stops at first non-None result.  A source nobody expands is processed
    as it is.
    """


# -------------------------------------------------------------------------
# Reading: from a source to its bytes.
# -------------------------------------------------------------------------


@hookspec(firstresult=True)
def ingest_read_source(source: Source, options: Options) -> RawInput | None:
    """Read the bytes of one source.

    Called once per input, first of the per-document hooks.  The built-in
    reader handles files and standard input and runs last.

    :param source: The source, as a collector produced it.
    :param options: The pipeline's option values.

    Return a :class:`ingest.RawInput` (build it with
    ``RawInput.from_bytes(source, data)``, which computes the digest and
    sniffs the media type), or ``None`` when this plugin does not read
    sources of this kind.  Raise :class:`ingest.Rejected` to fail the input
    with a reason (too large, unreadable).

    Stops at first non-None result.
    """


# -------------------------------------------------------------------------
# Decoding: from bytes to text.
# -------------------------------------------------------------------------


@hookspec(firstresult=True)
def ingest_decode(raw: RawInput, options: Options) -> Decoded | None:
    """Decode the bytes of one input into text.

    Called once per input, after reading.  The built-in decoder (byte-order
    mark, strict UTF-8, then detection) runs last and accepts only textual
    media types; a plugin that decodes something else (a PDF text layer, a
    word-processor file) implements this hook for its media type.

    :param raw: The bytes, their digest and their sniffed ``media_type``.
    :param options: The pipeline's option values.

    Return a :class:`ingest.Decoded` with the text, the encoding, a
    confidence between 0 and 1 and how it was decided; or ``None`` when the
    input is not of a kind this plugin decodes.  Raise
    :class:`ingest.Rejected` for input that is of its kind but unusable
    (binary, mostly undecodable).

    Stops at first non-None result.  When every plugin returns ``None`` the
    input fails with "no reader for <media type>".
    """


# -------------------------------------------------------------------------
# Identifying: which source format is this document?
# -------------------------------------------------------------------------


@hookspec
def ingest_identify(document: Document, options: Options) -> Score | None:
    """Score how well a decoded document fits a format this plugin declared.

    Called once per input, after decoding, for every plugin; not called
    when the user forced a format with ``--format``.  Only the decoded text
    has been produced yet (``document.text``, ``document.media_type``,
    ``document.source``); no cleaning has run.

    :param document: The decoded document.
    :param options: The pipeline's option values.

    Return a :class:`ingest.Score` for one of the formats this plugin
    declared in :func:`ingest_register_formats` (0 to 1, with a short reason
    a person can read), or ``None`` when the document is plainly not of
    that format.

    All results are collected: the highest score wins; equal scores are
    broken by format name, in alphabetical order, so the outcome is
    deterministic.  Every score and its reason is kept in the record's
    provenance.
    """


# -------------------------------------------------------------------------
# Cleaning and metadata: the steps a document of a format goes through.
# -------------------------------------------------------------------------


@hookspec
def ingest_cleaning_steps(format: str, options: Options) -> Sequence[Step] | None:
    """Name the cleaning steps documents of ``format`` go through.

    Called once per format per pipeline, the first time a document of that
    format arrives (the answer is reused), and by ``--dry-run`` and
    ``ingest inspect`` to show the plan.  A format plugin returns its own
    steps for its format; a shared plugin returns steps for every format
    (Unicode normalisation, whitespace).

    :param format: The winning (or forced) format's name.
    :param options: The pipeline's option values.

    Return a sequence of :class:`ingest.Step` (functions from
    :class:`ingest.Document` to ``Document`` that replace ``text``, ``parts``
    and ``annotations``), or ``None`` for none.

    All results are collected and run in ascending ``Step.order``, then in
    hook order.  Each step's effect is recorded in provenance (a step adds
    its own reasons with ``document.explain(...)``); an exception in a step
    fails the document naming the step's plugin.
    """


@hookspec
def ingest_metadata_steps(format: str, options: Options) -> Sequence[Step] | None:
    """Name the metadata steps documents of ``format`` go through, after cleaning.

    Called once per format per pipeline, like :func:`ingest_cleaning_steps`.
    Metadata steps set the descriptive fields (``title``, ``date``,
    ``language``, ``languages``, ``authors``, ``publisher``, ``parts``,
    ``metadata``); they see the cleaned ``document.text`` and the decoded
    original in ``document.decoded.text``.  Set only what the document
    states: a field it does not give stays ``None``.

    :param format: The winning (or forced) format's name.
    :param options: The pipeline's option values.

    Return a sequence of :class:`ingest.Step`, or ``None`` for none.

    All results are collected and run in ascending ``Step.order``, then in
    hook order, with the fields each step set recorded in provenance.
    """

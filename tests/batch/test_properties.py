"""Properties of decode, identify and clean: no exception escapes a stage; every input gives a result."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import Decoded, Document, Failure, Pipeline, RawInput, Record, Rejected, Source, StageError

_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
_NAMES = st.sampled_from(["a.txt", "b.html", "c.xml", "d.md", "e", "f.json"])
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400) | st.lists(
    st.sampled_from(
        ["<div>", "</div>", "<p>", "&amp;", "\n\n", "Excellency,", "GENEVA (Reuters) -", "\0", " "]
    ),
    min_size=1,
    max_size=80,
).map("".join)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(autoload=False)


def _decoded(pipeline: Pipeline, data: bytes, name: str) -> Document | None:
    raw = RawInput.from_bytes(Source.from_name(name), data)
    try:
        decoded = pipeline.hooks.decode(raw, pipeline.options)
    except StageError as error:
        assert isinstance(error.error, Rejected), f"decode raised {error.error!r}"
        return None
    if decoded is None:
        return None
    assert isinstance(decoded, Decoded)
    return Document.from_decoded(raw, decoded) if decoded.text.strip() else None


@_SETTINGS
@given(data=st.binary(max_size=600) | _TEXT.map(lambda t: t.encode("utf-8")), name=_NAMES)
def test_decode_rejects_or_decodes(pipeline: Pipeline, data: bytes, name: str) -> None:
    _decoded(pipeline, data, name)


@_SETTINGS
@given(text=_TEXT, name=_NAMES)
def test_identify_never_raises(pipeline: Pipeline, text: str, name: str) -> None:
    document = _decoded(pipeline, text.encode("utf-8"), name)
    if document is not None:
        for score in pipeline.hooks.identify(document, pipeline.options):
            assert 0.0 <= score.score <= 1.0


@_SETTINGS
@given(text=_TEXT, name=_NAMES, format_index=st.integers(min_value=0, max_value=50))
def test_cleaning_steps_never_raise(pipeline: Pipeline, text: str, name: str, format_index: int) -> None:
    document = _decoded(pipeline, text.encode("utf-8"), name)
    if document is None:
        return
    formats = [info.name for info in pipeline.formats]
    format = formats[format_index % len(formats)]
    document = document.evolve(format=format)
    step: Callable[[Document], Document]
    for step_info in pipeline.plan(format)["clean"]:
        step = step_info.function
        document = step(document)
        assert isinstance(document, Document), step_info.name


@_SETTINGS
@given(data=st.binary(max_size=600) | _TEXT.map(lambda t: t.encode("utf-8")), name=_NAMES)
def test_every_input_yields_a_record_or_a_failure(pipeline: Pipeline, data: bytes, name: str) -> None:
    result = pipeline.process(data, name=name)
    assert isinstance(result, Record | Failure)
    if isinstance(result, Failure):
        assert result.error_type == "Rejected", f"{result.stage} [{result.plugin}]: {result.message}"

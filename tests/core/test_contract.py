"""pluggy's and attrs' documented behaviour holds for plugin authors, per-document hooks included."""

from __future__ import annotations

import attrs
import pytest

from ingest import Document, Failure, FrozenDict, Pipeline, Record, Score, Step, hookimpl

LETTER = b"Dear reader,\n\nThis is a short note about nothing in particular.\n\nYours,\nA. Writer\n"
PER_DOCUMENT = ("ingest_read_source", "ingest_decode", "ingest_identify")


def _pipeline(*plugins: object, **kwargs: object) -> Pipeline:
    return Pipeline(plugins=list(plugins), autoload=False, **kwargs)  # type: ignore[arg-type]


class NewStyleWrappers:
    """A wrapper on every per-document hook, recording the call and its result."""

    name = "new-style-wrappers"

    def __init__(self) -> None:
        self.seen: list[tuple[str, object]] = []

    @hookimpl(wrapper=True)
    def ingest_read_source(self, source):  # type: ignore[no-untyped-def]
        result = yield
        self.seen.append(("ingest_read_source", result))
        return result

    @hookimpl(wrapper=True)
    def ingest_decode(self, raw):  # type: ignore[no-untyped-def]
        result = yield
        self.seen.append(("ingest_decode", result))
        return result

    @hookimpl(wrapper=True)
    def ingest_identify(self, document):  # type: ignore[no-untyped-def]
        scores = yield
        self.seen.append(("ingest_identify", list(scores)))
        return scores


def test_new_style_wrappers_see_every_per_document_call_and_its_result(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER)
    wrappers = NewStyleWrappers()
    record = _pipeline(wrappers).process(path)
    assert isinstance(record, Record)
    assert [hook for hook, _ in wrappers.seen] == list(PER_DOCUMENT)
    assert wrappers.seen[1][1].text.startswith("Dear reader")  # the Decoded the hook returned
    assert any(isinstance(s, Score) and s.format == "plain-text" for s in wrappers.seen[2][1])


def test_an_old_style_hookwrapper_can_change_the_result():
    class Boost:
        name = "boost"

        @hookimpl(hookwrapper=True)
        def ingest_identify(self, document):  # type: ignore[no-untyped-def]
            outcome = yield
            outcome.force_result([*outcome.get_result(), Score("plain-text", 1.0, "boosted", plugin="boost")])

    record = _pipeline(Boost()).process(LETTER, name="letter")
    assert isinstance(record, Record) and record.format_confidence == 1.0
    assert "boosted" in record.provenance[1].summary and record.provenance[1].plugin == "boost"


def test_tryfirst_and_trylast_order_first_result_hooks():
    from ingest import Decoded

    class Early:
        name = "early"

        @hookimpl(tryfirst=True)
        def ingest_decode(self, raw):  # type: ignore[no-untyped-def]
            return Decoded(text="EARLY text", encoding="x-early", confidence=1.0, method="early")

    class Late:
        name = "late"

        @hookimpl(trylast=True)
        def ingest_decode(self, raw):  # type: ignore[no-untyped-def]
            return Decoded(text="LATE text", encoding="x-late", confidence=1.0, method="late")

    record = _pipeline(Late(), Early()).process(b"anything at all", name="x")
    assert isinstance(record, Record) and record.source.encoding == "x-early"
    record = _pipeline(Late()).process(b"anything at all", name="x")
    assert isinstance(record, Record) and record.source.encoding != "x-late"  # the built-in decoder ran first


def test_pluggys_hookcall_monitoring_sees_every_per_document_call():
    pipeline = _pipeline()
    calls: list[str] = []
    undo = pipeline.plugin_manager.add_hookcall_monitoring(
        lambda name, impls, kwargs: calls.append(name), lambda outcome, name, impls, kwargs: None
    )
    pipeline.process(LETTER, name="one")
    pipeline.process(LETTER + b"\n", name="two")
    undo()
    assert calls.count("ingest_decode") == 2 and calls.count("ingest_identify") == 2


def test_a_plugin_registered_after_the_first_document_takes_part():
    pipeline = _pipeline()
    assert isinstance(pipeline.process(LETTER, name="before"), Record)

    class Memo:
        name = "memo"

        @hookimpl
        def ingest_register_formats(self, formats):  # type: ignore[no-untyped-def]
            formats.add("memo", "internal memos")

        @hookimpl
        def ingest_identify(self, document):  # type: ignore[no-untyped-def]
            return Score("memo", 0.99, "registered late")

        @hookimpl
        def ingest_metadata_steps(self, format):  # type: ignore[no-untyped-def]
            if format == "memo":
                return [Step("memo.title", lambda d: d.evolve(title="Memo"))]
            return None

    pipeline.plugin_manager.register(Memo(), name="memo")
    record = pipeline.process(LETTER, name="after")
    assert isinstance(record, Record)
    assert (record.format, record.title) == ("memo", "Memo")
    assert [c.plugin for c in record.provenance if c.step == "memo.title"] == ["memo"]
    pipeline.plugin_manager.unregister(name="memo")
    assert isinstance(again := pipeline.process(LETTER, name="gone"), Record) and again.format != "memo"


def test_trace_hooks_reports_per_document_hooks(capsys):
    from ingest.pipeline.hooks import print_trace

    Pipeline(autoload=False, trace=print_trace).process(LETTER, name="traced")
    err = capsys.readouterr().err
    for hook in ("ingest_decode", "ingest_identify", "ingest_register_formats"):
        assert f"] {hook} [" in err


@attrs.frozen(slots=False)
class Memo(Document):
    """A document subclass with a field and a validator of its own."""

    priority: int = attrs.field(default=1, converter=int)

    @priority.validator
    def _between_one_and_five(self, attribute: object, value: int) -> None:
        if not 1 <= value <= 5:
            raise ValueError("priority lies between 1 and 5")


def test_a_subclass_survives_evolve_with_its_validators():
    memo = Memo.from_text("Short memo.\n")
    changed = memo.evolve(title="T", priority="3")
    assert type(changed) is Memo and changed.priority == 3 and changed.title == "T"
    assert type(changed.with_metadata(desk="world")) is Memo
    with pytest.raises(ValueError, match="between 1 and 5"):
        memo.evolve(priority=9)


def test_metadata_cannot_be_changed_behind_provenance():
    document = Document.from_text("Text.\n").with_metadata(desk="home")
    new = document.evolve(title="T")
    assert isinstance(new.metadata, FrozenDict)
    with pytest.raises(TypeError, match="immutable"):
        new.metadata["desk"] = "world"  # type: ignore[index]
    with pytest.raises(TypeError):
        new.annotations.update(x=1)  # type: ignore[attr-defined]
    assert document.metadata == {"desk": "home"}


def test_a_metadata_change_shows_in_provenance():
    class Desk:
        name = "desk"

        @hookimpl
        def ingest_metadata_steps(self, format):  # type: ignore[no-untyped-def]
            return [Step("desk.set", lambda d: d.evolve(title="T").with_metadata(desk="world"))]

    record = _pipeline(Desk()).process(LETTER, name="x")
    assert isinstance(record, Record) and record.metadata["desk"] == "world"
    (change,) = [c for c in record.provenance if c.step == "desk.set"]
    assert "metadata" in change.summary and "title" in change.summary


def test_a_misspelled_field_fails_in_the_step_that_made_it():
    class Typo:
        name = "typo"

        @hookimpl
        def ingest_metadata_steps(self, format):  # type: ignore[no-untyped-def]
            return [Step("typo.step", lambda d: d.evolve(titel="T"))]

    failure = _pipeline(Typo()).process(LETTER, name="x")
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.plugin, failure.error_type) == ("extract", "typo", "TypeError")

"""Processing documents: identification, steps, provenance, failures that name their plugin."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from ingest_test_plugins import Exploding, ExplodingIdentify, MemoFormat, RejectingReader, WrongStep

from ingest import Failure, Pipeline, Record, UsageError, from_json, to_json

MEMO = "MEMO\nBudget review\n\nThe budget is approved.\n"


def test_a_plugin_format_claims_its_documents_and_its_steps_run_in_order(make_pipeline):
    record = make_pipeline([MemoFormat()]).process(MEMO.encode(), name="memo.txt")
    assert isinstance(record, Record)
    assert record.format == "memo"
    assert record.format_confidence == 0.99
    assert record.title == "Budget review"
    steps = [(c.stage, c.step, c.plugin) for c in record.provenance]
    assert steps[0] == ("decode", "decode", None)
    assert steps[1][:2] == ("identify", "identify")
    assert ("clean", "memo.drop-header", "memo") in steps
    assert ("extract", "memo.title", "memo") in steps
    # shared steps keep their conventional order around the format's own
    clean = [s for stage, s, _ in steps if stage == "clean"]
    assert (
        clean.index("text.normalize-unicode")
        < clean.index("memo.drop-header")
        < clean.index("text.tidy-whitespace")
    )


def test_every_score_and_its_reason_is_kept_in_provenance(make_pipeline):
    record = make_pipeline([MemoFormat()]).process(MEMO.encode())
    identify = next(c for c in record.provenance if c.stage == "identify")
    assert identify.summary.startswith("memo (0.99): starts with MEMO")
    assert any(line.startswith("plain-text 0.05 [plain-text]") for line in identify.details)


def test_text_of_no_format_falls_back_to_plain_text(pipeline):
    record = pipeline.process(b"Groceries: milk, bread.\n")
    assert record.format == "plain-text"
    assert record.title is None and record.date is None and record.authors == ()


def test_forcing_a_format_skips_identification(make_pipeline):
    record = make_pipeline([MemoFormat()], format="memo").process(b"no memo header here\nline two")
    assert record.format == "memo"
    assert record.format_confidence == 1.0


def test_forcing_an_unknown_format_is_a_usage_error(make_pipeline):
    with pytest.raises(UsageError, match="unknown format 'nope'"):
        make_pipeline(format="nope")


def test_equal_scores_are_broken_by_format_name(make_pipeline):
    from ingest import Score, hookimpl

    class Both:
        name = "both"

        @hookimpl
        def ingest_register_formats(self, formats):  # type: ignore[no-untyped-def]
            formats.add("zeta")
            formats.add("alpha")

    class Zeta:
        name = "zeta-scorer"

        @hookimpl
        def ingest_identify(self):  # type: ignore[no-untyped-def]
            return Score("zeta", 0.5, "z")

    class Alpha:
        name = "alpha-scorer"

        @hookimpl
        def ingest_identify(self):  # type: ignore[no-untyped-def]
            return Score("alpha", 0.5, "a")

    for order in ([Zeta(), Alpha()], [Alpha(), Zeta()]):
        record = make_pipeline([Both(), *order]).process(b"anything at all")
        assert record.format == "alpha"


def test_a_raising_step_fails_the_document_naming_stage_and_plugin(make_pipeline):
    failure = make_pipeline([Exploding()]).process(b"this will go boom")
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.plugin, failure.error_type) == ("clean", "exploding", "ValueError")
    assert "cannot handle boom" in failure.message
    assert "ingest_test_plugins.py" in failure.message  # where it was raised


def test_a_raising_identify_hook_fails_the_document_naming_the_plugin(make_pipeline):
    failure = make_pipeline([ExplodingIdentify()]).process(b"boom")
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.plugin) == ("identify", "exploding-identify")


def test_a_step_returning_something_else_than_a_document_is_named(make_pipeline):
    failure = make_pipeline([WrongStep()]).process(b"text")
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.plugin, failure.error_type) == ("clean", "wrong-step", "TypeError")


def test_a_plugin_refusing_an_input_gives_its_reason(make_pipeline, tmp_path):
    secret = tmp_path / "a.secret"
    secret.write_text("hidden")
    failure = make_pipeline([RejectingReader()]).process(secret)
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.plugin, failure.error_type) == ("read", "rejecting-reader", "Rejected")
    assert failure.message == "secret files are not read"
    assert failure.id is None


# A PDF cut after its first line: damaged for the PDF reader, or a pointer to the extra that reads PDF.
_CUT_PDF = "malformed PDF" if importlib.util.find_spec("pypdfium2") else "reading PDF needs the pdf extra"


@pytest.mark.parametrize(
    ("content", "stage", "message"),
    [
        (b"", "decode", "empty input"),
        (b"   \n\n  ", "decode", "input holds no text (only whitespace)"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "decode", _CUT_PDF),
        (b"PK\x03\x04" + bytes(100), "decode", "no reader for application/zip"),
        (bytes(range(256)) * 8, "decode", "binary input"),
    ],
)
def test_empty_and_binary_inputs_are_failures_with_a_clear_reason(
    pipeline, tmp_path, content, stage, message
):
    path = tmp_path / "input"
    path.write_bytes(content)
    failure = pipeline.process(path)
    assert isinstance(failure, Failure)
    assert failure.stage == stage
    assert failure.message.startswith(message)
    assert failure.source.size == len(content)


def test_a_missing_file_is_a_read_failure(pipeline, tmp_path):
    failure = pipeline.process(tmp_path / "gone.txt")
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.error_type) == ("read", "Rejected")
    assert "No such file" in failure.message


def test_records_carry_every_schema_field_and_round_trip_through_json(pipeline):
    record = pipeline.process("Línea uno\n".encode("cp1252") * 30, name="es.txt")
    data = to_json(record)
    for key in (
        "schema_version",
        "id",
        "source",
        "format",
        "format_confidence",
        "title",
        "date",
        "language",
        "languages",
        "authors",
        "publisher",
        "text",
        "parts",
        "metadata",
        "provenance",
        "warnings",
    ):
        assert key in data
    assert set(data["source"]) >= {
        "path",
        "uri",
        "size",
        "sha256",
        "media_type",
        "encoding",
        "encoding_confidence",
    }
    assert data["source"]["encoding"].startswith("cp125")
    assert data["text"].startswith("Línea uno")
    assert to_json(from_json(data)) == data


def test_the_id_depends_on_the_bytes_only(pipeline, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "sub" / "b.txt"
    b.parent.mkdir()
    a.write_bytes(b"same bytes")
    b.write_bytes(b"same bytes")
    first, second = pipeline.process(a), pipeline.process(b)
    assert first.id == second.id
    assert first.source.uri != second.source.uri
    assert Pipeline(autoload=False).process(a).id == first.id


def test_run_streams_results_and_ends_with_a_summary(make_pipeline, tmp_path):
    for i in range(5):
        (tmp_path / f"doc{i}.txt").write_text(f"document {i}\n")
    (tmp_path / "memo.txt").write_text(MEMO)
    (tmp_path / "empty.txt").write_bytes(b"")
    run = make_pipeline([MemoFormat()]).run([str(tmp_path)])
    results = list(run)
    assert len(results) == 7
    assert run.summary is not None
    assert (run.summary.records, run.summary.failures) == (6, 1)
    assert run.summary.by_format == {"plain-text": 5, "memo": 1}
    assert run.summary.exit_status == 1
    assert [Path(r.source.path).name for r in results] == sorted(p.name for p in tmp_path.iterdir())


def test_a_target_that_names_nothing_is_a_usage_error(pipeline, tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        pipeline.run([str(tmp_path / "missing")])


def test_globs_and_nested_directories_are_collected_in_sorted_order(pipeline, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "b" / "a.txt").write_text("a")
    (tmp_path / "c.md").write_text("c")
    (tmp_path / ".hidden").write_text("h")
    names = [Path(s.path).name for s in pipeline.sources(str(tmp_path))]
    assert names == ["a.txt", "z.txt", "c.md"]
    assert [Path(s.path).name for s in pipeline.sources(str(tmp_path / "**" / "*.txt"))] == ["a.txt", "z.txt"]


def test_inspect_details_what_each_step_removed(make_pipeline):
    result = make_pipeline([MemoFormat()]).inspect(MEMO.encode())
    change = next(c for c in result.provenance if c.step == "memo.drop-header")
    assert "- MEMO" in change.details
    title = next(c for c in result.provenance if c.step == "memo.title")
    assert title.summary == "set title"


def test_processing_is_the_same_in_a_pipeline_rebuilt_from_its_config(make_pipeline):
    built = Pipeline(autoload=False)
    again = Pipeline.from_config(built.config)
    assert again.fingerprint == built.fingerprint
    assert to_json(again.process(MEMO.encode()))["text"] == to_json(built.process(MEMO.encode()))["text"]


def test_run_notifications_frame_the_run(make_pipeline, tmp_path):
    from ingest_test_plugins import RunWatcher

    (tmp_path / "a.txt").write_text("a")
    watcher = RunWatcher()
    pipeline = make_pipeline([watcher])
    run = pipeline.run([str(tmp_path)], sinks=[f"jsonl:{tmp_path / 'out.jsonl'}"])
    assert watcher.events == []
    results = list(run)
    (start, info), (finish, summary) = watcher.events
    assert (start, finish) == ("start", "finish")
    assert info.targets == (str(tmp_path),) and info.fingerprint == pipeline.fingerprint
    assert summary.records == len(results) == 1


def test_an_abandoned_run_is_not_reported_as_finished(make_pipeline, tmp_path):
    from ingest_test_plugins import RunWatcher

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("x")
    watcher = RunWatcher()
    run = iter(make_pipeline([watcher]).run([str(tmp_path)]))
    next(run)
    run.close()
    assert [event for event, _ in watcher.events] == ["start"]


def test_the_test_kit_records_which_plugin_ran_each_hook(make_pipeline, hook_calls):
    make_pipeline([MemoFormat()]).process(MEMO.encode())
    assert ("ingest_decode", "decode-text") in hook_calls
    assert ("ingest_identify", "memo") in hook_calls and ("ingest_identify", "plain-text") in hook_calls
    assert ("ingest_cleaning_steps", "memo") in hook_calls


def test_a_step_explains_itself_in_provenance_and_the_notes_do_not_linger(make_pipeline):
    from ingest import Step, hookimpl

    class Explaining:
        name = "explaining"

        @hookimpl
        def ingest_cleaning_steps(self):  # type: ignore[no-untyped-def]
            return [Step("explaining.step", lambda d: d.explain("kept 3 of 4 paragraphs", "region #2"))]

    record = make_pipeline([Explaining()]).process(b"text")
    change = next(c for c in record.provenance if c.step == "explaining.step")
    assert change.details[:2] == ("kept 3 of 4 paragraphs", "region #2")
    later = [c for c in record.provenance if c.step == "text.tidy-whitespace"]
    assert later and "region #2" not in later[0].details


def test_implementations_get_the_arguments_they_name_in_any_order(make_pipeline):
    from ingest import Document, Options, Score, hookimpl

    seen: list[tuple[str, object, object]] = []

    class Named:
        name = "named-arguments"

        @hookimpl
        def ingest_register_formats(self, formats):  # type: ignore[no-untyped-def]
            formats.add("named")

        @hookimpl
        def ingest_identify(self, options, document):  # type: ignore[no-untyped-def]
            seen.append(("both", options, document))
            return Score("named", 0.9, "took options, then the document")

    class OnlyDocument:
        name = "only-document"

        @hookimpl
        def ingest_identify(self, document):  # type: ignore[no-untyped-def]
            seen.append(("one", document, None))

    record = make_pipeline([Named(), OnlyDocument()]).process(b"some text")
    assert record.format == "named"
    kinds = {kind: (first, second) for kind, first, second in seen}
    assert isinstance(kinds["both"][0], Options) and isinstance(kinds["both"][1], Document)
    assert isinstance(kinds["one"][0], Document)


def test_a_wrong_result_names_the_hook_and_its_implementers_and_an_exception_its_plugin(make_pipeline):
    from ingest import hookimpl

    class Junk:
        name = "junk-scorer"

        @hookimpl(tryfirst=True)
        def ingest_identify(self):  # type: ignore[no-untyped-def]
            return "plain-text, surely"

    class Raising:
        name = "raising-scorer"

        @hookimpl(trylast=True)
        def ingest_identify(self):  # type: ignore[no-untyped-def]
            raise RuntimeError("scorer broke")

    failure = make_pipeline([Junk()]).process(b"some text")
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.error_type) == ("identify", "TypeError")
    assert "ingest_identify returned str, not Score" in failure.message and "junk-scorer" in failure.message

    failure = make_pipeline([Junk(), Raising()]).process(b"some text")
    assert isinstance(failure, Failure)  # pluggy runs every implementation; the exception is what it raises
    assert (failure.stage, failure.plugin, failure.error_type) == (
        "identify",
        "raising-scorer",
        "RuntimeError",
    )


def test_a_decoder_returning_something_else_than_decoded_text_is_named(make_pipeline):
    from ingest import hookimpl

    class Sloppy:
        name = "sloppy-decoder"

        @hookimpl(tryfirst=True)
        def ingest_decode(self, raw):  # type: ignore[no-untyped-def]
            return raw.data.decode("utf-8")

    failure = make_pipeline([Sloppy()], builtins=False).process(b"some text")
    assert isinstance(failure, Failure)  # the only decoder: named as the plugin
    assert (failure.stage, failure.plugin, failure.error_type) == ("decode", "sloppy-decoder", "TypeError")
    failure = make_pipeline([Sloppy()]).process(b"some text")
    assert isinstance(failure, Failure)  # one of several: named in the message
    assert failure.error_type == "TypeError" and "sloppy-decoder" in failure.message
    assert "returned str, not Decoded" in failure.message

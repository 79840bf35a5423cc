"""The model's fast constructors build exactly what the attrs constructors build."""

import attrs
import pytest

from ingest import Change, Decoded, Document, FrozenDict, RawInput, Record, Source


def _decoded(text="Some text.\n", warnings=()):
    raw = RawInput.from_bytes(Source.from_name("doc"), text.encode())
    return raw, Decoded(text=text, encoding="utf-8", confidence=1.0, method="utf-8", warnings=warnings)


def test_from_decoded_equals_the_attrs_constructor_field_for_field():
    raw, decoded = _decoded(warnings=["a warning"])
    change = Change(stage="decode", step="decode", plugin=None, summary="utf-8")
    fast = Document.from_decoded(raw, decoded, [change])
    built = Document(
        raw=raw, decoded=decoded, text=decoded.text, warnings=decoded.warnings, provenance=(change,)
    )
    assert fast == built
    assert vars(fast) == vars(built)  # every field present, none extra
    assert fast.provenance == (change,)


def test_documents_started_apart_share_no_mutable_field():
    first = Document.from_decoded(*_decoded())
    second = Document.from_decoded(*_decoded())
    assert first.metadata is not second.metadata
    assert first.annotations is not second.annotations


def test_evolve_converts_and_validates_the_fields_it_changes():
    document = Document.from_decoded(*_decoded())
    changed = document.evolve(authors=["A. Writer"], languages=["en", "fr"], date="2024-05")
    assert changed.authors == ("A. Writer",)
    assert changed.languages == ("en", "fr")
    assert document.authors == ()  # the original is untouched
    with pytest.raises(ValueError, match="ISO 8601"):
        document.evolve(date="5 May 2024")
    with pytest.raises(ValueError, match="ISO 639"):
        document.evolve(languages=["English"])
    with pytest.raises(TypeError, match="colour"):
        document.evolve(colour="blue")


def test_record_from_document_equals_the_attrs_constructor():
    document = Document.from_decoded(*_decoded()).evolve(
        format="plain-text", format_confidence=0.123456, title="A title", metadata={"k": "v"}
    )
    record = Record.from_document(document)
    assert set(vars(record)) == {field.name for field in attrs.fields(Record)}
    assert set(vars(record.source)) == {field.name for field in attrs.fields(type(record.source))}
    assert record.id == document.id and record.format_confidence == 0.1235
    assert record.source.size == len(document.raw.data) and record.source.encoding == "utf-8"
    assert record.metadata == {"k": "v"} and isinstance(record.metadata, FrozenDict)
    rebuilt = Record(**{field.name: getattr(record, field.name) for field in attrs.fields(Record)})
    assert rebuilt == record


def test_a_document_subclass_starts_with_its_own_fields():
    @attrs.frozen(slots=False)
    class Memo(Document):
        priority: int = attrs.field(default=7, converter=int)

    memo = Memo.from_text("Short memo.\n")
    assert isinstance(memo, Memo) and memo.priority == 7
    assert memo.evolve(title="T").title == "T"


def test_a_record_from_a_document_with_an_unusual_confidence_is_still_a_record():
    document = Document.from_decoded(*_decoded()).evolve(format="plain-text", format_confidence=float("nan"))
    record = Record.from_document(document)
    assert record.format == "plain-text" and record.format_confidence != record.format_confidence

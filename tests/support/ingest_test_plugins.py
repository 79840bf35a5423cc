"""Small plugins the core tests load, as objects or with -p."""

from __future__ import annotations

from ingest import FORMAT, Document, FormatRegistry, Rejected, Score, Step, hookimpl


class MemoFormat:
    """Claims documents starting with 'MEMO', with one cleaning and one metadata step."""

    name = "memo"

    @hookimpl
    def ingest_register_formats(self, formats: FormatRegistry) -> None:
        formats.add("memo", "internal memos")

    @hookimpl
    def ingest_identify(self, document: Document) -> Score | None:
        if document.text.startswith("MEMO"):
            return Score("memo", 0.99, "starts with MEMO")
        return None

    @hookimpl
    def ingest_cleaning_steps(self, format: str) -> list[Step] | None:
        if format != "memo":
            return None
        return [Step("memo.drop-header", self.drop_header, order=FORMAT)]

    @hookimpl
    def ingest_metadata_steps(self, format: str) -> list[Step] | None:
        if format != "memo":
            return None
        return [Step("memo.title", self.title, order=FORMAT)]

    @staticmethod
    def drop_header(document: Document) -> Document:
        """Drop the MEMO line."""
        return document.evolve(text=document.text.partition("\n")[2])

    @staticmethod
    def title(document: Document) -> Document:
        """The first line is the title."""
        return document.evolve(title=document.text.partition("\n")[0].strip() or None)


class Exploding:
    """A plugin whose cleaning step raises for documents containing 'boom'."""

    name = "exploding"

    @hookimpl
    def ingest_cleaning_steps(self, format: str) -> list[Step]:
        return [Step("exploding.step", self.step)]

    @staticmethod
    def step(document: Document) -> Document:
        if "boom" in document.text:
            raise ValueError("cannot handle boom")
        return document


class ExplodingIdentify:
    """A plugin whose identification raises for documents containing 'boom'."""

    name = "exploding-identify"

    @hookimpl
    def ingest_identify(self, document: Document) -> Score | None:
        if "boom" in document.text:
            raise RuntimeError("identify failed")
        return None


class RejectingReader:
    """Refuses to read sources whose name ends in .secret."""

    name = "rejecting-reader"

    @hookimpl
    def ingest_read_source(self, source):  # type: ignore[no-untyped-def]
        if source.uri.endswith(".secret"):
            raise Rejected("secret files are not read")
        return None


class UnknownHook:
    """Implements a hook that does not exist."""

    name = "unknown-hook"

    @hookimpl
    def ingest_no_such_hook(self) -> None:
        pass


class WrongStep:
    """Returns a step whose function returns a string."""

    name = "wrong-step"

    @hookimpl
    def ingest_cleaning_steps(self) -> list[Step]:
        return [Step("wrong.step", lambda document: "not a document")]  # type: ignore[arg-type,return-value]


class RunWatcher:
    """Records the run notifications it receives."""

    name = "run-watcher"

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []

    @hookimpl
    def ingest_run_start(self, run) -> None:  # type: ignore[no-untyped-def]
        self.events.append(("start", run))

    @hookimpl
    def ingest_run_finish(self, run, summary) -> None:  # type: ignore[no-untyped-def]
        self.events.append(("finish", summary))

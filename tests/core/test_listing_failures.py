"""A collecting or container plugin that raises never ends a run nor loses an input: it becomes a failure."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from ingest import Failure, Pipeline, Record, RunOptions, Source, hookimpl


class Boxes:
    """Opens ``*.box`` files: one member read from the box's text, then (``broken``) an error."""

    name = "boxes"

    def __init__(self, when: str) -> None:
        self.when = when

    @hookimpl(tryfirst=True)
    def ingest_expand_source(self, source: Source) -> Iterator[Source] | None:
        if not source.uri.endswith(".box"):
            return None
        if self.when == "at once":
            raise RuntimeError("the box's lid is stuck")
        return self._members(source)

    def _members(self, source: Source) -> Iterator[Source]:
        yield Source(source.uri + "#/first.txt", None)
        raise ValueError("the box is torn after its first member")

    @hookimpl
    def ingest_read_source(self, source: Source) -> object:
        if source.uri.endswith(".box#/first.txt"):
            from ingest import RawInput

            return RawInput.from_bytes(source, b"The first member of the box, a short plain text.\n")
        return None


def _inputs(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.box").write_text("box\n")
    (tmp_path / "in" / "b.txt").write_text("A plain text beside the box.\n")
    return tmp_path / "in"


def _run(tmp_path: Path, when: str, jobs: int) -> list[Record | Failure]:
    _inputs(tmp_path)
    pipeline = Pipeline(plugins=[Boxes(when)], autoload=False)
    options = RunOptions(jobs=jobs, use_journal=False, progress="none")
    with pipeline.run([tmp_path / "in"], options=options) as run:
        return sorted(run, key=lambda result: result.source.uri)


def test_a_container_whose_plugin_raises_at_once_becomes_a_failure_naming_it(tmp_path):
    box, text = _run(tmp_path, "at once", 0)
    assert isinstance(text, Record)
    assert isinstance(box, Failure)
    assert box.source.uri.endswith("/in/a.box")
    assert (box.stage, box.plugin, box.error_type) == ("collect", "boxes", "RuntimeError")
    assert box.message == "the box's lid is stuck"


def test_a_container_that_breaks_while_listed_keeps_its_members_and_fails_itself(tmp_path):
    box, member, text = _run(tmp_path, "while listed", 0)
    assert isinstance(member, Record) and member.source.uri.endswith("a.box#/first.txt")
    assert isinstance(text, Record)
    assert isinstance(box, Failure)
    assert (box.stage, box.plugin, box.error_type) == ("collect", "boxes", "ValueError")
    assert "torn" in box.message


STUCK_BOXES = """
from ingest import hookimpl

@hookimpl(tryfirst=True)
def ingest_expand_source(source):
    if source.uri.endswith(".box"):
        raise RuntimeError("the box's lid is stuck")
    return None
"""


def test_with_workers_the_failure_reaches_the_sink_and_the_exit_status(tmp_path):
    folder = _inputs(tmp_path)
    (tmp_path / "stuck_boxes.py").write_text(STUCK_BOXES)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "ingest", "run", str(folder), "-p", "stuck_boxes", "--jobs", "1"]
    done = subprocess.run(
        [*command, "--sink", f"jsonl:{out}", "--quiet"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 1, done.stderr
    failures = [json.loads(line) for line in Path(f"{out}.failures.jsonl").read_text().splitlines()]
    assert [(f["stage"], f["plugin"], f["message"]) for f in failures] == [
        ("collect", "stuck_boxes", "the box's lid is stuck")
    ]
    assert len(out.read_text().splitlines()) == 1


class Catalogue:
    """Lists ``catalogue:NAME`` targets: one file, then the catalogue's server goes away."""

    name = "catalogue"

    def __init__(self, file: Path) -> None:
        self.file = file

    @hookimpl(tryfirst=True)
    def ingest_collect_sources(self, target: str) -> Iterator[Source] | None:
        return self._listed() if target.startswith("catalogue:") else None

    def _listed(self) -> Iterator[Source]:
        yield Source.from_path(self.file)
        raise ConnectionError("the catalogue's server went away")


def test_a_collector_that_breaks_while_listing_keeps_what_it_listed_and_fails_the_target(tmp_path):
    folder = _inputs(tmp_path)
    pipeline = Pipeline(plugins=[Catalogue(folder / "b.txt")], autoload=False)
    with pipeline.run(["catalogue:letters", str(folder / "a.box")]) as run:
        results = sorted(run, key=lambda result: result.source.uri)
    target, box, listed = results
    assert isinstance(listed, Record) and listed.source.uri.endswith("/in/b.txt")
    assert isinstance(box, Record)  # the next target is still processed
    assert isinstance(target, Failure) and target.source.uri == "catalogue:letters"
    assert (target.stage, target.plugin, target.error_type) == ("collect", "catalogue", "ConnectionError")
    assert run.summary.failures == 1

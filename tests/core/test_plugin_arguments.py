"""``-p``: a ``no:`` name that matches nothing is an error; a module in the current folder is found."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest import Pipeline, UsageError
from ingest.cli import main


@pytest.fixture(autouse=True)
def _no_autoload(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INGEST_DISABLE_PLUGIN_AUTOLOAD", "1")


def test_blocking_a_plugin_that_does_not_exist_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    status = main(["run", "a.txt", "-p", "no:web-pgae", "--jobs", "0", "--sink", "jsonl:o.jsonl"])
    err = capsys.readouterr().err
    assert status == 2
    assert "no:web-pgae" in err and "web-page" in err  # the known names are listed
    assert not (tmp_path / "o.jsonl").exists()
    assert main(["run", "a.txt", "-p", "no:web-page", "--jobs", "0", "--sink", "jsonl:o.jsonl", "-q"]) == 0


def test_the_library_refuses_an_unknown_blocked_name_too() -> None:
    with pytest.raises(UsageError, match="no plugin named 'nothing-like-it'"):
        Pipeline(blocked=["nothing-like-it"], autoload=False)


def test_a_module_in_the_current_folder_is_loaded_with_p(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p not in ("", ".", str(tmp_path))])
    (tmp_path / "my_local_plugin_here.py").write_text(
        "import ingest\n\n@ingest.hookimpl\ndef ingest_run_start(run):\n    pass\n", encoding="utf-8"
    )
    assert main(["plugins", "-p", "my_local_plugin_here", "--strict-plugins"]) == 0
    out = capsys.readouterr().out
    assert "my_local_plugin_here" in out
    assert sys.path[-1] == str(tmp_path)  # appended: a file here never hides an installed module

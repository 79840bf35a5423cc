"""Plugin loading: discovery order, blocking, broken plugins, duplicates, listing."""

from __future__ import annotations

import pytest
from fake_distributions import make_distribution
from ingest_test_plugins import MemoFormat, UnknownHook

from ingest import Pipeline, PluginLoadError
from ingest.plugins import AUTOLOAD_ENV, LoadSettings, load_plugins

GOOD = """
from ingest import hookimpl, Score

@hookimpl
def ingest_register_formats(formats):
    formats.add("shout", "text in capitals")

@hookimpl
def ingest_identify(document):
    if document.text.isupper():
        return Score("shout", 0.9, "all capitals")
"""
BROKEN = "raise ImportError('this plugin is broken on purpose')\n"


@pytest.fixture
def site(tmp_path, monkeypatch):
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delenv(AUTOLOAD_ENV, raising=False)
    return folder


def names(loaded):
    return [p.name for p in loaded.plugins]


def test_builtins_load_from_the_entry_point_group_of_the_ingest_distribution():
    loaded = load_plugins(LoadSettings(autoload=False))
    builtins = {p.name for p in loaded.plugins if p.origin == "builtin"}
    assert {
        "collect-files",
        "read-files",
        "decode-text",
        "plain-text",
        "sink-jsonl",
        "sink-sqlite",
    } <= builtins
    assert all(p.version != "unknown" for p in loaded.plugins if p.origin == "builtin")


def test_third_party_entry_points_are_discovered_with_their_version(site):
    make_distribution(site, "ingest-shout", "2.3", {"shout": "shout_plugin"}, {"shout_plugin": GOOD})
    loaded = load_plugins()
    info = next(p for p in loaded.plugins if p.name == "shout")
    assert (info.version, info.origin) == ("2.3", "entry point of ingest-shout")
    assert info.hooks == ("ingest_identify", "ingest_register_formats")
    assert Pipeline().process(b"ALL CAPITALS HERE").format == "shout"


def test_disabling_autoload_skips_other_distributions_only(site, monkeypatch):
    make_distribution(site, "ingest-shout", "2.3", {"shout": "shout_plugin"}, {"shout_plugin": GOOD})
    monkeypatch.setenv(AUTOLOAD_ENV, "1")
    loaded = load_plugins()
    assert "shout" not in names(loaded)
    assert "plain-text" in names(loaded)


def test_a_plugin_that_fails_to_import_is_reported_and_skipped(site):
    make_distribution(site, "ingest-broken", "0.1", {"broken": "broken_plugin"}, {"broken_plugin": BROKEN})
    loaded = load_plugins()
    (problem,) = loaded.problems
    assert (problem.name, problem.version) == ("broken", "0.1")
    assert "broken on purpose" in problem.error
    assert "plain-text" in names(loaded)
    assert Pipeline().process(b"still works").format == "plain-text"


def test_strict_loading_makes_a_broken_plugin_fatal(site):
    make_distribution(site, "ingest-broken", "0.1", {"broken": "broken_plugin"}, {"broken_plugin": BROKEN})
    with pytest.raises(PluginLoadError, match=r"'broken'.*version 0\.1.*broken on purpose"):
        load_plugins(LoadSettings(strict=True))


def test_two_plugins_of_one_name_are_an_error_naming_both(site):
    make_distribution(site, "ingest-one", "1.0", {"twin": "twin_one"}, {"twin_one": GOOD})
    make_distribution(site, "ingest-two", "1.0", {"twin": "twin_two"}, {"twin_two": GOOD})
    with pytest.raises(PluginLoadError, match=r"twin_one.*twin_two|twin_two.*twin_one"):
        load_plugins()


def test_blocking_a_builtin_removes_its_hooks(make_pipeline):
    pipeline = make_pipeline(blocked=["plain-text"])
    assert "plain-text" not in pipeline.formats
    failure = pipeline.process(b"nothing claims this")
    assert failure.kind == "failure"
    assert (failure.stage, failure.message) == ("identify", "no format plugin claimed the document")


def test_modules_named_with_p_are_loaded():
    loaded = load_plugins(LoadSettings(modules=("ingest_test_plugins",), autoload=False))
    assert "ingest_test_plugins" in names(loaded)
    origin = next(p.origin for p in loaded.plugins if p.name == "ingest_test_plugins")
    assert origin == "-p"


def test_a_module_that_cannot_be_imported_is_reported():
    loaded = load_plugins(LoadSettings(modules=("no_such_module_anywhere",), autoload=False))
    assert [p.name for p in loaded.problems] == ["no_such_module_anywhere"]


def test_an_implementation_of_an_unknown_hook_is_rejected_by_check_pending():
    loaded = load_plugins(LoadSettings(autoload=False), [UnknownHook()])
    assert "unknown-hook" not in names(loaded)
    (problem,) = loaded.problems
    assert "ingest_no_such_hook" in problem.error


def test_each_pipeline_has_its_own_plugin_manager():
    first = Pipeline(plugins=[MemoFormat()], autoload=False)
    second = Pipeline(autoload=False)
    assert "memo" in first.formats and "memo" not in second.formats
    assert first.loaded.manager is not second.loaded.manager


def test_the_fingerprint_changes_with_plugins_and_options():
    base = Pipeline(autoload=False)
    assert Pipeline(autoload=False).fingerprint == base.fingerprint
    assert Pipeline(autoload=False, plugins=[MemoFormat()]).fingerprint != base.fingerprint
    assert Pipeline(autoload=False, options={"max-replaced": 0.5}).fingerprint != base.fingerprint

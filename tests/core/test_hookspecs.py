"""Meta-tests: every hook is documented, the reference page is current, every hook is exercised."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from ingest import hookspecs
from ingest.reference import hook_sections, render_hook_reference

ROOT = Path(__file__).resolve().parents[2]
HOOKS = [name for name in dir(hookspecs) if name.startswith("ingest_")]


def test_every_hook_is_listed_in_all_and_in_a_section():
    assert sorted(hookspecs.__all__) == sorted(HOOKS)
    sectioned = [fn.__name__ for _, fns in hook_sections() for fn in fns]
    assert sorted(sectioned) == sorted(HOOKS)


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_says_when_it_is_called_what_it_receives_and_returns(name):
    function = getattr(hookspecs, name)
    doc = inspect.getdoc(function) or ""
    assert "Called" in doc, f"{name}: say when it is called"
    for parameter in inspect.signature(function).parameters:
        assert f":param {parameter}:" in doc, f"{name}: document parameter {parameter!r}"
    assert "Return" in doc, f"{name}: say what it returns"
    spec = function.ingest_spec
    if spec.get("firstresult"):
        assert "Stops at first non-None result" in doc, f"{name}: say that the first result wins"
    else:
        assert "collected" in doc or "is called" in doc, f"{name}: say that every implementation runs"


@pytest.mark.parametrize("name", HOOKS)
def test_no_hook_parameter_has_a_default(name):
    for parameter in inspect.signature(getattr(hookspecs, name)).parameters.values():
        assert parameter.default is inspect.Parameter.empty


def test_the_hook_reference_page_is_generated_from_the_specs():
    page = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    assert page == render_hook_reference(), "run: python -m ingest.reference > docs/hooks.md"


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_is_implemented_by_a_builtin_or_exercised_by_a_test(name):
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "plugins").rglob("*.py")]
    sources += [
        p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("*.py") if p.name != "test_hookspecs.py"
    ]
    assert any(f"def {name}(" in text for text in sources), f"no implementation of {name} anywhere"

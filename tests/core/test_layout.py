"""The architecture rules: the core names no plugin; plugins use only the public API."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ingest

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = set(ingest.__all__)
# Modules of the core a plugin may import from besides the top-level package.
PUBLIC_MODULES = {"ingest", "ingest.hookspecs", "ingest.testing"}


def imports(path: Path) -> list[tuple[str, list[str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


@pytest.mark.parametrize(
    "path", sorted((ROOT / "ingest").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_the_core_never_imports_a_plugin(path):
    for module, _ in imports(path):
        assert not module.startswith("ingest_builtins"), f"{path}: imports {module}"
    text = path.read_text(encoding="utf-8")
    for name in ("un-letter", "note-verbale", "news-wire", "web-page", "plain-text"):
        assert f'"{name}"' not in text, f"{path} names the format {name}"


PLUGIN_FILES = sorted((ROOT / "plugins").rglob("*.py")) + sorted((ROOT / "examples").rglob("*.py"))


@pytest.mark.parametrize("path", PLUGIN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_plugins_use_only_the_public_api(path):
    for module, names in imports(path):
        if module == "ingest" or module.startswith("ingest."):
            assert module in PUBLIC_MODULES, f"{path}: imports the core's internal module {module}"
            if module == "ingest":
                assert set(names) <= PUBLIC, f"{path}: imports {set(names) - PUBLIC} not in ingest.__all__"


@pytest.mark.parametrize(
    "path",
    sorted(p for p in [*(ROOT / "ingest").rglob("*.py"), *(ROOT / "plugins").rglob("*.py")]),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_modules_have_a_docstring_and_stay_small(path):
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    assert ast.get_docstring(tree), f"{path}: one-line module docstring"
    assert len(text.splitlines()) <= 450, f"{path}: split modules over ~400 lines"


FORMATS = ROOT / "plugins" / "ingest_builtins" / "formats"
#: Format plugin packages hold a ``plugin.py``; the other packages there are libraries they share.
FORMAT_PLUGINS = sorted(p.parent.name for p in FORMATS.glob("*/plugin.py"))


@pytest.mark.parametrize(
    "path",
    sorted(p for name in FORMAT_PLUGINS for p in (FORMATS / name).rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_format_plugins_never_import_one_another(path):
    own = path.relative_to(FORMATS).parts[0]
    for module, _ in imports(path):
        parts = module.split(".")
        if parts[:2] == ["ingest_builtins", "formats"] and len(parts) > 2:
            assert parts[2] == own or parts[2] not in FORMAT_PLUGINS, f"{path}: imports {module}"

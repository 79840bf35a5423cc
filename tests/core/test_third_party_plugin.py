"""The example third-party plugin, installed with pip from its own directory into a fresh environment."""

from __future__ import annotations

import json
import os
import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ingest-press-release"

RELEASE = """FOR IMMEDIATE RELEASE

Council adopts new rules on water quality

BRUSSELS, June 4, 2024 — The Council today adopted new rules on drinking water.

The rules apply from 2026.

###

Media contact: press office
"""

BREAKER = """
from ingest import hookimpl

@hookimpl(tryfirst=True)
def ingest_metadata_steps(format):
    return None

import ingest_press_release.plugin as plugin

def broken(document):
    raise RuntimeError("the describe step is broken")

plugin.describe.__code__ = broken.__code__
"""


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    """A virtual environment that sees this ingest, with the example plugin pip-installed into it."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    python = home / "bin" / "python"
    # See the packages of the environment running the tests (this ingest among them).
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    parent = sysconfig.get_paths()["purelib"]
    Path(purelib, "zz_parent_environment.pth").write_text(f"import site; site.addsitedir({parent!r})\n")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    return python


def run(
    python: Path, *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-m", "ingest", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_the_installed_plugin_is_discovered_and_listed(environment, tmp_path):
    listing = json.loads(run(environment, "plugins", "--json", cwd=tmp_path).stdout)
    plugin = next(p for p in listing["plugins"] if p["name"] == "press-release")
    assert plugin["version"] == "1.0.0"
    assert plugin["origin"] == "entry point of ingest-press-release"
    assert "ingest_identify" in plugin["hooks"]


def test_the_installed_plugin_claims_its_documents_and_a_failing_hook_is_named(environment, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.txt").write_text(RELEASE)
    (docs / "other.txt").write_text("Minutes of the meeting.\n")
    out = tmp_path / "out.jsonl"
    result = run(environment, "run", str(docs), "--sink", f"jsonl:{out}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = {Path(r["source"]["path"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert records["release.txt"]["format"] == "press-release"
    assert records["release.txt"]["date"] == "2024-06-04"

    (tmp_path / "breaker.py").write_text(BREAKER)
    result = run(
        environment,
        "run",
        str(docs),
        "-p",
        "breaker",
        "--sink",
        f"jsonl:{out}",
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 1
    (failure,) = map(json.loads, Path(f"{out}.failures.jsonl").read_text().splitlines())
    assert (failure["stage"], failure["plugin"]) == ("extract", "press-release")
    assert "the describe step is broken" in failure["message"]
    (other,) = map(json.loads, out.read_text().splitlines())
    assert Path(other["source"]["path"]).name == "other.txt"


def test_the_example_plugin_own_tests_pass(environment):
    result = subprocess.run(
        [str(environment), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE / "tests")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=EXAMPLE,
    )
    assert result.returncode == 0, result.stdout + result.stderr

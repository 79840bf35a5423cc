"""The ingest command, as a user runs it: real processes, real files, exit statuses."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fake_distributions import make_distribution

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
SUPPORT = Path(__file__).resolve().parents[1] / "support"


def ingest(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SUPPORT), *(env or {}).get("PYTHONPATH", "").split(os.pathsep)]),
    }
    full_env.update({k: v for k, v in (env or {}).items() if k != "PYTHONPATH"})
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def corpus(tmp_path):
    target = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, target)
    return target


def test_run_fills_the_default_database_and_a_rerun_adds_nothing(corpus, tmp_path):
    first = ingest("run", str(corpus), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "5 inputs: 5 records, 0 failures" in first.stdout
    second = ingest("run", str(corpus), cwd=tmp_path)
    assert second.returncode == 0
    with sqlite3.connect(tmp_path / "ingest.db") as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    found = ingest("search", "Kalbajar", cwd=tmp_path)
    assert found.returncode == 0
    assert found.stdout.count("file://") >= 3


def test_exit_status_is_1_when_some_inputs_fail(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    result = ingest("run", str(corpus), "--sink", f"jsonl:{tmp_path / 'out.jsonl'}", cwd=tmp_path)
    assert result.returncode == 1
    assert "1 failures" in result.stdout and "decode [core] Rejected" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("run", "no-such-dir"),
        ("run", "examples", "--sink", "ftp:somewhere"),
        ("run", "examples", "--format", "no-such-format"),
        ("run",),
    ],
)
def test_usage_errors_exit_with_2(args, tmp_path):
    result = ingest(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "error" in result.stderr


def test_summary_json_and_quiet(corpus, tmp_path):
    summary = tmp_path / "summary.json"
    result = ingest("run", str(corpus), "-q", "--summary-json", str(summary), cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    data = json.loads(summary.read_text())
    assert data["records"] == 5 and data["failures"] == 0 and sum(data["by_format"].values()) == 5


def test_inspect_shows_scores_steps_and_the_record(corpus, tmp_path):
    result = ingest("inspect", str(corpus / "002_ab5ee75734daa14a.txt"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in ("decoding:", "identification:", "cleaning:", "record:", "text ("):
        assert heading in out
    assert "plain-text 0.05 [plain-text]" in out
    assert 'format: "un-letter"' in out


def test_inspect_json_prints_the_full_record(corpus, tmp_path):
    result = ingest("inspect", "--json", str(corpus / "001_5af18403983a6e8e.txt"), cwd=tmp_path)
    record = json.loads(result.stdout)
    assert record["kind"] == "record" and record["provenance"]


def test_plugins_lists_names_versions_origins_and_hooks(tmp_path):
    result = ingest("plugins", "--json", cwd=tmp_path)
    listing = json.loads(result.stdout)
    by_name = {p["name"]: p for p in listing["plugins"]}
    assert by_name["decode-text"]["origin"] == "builtin"
    assert "ingest_decode" in by_name["decode-text"]["hooks"]
    assert {f["name"] for f in listing["formats"]} >= {
        "un-letter",
        "note-verbale",
        "news-wire",
        "web-page",
        "plain-text",
    }
    assert {s["scheme"] for s in listing["sinks"]} >= {"jsonl", "sqlite"}


def test_p_loads_a_module_and_no_blocks_a_builtin(corpus, tmp_path):
    memo = corpus / "memo.txt"
    memo.write_text("MEMO\nBudget\n\nApproved.\n")
    result = ingest(
        "run", str(memo), "-p", "ingest_test_plugins", "--sink", f"jsonl:{tmp_path / 'o.jsonl'}", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    blocked = ingest(
        "run", str(corpus), "-p", "no:un-letter", "--sink", f"jsonl:{tmp_path / 'o.jsonl'}", cwd=tmp_path
    )
    formats = {json.loads(line)["format"] for line in (tmp_path / "o.jsonl").read_text().splitlines()}
    assert blocked.returncode == 0 and "un-letter" not in formats


def test_a_broken_installed_plugin_does_not_stop_plugins_or_run(corpus, tmp_path):
    site = make_distribution(
        tmp_path / "site",
        "ingest-broken",
        "0.3",
        {"broken": "broken_mod"},
        {"broken_mod": "raise RuntimeError('cannot start')\n"},
    )
    env = {"PYTHONPATH": str(site)}
    listing = ingest("plugins", cwd=tmp_path, env=env)
    assert listing.returncode == 0
    assert (
        "plugin 'broken'" in listing.stderr
        and "version 0.3" in listing.stderr
        and "cannot start" in listing.stderr
    )
    run = ingest("run", str(corpus), "--sink", f"jsonl:{tmp_path / 'o.jsonl'}", cwd=tmp_path, env=env)
    assert run.returncode == 0
    strict = ingest("run", str(corpus), "--strict-plugins", cwd=tmp_path, env=env)
    assert strict.returncode == 2


def test_standard_input_is_a_target(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "ingest", "run", "-", "--sink", f"jsonl:{tmp_path / 'o.jsonl'}"],
        input="From standard input.\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (line,) = (tmp_path / "o.jsonl").read_text().splitlines()
    digest = hashlib.sha256(b"From standard input.\n").hexdigest()
    assert json.loads(line)["source"]["uri"] == f"stdin:{digest[:16]}"


def test_plugin_options_appear_on_the_command_line(tmp_path):
    result = ingest("run", "--help", cwd=tmp_path)
    assert "--max-bytes" in result.stdout and "--encoding" in result.stdout


@pytest.mark.parametrize("jobs", ["0", "1"])
def test_trace_hooks_shows_per_document_hooks_in_workers_too(corpus, tmp_path, jobs):
    done = ingest("run", str(corpus), "--trace-hooks", "--jobs", jobs, "--no-journal", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    traced = [line for line in done.stderr.splitlines() if line.startswith("[trace ")]
    decode_lines = [line for line in traced if "] ingest_decode [" in line]
    assert len(decode_lines) == 5, done.stderr[-2000:]
    assert sum("] ingest_identify [" in line for line in traced) == 5
    if jobs == "1":  # the documents were traced by a worker, not by the parent
        parent = {line.split()[1] for line in traced if "] ingest_collect_sources [" in line}
        assert len(parent) == 1 and not parent & {line.split()[1] for line in decode_lines}


def test_the_top_level_help_loads_no_plugin_and_a_command_help_does(tmp_path):
    (tmp_path / "noisy_plugin.py").write_text(
        "import pathlib\npathlib.Path('imported').write_text('yes')\n", encoding="utf-8"
    )
    env = {"INGEST_PLUGINS": "noisy_plugin", "PYTHONPATH": str(tmp_path)}
    done = ingest("--help", cwd=tmp_path, env=env)
    assert done.returncode == 0 and "commands" in done.stdout
    assert not (tmp_path / "imported").exists()
    done = ingest("run", "--help", cwd=tmp_path, env=env)
    assert done.returncode == 0 and (tmp_path / "imported").exists()

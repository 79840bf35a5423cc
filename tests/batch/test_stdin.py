"""Standard input is processed in a worker like any input: the limits hold for it and for the rest."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from batch_support import environment, ingest_run, jsonl_sources, uri


def test_standard_input_among_the_targets_is_bounded_by_the_timeout(corpus: Path, tmp_path: Path) -> None:
    (corpus / "a.txt").write_text("A note about the session.\n")
    (corpus / "b.txt").write_text("HANG-ME in a file too.\n")
    out = tmp_path / "o.jsonl"
    command = ingest_run("-", corpus, "-p", "hostile_plugins", "--timeout", "2", "--sink", f"jsonl:{out}")
    done = subprocess.run(
        [*command, "--jobs", "1", "--quiet", "--summary-json", str(tmp_path / "s.json")],
        input="HANG-ME from standard input.\n",
        text=True,
        env=environment(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    records, failures = jsonl_sources(out)
    assert records == [uri(corpus / "a.txt")]
    digest = hashlib.sha256(b"HANG-ME from standard input.\n").hexdigest()[:16]  # its own source
    assert sorted(failures) == sorted([f"stdin:{digest}", uri(corpus / "b.txt")])
    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["timeouts"] == 2
    lines = Path(f"{out}.failures.jsonl").read_text().splitlines()
    assert {json.loads(line)["error_type"] for line in lines} == {"Timeout"}

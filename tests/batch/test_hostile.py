"""Plugins that raise, hang, allocate or crash, and 10,000 hostile inputs: every input is accounted for."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from batch_support import assert_exactly_once, run, uri

pytestmark = pytest.mark.slow

_NORMAL = (
    "Note {n}\n\nThe permanent mission presents its compliments and has the honour to transmit a report.\n"
)

# marker in the text -> (stage, error type) the failure must name, with the plugin hostile_plugins
_MISBEHAVIOUR = {
    "RAISE-ME": ("clean", "RuntimeError"),
    "HANG-ME": ("clean", "Timeout"),
    "EAT-MEMORY": ("clean", "MemoryError"),
    "EXIT-ME": ("clean", "WorkerDied"),
    "CRASH-ME": ("clean", "WorkerDied"),
    "HANG-IDENTIFY": ("identify", "Timeout"),
    "CONNECT-ME": ("clean", "NetworkDisabled"),
    "UNPICKLABLE": ("clean", "UnsendableResult"),
}


def test_misbehaving_plugins_fail_their_documents_only(corpus: Path, tmp_path: Path) -> None:
    for n in range(60):
        (corpus / f"ok-{n:02d}.txt").write_text(_NORMAL.format(n=n), encoding="utf-8")
    for marker in _MISBEHAVIOUR:
        (corpus / f"bad-{marker}.txt").write_text(
            f"A note that says {marker} in its text.\n", encoding="utf-8"
        )
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    result = run(
        corpus,
        "--sink",
        f"jsonl:{out}",
        "-p",
        "hostile_plugins",
        "--jobs",
        "2",
        "--timeout",
        "4",
        "--max-memory",
        "768M",
        "--quiet",
        "--summary-json",
        summary,
    )
    assert result.returncode == 1, result.stderr
    failures = {
        json.loads(line)["source"]["uri"]: json.loads(line)
        for line in (tmp_path / "out.jsonl.failures.jsonl").read_text().splitlines()
    }
    records = [json.loads(line)["source"]["uri"] for line in out.read_text().splitlines()]
    assert sorted(records) == sorted(uri(corpus / f"ok-{n:02d}.txt") for n in range(60))
    assert len(failures) == len(_MISBEHAVIOUR)
    for marker, (stage, error_type) in _MISBEHAVIOUR.items():
        failure = failures[uri(corpus / f"bad-{marker}.txt")]
        assert (failure["stage"], failure["plugin"], failure["error_type"]) == (
            stage,
            "hostile_plugins",
            error_type,
        ), failure["message"]
    account = json.loads(summary.read_text())
    assert account["worker_restarts"] >= 5 and account["timeouts"] == 2


def _hostile_inputs(folder: Path, count: int) -> set[str]:
    """``count`` files of the kinds that break parsers, and a few huge ones; returns their URIs."""
    rng = random.Random(2024)
    sample = "Déclaration du Conseil — 評議会 — совет. The delegation of Norway.\n"
    common = [
        lambda: bytes(rng.randrange(256) for _ in range(rng.randrange(1, 2048))),
        lambda: b"",
        lambda: sample.encode("utf-8")[: rng.randrange(1, 40) * 2 + 1],  # cut inside a character
        lambda: b"\xff\xfe" + sample.encode("utf-16-le")[: rng.randrange(3, 60) | 1],  # odd UTF-16
        lambda: (sample * 3).replace(" ", "\0").encode("utf-8"),
        lambda: b"\0" * rng.randrange(1, 5000),
        lambda: ("\r\n" * rng.randrange(1, 3000)).encode(),
        lambda: sample.encode("utf-16"),
        lambda: sample.encode("cp1252", "replace") + b"\x81\x8d\x8f",
        lambda: sample.encode("utf-8") * rng.randrange(1, 50),
    ]
    rare = [
        lambda: ("<div>" * rng.randrange(100, 1500) + "deep" + "</div>" * 10).encode(),
        lambda: (
            b'<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa">'
            + b"".join(b'<!ENTITY a%d "&a%d;&a%d;&a%d;">' % (i + 1, i, i, i) for i in range(12))
            + b"]><b>&a12;</b>"
        ),
        lambda: b'<!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]><html><p>&e;</p></html>',
        lambda: ("<p>" + "&amp; " * rng.randrange(100, 3000) + "</p>").encode(),
    ]
    odd_names = [
        "with space",
        "ünïcödé-名前",
        "-leading-dash",
        "new\nline",
        "percent%20sign",
        "hash#mark",
        "x" * 200,
    ]
    made = set()
    for number in range(count):
        maker = rare[number // 50 % len(rare)] if number % 50 == 7 else common[number % len(common)]
        suffix = [".txt", ".html", ".xml", ".md", ""][number % 5]
        stem = odd_names[number % len(odd_names)] if number % 50 == 0 else f"input-{number:05d}"
        path = folder / f"batch-{number // 1000}" / f"{stem}-{number}{suffix}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(maker())
        made.add(uri(path))
    huge = {
        "one-enormous-line.txt": b"word " * 600_000,
        "deep.html": b"<div>" * 100_000 + b"deep",
        "entities.xml": b"<p>" + b"&amp;" * 200_000 + b"</p>",
    }
    for name, data in huge.items():
        (folder / name).write_bytes(data)
        made.add(uri(folder / name))
    latin = os.fsdecode(b"caf\xe9-not-utf8.txt")
    (folder / latin).write_bytes(b"A file whose name is not UTF-8.\n")
    made.add(uri(folder / latin))
    return made


def test_ten_thousand_hostile_inputs_are_all_accounted_for(corpus: Path, tmp_path: Path) -> None:
    expected = _hostile_inputs(corpus, 10_000)
    database, out = tmp_path / "hostile.db", tmp_path / "hostile.jsonl"
    result = run(
        corpus,
        "--sink",
        f"sqlite:{database}",
        "--sink",
        f"jsonl:{out}",
        "--jobs",
        "2",
        "--timeout",
        "10",
        "--quiet",
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert_exactly_once(expected, database, out)

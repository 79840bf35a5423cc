"""The examples in the documentation run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_embedding_example_runs_over_the_example_corpus():
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "embed.py"), str(ROOT / "examples" / "corpus")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "bytes -> record: format plain-text" in result.stdout
    assert "5 records, 0 failures" in result.stdout


def test_the_mbox_container_example_gives_one_record_per_message(tmp_path):
    import mailbox
    from email.message import EmailMessage

    box = mailbox.mbox(tmp_path / "box.mbox")
    for number, subject in enumerate(["Agenda of the meeting", "Minutes of the meeting"]):
        message = EmailMessage()
        message["From"] = "secretariat@example.org"
        message["Subject"] = subject
        message.set_content(f"Message {number}: the committee will meet on Monday at ten in room four.\n")
        box.add(message)
    box.close()
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "mbox_container.py"), str(tmp_path / "box.mbox")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "0.eml: Agenda of the meeting: 'Message 0: the committee will meet on Monday at ten in room '",
        "1.eml: Minutes of the meeting: 'Message 1: the committee will meet on Monday at ten in room '",
    ]

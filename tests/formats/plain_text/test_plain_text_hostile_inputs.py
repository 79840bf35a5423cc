"""plain-text steps on hostile and degenerate inputs: no exception, no quadratic time."""

from __future__ import annotations

import time

import pytest
from ingest_builtins.formats.plain_text import plugin

from ingest import Document

STEPS = [plugin.strip_header_block, plugin.rebuild, plugin.stated_fields]

HOSTILE = {
    "empty": "",
    "only spaces": " " * 100_000,
    "one long line": "word " * 400_000,
    "many short lines": "Share\n" * 100_000,
    "open brackets": "(" * 200_000 + " text",
    "bylines": "By John Smith\n" * 50_000,
    "datelines": "WASHINGTON (Reuters) - " * 40_000,
    "capitals": "ABC DEF " * 200_000,
    "credit openings": "(Reporting by A B; " * 40_000,
    "repeated headline": "Headline of the day\n\n" * 40_000,
    "open SGML": "<REUTERS>\n<BODY>" + "x\n" * 200_000,
    "time stamps": "July 29, 2023 09:19\n" * 40_000,
    "flattened": "Sentence ends here.  Next one starts. " * 50_000,
    "control characters": "\x00\x01\x02 text \x1f" * 50_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_steps_survive_and_stay_fast(name: str) -> None:
    document = Document.from_text(HOSTILE[name], name="hostile.txt")
    started = time.perf_counter()
    for step in STEPS:
        result = step(document)
        if isinstance(result, Document):
            document = result
    assert time.perf_counter() - started < 5.0
    assert isinstance(document.text, str)

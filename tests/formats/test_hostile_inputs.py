"""Format steps on hostile and degenerate inputs: no exception, no quadratic time, whatever the format."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from ingest_builtins.formats.news_wire import plugin as news_wire
from ingest_builtins.formats.plain_text import plugin as plain_text
from ingest_builtins.formats.web_page import plugin as web_page

from ingest import Document

# The steps of each format in the order the pipeline runs them (identification first where it reads the text).
STEPS: dict[str, list[Callable[[Document], object]]] = {
    "news-wire": [
        news_wire.ingest_identify,
        news_wire.read_sgml,
        news_wire.strip_head,
        news_wire.rebuild,
        news_wire.strip_tail,
        news_wire.stated_fields,
    ],
    "plain-text": [plain_text.strip_header_block, plain_text.rebuild, plain_text.stated_fields],
    "web-page": [web_page.ingest_identify, web_page.main_content, web_page.page_fields],
}

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
@pytest.mark.parametrize("format_name", sorted(STEPS))
def test_steps_survive_and_stay_fast(format_name: str, name: str) -> None:
    document = Document.from_text(HOSTILE[name], name="hostile.txt")
    started = time.perf_counter()
    for step in STEPS[format_name]:
        result = step(document)
        if isinstance(result, Document):
            document = result
    assert time.perf_counter() - started < 5.0
    assert isinstance(document.text, str)

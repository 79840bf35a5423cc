"""Which line at the top of agency copy can be its headline."""

from __future__ import annotations

import functools
import re

from ingest_builtins.formats.articles.site_lines import is_share_line
from ingest_builtins.formats.news_wire.dateline_parts import BRACKET, DAY_MONTH, WEEKDAY_PATTERN
from ingest_builtins.formats.news_wire.head_patterns import BYLINE, CJK_CAPTION, SLUG

__all__ = ["wire_title_like"]


@functools.cache
def _cjk() -> re.Pattern[str]:
    """Han and kana, compiled when first needed."""
    return re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def wire_title_like(line: str) -> bool:
    """A line that can be agency copy's headline: a few words, no sentence's end, no byline or bracket."""
    line = SLUG.sub("", line) if line.startswith("(") else line
    if "。" in line and _cjk().search(line):
        return False  # a sentence's stop inside: a caption or the lead ("…舉行會談。 新華社記者 龐興雷 攝")
    if ":" in line and CJK_CAPTION.fullmatch(line):
        return False  # a photo's caption closed by its credit: "… Petříček. Foto: TASR"
    words = line.split()
    if len(words) < 2 and _cjk().search(line):
        # Chinese and Japanese headlines have no spaces: a short line without a sentence's end.
        return 4 <= len(line.strip()) <= 80 and not line.rstrip().endswith(("。", "：", ":", "，", "、"))
    return (
        2 <= len(words) <= 30
        and len(line) <= 250
        and not line.rstrip().endswith((".", ",", ";", ":"))
        and not BYLINE.match(line)
        and not BRACKET.search(line)
        and not is_share_line(line)
        and not (
            len(words) <= _DAY_LINE_WORDS and any(c.isdigit() for c in line) and _day_line().fullmatch(line)
        )
    )


_DAY_LINE_WORDS = 5


@functools.cache
def _day_line() -> re.Pattern[str]:
    """A site's day line over the copy, its weekday first: "Sunday, May 26" (no headline)."""
    return re.compile(rf"[ \t]*{WEEKDAY_PATTERN},?[ \t]+{DAY_MONTH}[ \t]*")

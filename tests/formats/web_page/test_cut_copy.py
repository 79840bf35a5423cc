"""web-page, copied as text and cut off inside the story's first paragraph, as an excerpt ends."""

from __future__ import annotations

from ingest_builtins.formats.web_page.copied import parse_copied_page

LEAD = (
    "The harbour authority closed the northern ferry terminal on Monday, after storm waves damaged its pier, "
    "and said the repairs would take three weeks, while the ferries use the southern terminal, which"
)


def test_the_headline_and_the_date_over_a_paragraph_cut_off_are_the_page_s_head() -> None:
    headline = "Storm closes the northern ferry terminal for three weeks"
    text = f"loading\nHarbour News\n\n{headline}\n\n12-06-2026\n\n{LEAD}"
    page = parse_copied_page(text)
    assert page.body == LEAD

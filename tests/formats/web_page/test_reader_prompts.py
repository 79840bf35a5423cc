"""What a page asks of its reader under a story: a blog engine's comment form, a call to follow it."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.articles.reader_prompts import is_comment_form_line, is_social_prompt
from ingest_builtins.formats.web_page.copied import parse_copied_page

LEAD = (
    "The harbour pilots' union voted on Tuesday to strike next month over the new shift rules, its leader"
    " said after the vote in the union's hall."
)


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Lasă un răspuns",
        "Your email address will not be published. Required fields are marked *",
        "Adresa ta de email nu va fi publicată. Câmpurile obligatorii sunt marcate cu *",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
    ],
)
def test_a_comment_forms_lines(line: str) -> None:
    assert is_comment_form_line(line)


def test_a_call_to_follow_names_two_networks() -> None:
    assert is_social_prompt("Приєднуйтесь до наших каналів Telegram, Instagram та YouTube.")
    assert not is_social_prompt("Share on Facebook")
    assert not is_social_prompt(
        "The minister spoke on Facebook and Twitter about the long and difficult talks with the union."
    )


def test_the_comment_form_under_a_story_goes() -> None:
    form = "Leave a Reply\nYour email address will not be published.\n"
    text = f"Harbour pilots vote to strike\n\n{LEAD}\n\n{form}"
    assert parse_copied_page(text).body.endswith("in the union's hall.")

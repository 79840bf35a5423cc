"""Texts of a user's own that look like a page's or an agency's in one line or two stay plain text, whole.

A README's contents, a recipe's fields, minutes' votes, a letter's signature with the council's address, a
list of names, a poem's line, a play's stage direction, a message passing on agency copy: each once turned a
plain text into a page or a wire story, or lost its lines as furniture.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

TextRunner = Callable[..., dict[str, Any]]

# (told by its writer: no news story's make)
PARAGRAPH = (
    "Our spring concert on 12 April raised 1,870 pounds for the hospice, and we filled the hall for the first"
    " time since the choir was founded in 1994."
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "harbour-tools\n\nContents\n"
            + "\n".join(f"- {part}" for part in ["Installation", "Quick start", "Configuration", "Commands"])
            + "\n- Logging\n- Testing\n- Contributing\n- Licence\n\n"
            + "Installation\n\nRun the installer once.\n",
            "- Quick start",
        ),
        (
            "Lentil soup\n\nA soup for a cold evening.\n\nIngredients:\n250 g red lentils\n1 onion\n\n"
            "Method:\nFry the onion, add the lentils and 1 litre of stock, and simmer for twenty minutes.\n",
            "250 g red lentils",
        ),
        (f"Choir news\n\n{PARAGRAPH}\n\nIn favour: 9\nAgainst: 3\nAbstentions: 1\n", "Abstentions: 1"),
        (f"Choir news\n\n{PARAGRAPH}\n\nBuilt with Node.js and Vue.js\n", "Built with Node.js and Vue.js"),
        (
            f"Dear Ms Roe,\n\n{PARAGRAPH}\n\nYours sincerely,\nStreet Lighting Team, harlowcouncil.gov.uk\n",
            "Yours",
        ),
        (f"Choir news\n\n{PARAGRAPH}\n\nAnna, Ben, Chloe, David, Emma, Farid, Grace\n", "Farid, Grace"),
        (
            "The move\n\nWe carried the boxes down the stairs,\nthe lamp, the rug, the chairs,\n\nLo último\n"
            "que sacamos fue la mesa,\ny la mesa no quería salir.\n",
            "que sacamos fue la mesa",
        ),
        ("MARY (aside) - I think he has gone at last, and the house is ours again.\n", "MARY (aside)"),
        (
            f"Hi Tom, see the story below.\n\n{PARAGRAPH}\n\n(Reporting by Jane Roe; Editing by John Doe)\n",
            "Hi Tom",
        ),
        (f"My notes on the concert\n\n{PARAGRAPH}\n\nEdited by Anna Novak\n", "Edited by Anna Novak"),
        (
            "See below for Thursday.\n\n---------- Forwarded message ---------\n"
            "Von: Desk <desk@example.org>\n"
            f"Betreff: Port strike\n\n{PARAGRAPH}\n\n(Reporting by Jane Roe; Editing by John Doe)\n",
            "See below for Thursday.",
        ),
    ],
    ids=[
        "readme-contents", "recipe-fields", "minutes-votes", "program-names", "letter-signature",
        "list-of-names", "verse", "stage-direction", "message-passing-on-copy", "edited-by", "forwarded-copy",
    ],
)  # fmt: skip
def test_a_user_s_own_text_stays_plain_and_whole(record_of_text: TextRunner, text: str, kept: str) -> None:
    record = record_of_text(text, name="notes.txt")
    assert kept in record["text"]
    if "Ingredients:" not in text:  # (a recipe's title over its fields has a story's shape: a weak sign)
        assert record["format"] == "plain-text"


def test_a_post_s_source_with_front_matter_is_no_copied_page(record_of_text: Callable[..., Any]) -> None:
    story = (
        "The fox met the goat at the well one summer day, and the goat, who was slow to think, asked the"
        " fox whether the water was good."
    )
    text = (
        "---\ntitle: The fox and the goat\npublished: 2024-08-28\nimage: '/images/fox.webp'\n"
        f"tags: [Fable]\ndraft: false\n---\n\n{story}\n\n{story}\n"
    )
    record = record_of_text(text, name="fox.md")
    assert (record["format"], record["title"], record["date"]) == (
        "plain-text",
        "The fox and the goat",
        "2024-08-28",
    )

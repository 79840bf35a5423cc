"""news-wire: a dateline read by its shape, in any language, and the openings that only look like one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.news_wire.loose_dateline import loose_dateline

TextRunner = Callable[..., dict[str, Any]]

LEAD_EN = (
    "The harbour authority closed the northern ferry terminal on Monday after storm waves damaged its main"
    " pier, officials said."
)
LEAD_RU = (
    "Власти региона закрыли северный паромный терминал в понедельник после того, как штормовые волны"
    " повредили его главный причал, сообщили чиновники."
)
LEAD_HI = (
    "बंदरगाह प्राधिकरण ने सोमवार को तूफानी लहरों से मुख्य घाट को नुकसान पहुंचने के बाद उत्तरी नौका टर्मिनल को"
    " बंद कर दिया, अधिकारियों ने बताया।"
)
LEAD_AR = (
    "أغلقت سلطة الميناء يوم الاثنين محطة العبارات الشمالية بعد أن ألحقت أمواج العاصفة أضرارا بالرصيف"
    " الرئيسي، حسبما أفاد مسؤولون في الميناء اليوم."
)


@pytest.mark.parametrize(
    ("opening", "lead", "agency", "place"),
    [
        ("Harbourton -", LEAD_EN, None, "Harbourton"),
        ("Port Elin (North), May 3, HNA –", LEAD_EN, "HNA", "Port Elin"),
        ("ГАВАНЬ, 3 мая. /ГАВИНФОРМ/.", LEAD_RU, "ГАВИНФОРМ", "ГАВАНЬ"),
        ("बंदरगाह नगर, 3 मई, (एचएनए)", LEAD_HI, "एचएनए", "बंदरगाह नगर"),
        ("ميناء الشمال، 3 مايو (وكالة الميناء) -", LEAD_AR, "وكالة الميناء", None),
        ("Cidade do Porto, 3 de maio de 2025 –", LEAD_EN, None, "Cidade do Porto"),
    ],
)
def test_a_dateline_by_its_shape(opening: str, lead: str, agency: str | None, place: str | None) -> None:
    text = f"{opening} {lead}\n\nSecond paragraph of the copy.\n"
    found = loose_dateline(text, 0, len(text))
    assert found is not None
    assert text[found.end :].startswith(lead[:20])
    assert found.agency == agency
    if place is not None:
        assert found.place == place


@pytest.mark.parametrize(
    "text",
    [
        "Ferry strike – What happens next for the islands\n",  # a headline: no lead under it
        f"Ukraine – the war {LEAD_EN[4:]}\n",  # a sentence running on after the dash
        f"Summary: {LEAD_EN}\n",  # a label, no place
        f"Jueves 22/10/15 - {LEAD_EN}\n",  # a page's date line glued to the text
        f"Harbourton - 7h {LEAD_EN}\n",  # (a stamp's time, not a lead)
        (
            "MARY (aside) - I think he has gone. Listen, the door downstairs has stopped banging, and the"
            " lamp in the hall is out.\nJOHN - Then we wait.\nMARY - And if he does not come back?\n"
        ),  # a play's speakers
        f"The port authority said on Monday that the ferry - {LEAD_EN}\n",  # a sentence, not names
        f"Article 1 – {LEAD_EN}\n",  # a law's numbered article
        f"Item 1: {LEAD_EN}\n",  # minutes' numbered item
        f"Version 2.0 – {LEAD_EN}\n",  # a README's release
        f"Mr Speaker – {LEAD_EN}\n",  # a speech's address
        f"Dear Anna – {LEAD_EN}\n",  # a letter's
        f"March 3, 2024 — {LEAD_EN}\n",  # a diary's entry: a day, no place
        f"ROSA (aparte) — {LEAD_EN}\n",  # a stage direction in brackets
        "Harbourton — The tide came in slowly over the old stones of the quay while the gulls circled above"
        " the boats that rocked in the grey light of the evening.\n",  # an essay's city: no figure, no day
    ],
)
def test_openings_that_are_no_dateline(text: str) -> None:
    assert loose_dateline(text, 0, len(text)) is None


@pytest.mark.parametrize("opening", ["Sept. 18 (HNA) --", "HNA -"])
def test_an_agency_named_alone_or_after_the_day_is_a_dateline(opening: str) -> None:
    text = f"{opening} {LEAD_EN}\n"
    assert loose_dateline(text, 0, len(text)) is not None


def test_an_agency_s_items_each_opening_with_its_place_are_one_copy() -> None:
    text = "\n".join(f"{place} – {LEAD_EN}" for place in ("Harbourton", "Port Elin", "Harbourton"))
    assert loose_dateline(text, 0, len(text)) is not None


def test_copy_opening_with_a_shaped_dateline_is_wire_and_loses_it(record_of_text: TextRunner) -> None:
    text = f"ГАВАНЬ, 3 мая. /ГАВИНФОРМ/. {LEAD_RU}\n\nВторой абзац сообщения о паромах и погоде.\n"
    record = record_of_text(text, name="copy.txt")
    assert (record["format"], record["publisher"]) == ("news-wire", "ГАВИНФОРМ")
    assert record["text"].startswith(LEAD_RU[:30])


def test_a_page_s_furniture_outweighs_a_shaped_dateline(record_of_text: TextRunner) -> None:
    page = (
        f"Ferry terminal closed\n12 March 2026 09:15\nShare\n\nHarbourton - {LEAD_EN}\n\nRelated articles\n"
    )
    assert record_of_text(page, name="page.txt")["format"] == "web-page"

"""Mojibake repair, invisible characters, quotes and dashes: repaired when broken, untouched when clean."""

from __future__ import annotations

import time

import pytest
from ingest_builtins.cleaning import characters, markdown, mojibake, text
from ingest_builtins.cleaning.characters import fix_quotes_and_dashes, remove_invisibles
from ingest_builtins.cleaning.mojibake import fix_mojibake, repair_text

from ingest import Document


def doc(value: str, media_type: str = "text/plain") -> Document:
    return Document.from_text(value, name="in.txt", media_type=media_type)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("CafÃ©", "Café"),
        ("the Secretary-Generalâ€™s letter", "the Secretary-General’s letter"),
        ("â€œQuotedâ€\x9d text", "“Quoted” text"),
        (
            "Azerbaïdjan est reproduite telle qu’elle a Ã©tÃ© reÃ§ue",
            "Azerbaïdjan est reproduite telle qu’elle a été reçue",
        ),
        ("SÃ£o Paulo and MÃ©rida, 1Â 000 km", "São Paulo and Mérida, 1\u00a0000 km"),
        ("Fish &amp; chips &#8212; plain text", "Fish & chips — plain text"),
    ],
)
def test_mojibake_is_undone(broken, fixed):
    assert repair_text(broken) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "Café, São Paulo, Azerbaïdjan, Ærø, naïve, Âge d’or, «guillemets» and “curly” quotes — dashes – too.",
        "Straight \"quotes\" and 'apostrophes' stay; so do -- and '' here.\nLine\n\nbreaks\r\n",
        "Нью-Йорк, 2 апреля 2020 года; الأمم المتحدة; 国際連合; Ελληνικά",
        "ﬁ ligatures and ｆｕｌｌｗｉｄｔｈ stay as printed",
        "1 < 2 &amp; 3 in HTML-like text",
    ],
)
def test_clean_text_is_not_touched(clean):
    assert repair_text(clean) == clean
    document = doc(clean)
    assert fix_mojibake(document) is document


def test_entities_in_html_source_are_left_to_the_html_reader():
    page = "<html><body><div><p>Caf&eacute; &amp; CafÃ©</p><a href='x'>y</a></div></body></html>"
    assert fix_mojibake(doc(page, "text/html")).text == page.replace("CafÃ©", "Café")


def test_mojibake_repair_touches_only_the_lines_that_show_it():
    lines = ["Clean line " + str(i) for i in range(1000)]
    lines[500] = "CafÃ© line"
    assert repair_text("\n".join(lines)).split("\n")[500] == "Café line"


def test_mojibake_check_is_fast_on_clean_text():
    big = "A clean paragraph of ordinary text, with “quotes”, accents like é and digits 123.\n" * 50_000
    started = time.perf_counter()
    assert repair_text(big) is big
    assert time.perf_counter() - started < 1


def test_invisible_characters_and_unicode_spaces():
    value = "Secre\u00adtary-\u200bGeneral\ufeff said:\u00a0«\u202fyes\u202f» inter\u00ad\nnational\u2028next"
    assert remove_invisibles(doc(value)).text == "Secretary-General said: « yes » international\nnext"


def test_zero_width_joiners_stay():
    value = "می\u200cخواهم and 👩\u200d💻"
    document = doc(value)
    assert remove_invisibles(document) is document


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("he said ''enough'' and left", 'he said "enough" and left'),
        ("the ``draft resolution'' was adopted", "the “draft resolution” was adopted"),
        ("the ‘‘draft’’ was adopted", "the “draft” was adopted"),
        ("het begrip ,,luchtvaartautoriteiten” omvat", "het begrip „luchtvaartautoriteiten” omvat"),
        ("de la Côte d´Ivoire et l´annexe", "de la Côte d’Ivoire et l’annexe"),
        ("the text--as agreed--stands", "the text—as agreed—stands"),
        ("the text -- as agreed -- stands", "the text — as agreed — stands"),
        ("Secretary\u2011General and co\u2010operation", "Secretary-General and co-operation"),
    ],
)
def test_makeshift_quotes_and_dashes_are_repaired(broken, fixed):
    assert fix_quotes_and_dashes(doc(broken)).text == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "A well-known, long-term, Secretary-General-led process; pages 12-15; 1990-1991.",
        "Santo Domingo - Miami en/of New York - Toronto",  # a spaced hyphen stays as printed
        "“Curly” and \"straight\" and ‘single’ and 'single' quotes, l’annexe, l'annexe.",
        "He is 5'10'' tall; a 2'' pipe.",
        "-- \nJane Doe\n---\n",
        "x = '' if empty else value; a,,b; 3,,4",
        "Use `code` here, and a ``literal``? No: `x`.",
    ],
)
def test_meaningful_forms_are_left_as_printed(clean):
    document = doc(clean)
    assert fix_quotes_and_dashes(document) is document


def test_quotes_step_skips_html_source():
    page = "<html><body><div><p class=''>a--b</p><a href=''>x</a><span>''</span></div></body></html>"
    document = doc(page, "text/html")
    assert fix_quotes_and_dashes(document) is document


def test_steps_are_named_and_offered_for_every_format():
    names: dict[str, int] = {}
    for module in (text, mojibake, characters, markdown):
        for format_name in ("un-letter", "note-verbale", "news-wire", "web-page", "plain-text", "other"):
            for step in module.ingest_cleaning_steps(format=format_name):
                names[step.name] = step.order
    assert names == {
        "text.fix-mojibake": 90,
        "text.normalize-unicode": 100,
        "text.remove-invisibles": 105,
        "markdown.front-matter": 120,
        "markdown.strip": 130,
        "text.quotes-dashes": 140,
        "text.crawl-stamp": 895,
        "text.tidy-whitespace": 900,
    }


def test_the_shared_steps_in_a_run(run_texts):
    note = (
        "---\ntitle: Note on the meeting\ndate: 2021-03-04\n---\n\n## Summary\n\n"
        "The **Committee** met on 3 March 2021 in CafÃ© Europa--as agreed.\n\n\n\nSee [the report](r.md).\n"
    )
    results = run_texts({"note.md": note})
    record = results["note.md"]
    assert record.text.endswith(
        "The Committee met on 3 March 2021 in Café Europa—as agreed.\n\nSee the report."
    )
    steps = [change.step for change in record.provenance]
    for name in ("text.fix-mojibake", "markdown.front-matter", "markdown.strip", "text.quotes-dashes"):
        assert name in steps

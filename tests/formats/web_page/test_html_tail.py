"""Raw HTML: what the engine keeps loses trailing agency credits, picture credits and promotion."""

from __future__ import annotations

from ingest_builtins.formats.articles.tail import parse_tail

from ingest import Pipeline, Record

PARAGRAPH = (
    "<p>The ministry said on Tuesday that the talks would resume next month in the capital, after "
    "a pause of several weeks during which both delegations consulted their governments.</p>"
)
PAGE = f"""<!doctype html><html lang="en"><head><title>Talks to resume | Example News</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks to resume</h1>{PARAGRAPH * 4}
<p>(Additional reporting by Jane Roe; Editing by John Doe)</p></article>
<footer>Contact us</footer></body></html>"""


def test_credit_lines_after_the_article_are_dropped(builtin_pipeline: Pipeline) -> None:
    record = builtin_pipeline.process(PAGE.encode(), name="page.html")
    assert isinstance(record, Record) and record.format == "web-page"
    assert record.text.endswith("consulted their governments.")
    assert "Editing by" not in record.text
    main = next(c for c in record.provenance if c.step == "web-page.main-content")
    assert "dropped from the end: credit line" in main.details


def test_a_picture_credit_glued_to_the_last_sentence_is_cut_but_not_a_parenthesis() -> None:
    text = "最後の段落です。作戦能力を維持していると指摘している。(c)AFP/Aminu ABUBAKAR"
    assert text[: parse_tail(text).body_end] == "最後の段落です。作戦能力を維持していると指摘している。"
    plain = "The figures (c) and (d) are in the annex of the report."
    assert not parse_tail(plain).found


def test_the_article_is_taken_before_the_shared_cleaning_which_then_repairs_it(builtin_pipeline):
    page = PAGE.replace("consulted their governments", "consulted their governmentsâ€™ experts")
    record = builtin_pipeline.process(page.encode(), name="page.html")
    steps = [c.step for c in record.provenance if c.stage == "clean"]
    assert steps.index("web-page.main-content") < steps.index("text.fix-mojibake")
    assert "governments’ experts" in record.text


def test_credit_lines_in_spanish_portuguese_and_french_are_dropped_too():
    for credit in (
        "Con información de Ana Ruiz",
        "Com informações de João Silva",
        "Avec la contribution de Marie Roy",
    ):
        text = f"Un párrafo largo del artículo, con su punto final.\n\n{credit}"
        assert text[: parse_tail(text).body_end] == "Un párrafo largo del artículo, con su punto final."

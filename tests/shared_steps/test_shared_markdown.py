"""Markdown and front matter as shared cleaning steps: stripped where the text is Markdown, else harmless."""

from __future__ import annotations

import pytest
from ingest_builtins.cleaning.front_matter import read_front_matter
from ingest_builtins.cleaning.markdown import (
    looks_like_markdown,
    strip_front_matter,
    strip_markdown,
    strip_markup,
)

from ingest import Document

NOTE_AS_MARKDOWN = """\
# Assemblée générale

Distr. générale{BR}
12 mars 2021{BR}
Français{BR}
Original : espagnol

---

## Conseil des droits de l'homme

### Quarante-sixième session

#### **Note verbale datée du 3 mars 2021, adressée au Haut-Commissariat par la Mission permanente du Chili**

La Mission permanente du Chili présente ses compliments au Haut-Commissariat et a l'honneur de lui faire \
tenir ci-joint une déclaration du *Ministère des relations extérieures* (voir [annexe](#annexe)).

Elle prie le Haut-Commissariat de faire distribuer la présente note et son annexe\\* en tant que document.

---

\\* L'annexe est reproduite telle qu'elle a été reçue, dans la langue de l'original seulement.
""".replace("{BR}", "  ")


def md(text: str, name: str = "note.txt", media_type: str = "text/plain") -> Document:
    return Document.from_text(text, name=name, media_type=media_type)


def test_a_un_note_exported_as_markdown_is_read_as_its_text():
    result = strip_markup(md(NOTE_AS_MARKDOWN)).text
    assert "#" not in result
    assert "**" not in result
    assert "---" not in result
    assert "Note verbale datée du 3 mars 2021" in result
    assert "du Ministère des relations extérieures (voir annexe)." in result
    assert "son annexe* en tant que document" in result  # an escaped asterisk is a footnote mark: kept
    assert "\n* L'annexe est reproduite" in result
    assert "Distr. générale  \n12 mars 2021" in result  # line structure kept; hard breaks are tidied later


def test_headings_become_paragraphs_of_their_own():
    text = "## Title\nFirst line\n###Nr. I\nSecond\nSetext\n======\nThird"
    assert strip_markdown(text) == "Title\n\nFirst line\n\nNr. I\n\nSecond\n\nSetext\n\nThird"


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        (
            "**bold** and __strong__ and *it* and _it_ and ***both***",
            "bold and strong and it and it and both",
        ),
        ("a **bold** word inside**out**", "a bold word insideout"),
        (
            "snake_case_name stays, 2*3*4 stays, 5 * 3 stays",
            "snake_case_name stays, 2*3*4 stays, 5 * 3 stays",
        ),
        ("see [article 41](../../BWBV0001323/README.md) of it", "see article 41 of it"),
        ('a [link](http://x.org/a_(b) "Title") here', "a link here"),
        ("an image ![alt text](http://x.org/i.png) gone", "an image  gone"),
        ("[ref link][1] and <https://un.org/x>", "ref link and https://un.org/x"),
        ("code `a*b*c` and ``x ` y``", "code a*b*c and x ` y"),
        (r"escaped \*stars\* and \_under\_ and \# hash", "escaped *stars* and _under_ and # hash"),
        ("~~struck~~ text", "struck text"),
        ("x &amp; y &#8217; z", "x & y \u2019 z"),
        ("line<br>next <sup>1</sup>", "line\nnext 1"),
        ("> quoted\n>> nested", "quoted\nnested"),
        ("| a | b |\n|---|:-:|\n| 1 | 2 |", "a | b\n1 | 2"),
        ("* bullet *item*\n- dash item\n1. numbered", "* bullet item\n- dash item\n1. numbered"),
        ("[1]: http://example.org/ref\nafter", "after"),
    ],
)
def test_inline_and_block_markup(markdown, text):
    assert strip_markdown(markdown) == text


def test_code_fences_keep_their_content_verbatim():
    text = "Intro\n```python\nx = **kwargs  # [not](a link)\n```\nAfter"
    assert strip_markdown(text) == "Intro\n\nx = **kwargs  # [not](a link)\n\nAfter"


def test_italic_lines_fused_by_an_export_are_put_back_on_lines():
    text = "Paris, le 16 février 1955.*Au Haut-Commissariat du Vietnam,**89 avenue de Villiers,**Paris.*"
    assert strip_markdown(text) == (
        "Paris, le 16 février 1955.\nAu Haut-Commissariat du Vietnam,\n89 avenue de Villiers,\nParis.\n"
    )
    assert strip_markdown("Madrid. *Ministry of Foreign Affairs **Madrid*") == (
        "Madrid. Ministry of Foreign Affairs\nMadrid\n"
    )


def test_treaty_notes_with_a_meta_line_sniffed_as_html_are_still_markdown(data_dir):
    text = (data_dir / "shared_steps" / "nv-tb-nl-vn-trademarks-BWBV0004886.txt").read_text(encoding="utf-8")
    document = md(text, name="nv.txt", media_type="text/html")
    result = strip_markup(document).text
    assert result.lstrip().startswith("Notawisseling tussen de Nederlandse en de Vietnamese Regering")
    assert "<meta" not in result
    assert "#" not in result
    assert "*" not in result
    assert "Paris, le 16 février 1955.\nAu Haut-Commissariat du Vietnam," in result


def test_real_html_is_never_touched():
    page = (
        "<html><head><title>T</title></head><body><div><p>## not a heading **x**</p>"
        "<p>[a](b)</p></div></body></html>"
    )
    document = md(page, name="p.html", media_type="text/html")
    assert strip_markup(document) is document
    assert strip_front_matter(md("---\ntitle: x\n---\n" + page, media_type="text/html")).text.startswith(
        "---"
    )


PLAIN_TEXTS = [
    # PDF text of a UN document with a footnote marked by an asterisk
    "Letter dated 2 March 2021 from the Permanent Representative\n"
    "I have the honour to transmit herewith the statement (see annex).*\n"
    "* The annex is being circulated in the language of submission only.\n"
    "*2105123*\n21-05123 (E) 030321\n",
    # wire copy with asterisks and a spaced-out separator
    "LONDON, March 3 (Reuters) - Stocks rose.\n* Oil up 2 pct\n* Gold flat\n*** \nFor more, click here.\n",
    # plain e-mail with a signature rule
    "Dear colleagues,\n\nThe meeting is moved to Friday.\n\n---\nJane Doe\nSecretariat\n",
    # a text with a hashtag line and one bold span
    "#StandWithUkraine\nThe statement was **widely** shared.\n",
]


@pytest.mark.parametrize("text", PLAIN_TEXTS)
def test_text_that_is_not_markdown_is_left_alone(text):
    assert not looks_like_markdown(text)
    document = md(text)
    assert strip_markup(document) is document


def test_the_apache_license_is_left_alone(data_dir):
    text = (data_dir / "shared_steps" / "pt-goose-apache-license-2.0.txt").read_text(encoding="utf-8")
    document = md(text, name="LICENSE.txt")
    assert strip_markup(document) is document
    assert strip_front_matter(document) is document


def test_pdf_text_of_a_letter_is_left_alone(data_dir):
    text = (data_dir / "shared_steps" / "ul-undocs-s2018-1000-sg-unficyp.txt").read_text(encoding="utf-8")
    document = md(text)
    assert strip_markup(document) is document


def test_a_file_named_markdown_needs_less_evidence():
    text = "Some notes\n\n## Usage\n\nRun it.\n"
    assert not looks_like_markdown(text)
    assert looks_like_markdown(text, "text/markdown")
    assert (
        strip_markup(md(text, name="notes.md", media_type="text/markdown")).text
        == "Some notes\n\nUsage\n\nRun it.\n"
    )


def test_front_matter_is_removed_and_kept_in_annotations(data_dir):
    text = (data_dir / "shared_steps" / "pt-cookbook-peach-cobbler-recipe.md").read_text(encoding="utf-8")
    document = strip_front_matter(md(text, name="recipe.md", media_type="text/markdown"))
    front = document.annotations["front_matter"]
    assert front["title"] == "Peach Cobbler"
    assert front["categories"] == ["Dessert", "Fruit"]
    assert "date" not in front
    assert document.text.startswith("## ")
    assert "prep_time" not in document.text
    cleaned = strip_markup(document).text
    assert "**" not in cleaned
    assert "Preheat oven to 350°F." in cleaned


@pytest.mark.parametrize(
    ("text", "values", "rest"),
    [
        ("---\ntitle: Hello\ndate: 2021-03-04\n---\nBody", {"title": "Hello", "date": "2021-03-04"}, "Body"),
        (
            "---\ntitle: 'Quoted: yes'\ntags:\n  - a\n  - b\n...\nBody",
            {"title": "Quoted: yes", "tags": ["a", "b"]},
            "Body",
        ),
        (
            '---\nTitle: x # comment\nauthors: [Ann, "Bo, Jr"]\n---\n',
            {"title": "x", "authors": ["Ann", "Bo, Jr"]},
            "",
        ),
        (
            '+++\ntitle = "Toml"\ndate = 2020-04-02\n+++\nBody',
            {"title": "Toml", "date": "2020-04-02"},
            "Body",
        ),
    ],
)
def test_read_front_matter(text, values, rest):
    assert read_front_matter(text) == (values, rest)


@pytest.mark.parametrize(
    "text",
    [
        "---\nJust a rule above a paragraph that is not front matter.\n---\nBody",
        "Body first\n---\ntitle: x\n---\n",
        "---\ntitle: never closed\nBody",
        "+++\nnot = toml = at all\n+++\n",
        "--- \n\n---\n",
    ],
)
def test_what_is_not_front_matter(text):
    assert read_front_matter(text) is None
    document = md(text)
    assert strip_front_matter(document) is document


def test_markdown_stripping_is_linear_on_pathological_lines():
    import time

    line = "*a " * 100_000 + "[x" * 50_000 + "**" * 50_000
    started = time.perf_counter()
    strip_markdown(line + "\n## heading\n" + "_b " * 100_000)
    assert time.perf_counter() - started < 5


def test_yaml_front_matter_is_read_by_the_yaml_spec_with_every_value_a_string() -> None:
    text = (
        "---\n"
        'title: "Remarks at the Leaders\\u2019\\ \\ Reception | New York,\\_NY"\n'
        "summary: >\n  A folded\n  summary\n"
        "date: 2023-09-19T18:30:00-04:00\n"
        "draft: false\n"
        "---\nBody\n"
    )
    values, rest = read_front_matter(text) or ({}, "")
    assert values == {
        "title": "Remarks at the Leaders\u2019  Reception | New York,\u00a0NY",
        "summary": "A folded summary\n",
        "date": "2023-09-19T18:30:00-04:00",
        "draft": "false",
    }
    assert rest == "Body\n"


def test_front_matter_the_yaml_parser_rejects_is_read_line_by_line() -> None:
    text = "---\ntitle: Talks resume: a timeline\nauthor: Ana Ribeiro\n---\nBody"
    values, _ = read_front_matter(text) or ({}, "")
    assert values == {"title": "Talks resume: a timeline", "author": "Ana Ribeiro"}

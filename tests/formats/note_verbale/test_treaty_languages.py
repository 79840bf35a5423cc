"""Exchanges in languages built otherwise: openings with the verb first (Arabic), Nordic exchange titles.

The fragments are written here from the formulas of each language; they copy no document.
"""

from __future__ import annotations

from ingest_builtins.formats.note_verbale.chain import read_chain
from ingest_builtins.formats.note_verbale.opening import find_opening, read_correspondents
from ingest_builtins.formats.un_documents.markup import strip_markup

ARABIC = (
    "وزارة الخارجيةرقم 2217/ق.د.تهدي وزارة الخارجية لجمهورية مصر العربية أطيب تحياتها إلى سفارة مملكة هولندا "
    "بالقاهرة، وتتشرف بأن تقترح إعفاء المعهد من الضرائب."
)


def test_an_arabic_note_starts_with_its_verb_after_a_glued_letterhead() -> None:
    opening = find_opening(ARABIC)
    assert opening is not None
    assert ARABIC[opening.start :].startswith("تهدي وزارة الخارجية")


def test_an_arabic_note_names_its_sender_after_the_verb_and_its_addressee_after_ila() -> None:
    opening = find_opening(ARABIC)
    assert opening is not None
    sender, addressee = read_correspondents(ARABIC[opening.start :], opening, opening.start)
    assert sender == "وزارة الخارجية لجمهورية مصر العربية"
    assert addressee == "سفارة مملكة هولندا بالقاهرة"


def test_an_arabic_note_ends_at_its_closing() -> None:
    closing = "وتغتنم وزارة الخارجية هذه الفرصة لتعرب لسفارة مملكة هولندا عن فائق تقديرها واحترامها."
    chain = read_chain(f"{ARABIC}\n\n{closing}\n\nسفارة مملكة هولندا\nالقاهرة\n")
    assert chain is not None
    note = chain.notes[0]
    assert chain.text[note.start : note.end].startswith("تهدي")
    assert chain.text[note.start : note.end].endswith(closing)


def test_courtesy_words_inside_an_opening_formula() -> None:
    for text, expected in (
        (
            "A Embaixada de Portugal apresenta os seus melhores cumprimentos ao Ministério dos Negócios "
            "Estrangeiros e tem a honra de propor",
            ("Embaixada de Portugal", "Ministério dos Negócios Estrangeiros"),
        ),
        (
            "La Embajada de la República Argentina presenta sus más atentos saludos al Ministerio de Asuntos "
            "Exteriores y tiene el honor de proponer",
            ("Embajada de la República Argentina", "Ministerio de Asuntos Exteriores"),
        ),
    ):
        opening = find_opening(text)
        assert opening is not None
        assert opening.language in ("pt", "es")
        assert read_correspondents(text, opening) == expected


def test_a_danish_exchange_title_under_a_markdown_heading_titles_the_exchange() -> None:
    title = "Noteveksling mellem Danmark og Chile om lønnet beskæftigelse for familiemedlemmer"
    text = (
        f"## {title}\n\n### Nr. I\n\n**UDENRIGSMINISTERIET**\n\n"
        "Udenrigsministeriet hilser Republikken Chiles Ambassade og har den ære at foreslå en aftale.\n\n"
        "Udenrigsministeriet benytter lejligheden til endnu en gang at forsikre Ambassaden om sin "
        "mest udmærkede højagtelse.\n\n*København, den 4. marts 2019.*\n"
    )
    chain = read_chain(strip_markup(text))
    assert chain is not None
    assert chain.title == title


def test_a_german_addressee_listing_its_portfolios_ends_at_the_infinitive() -> None:
    text = (
        "Die Botschaft der Republik Ruritanien beehrt sich, dem Bundesministerium für Europa, Integration "
        "und "
        "Äußeres der Republik Österreich vorzuschlagen, dass Fahrerlaubnisse anerkannt werden."
    )
    opening = find_opening(text)
    assert opening is not None
    assert read_correspondents(text, opening)[1] == (
        "Bundesministerium für Europa, Integration und Äußeres der Republik Österreich"
    )


def test_an_arabic_place_and_date_line_with_fi_dates_the_note() -> None:
    closing = "وتغتنم وزارة الخارجية هذه الفرصة لتعرب لسفارة مملكة هولندا عن فائق تقديرها واحترامها."
    chain = read_chain(f"{ARABIC}\n\n{closing}\n\nعمّان في 4 حزيران/يونيو 2026\n")
    assert chain is not None
    assert chain.notes[0].date == "2026-06-04"

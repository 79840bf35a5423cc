"""Genre probes: notes verbales in the languages the genre is written in, agency copy pasted from sites.

The probes in ``tests/data/genre_probes/`` were written for these tests from
the conventions of each genre (a note's compliments, "has the honour", the
closing assurance of consideration, place and date, one note per language;
wire copy under a site's section name and share widgets, with feedback and
subscription offers after it); they copy no document.
``tests/data/genre_probes.json`` holds what each must give.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ingest_builtins.formats.note_verbale.chain import read_chain
from ingest_builtins.formats.un_documents.formulas import (
    CIRCULATION,
    CLOSINGS,
    FIRST_PERSON_OPENINGS,
    LETTER_OPENINGS,
    OPENINGS,
    may_occur,
)

DATA = Path(__file__).resolve().parents[1] / "data"
PROBES = DATA / "genre_probes"
GOLD: dict[str, dict[str, Any]] = json.loads((DATA / "genre_probes.json").read_text(encoding="utf-8"))[
    "documents"
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def _field(record: dict[str, Any], path: str) -> Any:
    node: Any = record
    for step in path.split("."):
        node = node.get(step) if isinstance(node, dict) else None
    return node


@pytest.mark.parametrize("name", sorted(GOLD))
def test_each_probe_gives_its_fields_and_text(name: str, record_of: Callable[[Path], dict[str, Any]]) -> None:
    record = record_of(PROBES / name)
    for path, want in GOLD[name]["expect"].items():
        got = _field(record, path)
        if want is None:
            assert got in (None, "", []), path
        elif isinstance(want, list):
            assert set(want) <= set(got or []), path
        else:
            assert got == want, path
    text = _flat(record["text"])
    spec = GOLD[name]["text"]
    assert text.startswith(_flat(spec["starts_with"]))
    assert text.endswith(_flat(spec["ends_with"]))
    for unwanted in spec.get("not_contains", []):
        assert _flat(unwanted) not in text


@pytest.mark.parametrize(
    "path",
    sorted([*PROBES.iterdir(), *(DATA / "genre_probes_heldout").iterdir()]),
    ids=lambda path: path.name,
)
def test_formula_keys_hold_in_every_probe(path: Path) -> None:
    """A formula whose keys are absent is skipped: each match must contain one of its keys."""
    text = path.read_text(encoding="utf-8")
    formulas = (*OPENINGS, *FIRST_PERSON_OPENINGS, *CLOSINGS, *LETTER_OPENINGS)
    patterns = [p for _, p in formulas] + [CIRCULATION]
    for pattern in patterns:
        if pattern.search(text):
            assert may_occur(pattern, text.lower()), pattern.pattern


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Bratislava 12. září 2018", "2018-09-12"),
        ("Helsingfors den 8 maj 2017", "2017-05-08"),
        ("Wilno, 5 października 2016 r.", "2016-10-05"),
        ("Астана, 2 апреля 2020 года", "2020-04-02"),
        ("نيويورك، 8 نيسان/أبريل 2020", "2020-04-08"),
        ("2020年4月8日于纽约", "2020-04-08"),
    ],
)
def test_place_and_date_lines_of_many_languages_end_the_note(line: str, iso: str) -> None:
    text = (
        "The Embassy of Ruritania presents its compliments to the Ministry of Foreign Affairs and has the "
        "honour to propose an agreement.\n\nThe Embassy avails itself of this opportunity to renew to the "
        f"Ministry the assurances of its highest consideration.\n\n{line}\n"
    )
    chain = read_chain(text)
    assert chain is not None and chain.notes[0].date == iso
    assert chain.text[: chain.notes[0].end].rstrip().endswith("highest consideration.")


def test_a_capitalised_word_before_a_date_inside_a_sentence_is_no_place() -> None:
    text = (
        "The Embassy of Ruritania presents its compliments to the Ministry and has the honour to refer to "
        "the agreement.\nOn 12 May 2018 the parties met.\n\nThe Embassy avails itself of this opportunity to "
        "renew the assurances of its highest consideration.\n\nParis, 3 June 2018\n"
    )
    chain = read_chain(text)
    assert chain is not None and chain.notes[0].date == "2018-06-03"


def test_a_place_and_date_in_a_column_beside_the_note_number_date_the_note() -> None:
    text = (
        "N° 2019-0412/AMB                                   Lomé, le 12 mars 2019\n\n"
        "L'Ambassade de Ruritanie présente ses compliments au Ministère des Affaires étrangères et a "
        "l'honneur de proposer un accord.\n\nL'Ambassade saisit cette occasion pour renouveler au Ministère "
        "les assurances de sa très haute considération.\n"
    )
    chain = read_chain(text)
    assert chain is not None and chain.notes[0].date == "2019-03-12"

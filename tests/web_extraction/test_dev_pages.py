"""Metadata of real pages from the dev corpus (copied into tests/data/web/dev/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_builtins.formats.web_page.extraction import extract_article

DEV = Path(__file__).resolve().parent.parent / "data" / "web" / "dev"

# file: (title, date prefix, publisher contains, authors)
EXPECTED = {
    "wp-europarl-venezuela-2019.html": (
        "Venezuela: European Parliament calls for additional sanctions",
        "2019-07-18T11:37",
        "European Parliament",
        (),
    ),
    "wp-reuters-in-airasia-2014.html": (
        "Indonesia expands search for missing AirAsia jet, U.S. sends warship",
        "2014-12-30T09:21",
        "Reuters",
        ("Fergus Jensen",),
    ),
    "wp-elpais-listas-espera-2012.html": (
        "Las listas de espera se agravan",
        "2012-10-27T12:14",
        "EL PAÍS",
        ("María R. Sahuquillo", "Emilio de Benito"),
    ),
    "wp-lefigaro-montebourg-2013.html": (
        "Montebourg envisage des privatisations partielles",
        "2013-04-05T17:08",
        "Le Figaro",
        ("Bertille Bayart", "Marie Visot"),
    ),
    "wp-afpbb-nigeria-2018.html": (
        "動画：ナイジェリアで少女らによる自爆攻撃、ロケット弾も撃ち込まれ31人死亡",
        "2018-06-18T10:01",
        "AFPBB News",
        ("Aminu ABUBAKAR",),
    ),
    "wp-ap-kabul-mateen-2016.html": (
        "Father of Orlando gunman known for rambling political videos",
        "2016-06-13",
        "Associated Press",
        ("Lynne O'Donnell",),
    ),
    "wp-cnnarabic-syria-2013.html": ("معارضون يسيطرون على مخازن للصواريخ بريف دمشق", "2013-08", "CNN", ()),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_dev_page_metadata(name: str) -> None:
    title, date, publisher, authors = EXPECTED[name]
    art = extract_article((DEV / name).read_text(encoding="utf-8"))
    assert art.title == title
    assert art.date is not None and art.date.startswith(date)
    assert art.publisher is not None and publisher.casefold() in art.publisher.casefold()
    assert tuple(a.casefold() for a in art.authors) == tuple(a.casefold() for a in authors)
    assert len(art.text) > 500


def test_dev_page_languages() -> None:
    langs = {n: extract_article((DEV / n).read_text(encoding="utf-8")).language for n in EXPECTED}
    assert langs["wp-europarl-venezuela-2019.html"] == "en"
    assert langs["wp-afpbb-nigeria-2018.html"] == "ja"
    assert langs["wp-cnnarabic-syria-2013.html"] == "ar"
    assert langs["wp-elpais-listas-espera-2012.html"] == "es"  # from a <meta> tag
    assert langs["wp-reuters-in-airasia-2014.html"] is None  # the page does not say

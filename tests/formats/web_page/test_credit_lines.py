"""Credit lines of a copied page in the genres' languages: a photo's, a source's and an editor's."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.web_page.credits import EDITOR_CREDIT, SOURCE_CREDIT, is_caption


@pytest.mark.parametrize(
    "line",
    [
        "снимка: БГНЕС",
        "Foto: Roberto García",
        "Photo/PSCU",
        "Photo by the government press service.",
        "图片:新华社",
    ],
)
def test_photo_credits_in_several_languages(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line", ["Photos de Lena et Thomas dans le dossier partagé.", "Photography is an art."]
)
def test_a_sentence_about_photos_is_no_credit(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize("line", ["Izvor: Tanjug", "Източник: bgnes.bg", "Fonte Ansa.it", "Sumber: Antara"])
def test_source_credits(line: str) -> None:
    assert SOURCE_CREDIT.fullmatch(line)


@pytest.mark.parametrize("line", ["Edición: Emilio Gómez", "Urednik: Ana Horvat", "Редактор: Иван Петров"])
def test_editor_credits(line: str) -> None:
    assert EDITOR_CREDIT.fullmatch(line)

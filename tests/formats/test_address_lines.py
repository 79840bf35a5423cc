"""A line of address opens a speech or a letter; the wire and page formats tell it from their lines."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.articles.address import is_address_line


@pytest.mark.parametrize(
    "line",
    [
        "Mr. President,",
        "Excellencies,",
        "Señor Presidente",
        "Monsieur le Président du Conseil des droits de l'homme,",
    ],
)
def test_lines_of_address(line: str) -> None:
    assert is_address_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said so. Then, later,",
        "One two three four five six seven eight nine ten eleven twelve thirteen,",
    ],
)
def test_lines_that_are_no_address(line: str) -> None:
    assert not is_address_line(line)

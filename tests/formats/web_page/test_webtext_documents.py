"""web-page on text copied from pages: seed and dev copies, and pages of other kinds of site written here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import failures

DATA = Path(__file__).parents[2] / "data" / "webtext"
OWN = DATA / "own"

Expected = tuple[dict[str, Any], dict[str, Any]]
Runner = Callable[[Path], dict[str, Any]]

SHARED: dict[str, Expected] = {
    "000_e915a6514e4c0850.txt": (
        {
            "format": "web-page",
            "title": "Statement by the Ministry of Foreign Affairs of the Republic of Azerbaijan on the"
            " anniversary of the occupation of the Kalbajar district of Azerbaijan,1993"
            " and April escalation, 2016",
            "date": None,
            "language": "en",
            "authors": None,
        },
        {
            "starts_with": "On April 2, 1993 the Kalbajar district of Azerbaijan was occupied",
            "ends_with": "to their places of origin in safety and dignity.",
            "not_contains": ["Search in archive"],
        },
    ),
    "004_54f105280d23d448.txt": (
        {
            "format": "web-page",
            "title": "Azerbaijan’s MFA releases statement on latest situation in region",
            "date": "2023-07-29T09:19",
            "language": "en",
            "metadata.section": "Foreign policy",
            "authors": None,
        },
        {
            "starts_with": "The Republic of Azerbaijan for almost 30 years has encountered with the military",
            "ends_with": "against its sovereignty and territorial integrity.",
            "not_contains": [
                "Latest news",
                "Orphus sistemi",
                "when one m\n",
                "Foreign policy\n",
                "MFA releases statement on latest situation in region",
            ],
        },
    ),
    "wp-text-newsaz-baku-slams-armenian-fm.txt": (
        {
            "format": "web-page",
            "title": "Baku slams Armenian foreign minister’s statement on Karabakh as unfounded",
            "date": None,
            "authors": None,
            "language": "en",
            "publisher": "News.Az",
        },
        {
            "starts_with": "Azerbaijan enjoys mutually beneficial and successfully developing relations",
            "ends_with": "carried out in accordance with this principle,” Abdullayeva added.",
            "not_contains": ["You Might Also Like", "Baku slams Armenian foreign minister"],
        },
    ),
    "wp-text-annaz-mfa-spox-responds.txt": (
        {
            "format": "web-page",
            "title": "Azervbaijani MFA Spox responds to the Armenian Foreign Ministry",
            "date": None,
            "authors": None,
            "language": "en",
            "publisher": None,
        },
        {
            "starts_with": '"It is not the competency of the Armenian Foreign Ministry',
            "ends_with": 'new opportunities for cooperation," she said.',
            "not_contains": ["Partners' news", "Azervbaijani MFA Spox responds"],
        },
    ),
    "wp-text-todayaz-trend-azimov-2011.txt": (
        {
            "format": "web-page",
            "title": "Baku says Armenian president's statement on Nagorno-Karabakh's"
            ' "independence" is groundless',
            "date": "2011-09-26T10:53",
            "language": "en",
            "authors": None,
            "publisher": "TODAY.AZ",
            "metadata.section": "Politics",
        },
        {
            "starts_with": "Armenian President Serzh Sargsyan’s statement on Nagorno-Karabakh’s",
            "ends_with": 'will always remain as inseparable," Azimov stated.',
            "not_contains": [
                "TODAY.AZ / Politics",
                "/Trend/",
                "URL: http://www.today.az",
                "Print version",
                "Views: 1002",
                "Recommend news to friend",
                "Your e-mail:",
            ],
        },
    ),
}

OWN_DOCUMENTS: dict[str, Expected] = {
    "agency-site-teaser.txt": (
        {
            "format": "web-page",
            "title": "Central bank keeps refinancing rate unchanged at 7.25 percent",
            "date": "2024-03-12T14:05",
            "metadata.section": "Economy",
            "publisher": None,
            "authors": None,
            "language": "en",
        },
        {
            "starts_with": "The Central Bank has decided to keep the refinancing rate unchanged",
            "ends_with": "The next decision on the rate will be announced in April.",
            "not_contains": [
                "Central bank keeps",
                "exchange r\n",
                "Economy",
                "Latest news",
                "Parliament approves budget amendments",
                "Report a typo",
            ],
        },
    ),
    "russian-news-page.txt": (
        {
            "format": "web-page",
            "title": "Правительство утвердило план развития железных дорог до 2030 года",
            "date": "2024-03-15T10:30",
            "metadata.section": "Политика",
            "language": "ru",
            "authors": None,
        },
        {
            "starts_with": "Правительство утвердило программу развития железнодорожного транспорта",
            "ends_with": "оценивается в несколько миллиардов долларов.",
            "not_contains": ["Читайте также", "Парламент принял", "Поделиться", "Политика"],
        },
    ),
    "ministry-statement-print.txt": (
        {
            "format": "web-page",
            "title": "Press release on the meeting of the Minister with the Ambassador of Norway",
            "date": None,
            "authors": None,
            "publisher": None,
        },
        {
            "starts_with": "On 14 February, the Minister of Foreign Affairs received",
            "ends_with": "wished the Ambassador success in his diplomatic mission.",
            "not_contains": ["Print version", "Share", "Press release on the meeting"],
        },
    ),
    "breadcrumb-byline-copyright.txt": (
        {
            "format": "web-page",
            "title": "Poland and Lithuania agree to build new power link",
            "date": "2023-05-03T08:45",
            "metadata.section": "Europe",
            "authors=": ["Anna Kowalska"],
            "publisher": "Eastnews.eu",
        },
        {
            "starts_with": "Poland and Lithuania signed an agreement on Wednesday",
            "ends_with": "partly financed by the European Union.",
            "not_contains": ["Home / World", "By Anna Kowalska", "Published:", "Tags:", "Share this", "©"],
        },
    ),
    "republished-afp-dateline.txt": (
        {
            "format": "web-page",
            "title": "Floods force thousands from their homes in northern Italy",
            "date": "2022-06-21T16:40",
            "publisher": None,
            "authors": None,
        },
        {
            # The web-page record keeps the agency's dateline (DECISIONS: only news-wire strips it).
            "starts_with": "ROME (AFP) - Thousands of people were evacuated",
            "ends_with": "cut off by the water in the Emilia-Romagna region.",
            "not_contains": ["/AFP/", "Share", "Comments", "21.06.2022"],
        },
    ),
    "no-date-body-date.txt": (
        {
            "format": "web-page",
            "title": "Parliament ratifies agreement on double taxation with Hungary",
            "date": None,
            "authors": None,
            "metadata.section": None,
        },
        {
            "starts_with": "The parliament on Friday ratified an agreement with Hungary",
            "ends_with": "after the exchange of instruments of ratification.",
            "not_contains": [
                "You may also like",
                "Government approves new tax code",
                "Finance minister meets",
            ],
        },
    ),
    "stamp-at-the-bottom.txt": (
        {
            "format": "web-page",
            "title": "Harbour bridge to close for repairs in May",
            "date": "2024-04-02T17:05",
            "authors=": ["Tom Berg"],
            "publisher": None,
        },
        {
            "starts_with": "The city's harbour bridge will close to traffic for three weeks in May",
            "ends_with": "a free ferry will run every fifteen minutes during the works.",
            "not_contains": ["Photo:", "Author:", "Published:", "Share on"],
        },
    ),
    "xinhuanet-source-editor.txt": (
        {
            "format": "web-page",
            "title": "Chinese, Russian FMs hold talks in Beijing",
            "date": "2023-04-02T21:10",
            "authors": None,
        },
        {
            "starts_with": "BEIJING, April 2 (Xinhua) -- Chinese Foreign Minister held talks",
            "ends_with": "Both sides agreed to strengthen coordination.",
            "not_contains": ["Editor: huaxia", "Source: Xinhua", "Enditem"],
        },
    ),
    "spanish-page-related.txt": (
        {
            "format": "web-page",
            "title": "El Gobierno aprueba un plan para reducir las listas de espera",
            "date": "2021-04-23T09:15",
            "metadata.section": "Sociedad",
            "language": "es",
        },
        {
            "starts_with": "El Consejo de Ministros aprobó este martes un plan de choque",
            "ends_with": "durante los próximos dos años.",
            "not_contains": ["Noticias relacionadas", "Compartir", "La sanidad pública gana", "Sociedad"],
        },
    ),
}


@pytest.mark.parametrize("name", sorted(SHARED))
def test_shared_copied_pages(record_of: Runner, name: str) -> None:
    expect, text = SHARED[name]
    assert failures(record_of(DATA / name), expect, text) == []


@pytest.mark.parametrize("name", sorted(OWN_DOCUMENTS))
def test_own_copied_pages(record_of: Runner, name: str) -> None:
    expect, text = OWN_DOCUMENTS[name]
    assert failures(record_of(OWN / name), expect, text) == []


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_re_encoded_copy_gives_the_same_fields(record_of: Runner, tmp_path: Path, encoding: str) -> None:
    name = "wp-text-todayaz-trend-azimov-2011.txt"
    copy = tmp_path / name
    copy.write_bytes((DATA / name).read_text(encoding="utf-8").encode(encoding, errors="strict"))
    expect, text = SHARED[name]
    assert failures(record_of(copy), expect, text) == []

"""news-wire on whole documents: seed and dev copies, and variants of agencies' conventions written here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gold_checks import failures

DATA = Path(__file__).parents[2] / "data" / "wire"
OWN = DATA / "own"

Expected = tuple[dict[str, Any], dict[str, Any]]

# Copied from the shared corpus: the gold's fields, and what a careful reader sees too (place, exact authors).
SHARED: dict[str, Expected] = {
    "001_5af18403983a6e8e.txt": (
        {
            "format": "news-wire",
            "date": "2020-04-02",
            "publisher": "Azernews",
            "authors=": ["Akbar Mammadov"],
            "language": "en",
            "title": None,
        },
        {
            "starts_with": "Armenia is artificially changing the demographic composition of occupied",
            "ends_with": "the statement concludes.",
            "not_contains": ["By Azernews", "By Akbar Mammadov", "date 2020-04-02"],
        },
    ),
    "nw-reuters-row412-adoption-byline.txt": (
        {
            "format": "news-wire",
            "title": None,
            "date": None,
            "language": "en",
            "publisher": "Reuters",
            "authors=": ["Katanga Johnson", "Makini Brice"],
            "metadata.dateline": "Washington",
        },
        {
            "starts_with": "Charles “Chuck” Johnson is not the kind of foot soldier",
            "ends_with": "compromise on a single piece of legislation to vote on and pass to Trump.",
            "not_contains": [
                "(Refiles Nov. 30 story",
                "By Katanga Johnson and Makini Brice",
                "WASHINGTON (Reuters) -",
            ],
        },
    ),
    "nw-reuters-row884-courthouse-credit.txt": (
        {
            "format": "news-wire",
            "title": None,
            "date": None,
            "language": "en",
            "publisher": "Reuters",
            "authors=": ["Lawrence Hurley", "Andrew Chung"],
            "metadata.dateline": "Washington",
        },
        {
            "starts_with": "When President Donald Trump announced on Oct. 12 he would stop subsidies",
            "ends_with": "Chhabria then ruled in favor of Trump.",
            "not_contains": [
                "WASHINGTON (Reuters) -",
                "Reporting by Lawrence Hurley",
                "Editing by Sue Horton",
                "Follow Trump's impact on energy",
                "www.reuters.com/trump-effect",
            ],
        },
    ),
    "nw-reuters-row67-virginia-correction.txt": (
        {
            "format": "news-wire",
            "title": None,
            "date": None,
            "language": "en",
            "publisher": "Reuters",
            "authors=": ["Sharon Bernstein"],
            "metadata.dateline": None,
        },
        {
            "starts_with": "Virginia Democrat Shelly Simonds won a seat in the House of Delegates by one",
            "ends_with": "Simonds clinched with a margin of one.",
            "not_contains": [
                "(Corrects spelling of Virginia House of Delegates member",
                "By Sharon Bernstein",
                "(Reuters) -",
            ],
        },
    ),
    "nw-reuters21578-newid9154-brussels-1987.sgm": (
        {
            "format": "news-wire",
            "title": "EC MINISTERS FAIL TO END DEADLOCK ON RESEARCH PLAN",
            "date": "1987-03-25",
            "language": "en",
            "publisher": "Reuters",
            "authors=": ["Paul Mylrea"],
            "metadata.dateline": "Brussels",
        },
        {
            "starts_with": "The European Community (EC) has failed to agree on a high-technology research",
            "ends_with": "so far demanded by Britain, one diplomat added.",
            "not_contains": [
                "REUTER",
                "&#3;",
                "&#5;",
                "BC-EC-MINISTERS-FAIL-TO",
                "<BODY>",
                "BRUSSELS, March 25 -",
                "By Paul Mylrea",
                "west-germany",
            ],
            "max_line_breaks_inside_sentences": 0,
        },
    ),
    "nw-azernews-conflict0-armenia-registration.txt": (
        {"format": "news-wire", "language": "en", "publisher": "Azernews", "date": None, "title": None},
        {
            "starts_with": "The Armenian Prosecutor General’s Office has filed a legal motion",
            "ends_with": "efforts to normalize relations with Baku.",
            "max_line_breaks_inside_sentences": 0,
        },
    ),
    "nw-azernews-nation3-aliyev-belgium.txt": (
        {"format": "news-wire", "language": "en", "publisher": "Azernews", "authors": None, "date": None},
        {
            "starts_with": "President of the Republic of Azerbaijan Ilham Aliyev has sent a congratulatory",
            "ends_with": 'the occasion of the national holiday of the Kingdom of Belgium," the letter reads.',
            "max_line_breaks_inside_sentences": 0,
        },
    ),
    "nw-trend-3292968-abdullayeva-2020.txt": (
        {
            "format": "news-wire",
            "title": None,
            "date": "2020-09-02",
            "language": "en",
            "publisher": "Trend",
            "authors": None,
            "metadata.dateline": "Baku",
        },
        {
            "starts_with": "Unfounded and absolutely untrue information, not based on facts and reliable",
            "ends_with": "a smear slanderous campaign against our country,” the spokesperson noted.",
            "not_contains": ["date 2020-09-02", "BAKU, Azerbaijan, Sept.2", "Trend:"],
        },
    ),
}

# Written for these tests: one convention or kind of junk each.
OWN_DOCUMENTS: dict[str, Expected] = {
    "reuters-un-credit.txt": (
        {
            "format": "news-wire",
            "title": "Security Council extends mission in South Sudan for another year",
            "date": None,
            "publisher": "Reuters",
            "language": "en",
            "metadata.dateline": "United Nations",
            "authors=": ["Michelle Nichols", "Humeyra Pamuk", "Denis Dumo"],
        },
        {
            "starts_with": "The U.N. Security Council on Thursday extended its peacekeeping mission",
            "ends_with": "the U.S. deputy ambassador told the council after the vote.",
            "not_contains": [
                "UPDATE 2",
                "By Michelle Nichols",
                "UNITED NATIONS, March 14",
                "Reporting by",
                "Editing by",
            ],
        },
    ),
    "afp-paris-initials.txt": (
        {
            "format": "news-wire",
            "publisher": "AFP",
            "metadata.dateline": "Paris",
            "authors": None,
            "date": None,
            "title": None,
        },
        {
            "starts_with": "French farmers blocked several motorways around Paris on Monday",
            "ends_with": "he would meet union leaders on Tuesday.",
            "not_contains": ["PARIS (AFP)", "ab-cd/jm"],
        },
    ),
    "ap-moscow-contributed.txt": (
        {
            "format": "news-wire",
            "publisher": "Associated Press",
            "metadata.dateline": "Moscow",
            "authors=": ["Vladimir Isachenkov", "Jim Heintz"],
            "date": None,
        },
        {
            "starts_with": "Russia's parliament on Wednesday approved a bill",
            "ends_with": "to protect the country from outside interference.",
            "not_contains": ["MOSCOW (AP)", "VLADIMIR ISACHENKOV", "contributed to this report"],
        },
    ),
    "xinhua-beijing-enditem.txt": (
        {
            "format": "news-wire",
            "publisher": "Xinhua",
            "metadata.dateline": "Beijing",
            "title": "China's central bank cuts reserve requirement ratio",
            "date": None,
            "authors": None,
        },
        {
            "starts_with": "The People's Bank of China said on Sunday",
            "ends_with": "the central bank said in a statement on its website.",
            "not_contains": ["Enditem", "(Xinhua) --"],
        },
    ),
    "azertac-mdy.txt": (
        {
            "format": "news-wire",
            "publisher": "AZERTAC",
            "metadata.dateline": "Baku",
            "date": None,
            "title": "Azerbaijani delegation attends international energy forum in Abu Dhabi",
            "authors": None,
        },
        {
            "starts_with": "An Azerbaijani delegation led by the Minister of Energy",
            "ends_with": "prospects for cooperation in the field of renewable energy.",
            "not_contains": ["Baku, April 2, AZERTAC"],
        },
    ),
    "azertac-dmy-inline.txt": (
        {
            "format": "news-wire",
            "publisher": "AZERTAC",
            "metadata.dateline": "Baku",
            "date": None,
            "title": None,
        },
        {
            "starts_with": "The Azerbaijani Foreign Minister has met with the Ambassador of Japan",
            "ends_with": "exchanged views on regional security issues.",
            "not_contains": ["AZERTAC"],
        },
    ),
    "trend-header-byline.txt": (
        {
            "format": "news-wire",
            "publisher": "Trend",
            "date": "2021-03-15",
            "metadata.dateline": "Baku",
            "authors=": ["Nigar Abbasova"],
            "title": None,
        },
        {
            "starts_with": "The volume of cargo transported via the Baku-Tbilisi-Kars railway",
            "ends_with": "some 120,000 tons of cargo were transported along the route.",
            "not_contains": ["date 2021-03-15", "By Nigar Abbasova", "Trend:"],
        },
    ),
    "apa-attribution.txt": (
        {"format": "news-wire", "publisher": "APA", "date": None, "authors": None, "title": None},
        {"starts_with": "The State Customs Committee has registered", "ends_with": "over the same period."},
    ),
    "report-informs.txt": (
        {"format": "news-wire", "publisher": "Report", "date": None, "authors": None, "title": None},
        {"starts_with": "Azerbaijan's gas exports to Europe", "ends_with": "to Italy, Greece and Bulgaria."},
    ),
    "reuters-correction-staff.txt": (
        {"format": "news-wire", "publisher": "Reuters", "authors": None, "metadata.dateline": "Brussels"},
        {
            "starts_with": "European Union finance ministers failed on Tuesday",
            "ends_with": "talks would continue at the level of officials.",
            "not_contains": ["This story corrects", "Reuters Staff", "Refiles"],
        },
    ),
    "azernews-paywall.txt": (
        {"format": "news-wire", "publisher": "Azernews", "date": "2022-05-10", "authors=": ["Sara Rajabova"]},
        {
            "starts_with": "Azerbaijan and Uzbekistan have signed a number of documents",
            "ends_with": "which reached...",
            "not_contains": ["subscribe", "Subscribe", "Log in", "By Azernews"],
        },
    ),
    "azernews-wrapped.txt": (
        {"format": "news-wire", "publisher": "Azernews", "date": None, "title": None},
        {
            "starts_with": "The Cabinet of Ministers has approved new rules for the registration of foreign",
            "ends_with": "before they reach the border.",
            "max_line_breaks_inside_sentences": 0,
        },
    ),
    "reuters21578-tokyo.sgm": (
        {
            "format": "news-wire",
            "title": "JAPAN TRADE SURPLUS WITH U.S. WIDENS IN FEBRUARY",
            "date": "1987-03-03T09:12",
            "publisher": "Reuters",
            "metadata.dateline": "Tokyo",
            "authors": None,
        },
        {
            "starts_with": "Japan's trade surplus with the United States widened in February",
            "ends_with": "for Japan to open its markets, trade analysts said.",
            "not_contains": ["REUTER", "TOKYO, March 3", "&#", "BC-JAPAN"],
            "max_line_breaks_inside_sentences": 0,
        },
    ),
    "reuters-flattened-promo.txt": (
        {
            "format": "news-wire",
            "publisher": "Reuters",
            "metadata.dateline": "New York",
            "authors=": ["Jonathan Stempel", "Dan Burns"],
        },
        {
            "starts_with": "Shares of airline companies rose sharply on Friday",
            "ends_with": "said one fund manager in Boston.",
            "not_contains": [
                "NEW YORK (Reuters)",
                "For more on the airline industry",
                "Editing by",
                "Sandra Maler",
            ],
        },
    ),
    "ap-rule-copyright.txt": (
        {
            "format": "news-wire",
            "publisher": "Associated Press",
            "authors=": ["Jane Doe", "John Roe"],
            "metadata.dateline": "New York",
        },
        {
            "starts_with": "Stocks rose on Wall Street on Monday",
            "ends_with": "The S&P 500 climbed 1.2 percent.",
            "not_contains": ["___", "contributed", "Copyright", "JANE DOE"],
        },
    ),
    "reuters-contact-standards.txt": (
        {"format": "news-wire", "publisher": "Reuters", "authors=": ["William Schomberg"]},
        {
            "ends_with": "Prices rose 0.3 percent on the month, the survey said.",
            "not_contains": ["Reporting by", "Andy Bruce", "@thomsonreuters.com", "Our Standards"],
        },
    ),
    "report-slashed.txt": (
        {"format": "news-wire", "publisher": "Report", "metadata.dateline": "Baku", "date": None},
        {"starts_with": "The Ministry of Economy has announced", "not_contains": ["REPORT.AZ"]},
    ),
}

Runner = Callable[[Path], dict[str, Any]]


@pytest.mark.parametrize("name", sorted(SHARED))
def test_shared_wire_documents(record_of: Runner, name: str) -> None:
    expect, text = SHARED[name]
    assert failures(record_of(DATA / name), expect, text) == []


@pytest.mark.parametrize("name", sorted(OWN_DOCUMENTS))
def test_own_wire_documents(record_of: Runner, name: str) -> None:
    expect, text = OWN_DOCUMENTS[name]
    assert failures(record_of(OWN / name), expect, text) == []


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("cp1252", "nw-reuters-row884-courthouse-credit.txt"),
        ("utf-16", "001_5af18403983a6e8e.txt"),
        ("utf-16", "nw-reuters21578-newid9154-brussels-1987.sgm"),
    ],
)
def test_re_encoded_copy_gives_the_same_fields(
    record_of: Runner, tmp_path: Path, encoding: str, name: str
) -> None:
    original = DATA / name
    copy = tmp_path / name
    copy.write_bytes(original.read_text(encoding="utf-8").encode(encoding))
    expect, text = SHARED[name]
    assert failures(record_of(copy), expect, text) == []


def test_copy_closed_by_its_agency_s_sign_off_alone_is_agency_copy(record_of_text: Any) -> None:
    record = record_of_text(
        "The foreign minister met his counterpart in New York on Wednesday at the Assembly.\n\n"
        "The two ministers discussed bilateral relations and the situation in the region.\n\nAPS\n"
    )
    assert (record["format"], record["publisher"]) == ("news-wire", "APS")
    assert record["text"].endswith("the situation in the region.")


def test_the_dateline_s_agency_alone_on_the_last_line_signs_the_copy_off(record_of_text: Any) -> None:
    record = record_of_text(
        "Accra, Nov 22, GNA – The ministry has opened a new office for the council on foreign relations.\n\n"
        "The council advises the ministry on the affairs of the sub-region.\n\nGNA\n"
    )
    assert record["format"] == "news-wire"
    assert record["text"].endswith("the affairs of the sub-region.")

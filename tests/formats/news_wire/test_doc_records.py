"""Wire copy in the ``<DOC>`` records of research collections; Italian agencies' datelines and desk codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.articles.paragraphs import rebuild_paragraphs
from ingest_builtins.formats.news_wire.datelines import read_dateline

TextRunner = Callable[..., dict[str, Any]]

CLEF_STYLE = """<DOC>
<DOCNO>EFE19960314-00042</DOCNO>
<DATE>19960314</DATE>
<TIME>12.05</TIME>
<CATEGORY>INTERNACIONAL</CATEGORY>
<CLAVE>DX1234</CLAVE>
<TITLE>   PERU-LLUVIAS
           LAS LLUVIAS DEJAN MIL DAMNIFICADOS EN EL NORTE
</TITLE>
<TEXT>    Lima, 14 mar (EFE).-Las lluvias de las últimas dos semanas dejaron
 mil damnificados en tres provincias del norte del país, informó hoy
 la Defensa Civil.
    Las autoridades enviaron carpas y alimentos a los pueblos más
 afectados, según el comunicado.EFE
    abc/XY

 03/14/12-05/96
</TEXT>
</DOC>
"""

GIGAWORD_STYLE = """<DOC id="XIN_ENG_20090402.0117" type="story" >
<HEADLINE>
Port reopens after storm
</HEADLINE>
<DATELINE>
MANILA, April 2 (Xinhua)
</DATELINE>
<TEXT>
<P>
The main port of the central province reopened on Thursday
after a storm closed it for three days, officials said.
</P>
<P>
Ferries resumed their trips in the afternoon.
</P>
</TEXT>
</DOC>
"""


def test_a_clef_style_record_is_read_with_its_dateline_and_sign_off(record_of_text: TextRunner) -> None:
    record = record_of_text(CLEF_STYLE, name="efe.sgml")
    assert (record["format"], record["title"], record["date"], record["publisher"]) == (
        "news-wire",
        "LAS LLUVIAS DEJAN MIL DAMNIFICADOS EN EL NORTE",
        "1996-03-14",
        "EFE",
    )
    assert record["text"].startswith("Las lluvias de las últimas dos semanas dejaron mil damnificados")
    assert record["text"].endswith("según el comunicado.")


def test_a_gigaword_style_record_takes_its_day_and_agency_from_its_id(record_of_text: TextRunner) -> None:
    record = record_of_text(GIGAWORD_STYLE, name="xin.sgml")
    assert (record["format"], record["title"], record["date"], record["publisher"]) == (
        "news-wire",
        "Port reopens after storm",
        "2009-04-02",
        "Xinhua",
    )
    assert record["metadata"]["dateline"] == "Manila"
    assert record["text"] == (
        "The main port of the central province reopened on Thursday after a storm closed it for three days, "
        "officials said.\n\nFerries resumed their trips in the afternoon."
    )


def test_an_agency_outside_the_table_in_one_word_before_a_dash() -> None:
    text = "Torino, 4 mar. (Newswire) – Il sindaco ha firmato l'accordo.\n"
    found = read_dateline(text, 0, len(text))
    assert found is not None and (found.agency, found.place) == ("Newswire", "Torino")
    weekday = "Torino, 4 mar. (Lunedì) – Il sindaco ha firmato l'accordo.\n"
    assert read_dateline(weekday, 0, len(weekday)) is None


def test_desk_codes_and_a_copyright_line_stay_apart_from_the_last_sentence(
    record_of_text: TextRunner,
) -> None:
    lines = "Il ministro ha incontrato ieri il collega francese, e i due hanno parlato\ndella crisi."
    assert rebuild_paragraphs(lines + "\nSpr/Lux\nMAZ\n© riproduzione riservata") == (
        lines.replace("\n", " ") + "\n\nSpr/Lux\n\nMAZ\n\n© riproduzione riservata"
    )
    story = (
        "Milano, 4 mar. (LaPresse) – " + lines + "\nxa8/ads\n© Copyright LaPresse - Riproduzione Riservata\n"
    )
    record = record_of_text(story, name="lapresse.txt")
    assert (record["format"], record["publisher"]) == ("news-wire", "LaPresse")
    assert record["text"].endswith("della crisi.")


def test_a_line_of_table_borders_above_the_dateline_is_passed_over(record_of_text: TextRunner) -> None:
    text = "| |\nTehran, March 3, IRNA -- The foreign minister met his Turkish counterpart on Monday.\n"
    record = record_of_text(text, name="irna.txt")
    assert (record["format"], record["title"], record["publisher"]) == ("news-wire", None, "IRNA")
    assert record["text"].startswith("The foreign minister met")


def test_a_collection_s_source_line_above_the_date_and_a_monitoring_dateline(
    record_of_text: TextRunner,
) -> None:
    text = (
        "Anadolu Agency, Turkey\nJune 3 2011\nMinister comments on the talks\n"
        "Ankara, 3 June: The foreign minister said on Friday that the talks had gone well,\n"
        "and that a second round would follow in the autumn.\n"
    )
    record = record_of_text(text, name="aa.txt")
    assert (record["format"], record["title"], record["date"], record["publisher"]) == (
        "news-wire",
        "Minister comments on the talks",
        "2011-06-03",
        "Anadolu Agency",
    )
    assert record["metadata"]["dateline"] == "Ankara"
    assert record["text"].startswith("The foreign minister said on Friday")


def test_a_counter_under_the_headline_and_a_footer_after_the_sign_off(
    record_of_text: TextRunner,
) -> None:
    text = (
        "‘Minister spent Rs 5cr on visits abroad’\n0\n"
        "New Delhi, Feb 9 (IANS) The government spent Rs 5 crore on the minister's visits abroad, it told\n"
        "Parliament on Thursday.\n"
        "–IANS\nkvm/pgh\n\nAbout Author\n\nerror: Content is protected !!\n\nMaintain by Example Infotech\n"
    )
    record = record_of_text(text, name="ians.txt")
    assert (record["format"], record["publisher"]) == ("news-wire", "IANS")
    assert record["text"].endswith("told Parliament on Thursday.")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "KUALA LUMPUR, Feb 22 — The ministry confirmed the detention of 16 citizens, it said.\n\n"
            "It said consular officers had visited them three times. — Bernama\n",
            "Bernama",
        ),
        (
            "Ministers discuss ways to resolve the crisis\n\n"
            "The foreign minister received the secretary of state yesterday to discuss the crisis and\n"
            "the results of his tour in the region, in a bid to defuse tensions.— KUNA\n",
            "KUNA",
        ),
    ],
    ids=["dateline-with-dash", "sign-off-after-dash"],
)
def test_a_newspaper_s_reprint_of_agency_copy(record_of_text: TextRunner, text: str, agency: str) -> None:
    record = record_of_text(text, name="reprint.txt")
    assert (record["format"], record["publisher"]) == ("news-wire", agency)
    assert not record["text"].rstrip().endswith(agency)


def test_a_photo_caption_under_its_label_and_the_pointer_to_it_go(record_of_text: TextRunner) -> None:
    text = (
        "UNITED NATIONS (Reuters) - The assembly elected five countries to the council on Monday. "
        "(Read photo caption below)\n\n"
        "The vote was held by secret ballot, and every candidate was elected in the first round.\n\n"
        "PHOTO CAPTION:\nThe ambassador talks with his colleagues at the United Nations headquarters.\n"
    )
    record = record_of_text(text, name="reuters.txt")
    assert record["text"] == (
        "The assembly elected five countries to the council on Monday.\n\n"
        "The vote was held by secret ballot, and every candidate was elected in the first round."
    )


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [("Jakarta (ANTARA News) - ", "Antara"), ("TOKYO, June 21 (PNA/Kyodo) — ", "Kyodo")],
)
def test_an_agency_s_long_name_or_an_agency_carrying_another_s_copy(
    record_of_text: TextRunner, dateline: str, agency: str
) -> None:
    text = f"{dateline}The foreign minister said the region is among the country's priorities. (*)\n"
    record = record_of_text(text, name="wire.txt")
    assert (record["format"], record["publisher"]) == ("news-wire", agency)
    assert record["text"] == "The foreign minister said the region is among the country's priorities."


def test_a_place_and_day_above_the_byline_is_the_dateline_not_the_headline(
    record_of_text: TextRunner,
) -> None:
    text = (
        "Baku, Azerbaijan, Aug. 23\nBy Elchin Aliyev – Trend:\n"
        "According to the rules of the organization, each member may have its letters circulated.\n"
    )
    record = record_of_text(text, name="trend.txt")
    assert (record["title"], record["publisher"], record["authors"]) == (None, "Trend", ["Elchin Aliyev"])
    assert record["metadata"]["dateline"] == "Baku"


def test_a_deck_after_a_blank_line_and_the_desk_s_codes_after_the_sign_off(
    record_of_text: TextRunner,
) -> None:
    text = (
        "Two countries launch a joint firefighting fleet\n\nEight planes to be shared under the scheme\n\n"
        "(ANSA) - ATHENS, MAY 12 - The two countries on Tuesday launched a joint fleet of eight planes.\n\n"
        "-- BERNAMA\n\nNAM ZUL\n"
    )
    record = record_of_text(text, name="ansa.txt")
    assert (record["format"], record["title"]) == (
        "news-wire",
        "Two countries launch a joint firefighting fleet",
    )
    assert record["text"] == "The two countries on Tuesday launched a joint fleet of eight planes."


@pytest.mark.parametrize(
    ("dateline", "place"),
    [("Havana, 22 de junho (RHC).- ", "Havana"), ("Ташкент. 8 декабря. УзТАГ – ", "Ташкент")],
)
def test_a_day_with_de_and_an_agency_after_a_dash(
    record_of_text: TextRunner, dateline: str, place: str
) -> None:
    record = record_of_text(
        dateline + "O chanceler reiterou a posição do governo sobre o bloqueio.\n", name="w.txt"
    )
    assert (record["format"], record["metadata"]["dateline"]) == ("news-wire", place)
    assert record["text"].startswith("O chanceler reiterou")


def test_a_blog_quoting_a_note_with_a_placeholder_is_no_note(record_of_text: TextRunner) -> None:
    text = (
        "A typical note goes something like this:\n"
        "The Permanent Mission of the Republic presents its compliments to the Permanent "
        "Mission of the [Country] and has the honour to inform the latter of its candidature.\n"
        "The Permanent Mission avails itself of this opportunity to renew the assurances of its highest "
        "consideration.\n"
    )
    assert record_of_text(text, name="blog.txt")["format"] != "note-verbale"


def test_ani_sets_the_country_in_square_brackets(record_of_text: TextRunner) -> None:
    text = "Dhaka [Bangladesh], April 12 (ANI): The foreign secretary described the meeting as positive.\n"
    record = record_of_text(text, name="ani.txt")
    assert (record["format"], record["metadata"]["dateline"]) == ("news-wire", "Dhaka")
    assert record["text"].startswith("The foreign secretary described")


def test_belta_puts_the_day_first_and_its_correspondent_in_the_slashes(record_of_text: TextRunner) -> None:
    text = "24 сентября, Минск /Корр. БЕЛТА/. Глава МИД провел встречу с министром иностранных дел. -0-\n"
    record = record_of_text(text, name="belta.txt")
    assert (record["format"], record["metadata"]["dateline"]) == ("news-wire", "Минск")
    assert record["text"] == "Глава МИД провел встречу с министром иностранных дел."


def test_a_russian_abbreviated_month_and_an_acronym_place(record_of_text: TextRunner) -> None:
    text = "Постпред заявил\n\nООН, 9 июл – РИА Новости. Делегация допустила нарушения в попытках.\n"
    record = record_of_text(text, name="ria.txt")
    assert (record["format"], record["metadata"]["dateline"]) == ("news-wire", "ООН")
    assert record["text"].startswith("Делегация допустила")

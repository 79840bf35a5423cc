"""web-page, copied as text: the site's name above its menu; hashtags and feedback prompts under the story."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.web_page.copied import parse_copied_page

TextRunner = Callable[..., dict[str, Any]]

PAGE = """Harbour Daily
News   Business   City Life   Sport   Opinion
2025-03-04 09:15
New ferry line links the two harbours
By Ellen Marsh

The new ferry line between the north and south harbours carried its first passengers on Tuesday morning.

The city expects about four thousand passengers a day once the timetable is complete in the summer.

ellen.marsh@example.com

Keywords
#ferries #city transport #harbour
Send Feedback
How satisfied are you with the article?
"""


def test_the_first_line_above_the_menu_is_the_site_and_the_story_is_read_under_it() -> None:
    page = parse_copied_page(PAGE)
    assert (page.title, page.date, page.authors) == (
        "New ferry line links the two harbours",
        "2025-03-04T09:15",
        ["Ellen Marsh"],
    )
    assert page.publisher == "Harbour Daily"
    assert page.body.startswith("The new ferry line between the north and south harbours")
    assert page.body.endswith("once the timetable is complete in the summer.")


def test_a_headline_above_a_line_of_share_buttons_stays_the_headline() -> None:
    page = parse_copied_page(
        "Ferry line opens\nShare   Tweet   Email\n\n"
        "The new ferry line between the north and south harbours carried its first passengers on Tuesday.\n"
    )
    assert page.title == "Ferry line opens"


@pytest.mark.parametrize(
    "line",
    ["Politics   Economy   Culture", "Home | World | Business | Sport", "News\tSport\tWeather\tTravel"],
)
def test_menus_copied_as_one_line_are_not_the_story(line: str) -> None:
    page = parse_copied_page(
        f"{line}\nCity opens ferry line\n\n"
        "The new ferry line between the north and south harbours carried its first passengers on Tuesday.\n"
    )
    assert page.body.startswith("The new ferry line")


AGENCY_PAGE = """Harbour Agency
English | Français | Español | Deutsch
Business  World  Politics  Sport

World, Europe

Ferry line opens between the two harbours

City says the new line will carry four thousand passengers a day once the timetable is comp...

Ellen Marsh  |04.03.2025 - Update : 05.03.2025

Ferry line opens between the two harbours

The new ferry line between the north and south harbours carried its first passengers on Tuesday morning.

The city expects about four thousand passengers a day once the timetable is complete in the summer.

The website carries part of the stories offered to subscribers. Contact us for subscription options.

Related topics
Bu haberi paylaşın
"""


def test_an_agency_page_with_menus_cut_teaser_and_author_stamp_gives_the_story() -> None:
    page = parse_copied_page(AGENCY_PAGE)
    assert (page.title, page.date, page.authors, page.publisher) == (
        "Ferry line opens between the two harbours",
        "2025-03-04",
        ["Ellen Marsh"],
        "Harbour Agency",
    )
    assert page.body.startswith("The new ferry line between the north and south harbours")
    assert page.body.endswith("once the timetable is complete in the summer.")


def test_a_headline_printed_twice_under_the_stamp_beats_a_section_name_above() -> None:
    page = parse_copied_page(
        "TASS\nHarbour Politics & Trade\nWorld\nBusiness & Economy\nHarbour Politics & Trade\n"
        "October 9, 2023, 14:05\n"
        "Two harbours to open a joint ferry line in November\n"
        "Two harbours to open a joint ferry line in November\n"
        "The sides will discuss timetables, fares and the supply of fu...\n"
        "ASTANA, October 9. /TASS/. The two harbour authorities agreed on Monday to open a joint ferry line "
        "in November, the transport ministry said.\n"
    )
    assert (page.title, page.publisher, page.date) == (
        "Two harbours to open a joint ferry line in November",
        "TASS",
        "2023-10-09T14:05",
    )
    assert page.body.startswith("ASTANA, October 9. /TASS/.")


def test_a_stamp_with_a_spaced_utc_offset_keeps_the_local_time_and_the_offset(
    record_of_text: TextRunner,
) -> None:
    text = (
        "Two harbours agree on common ferry fares\n"
        "Business | 5 March 2024 11:37 (UTC +04:00)\n"
        "BAKU, Azerbaijan, March 5. The two harbour companies have agreed on common fares "
        "for the ferry line, "
        "Trend reports.\n\n"
        "The fares will apply from April, the companies said in a joint statement on Tuesday.\n"
    )
    record = record_of_text(text, name="page.txt")
    assert (record["format"], record["date"], record["publisher"]) == (
        "web-page",
        "2024-03-05T11:37+04:00",
        "Trend",
    )
    assert record["metadata"]["section"] == "Business"


MINISTRY_PAGE = """Skip to main content
Ministry of Coastal Affairs of Freeland
English | Français
Home
About the Ministry
Press Room
Home  ›  Press Room  ›  Statements
Statement by the Ministry of Coastal Affairs on the opening of the northern fish market
الإثنين 23 مارس 2026
The Ministry of Coastal Affairs welcomes the opening of the northern fish market, which brings together the
cooperatives of the three coastal districts under one roof.

The market will open every day of the week and will keep a register of catches for the fisheries survey.
Share
Facebook  X  WhatsApp
Page last updated: 24 March 2026 09:10
Print
Related news
The Minister receives the Ambassador of Westland
20 March 2026
Tags: fisheries, markets
"""


def test_a_ministry_page_copied_with_its_skip_link_menu_and_related_news() -> None:
    page = parse_copied_page(MINISTRY_PAGE)
    assert page.title.startswith("Statement by the Ministry of Coastal Affairs on the opening")
    assert page.publisher == "Ministry of Coastal Affairs of Freeland"
    assert page.date == "2026-03-23"
    assert page.body.startswith("The Ministry of Coastal Affairs welcomes")
    assert page.body.rstrip().endswith("for the fisheries survey.")


def test_a_labelled_breadcrumb_ending_with_the_page_s_title_is_a_trail() -> None:
    from ingest_builtins.formats.articles.furniture import breadcrumb

    trail = "Você está aqui: Página Inicial > Notícias > Brasil e Quênia assinam acordo de cooperação"
    assert breadcrumb(trail) == ["Página Inicial", "Notícias"]
    assert breadcrumb("Etusivu / Ajankohtaista / Tiedotteet") == ["Etusivu", "Ajankohtaista", "Tiedotteet"]


def test_a_section_label_a_stamp_and_a_reading_time_between_the_breadcrumb_and_the_headline() -> None:
    page = parse_copied_page(
        "Skip to main content\nUN Ocean Programme\nSearch\nWho we are\nWhat we do\n"
        "Home  /  News  /  Press release\nPress release\n12 Mar 2026\nReading time: 3 min\n"
        "Coastal States agree on a plan to curb lost fishing gear in the western ocean\n\n"
        "Mombasa, 12 March 2026 – Coastal States today adopted a plan to retrieve lost fishing gear.\n"
    )
    assert page.title == "Coastal States agree on a plan to curb lost fishing gear in the western ocean"
    assert (page.publisher, page.date) == ("UN Ocean Programme", "2026-03-12")


def test_a_date_in_figures_under_a_label_of_a_day_first_language_is_read_day_first() -> None:
    from ingest_builtins.formats.web_page.stamps import read_timestamp

    assert read_timestamp("Publicado em 04/03/2026 16h20") == ("2026-03-04T16:20", "")
    assert read_timestamp("04/03/2026") is None  # no label: month or day first cannot be told


def test_a_greek_page_s_source_line_follow_prompt_related_list_and_footer_links() -> None:
    page = parse_copied_page(
        "Ειδήσεις\nΠολιτική\nΟικονομία\nΚοινωνία\n"
        "Ελλάδα και Κύπρος υπέγραψαν συμφωνία για κοινό κέντρο έρευνας και διάσωσης στην Κρήτη\n"
        "Πέμπτη, 12 Μαρτίου 2026 13:26\n"
        "Ελλάδα και Κύπρος υπέγραψαν σήμερα στην Αθήνα συμφωνία για τη δημιουργία κοινού κέντρου "
        "συντονισμού θαλάσσιας έρευνας και διάσωσης στο Ηράκλειο της Κρήτης, το οποίο θα καλύπτει "
        "μεγάλο μέρος της Ανατολικής Μεσογείου.\n\n"
        "Πηγή: ΑΠΕ-ΜΠΕ\nΑκολουθήστε το example.gr στο Google News\nΕτικέτες: ΚΥΠΡΟΣ, ΝΑΥΤΙΛΙΑ\n"
        "Διαβάστε επίσης\nΝέα μέτρα για την ακτοπλοΐα ανακοίνωσε το υπουργείο\n"
        "© 2026 example.gr - Με την επιφύλαξη παντός δικαιώματος\n"
        "Όροι χρήσης | Πολιτική απορρήτου | Επικοινωνία\n"
    )
    assert page.body.rstrip().endswith("μεγάλο μέρος της Ανατολικής Μεσογείου.")
    assert page.publisher == "example.gr"


def test_share_buttons_one_per_line_close_the_page() -> None:
    from ingest_builtins.formats.articles.site_lines import is_share_line

    assert all(is_share_line(name) for name in ("Facebook", "X", "LinkedIn"))
    assert not is_share_line("Line")  # a word too


def test_a_byline_naming_the_site_with_an_agency_and_a_copy_link_button_sit_above_the_story() -> None:
    headline = "Séisme en Turquie : au moins 14 morts dans la province de Malatya"
    lines = [
        "Le Courrier du Nord",
        "Menu",
        "International",
        headline,
        headline,
        "Publié le 05/12/2026 à 09h12",
        "Par Le Courrier du Nord avec AFP",
        "Temps de lecture : 2 min",
        "Partager",
        "Facebook",
        "X",
        "Copier le lien",
        "Un séisme de magnitude 6,1 a frappé samedi la province de Malatya, faisant au moins 14 morts.",
    ]
    page = parse_copied_page("\n".join(lines) + "\n")
    assert page.body.startswith("Un séisme de magnitude 6,1")
    assert (page.title, page.authors) == (headline, [])


STORY_UNDER_STAMP = """New ferry line links the two harbours
2025-03-04 09:15

The new ferry line between the north and south harbours carried its first passengers on Tuesday morning.

The city expects about four thousand passengers a day once the timetable is complete in the summer.
"""


@pytest.mark.parametrize("last", ["HARBOUR DAILY ONLINE", "Open in App", "(Harbour Radio)"])
def test_a_lone_label_under_the_story_of_a_page_goes(last: str) -> None:
    page = parse_copied_page(f"{STORY_UNDER_STAMP}\n{last}\n")
    assert page.body.rstrip().endswith("once the timetable is complete in the summer.")


@pytest.mark.parametrize(
    "last",
    ["(Harbour Radio)", "[Update follows]", "【福永方人】", "HDN/J/K/LM", "(ems/kdw)", "// HDN /// PORT //"],
)
def test_a_source_in_brackets_or_the_desk_s_codes_under_a_story_copied_alone_go(last: str) -> None:
    text = STORY_UNDER_STAMP.replace("2025-03-04 09:15\n", "")  # (no furniture at the top)
    page = parse_copied_page(f"{text}\n{last}\n")
    assert page.body.rstrip().endswith("once the timetable is complete in the summer.")


def test_a_placeholder_in_brackets_among_a_text_s_own_last_lines_stays() -> None:
    text = STORY_UNDER_STAMP + "Replace the\n[YEAR]\nand the name of the project.\n"
    assert parse_copied_page(text).body.rstrip().endswith("[YEAR]\nand the name of the project.")


@pytest.mark.parametrize("last", ["(£1 = 1.17 euros)", "Crimestoppers: 0800 555 111"])
def test_a_last_line_holding_a_figure_is_the_story_s(last: str) -> None:
    page = parse_copied_page(f"{STORY_UNDER_STAMP}\n{last}\n")
    assert page.body.rstrip().endswith(last)


@pytest.mark.parametrize("last", ["North Harbour, 4 March 2025", "Ellen Marsh"])
def test_a_place_and_date_or_a_name_under_a_text_with_no_page_furniture_stays(last: str) -> None:
    text = STORY_UNDER_STAMP.replace("2025-03-04 09:15\n", "")
    page = parse_copied_page(f"{text}\n{last}\n")
    assert page.body.rstrip().endswith(last)


@pytest.mark.parametrize(
    "tail",
    [
        "Views: 5227\nComments (0)",  # counters
        "Read all the latest news on harbourdaily.com",  # the site by its address
        # keywords for search engines, beside the page's hashtags (alone, a text's own list reads the same)
        "#harbour #ferries #city\nharbour news, port news, ferry news, city news, sea news",
        "Read more at Harbour Radio",
        "More Top Stories\nFerry fares to rise in spring",  # a list of other stories under its heading
        "page_has_been_loaded_successfully",  # a script's name left in the text
        "If you find a mistake in the text, please select it and press Ctrl + Enter.",  # the typo box
        "HD/JR/KL",  # the desk's codes
    ],
)
def test_counters_a_site_s_address_and_keywords_under_a_page_s_story_go(tail: str) -> None:
    page = parse_copied_page(f"{STORY_UNDER_STAMP}\n{tail}\n")
    assert page.body.rstrip().endswith("once the timetable is complete in the summer.")


def test_the_page_s_fields_between_headline_standfirst_and_story_make_them_the_head() -> None:
    page = parse_copied_page(
        "FERRY STRIKE!\n\nThe harbour pilots stopped work at dawn.\n\nPublished on:\nUpdated on:\n"
        "https://www.harbourdaily.example/\n\n"
        "The harbour pilots' union stopped all ferry crossings on Tuesday morning over the new shift rules,"
        " its leader said.\n"
    )
    assert (page.title, page.body.split("\n")[0][:28]) == ("FERRY STRIKE!", "The harbour pilots' union st")


def test_a_menu_laid_out_one_bulleted_item_a_line_is_the_page_s() -> None:
    sections = ["Home", "Politics", "Economy", "World", "Sport", "Culture", "Opinion", "Weather", "Travel"]
    sections += ["Science", "Health", "Video", "Podcasts"]
    menu = "\n".join(f"  • {section}" for section in sections)
    page = parse_copied_page(f"{menu}\n{STORY_UNDER_STAMP}")
    assert "navigation menu" in page.found
    assert page.body.startswith("The new ferry line")
    steps = "\n".join(f"- Step {n}: check the valve" for n in range(1, 14))  # a text's own list
    assert "navigation menu" not in parse_copied_page(f"{steps}\n{STORY_UNDER_STAMP}").found


def test_the_count_of_comments_after_a_headline_is_no_part_of_the_title(record_of_text: TextRunner) -> None:
    text = STORY_UNDER_STAMP.replace(
        "New ferry line links the two harbours", "New ferry line links the harbours (3)"
    )
    assert record_of_text(text, name="page.txt")["title"] == "New ferry line links the harbours"


def test_a_two_level_menu_and_bullets_copied_apart_from_their_items_are_the_page_s() -> None:
    groups = {"Money": ["Markets", "Banks", "Insurance"], "Industry": ["Cars", "Energy", "Shipping"]}
    groups |= {"Society": ["Regions", "World", "Health"], "More": ["Photos", "Video"]}
    menu = "\n".join(f"{head}\n" + "\n".join(f"• {item}" for item in items) for head, items in groups.items())
    page = parse_copied_page(f"{menu}\n{STORY_UNDER_STAMP}")
    assert "navigation menu" in page.found
    assert page.body.startswith("The new ferry line")
    # A bullet on one line and its item on the next, as a copied page's list can come out.
    sections = ["Home", "Politics", "Economy", "World", "Sport", "Culture", "Opinion", "Weather", "Travel"]
    apart = "\n".join(f"-\n{section}" for section in [*sections, "Science", "Health", "Video"])
    assert "navigation menu" in parse_copied_page(f"{apart}\n{STORY_UNDER_STAMP}").found
    # A list of its own under a heading stays a text's: items that say more than a name.
    steps = "Before you start\n" + "\n".join(f"• Close valve number {n} by hand" for n in range(1, 14))
    assert "navigation menu" not in parse_copied_page(f"{steps}\n{STORY_UNDER_STAMP}").found


def test_a_deck_between_the_headline_and_the_headline_again_is_no_part_of_the_story() -> None:
    headline = "Floods close the harbour road for a second day"
    deck = "Heavy rain keeps the ferry terminal shut"
    story = (
        "The harbour road stayed closed on Wednesday after the river rose above its banks for the second"
        " time this week, the city said.\n\nCrews expect to reopen one lane by the weekend.\n"
    )
    page = parse_copied_page(f"{headline}\n\n{deck}\n\n{headline}\n\n{story}")
    assert "repeated headline" in page.found
    assert (page.title, page.body.split(",")[0]) == (headline, story.split(",")[0])


def test_a_publication_label_over_a_date_in_another_calendar_is_the_page_s() -> None:
    page = parse_copied_page(
        f"Ferry terminal closed\nप्रकाशित मिति : बिहिबार, बैशाख १३, २०८१\n\n{STORY_UNDER_STAMP}"
    )
    assert "publication date" in page.found


def test_a_cover_s_author_or_date_between_a_title_printed_twice_is_no_deck() -> None:
    title = "A Report on Local Ferry Services"
    text = f"{title}\nPrepared by the Transport Committee\n{title}\n\n{STORY_UNDER_STAMP}"
    assert "repeated headline" not in parse_copied_page(text).found


def test_lines_that_end_no_sentence_under_the_story_s_last_one_go() -> None:
    others = "Bridge repairs to start in May\nNew bus line for the old town\nCity Life\nFerries"
    page = parse_copied_page(f"{STORY_UNDER_STAMP}\n{others}\n")
    assert page.body.rstrip().endswith("once the timetable is complete in the summer.")


@pytest.mark.parametrize(
    "closing",
    ["North Harbour, 4 March 2025", "Ellen Marsh\nHarbour Master", "Tickets: 0800 555 111"],
)
def test_a_text_s_own_closing_lines_stay_and_what_follows_them_goes(closing: str) -> None:
    page = parse_copied_page(f"{STORY_UNDER_STAMP}\n{closing}\nBridge repairs to start in May\nCity Life\n")
    assert page.body.rstrip().endswith(closing.split("\n")[-1])


def test_short_labels_above_the_first_sentence_are_the_page_s() -> None:
    labels = "See all results\nReading Time: 2 mins read\nHome News"
    page = parse_copied_page(f"{labels}\n{STORY_UNDER_STAMP}")
    assert page.body.startswith("The new ferry line")


def test_a_short_sentence_above_the_first_long_one_is_the_story_s() -> None:
    story = STORY_UNDER_STAMP.replace("New ferry line links the two harbours\n2025-03-04 09:15\n\n", "")
    page = parse_copied_page(f"Ferry line opens\n\nFerries run again.\n{story}")
    assert page.body.startswith("Ferries run again.")


@pytest.mark.parametrize(
    "caption",
    [
        "The mayor opens the new ferry line. (Archivbild)",
        "Foto: Passengers board the first ferry of the new line at the north harbour on Tuesday morning.",
        "1月14日,市长在新码头。新华社记者 程一恒 摄",
        "北港の新しい桟橋=北港市で、黒川晋史撮影 拡大",
    ],
)
def test_a_photo_s_caption_by_its_credit_is_no_part_of_the_story(caption: str) -> None:
    page = parse_copied_page(
        STORY_UNDER_STAMP.replace("\n\nThe city expects", f"\n{caption}\n\nThe city expects")
    )
    assert caption not in page.body
    assert page.body.rstrip().endswith("once the timetable is complete in the summer.")


@pytest.mark.parametrize(
    "line",
    [
        "这部影片于1962年在上海拍摄完成（当年由三位摄影师轮流掌镜拍摄）。",  # a sentence about filming
        "Fotos: Wer noch Bilder vom Fest hat, kann sie uns bis Freitag schicken, damit wir sie zeigen.",
    ],
)
def test_a_sentence_that_only_looks_like_a_caption_stays(line: str) -> None:
    page = parse_copied_page(
        STORY_UNDER_STAMP.replace("\n\nThe city expects", f"\n{line}\n\nThe city expects")
    )
    assert line in page.body

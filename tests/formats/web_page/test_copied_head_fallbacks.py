"""web-page, copied as text: what the head leaves unread, a paragraph cut off, a date in figures."""

from __future__ import annotations

from ingest_builtins.formats.web_page.copied import parse_copied_page

LEAD_EN = (
    "The harbour authority closed the northern ferry terminal on Monday after storm waves damaged its pier,"
    " and repairs are expected to take three weeks."
)
LEAD = (
    "The harbour authority closed the northern ferry terminal on Monday, after storm waves damaged its pier, "
    "and said the repairs would take three weeks, while the ferries use the southern terminal, which"
)


def test_the_headline_and_the_date_over_a_paragraph_cut_off_are_the_page_s_head() -> None:
    headline = "Storm closes the northern ferry terminal for three weeks"
    text = f"loading\nImage Alt Text\n\n{headline}\n\n12-06-2026\n\n{LEAD}"
    page = parse_copied_page(text)
    assert page.body == LEAD


def test_a_date_in_figures_alone_on_its_line_is_read_day_first_on_a_page_not_in_english() -> None:
    text = (
        "Le port ferme son terminal nord pour trois semaines\n\n04/08/2026 - 16:10\n\n"
        "L'autorité portuaire a fermé lundi le terminal nord des ferries, après que les vagues ont endommagé"
        " sa jetée, et les réparations dureront trois semaines.\n"
    )
    assert parse_copied_page(text).date == "2026-08-04T16:10"


def test_a_date_in_figures_on_a_page_in_english_is_left_unread() -> None:
    text = (
        "The port closes the northern terminal for three weeks\n\n04/08/2026\n\n"
        "The harbour authority closed the northern ferry terminal on Monday after the waves damaged the pier,"
        " and the repairs of the pier and the terminal will take three weeks.\n"
    )
    assert parse_copied_page(text).date is None


def test_a_date_line_ending_with_a_stop_over_the_lead_is_no_sentence_of_the_story() -> None:
    lead = "Lučka uprava zatvorila je u ponedjeljak sjeverni terminal nakon što su valovi oštetili mol."
    text = (
        f"Luka zatvara sjeverni terminal\n\n19. novembar 2026.\n\n{lead}\n\nPopravci će trajati tri tjedna.\n"
    )
    assert parse_copied_page(text).body.startswith(lead)


def test_a_headline_with_a_full_stop_over_the_page_s_time_stamp_is_the_page_s_head() -> None:
    text = (
        "Storm closes the northern ferry terminal for three weeks.\n\n14 October 2026 08:47 pm - 7\n\n"
        f"{LEAD_EN}\n\nFerries will use the southern terminal until then.\n"
    )
    assert parse_copied_page(text).body.startswith(LEAD_EN)


def test_a_site_s_name_and_motto_taken_for_the_headline_gives_way_to_the_headline_over_the_story() -> None:
    text = (
        "Harbour Voice - Diario de la costa\n\nLatest\n\nHome\n\nStorm closes the northern ferry terminal\n\n"
        f"{LEAD_EN}\n\nFerries will use the southern terminal until then.\n"
    )
    page = parse_copied_page(text)
    assert page.title == "Storm closes the northern ferry terminal"


def test_a_writer_s_name_alone_over_the_page_s_time_stamp_is_the_byline() -> None:
    text = f"Storm closes the northern ferry terminal\n\nJane Roe\n\n12 March 2026 10:30\n\n{LEAD_EN}\n"
    assert parse_copied_page(text).authors == ["Jane Roe"]


def test_a_name_over_a_date_alone_is_no_byline() -> None:
    text = f"A life at sea: Ellen Marsh\n\nEllen Marsh\n\n12 March 1950\n\n{LEAD_EN}\n"
    assert parse_copied_page(text).authors == []


def test_a_chinese_reporter_s_credit_line_under_the_headline_names_the_reporter_and_the_paper() -> None:
    text = (
        "港務局宣布北碼頭關閉三週\n\n港灣日報／ 記者王小明／基隆即時報導\n\n"
        "港務局週一宣布，因暴風浪損壞碼頭，北碼頭將關閉三週，渡輪改由南碼頭開出，預計五月恢復正常營運。\n"
    )
    page = parse_copied_page(text)
    assert (page.authors, page.publisher) == (["王小明"], "港灣日報")

"""What a page asks of its reader under a story: a blog engine's comment form, a call to follow it."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.articles.reader_prompts import (
    is_channel_prompt,
    is_comment_form_line,
    is_social_prompt,
)
from ingest_builtins.formats.web_page.copied import parse_copied_page

LEAD = (
    "The harbour pilots' union voted on Tuesday to strike next month over the new shift rules, its leader"
    " said after the vote in the union's hall."
)


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Lasă un răspuns",
        "Your email address will not be published. Required fields are marked *",
        "Adresa ta de email nu va fi publicată. Câmpurile obligatorii sunt marcate cu *",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "Lämna ett svar",
        "Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *",
        "E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
        "Vaša adresa e-pošte neće biti objavljena. Obavezna polja su označena sa *",
        "Η ηλ. διεύθυνση σας δεν δημοσιεύεται.",
        "האימייל לא יוצג באתר. שדות החובה מסומנים *",
        "メールアドレスが公開されることはありません。 ※ が付いている欄は必須項目です",
        "이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다",
    ],
)
def test_a_comment_forms_lines(line: str) -> None:
    assert is_comment_form_line(line)


def test_a_story_s_own_sentence_about_publishing_is_no_form() -> None:
    assert not is_comment_form_line("The report will not be published before the election.")


def test_a_call_to_follow_names_two_networks() -> None:
    assert is_social_prompt("Приєднуйтесь до наших каналів Telegram, Instagram та YouTube.")
    assert is_social_prompt("Følg os på Facebook og Instagram")
    assert not is_social_prompt("Share on Facebook")
    assert not is_social_prompt(
        "The minister spoke on Facebook and Twitter about the long and difficult talks with the union."
    )


def test_the_comment_form_under_a_story_goes() -> None:
    form = "Leave a Reply\nYour email address will not be published.\n"
    text = f"Harbour pilots vote to strike\n\n{LEAD}\n\n{form}"
    assert parse_copied_page(text).body.endswith("in the union's hall.")


def test_more_furniture_of_more_languages() -> None:
    from ingest_builtins.formats.articles.cookie_notice import is_cookie_notice
    from ingest_builtins.formats.articles.furniture import is_ad_label
    from ingest_builtins.formats.web_page.extraction.meta_lines import is_time_line

    assert is_cookie_notice("Sitemizden en iyi şekilde faydalanmanız için çerezler kullanılmaktadır.")
    assert is_ad_label("Tekst se nastavlja ispod oglasa")
    assert is_time_line("Reading Time: < 1 minute")


def test_a_report_by_line_under_the_story_names_its_author() -> None:
    page = parse_copied_page(f"Harbour pilots vote to strike\n\n{LEAD}\n\nReport by Jane Roe\n")
    assert page.body.endswith("in the union's hall.") and page.authors == ["Jane Roe"]


def test_a_pictures_file_name_a_themes_sample_text_and_more_labels() -> None:
    from ingest_builtins.formats.articles.furniture import is_ad_label, is_end_marker
    from ingest_builtins.formats.web_page.credits import is_caption
    from ingest_builtins.formats.web_page.head_lines import BYLINE

    assert is_caption("Cámara3.jpg") and not is_caption("magick photo.jpg")
    assert is_ad_label("Ads by Google") and is_end_marker("Tin tức khác...")
    byline = BYLINE.match("بقلم الكاتب شوقي مسلماني")
    assert byline is not None and byline.group("names") == "شوقي مسلماني"
    text = f"Harbour pilots vote to strike\n\n{LEAD}\n\nA %d blogueros les gusta esto:\n"
    assert parse_copied_page(text).body.endswith("in the union's hall.")


@pytest.mark.parametrize(
    "line",
    [
        "Facebook and Instagram did not respond to requests for comment.",
        "I post more cooking tips on Instagram and YouTube",
        "Fields marked with an asterisk (*) are required.",
    ],
)
def test_a_sentence_naming_networks_or_required_fields_is_no_prompt(line: str) -> None:
    from ingest_builtins.formats.articles.site_lines import is_feedback_prompt

    assert not is_feedback_prompt(line)


@pytest.mark.parametrize(
    ("line", "switch"),
    [("English | Bahasa Indonesia", True), ("Tiếng Việt English", True), ("I read it in English", False)],
)
def test_a_language_switch_with_names_of_two_words(line: str, switch: bool) -> None:
    from ingest_builtins.formats.articles.site_lines import is_language_switch

    assert is_language_switch(line) is switch


def test_a_link_home_is_no_headline() -> None:
    page = parse_copied_page(
        f"Go to the main site\nHarbour pilots vote to strike\n12.05.2024 14:20\n\n{LEAD}\n"
    )
    assert page.title == "Harbour pilots vote to strike"


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("Únete al canal de difusión de WhatsApp de El Diario y recibe las noticias en tu celular.", True),
        ("The Harbour Times is now on Telegram. Click here to join our channel and stay updated.", True),
        ("For all the latest news, download the Harbour Times app.", True),
        ("Descarga nuestra aplicación y recibe las noticias al instante.", True),
        ("The minister said the group would meet again in June to review the shipping rules.", False),
        ("Telegram said on Monday it would appeal the court's ruling on its channel policy.", False),
    ],
)
def test_a_call_to_join_the_site_s_channel_or_get_its_app(line: str, prompt: bool) -> None:
    assert is_channel_prompt(line) is prompt


@pytest.mark.parametrize(
    ("line", "rights", "developing"),
    [
        (
            "Telegraf zadržava sva prava nad sadržajem. Za preuzimanje pogledajte uslove korišćenja.",
            True,
            False,
        ),
        ("© 2024 Le Courrier. Tous droits réservés.", True, False),
        ("Matéria em desenvolvimento…", False, True),
        ("This is a developing story.", False, True),
        ("The union said its rights were reserved for members who paid their dues on time.", False, False),
    ],
)
def test_a_site_s_rights_notice_and_a_developing_story_s_note_in_several_languages(
    line: str, rights: bool, developing: bool
) -> None:
    from ingest_builtins.formats.articles.site_lines import is_developing_note, is_rights_line

    assert (is_rights_line(line), is_developing_note(line)) == (rights, developing)


def test_a_site_s_affiliate_notice_is_no_sentence_of_the_story() -> None:
    from ingest_builtins.formats.articles.site_lines import is_affiliate_notice

    assert is_affiliate_notice(
        "We may earn a commission if you click on the links within this article. Learn more."
    )
    assert not is_affiliate_notice("The minister said the union may earn more if the talks succeed.")

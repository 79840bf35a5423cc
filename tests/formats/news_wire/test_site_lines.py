"""Agency copy pasted from a site: the site's section names, share widgets and offers around it."""

from __future__ import annotations

import pytest
from ingest_builtins.formats.articles.site_lines import (
    is_feedback_prompt,
    is_section_line,
    is_share_line,
    is_site_line,
)
from ingest_builtins.formats.articles.subscription import is_subscription_prompt
from ingest_builtins.formats.articles.tail import parse_tail
from ingest_builtins.formats.news_wire.head import parse_head


@pytest.mark.parametrize(
    "line", ["Politics", "World News", "Internacional", "Политика", "Home › Politics", "Siyasət"]
)
def test_section_names_in_several_languages(line: str) -> None:
    assert is_section_line(line)


@pytest.mark.parametrize(
    "line", ["Kalbajar occupation anniversary", "The talks resumed.", "Politics of water in Asia"]
)
def test_a_headline_is_no_section(line: str) -> None:
    assert not is_section_line(line)


@pytest.mark.parametrize(
    "line",
    ["Share", "Share on Facebook", "Follow us on Telegram", "Partager sur Twitter", "Поделиться в Telegram"],
)
def test_share_widgets(line: str) -> None:
    assert is_share_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Found a typo? Select it and press Ctrl+Enter",
        "Was this article helpful?",
        "¿Te ha resultado útil esta noticia?",
        "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
        "Report an error",
    ],
)
def test_feedback_prompts(line: str) -> None:
    assert is_feedback_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter",
        "Suscríbete a nuestro boletín",
        "Abonnez-vous",
        "Подпишитесь на рассылку",
    ],
)
def test_subscription_offers(line: str) -> None:
    assert is_site_line(line)


# One of each form the prompts are read in (a line is searched only when it holds one of their words).
_EVERY_FEEDBACK_FORM = (
    "Spotted a mistake?", "Press Ctrl + Enter", "Did you find this story useful?", "Rate this news",
    "Send us feedback", "How satisfied are you with the page?", "Le ha parecido útil", "Signaler une erreur",
    "War dieser Artikel hilfreich?", "Fehler gefunden?", "Сообщить об ошибке", "Səhv tapdınız?",
    "Hata bildir", "Did you enjoy this post?", "Cette page vous a plu ?", "Hat Ihnen der Beitrag gefallen?",
    "¿Te gustó esta nota?", "Gostou desta notícia?", "Ti è piaciuto questo articolo?",
    "Quanto sono chiare le informazioni?", "Была ли эта информация полезной?",
    "هل كانت هذه المعلومات مفيدة", "Cette information vous a-t-elle été utile ?", "Bagaimana tanggapan Anda?",
    "¿Qué te pareció este artículo?",
)  # fmt: skip
_EVERY_OFFER_FORM = (
    "Subscribe now to keep reading", "Sign in to continue", "Login to read", "Register for free",
    "This story is behind a paywall", "Premium content", "The full article is available to members",
    "Unlock this story", "Continue reading", "Already a subscriber?", "Become a subscriber",
    "Members only", "An offer for subscribers", "To read the rest", "Contact us about a subscription",
    "Subscription options", "Offered to subscribers", "Contactez-nous pour vous abonner",
    "Le service diffuse à ses abonnés", "Servicio a sus suscriptores", "Escríbanos para suscribirse",
    "Abonelerine özel", "Scrivici per abbonarsi", "Clique para assinar", "Skriv dig op her",
    "Tilmeld dig nyhedsbrevet", "Prenumerera på nyhetsbrevet", "Tilaa uutiskirje", "Meld deg på nyhetsbrevet",
)  # fmt: skip


@pytest.mark.parametrize("line", [*_EVERY_FEEDBACK_FORM, *(line.upper() for line in _EVERY_FEEDBACK_FORM)])
def test_every_feedback_prompt_form_in_either_case(line: str) -> None:
    assert is_feedback_prompt(line)


@pytest.mark.parametrize("line", [*_EVERY_OFFER_FORM, *(line.upper() for line in _EVERY_OFFER_FORM)])
def test_every_subscription_offer_form_in_either_case(line: str) -> None:
    assert is_subscription_prompt(line)


def test_a_sentence_about_feedback_is_copy() -> None:
    assert not is_site_line(
        "The ministry said it would send its feedback on the draft to the committee next week."
    )


def test_section_and_widget_above_the_dateline_are_passed_over() -> None:
    text = "Business\n\nShare\n\nLONDON (Reuters) - Shares rose on Monday as the bank kept rates on hold.\n"
    head = parse_head(text)
    assert head.agency == "Reuters" and head.place == "London"
    assert text[head.body_start :].startswith("Shares rose on Monday")


def test_site_lines_alone_move_no_body() -> None:
    text = "Politics\n\nThe council met on Monday and adopted the budget for the coming year at last.\n"
    assert parse_head(text).body_start == 0


def test_widgets_and_offers_after_the_copy_are_cut() -> None:
    text = (
        "The council met on Monday and adopted the budget for the coming year after a long debate.\n\n"
        "Share on Facebook\nShare on Twitter\nWas this article helpful?\n\nSubscribe to our newsletter"
    )
    tail = parse_tail(text)
    assert text[: tail.body_end].endswith("after a long debate.")


@pytest.mark.parametrize(
    ("line", "agency", "place"),
    [
        ("МОСКВА, 2 апреля. /ТАСС/.", "TASS", "Москва"),
        ("КИЕВ, 3 июня (Интерфакс) -", "Interfax", "Киев"),
        ("Баку, 2 апреля, АЗЕРТАДЖ", "AZERTAC", "Баку"),
    ],
)
def test_datelines_of_russian_language_copy(line: str, agency: str, place: str) -> None:
    text = f"{line} Правительство объявило во вторник о новом пакете помощи аграриям, пострадавшим от засухи."
    head = parse_head(text)
    assert (head.agency, head.place) == (agency, place)
    assert text[head.body_start :].startswith("Правительство объявило")


def test_a_widget_s_label_and_its_buttons_are_a_share_line() -> None:
    from ingest_builtins.formats.articles.site_lines import is_share_line

    assert is_share_line("Share: Facebook  X  LinkedIn  Email")
    assert is_share_line("[Font size: A A A]")
    assert not is_share_line("Share: the ministry said it would publish the figures")

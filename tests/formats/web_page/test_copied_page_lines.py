"""web-page, copied as text: the lines of a government portal's page and the stamps beside a headline."""

from __future__ import annotations

from typing import Any

import pytest
from ingest_builtins.formats.articles.furniture import (
    breadcrumb,
    is_discussion_line,
    is_end_marker,
    is_skip_link,
)
from ingest_builtins.formats.web_page.copied import parse_copied_page
from ingest_builtins.formats.web_page.head_lines import title_like
from ingest_builtins.formats.web_page.page_lines import is_menu, is_numbered_label
from ingest_builtins.formats.web_page.stamps import read_timestamp


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("17.03.2026 - Pressemitteilung", ("2026-03-17", "Pressemitteilung")),
        ("VALLEY NEWS - Apr 22, 2026 - 19:05 | World, All", ("2026-04-22T19:05", "VALLEY NEWS")),
        ("Secretaría de Obras Públicas | 21 de abril de 2026", ("2026-04-21", "")),
        ("Transport | 29 July 2023, 09:19", ("2023-07-29T09:19", "Transport")),
    ],
)
def test_a_stamp_with_the_page_kind_or_labels_beside_it(line: str, stamp: tuple[str, str]) -> None:
    assert read_timestamp(line) == stamp


def test_a_sentence_with_a_date_is_no_stamp() -> None:
    assert read_timestamp("The council met on 17.03.2026 to approve the plan for the two bridges.") is None


def test_portal_lines() -> None:
    assert is_skip_link("Ir para o Conteúdo 1") and is_skip_link("Direkt zum Inhalt springen")
    assert is_numbered_label("Nota à imprensa nº 412") and is_numbered_label("Press release No. 118/2026")
    assert not is_numbered_label("The plan counts 412 new homes")
    assert all(map(is_end_marker, ["Related Statements", "Notas relacionadas", "Dans la même rubrique"]))
    assert not is_end_marker("More than words")
    trail = "Você está aqui: Página Inicial > Imprensa > Notas à Imprensa > " + "Acordo " * 30
    assert breadcrumb(trail) == ["Página Inicial", "Imprensa", "Notas à Imprensa"]


PORTAL_PAGE = """Ir para o Conteúdo 1
Ir para o Menu 2
gov.xx
Órgãos do Governo
Acesso à Informação
Ministério das Obras Públicas
O que você procura?
Você está aqui: Início > Imprensa > Notas à Imprensa > Ponte sobre o rio Verde será reconstruída até 2027
NOTAS À IMPRENSA
Ponte sobre o rio Verde será reconstruída até 2027
Nota à imprensa nº 88
Compartilhe:
Facebook
WhatsApp
Publicado em 08/09/2026 17h45
O Ministério das Obras Públicas anunciou hoje a reconstrução da ponte sobre o rio Verde,
que será concluída até 2027.

As obras começam em março e custarão 40 milhões de reais, segundo a nota.
Notas relacionadas
Estrada do litoral recebe nova sinalização
Redes sociais
Instagram
"""


def test_a_portal_page_under_a_government_bar() -> None:
    page = parse_copied_page(PORTAL_PAGE)
    assert page.title == "Ponte sobre o rio Verde será reconstruída até 2027"
    assert (page.publisher, page.date) == ("Ministério das Obras Públicas", "2026-09-08T17:45")
    assert page.body.startswith("O Ministério das Obras Públicas anunciou hoje")
    assert page.body.endswith("segundo a nota.")


PRESS_RELEASE = """Skip to Content Facebook Feature Image
News
Minister opens the new consulate in the northern port
Ref: 2026/PR/118
The Minister of Foreign Affairs opened on Monday the new consulate in the northern port, the first the
country has opened in the region in twenty years.
The consulate will serve about nine thousand citizens living in the province.
ENDS
Ministry of Foreign Affairs, Harbour Road, Capital City | Tel Number: 0100 332-3400
"""

MINISTRY_STATEMENT = """Hauptinhalt
Im Wortlaut
Minister zur Eröffnung des neuen Konsulats im Norden
Der Minister sagte am Montag bei der Eröffnung des neuen Konsulats, es sei ein Zeichen der Freundschaft.
Stand 04.03.2026
Service nur für Journalisten
Sie erreichen das Pressereferat unter Telefon
0100 5000-2056
oder per mail unter presse@example.org
"""


def test_a_press_release_ends_at_its_end_mark_and_its_reference_is_furniture() -> None:
    page = parse_copied_page(PRESS_RELEASE)
    assert page.title == "Minister opens the new consulate in the northern port"
    assert page.body.startswith("The Minister of Foreign Affairs opened on Monday")
    assert page.body.endswith("living in the province.")


def test_a_statement_ends_before_its_stamp_and_the_press_office_s_contacts() -> None:
    page = parse_copied_page(MINISTRY_STATEMENT)
    assert page.title == "Minister zur Eröffnung des neuen Konsulats im Norden"
    assert page.date == "2026-03-04"
    assert page.body.startswith("Der Minister sagte am Montag")
    assert page.body.endswith("es sei ein Zeichen der Freundschaft.")


def test_a_menu_may_end_with_contacts() -> None:
    assert is_menu("Accueil  Le Ministère  Diplomatie  Actualités  Documentation  Contacts")
    assert not is_menu("Partager  Imprimer  Envoyer")


@pytest.mark.parametrize("blank", ["\t", "\u00a0 ", " \u2003", "\u3000\u3000"])
def test_menu_items_apart_by_any_blanks(blank: str) -> None:
    assert is_menu(blank.join(["Politics", "Economy", "North Korea", "Culture"]))
    assert is_menu("Politics • Economy • Culture") and is_menu("Politics | Economy | Culture")
    assert not is_menu("Politics Economy North Korea Culture")


def test_a_short_source_name_beside_a_date_is_a_stamp() -> None:
    assert read_timestamp("НИН 22.10.2024 | Тањуг") == ("2024-10-22", "НИН")
    assert read_timestamp("Summit opens 12 March 2026") is None


def test_a_menu_on_one_line_above_the_trail_is_no_headline() -> None:
    page = parse_copied_page(
        "Home Meetings & Statements Events & Activities Documents\n"
        "  Home > Spokesperson's Remarks\n"
        "Spokesperson's Regular Press Conference on October 16, 2012\n"
        "The spokesperson held a press conference on October 16, 2012, and answered questions.\n"
    )
    assert page.title == "Spokesperson's Regular Press Conference on October 16, 2012"
    assert page.section == "Spokesperson's Remarks"


def test_an_agency_s_credit_with_place_and_reporter_gives_the_author() -> None:
    page = parse_copied_page(
        "France\nAA / Tunis / Salim Haddad\n"
        "The French foreign minister spoke of a long history of common engagement with the United States.\n\n"
        "Seulement une partie des dépêches, que l'Agence diffuse à ses abonnés, est publiée sur le site. "
        "Contactez-nous s'il vous plaît pour vous abonner.\n"
    )
    assert (page.authors, page.publisher) == (["Salim Haddad"], "Anadolu Agency")


def test_a_prompt_above_the_headline_and_the_agency_s_credit_with_its_place() -> None:
    page = parse_copied_page(
        "Don’t miss the latest developments in business and finance.\n"
        "No meeting planned between the two foreign ministers, says ministry\n"
        "Image\n"
        "Press Trust of India New Delhi\n"
        "Last Updated : Jul 04 2026 | 10:20 PM IST\n"
        "No meeting has been planned between the two ministers on the sidelines of the conference, the\n"
        "ministry's spokesperson said on Thursday.\n"
    )
    assert page.title == "No meeting planned between the two foreign ministers, says ministry"
    assert (page.date, page.authors, page.publisher) == ("2026-07-04T22:20", [], None)
    assert page.body.startswith("No meeting has been planned")


def test_a_sender_s_name_printed_above_the_note_it_opens_is_no_repeated_headline() -> None:
    text = (
        "The Ministry of Foreign Affairs of Costa Verde\n"
        "The Ministry of Foreign Affairs of Costa Verde\n"
        "presents its compliments to the Embassy of the Republic in Costa Verde and has the honour to\n"
        "acknowledge the receipt of the latter's note No. 309.\n"
    )
    assert "repeated headline" not in parse_copied_page(text).found


def test_a_standfirst_between_the_headline_and_the_byline_is_furniture() -> None:
    page = parse_copied_page(
        "Coffee growers fear losses after rains out of season\n"
        "The growers' association expects the harvest to fall by up to 15 per cent.\n"
        "By Lucía Tzul\n"
        "22 April 2026 - 07:40 h\n"
        "Listen to this article\n"
        "Coffee growers in the highlands warned on Tuesday that the rains out of season had made the "
        "flowers drop early, and that the next harvest could be much smaller than this one.\n"
    )
    assert (page.title, page.authors, page.date) == (
        "Coffee growers fear losses after rains out of season",
        ["Lucía Tzul"],
        "2026-04-22T07:40",
    )
    assert page.body.startswith("Coffee growers in the highlands warned")
    assert page.section is None


def test_a_press_release_s_end_mark_closes_the_story() -> None:
    page = parse_copied_page(
        "Schools to serve hot meals in three provinces\n18 February 2026\n"
        "The programme will serve hot meals to 120,000 children from March, the agency said.\n"
        "# # #\n"
        "The agency is the world's largest humanitarian organization fighting hunger.\n"
        "For more information please contact: press@example.org\n"
    )
    assert page.body.endswith("the agency said.")


def test_an_agency_s_own_page_with_its_name_glued_to_the_browser_title_and_its_credits() -> None:
    page = parse_copied_page(
        "Vice ministers hold talks in the capital-Xinhua\n"
        "Vice ministers hold talks in the capital\n"
        "Source: Xinhua\nEditor: huaxia\n2026-12-12 19:15:00\n"
        "BEIJING, Dec. 12 (Xinhua) -- The vice foreign minister held talks with visiting officials.\n"
    )
    assert (page.title, page.publisher, page.section) == (
        "Vice ministers hold talks in the capital",
        "Xinhua",
        None,
    )
    assert page.date == "2026-12-12T19:15:00"


def test_a_photo_caption_with_its_agency_credit_and_the_staff_credit_are_head_furniture() -> None:
    page = parse_copied_page(
        "Ministers discuss the talks by telephone\n"
        "January 11, 2026 / 4:08 PM\n"
        "Ministers discuss the talks by telephone\n"
        "The minister listens during a news conference at the ministry. REUTERS/Ana Lopez\n"
        "Reuters Staff\n"
        "1 Min Read\n"
        "WASHINGTON (Reuters) - The two foreign ministers spoke by telephone about the talks on Monday.\n"
    )
    assert page.body.startswith("WASHINGTON (Reuters) - The two foreign ministers")


def test_more_headings_of_other_stories_and_more_buttons() -> None:
    assert all(map(is_end_marker, ["Most Viewed in 24 Hours", "News In Pictures", "Themenverwandte Artikel"]))
    assert not is_end_marker("Most of the delegates agreed")


@pytest.mark.parametrize(
    "closing",
    [
        "Comments are closed for this post.",
        "Les commentaires sont fermés.",
        "Diese Diskussion ist geschlossen. Kommentieren ist nicht mehr möglich.",
        "Publicar un comentario",
        "Schreibe einen Kommentar",
        "%d bloggers like this:",
        "This entry was posted in News. Bookmark the permalink.",
        "Ce contenu a été publié dans Actualités. Vous pouvez le mettre en favoris avec ce permalien.",
    ],
)
def test_a_blog_s_discussion_box_closes_the_story_and_makes_the_text_a_page(closing: str) -> None:
    text = (
        "The ministry summoned the ambassador on Monday and handed him a note of protest.\n"
        "The ministry said the embassy's statement had been outside diplomatic communication.\n"
        f"{closing}\n"
    )
    page = parse_copied_page(text)
    assert page.body.endswith("outside diplomatic communication.")
    assert "furniture at the end" in page.found


def test_a_sentence_about_comments_or_links_stays() -> None:
    page = parse_copied_page(
        "The minister said the comments of the ambassador were closed to interpretation, and that the link "
        "between the two questions was permanent, as the talks of the last three years had shown.\n"
    )
    assert page.found == []


# Furniture under the story, in the languages of the sites read: each ends the story.
ENDINGS = [
    "Clicca per votare questo articolo!\n[Totale: 0 Media: 0]",
    "Click to rate this post!\n[Total: 0 Average: 0]",
    "‹ înapoi la Ultimele Ştiri | sus ▲",
    "Photo credit: Reuters, Jane Roe",
    "Follow us on our official WhatsApp channel for breaking news alerts and key updates!\n"
    "Next In Nation\nCouncil approves the new budget\nFloods close two roads in the north",
    "A lire également\nLire également",
    "Scroll to Top",
    "BACA JUGA: Minister meets counterpart",
    "Make a comment\nYour email address will not be published. Required fields are marked *",
    "Zur Startseite",
    "Anuani ya Posta: S.L.P. 5429\nSimu ya mezani: +255 22 2203158\nBarua pepe: info@example.go.tz\n"
    "Haki Miliki © 2017 - Ofisi ya Mkuu wa Mkoa",
    "Tel: +33 1 23 45 67 89\nEmail: press@example.org",
    "Twitter Share Facebook Share WhatsApp Share",
    "اظهر المزيد\nزر الذهاب إلى الأعلى",
    "This text available in Français and Español",
    "Go back",
    "Не удалось загрузить видео.",
    "(Rédacteurs :Jean Dupont, Marie Curie)",
    "Dibaca: 1.182 Kali\nExit mobile version",
    "[ⓒ 세계일보 & Segye.com, 무단전재 및 재배포 금지]",
    "양다훈 기자 yangbs@example.com",
    '"Українська правда" в Threads',
    "Theo Hải Minh /VGP\nTIN MỚI",
    "Be the first to comment",
    "Suite de l'article sur RFI",
    "Vous devez être membre pour ajouter des commentaires.\nAucun commentaire n'est disponible",
    "Guardar",
    "Comparte esta noticia\nDeja tus comentarios",
    "Comments (0)",
    "This post has been read 9289 times!",
    "Загрузка новости...\nЗагрузка новости...",
    "本网站所刊载信息,不代表本网观点。 未经授权禁止转载。",
    "HABERE YORUM KAT\nUYARI: Küfür ve hakaret içeren yorumlar onaylanmamaktadır.",
    "Citeste articolul mai departe pe example.ro\nSursa articol si foto: example.ro",
    "Recomendados para si\nCampo obrigatório",
    "Advertise with Example News",
    "Connectez-vous ou créez un compte pour pouvoir commenter cet article.",
    "comments powered by Disqus",
    "اترك ردا\nلن يتم نشر عنوان بريدك الإلكتروني.",
    "При перепечатке и цитировании гиперссылка на сайт example.ru обязательна.",
    "This website uses cookies to improve your experience.",
    "Užíváme cookies, abychom vám zajistili co nejlepší zážitek. Souhlasím",
    "Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη εμπειρία.",
    "Używamy plików cookies. Korzystając z serwisu, wyrażasz zgodę.",
    "Reklama",
    "-malaysiakini -Agencies",
    "=FRESH NEWS",
    "0 Comentários",
    "Δεν υπάρχουν σχόλια:\nΔημοσίευση σχολίου",
    "ただいまコメントを受けつけておりません。",
    "Gestione cookie",
    "TE RECOMENDAMOS\nÚNETE A NUESTRO BOLETÍN",
    "Nguồn www.example.vn",
    "Artikel Berkaitan:\nMuat turun aplikasi Example. Klik di sini!",
]


@pytest.mark.parametrize("closing", ENDINGS)
def test_the_furniture_under_the_story_ends_it(closing: str) -> None:
    page = parse_copied_page(
        "The ministry summoned the ambassador on Monday and handed him a note of protest.\n"
        "The ministry said the embassy's statement had been outside diplomatic communication.\n"
        f"{closing}\n"
    )
    assert page.body.endswith("outside diplomatic communication.")


def test_agency_copy_on_a_blog_with_its_comment_box_is_a_page(record_of_text: Any) -> None:
    record = record_of_text(
        "Santo Domingo, 14 feb (EFE).- La Cancillería aclaró hoy que la embajada sigue abierta.\n"
        "En un comunicado, la cancillería afirmó que los consulados siguen funcionando.\n"
        "0 comentarios:\n"
        "Publicar un comentario\n"
    )
    assert record["format"] == "web-page"
    assert record["text"].endswith("los consulados siguen funcionando.")


@pytest.mark.parametrize(
    "caption",
    [
        "Сергей Лавров. Фото: ИТАР-ТАСС",
        "The foreign minister at the talks. (AFP)",
        "The minister speaks to reporters (Photo | PTI)",
        "El ministro de Asuntos Exteriores. / Juan Pérez – Europa Press",
        "Image result for foreign minister talks",
    ],
)
def test_a_caption_closed_by_its_credit_is_no_headline_and_leaves_the_text(caption: str) -> None:
    page = parse_copied_page(
        "Ministers hold talks on the border\n"
        f"{caption}\n"
        f"{caption}\n"
        "The two foreign ministers met on Monday and agreed to reopen the border crossings in the spring.\n"
        f"{caption}\n"
        "They will meet again in the autumn, the ministry said in a statement after the talks.\n"
    )
    assert page.title == "Ministers hold talks on the border"
    assert caption not in page.body


def test_a_section_label_above_the_headline_and_the_date_under_it_make_a_page(record_of_text: Any) -> None:
    record = record_of_text(
        "Media Center\n"
        "Minister holds the annual press conference\n"
        "June 19, 2026\n"
        "The minister answered questions on the year's foreign policy for two hours on Sunday.\n"
    )
    assert (record["format"], record["title"], record["date"]) == (
        "web-page",
        "Minister holds the annual press conference",
        "2026-06-19",
    )


def test_a_portal_page_under_its_skip_link_and_date_widget(record_of_text: Any) -> None:
    record = record_of_text(
        "Skip to content\n"
        "05.09 (Thu)\n"
        'Vice minister summons the ambassador over "provocative" remarks\n'
        "Leave a comment\n"
        "The vice minister summoned the ambassador on Friday over his remarks about the policy.\n"
        "The ministry said the remarks went against diplomatic practice.\n"
    )
    assert (record["format"], record["title"]) == (
        "web-page",
        'Vice minister summons the ambassador over "provocative" remarks',
    )
    assert record["text"].startswith("The vice minister summoned the ambassador on Friday")


def test_a_kicker_in_capitals_and_the_last_update_s_label_are_no_headline() -> None:
    page = parse_copied_page(
        "Dernière mise à jour à 09h53 le 29/08\n"
        "PARLA IL MINISTRO\n"
        'Il ministro: "Buon margine di trattativa sui dazi"\n'
        "Il ministro ha detto che c'è un buon margine di trattativa con gli Stati Uniti sui dazi.\n"
    )
    assert page.title == 'Il ministro: "Buon margine di trattativa sui dazi"'


def test_a_photo_caption_with_its_credit_above_the_text_makes_a_page(record_of_text: Any) -> None:
    record = record_of_text(
        "Quyền Bộ trưởng Bộ Ngoại giao tiếp Đại sứ Trung Quốc tại Việt Nam. Ảnh: An Đăng - TTXVN\n\n"
        "Đại sứ chuyển lời chúc mừng của Bộ trưởng Ngoại giao Trung Quốc đến Quyền Bộ trưởng.\n"
    )
    assert record["format"] == "web-page"
    assert record["text"].startswith("Đại sứ chuyển lời chúc mừng")


def test_a_share_counter_with_its_buttons_is_no_headline(record_of_text: Any) -> None:
    record = record_of_text(
        " date 2022-01-29 0 SHARES Share Tweet\n\n"
        "NAIROBI, Kenya, Jan 29 — The ministry has termed the embassies' notices disappointing.\n"
    )
    assert record["title"] is None


def test_a_date_under_a_publication_label_makes_a_page_where_a_bare_date_would_not(
    record_of_text: Any,
) -> None:
    page = record_of_text(
        "Ministry expels two diplomats\nPublikováno: 15.6.2020\n"
        "The ministry informed the ambassador on Monday that two diplomats must leave the country.\n"
    )
    memo = record_of_text(
        "Ministry expels two diplomats\n15.6.2020\n"
        "The ministry informed the ambassador on Monday that two diplomats must leave the country.\n"
    )
    assert (page["format"], page["date"]) == ("web-page", "2020-06-15")
    assert memo["format"] == "plain-text"


def test_a_read_also_link_between_the_paragraphs_leaves_the_text() -> None:
    page = parse_copied_page(
        "Ministers hold talks on the border\n"
        "12 March 2026 14:05\n"
        "The two foreign ministers met on Monday and agreed to reopen the border crossings in the spring.\n"
        "Lea también: Exportaciones de café suben 8 % en el primer trimestre\n"
        "They will meet again in the autumn, the ministry said in a statement after the talks.\n"
    )
    assert "Lea también" not in page.body
    assert page.body.endswith("after the talks.")


# One line of each form of a discussion box the furniture reads: its key words (a quick filter kept beside
# the pattern) must let every one of them through.
DISCUSSION_FORMS = [
    "Comments are closed.", "Commenting is disabled.", "Les commentaires sont fermés.",
    "Comentarios cerrados", "Comentários encerrados", "I commenti sono chiusi",
    "Kommentare sind geschlossen", "Kommentieren ist nicht mehr möglich.",
    "Diese Diskussion ist geschlossen.",
    "Reacties zijn gesloten", "Комментарии закрыты", "Yorumlar kapalı", "Publicar un comentario",
    "Laisser un commentaire", "Deixe um comentário", "Lascia un commento", "Schreibe einen Kommentar",
    "Kommentar schreiben", "Оставить комментарий", "Leave a Reply", "Facebook Comments",
    "Your email address will not be published.", "Required fields are marked *", "Comment policy",
    "Правила коментування", "Pour pouvoir commenter, connectez-vous.", "L'espace des commentaires",
    "comments powered by Disqus", "اترك ردا", "لن يتم نشر عنوان بريدك الإلكتروني.",
    "Only a member of this blog may post a comment.", "Δεν υπάρχουν σχόλια:", "Δημοσίευση σχολίου",
    "ただいまコメントを受けつけておりません。", "첫 댓글을 작성해보세요", "%d bloggers like this:",
    "Bookmark the permalink.", "Guarda el enlace permanente.", "No comments:", "Sem comentários:",
    "Enviar um comentário", "Be the first to comment", "Click to rate this post!",
    "Cliquez pour noter cet article",
    "Haz clic para puntuar esta entrada", "Clicca per votare questo articolo!",
    "Klicken Sie, um diesen Beitrag zu bewerten", "Rate this:", "[Total: 0 Average: 0]", "HABERE YORUM KAT",
    "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا",
]  # fmt: skip


@pytest.mark.parametrize("line", DISCUSSION_FORMS)
def test_every_form_of_the_discussion_box_passes_its_key_words(line: str) -> None:
    assert is_discussion_line(line)


@pytest.mark.parametrize(
    "line",
    ["- Jane Roe, Harbour News Agency", "* Harbour pilots vote to strike", "• Harbour pilots vote to strike"],
)
def test_an_item_of_a_list_is_no_headline(line: str) -> None:
    assert not title_like(line)
    assert title_like(line.lstrip("-*• "))

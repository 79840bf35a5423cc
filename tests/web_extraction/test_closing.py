"""The end of an article: teaser lists under their labels and closing notices are cut, sub-heads are not."""

from __future__ import annotations

from ingest_builtins.formats.web_page.extraction.closing import cut_closing_furniture, drop_teaser_boxes

_PROSE = "The council agreed the plan on Monday after a long debate about the harbour and its future use."


def test_a_teaser_list_under_its_label_is_cut() -> None:
    paras = [_PROSE, _PROSE, "Related Posts:", "Harbour wall repairs", "Bridge closed", "New ferry"]
    assert cut_closing_furniture(paras) == [_PROSE, _PROSE]


def test_a_closing_notice_is_cut_with_what_follows() -> None:
    notice = "A version of this article appeared in print on 11/08/2012, on page B9 of the edition."
    assert cut_closing_furniture([_PROSE, _PROSE, notice, "Search This Blog"]) == [_PROSE, _PROSE]
    filed = "This entry was posted on Thursday, August 9th, 2012 at 12:04 am and is filed under News."
    assert cut_closing_furniture([_PROSE, filed]) == [_PROSE]


def test_a_label_followed_by_prose_is_the_article_going_on() -> None:
    paras = [_PROSE, _PROSE, "Read More", _PROSE, _PROSE]
    assert cut_closing_furniture(paras) == paras


def test_a_label_early_in_the_text_is_a_sub_heading() -> None:
    paras = ["Topics", "Harbour", "Bridge", _PROSE, _PROSE, _PROSE]
    assert cut_closing_furniture(paras) == paras


def test_a_comment_section_s_house_rules_are_cut() -> None:
    rules = "We welcome lively discussion. The views expressed in the comments are those of their authors."
    assert cut_closing_furniture([_PROSE, _PROSE, rules, "Jane: I agree."]) == [_PROSE, _PROSE]


def test_a_subscription_offer_ending_a_paywalled_text_is_cut() -> None:
    for offer in (
        "Lesen Sie weiter mit BLICK+",
        "Läs vidare – prova en månad för 1 kr",
        "Continue reading with a subscription",
        "La suite de cet article est réservée aux abonnés.",
    ):
        paras = [_PROSE, _PROSE, offer, "Sichern Sie sich den Zugang zu allen Artikeln."]
        assert cut_closing_furniture(paras) == [_PROSE, _PROSE], offer


def test_a_sentence_about_reading_on_is_not_an_offer() -> None:
    line = "Weiterlesen mochte danach niemand mehr, sagte die Bürgermeisterin am Abend."
    paras = [_PROSE, _PROSE, line, _PROSE]
    assert cut_closing_furniture(paras) == paras


def test_closing_labels_in_more_languages_cut_their_lists() -> None:
    labels = ("Mohlo by vás zajímat", "Другие новости раздела:", "関連記事", "Czytaj także", "Yorumlar (1)")
    for label in labels:
        paras = [_PROSE, _PROSE, label, "Harbour wall repairs (16.04.2006)", "Bridge closed"]
        assert cut_closing_furniture(paras) == [_PROSE, _PROSE], label


def test_a_teaser_box_inside_the_article_goes_and_the_article_goes_on() -> None:
    box = ["LEIA TAMBÉM:", "Hospital abre novos leitos", "Vacinação é ampliada"]
    paras = [_PROSE, *box, _PROSE, _PROSE, _PROSE]
    assert drop_teaser_boxes(paras) == [_PROSE, _PROSE, _PROSE, _PROSE]
    run_on = [_PROSE, "Mohlo by vás zajímat Silnice I/13 bude v létě uzavřena", _PROSE, _PROSE, _PROSE]
    assert drop_teaser_boxes(run_on) == [_PROSE, _PROSE, _PROSE, _PROSE]


def test_a_sub_heading_starting_like_a_label_stays() -> None:
    paras = [_PROSE, "Comments from the minister", _PROSE, _PROSE, _PROSE]
    assert drop_teaser_boxes(paras) == paras


def test_a_share_box_or_a_question_to_the_reader_ends_the_text() -> None:
    for line in ("Sdílejte článek: Facebook X", "Share: X | Email", "Cet article vous a plu ?"):
        assert cut_closing_furniture([_PROSE, _PROSE, line, "Abonnez-vous"]) == [_PROSE, _PROSE]
    # … unless the article goes on after it
    paras = [_PROSE, _PROSE, "Share: Facebook", _PROSE, _PROSE]
    assert cut_closing_furniture(paras) == paras


def test_a_teaser_label_with_a_title_run_on_ends_the_text_a_terms_label_does_not() -> None:
    teaser = "Mohlo by vás zajímat Silnice I/13 bude v létě uzavřena"
    assert cut_closing_furniture([_PROSE, _PROSE, teaser]) == [_PROSE, _PROSE]
    terms = "Categories: Construction, Employment Agencies"
    assert cut_closing_furniture([_PROSE, _PROSE, terms, "Builders"]) == [_PROSE, _PROSE, terms, "Builders"]


def test_credit_lines_closing_the_text_are_dropped() -> None:
    for credit in ("Текст: Андрей Лыков", "Fot. Archiwum Koła", "（责任编辑：王晓）", "（山口由紀）"):
        assert cut_closing_furniture([_PROSE, _PROSE, credit]) == [_PROSE, _PROSE]
    # a credit-like line inside the text is the text's own
    paras = [_PROSE, "Text: the minutes", _PROSE]
    assert cut_closing_furniture(paras) == paras

"""The UN document readers one by one: symbols, organs, sessions, agenda items, furniture, signatures."""

from __future__ import annotations

import time

import pytest
from ingest_builtins.formats.un_documents.agenda import find_agenda_items
from ingest_builtins.formats.un_documents.circulation import find_circulation
from ingest_builtins.formats.un_documents.dates import issue_date, title_date
from ingest_builtins.formats.un_documents.fields import resolve_symbols
from ingest_builtins.formats.un_documents.flattened import unflatten
from ingest_builtins.formats.un_documents.footnotes import footnote_lines, remove_markers
from ingest_builtins.formats.un_documents.furniture import furniture_lines, is_furniture, is_running_head
from ingest_builtins.formats.un_documents.languages import find_original_language, language_code
from ingest_builtins.formats.un_documents.legibility import legible
from ingest_builtins.formats.un_documents.markup import strip_markup
from ingest_builtins.formats.un_documents.masthead import read_masthead
from ingest_builtins.formats.un_documents.ordinals import ordinal_value
from ingest_builtins.formats.un_documents.organs import find_organs
from ingest_builtins.formats.un_documents.paragraphs import rebuild_paragraphs
from ingest_builtins.formats.un_documents.sessions import find_session
from ingest_builtins.formats.un_documents.signature import find_signature
from ingest_builtins.formats.un_documents.symbols import find_symbols, organ_of_symbol, session_of_symbol
from ingest_builtins.formats.un_documents.titles import parse_title, title_extent
from ingest_builtins.formats.un_documents.words import join_hyphenated, repair_split_words, tidy_punctuation


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Forty-third", 43), ("seventy-second", 72), ("first", 1), ("One hundred and first", 101),
        ("Quarante-troisième", 43), ("soixante-douzième", 72), ("soixante et onzième", 71),
        ("quatre-vingt-dix-neuvième", 99), ("vingt et unième", 21), ("dix-septième", 17),
        ("cuadragésimo tercer", 43), ("septuagésimo cuarto", 74), ("decimotercer", 13), ("primer", 1),
        ("banana", None), ("forty", None),
    ],
)  # fmt: skip
def test_ordinals_in_three_languages(words: str, value: int | None) -> None:
    assert ordinal_value(words) == value


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("Human Rights Council\nForty-third session\n24 February–20 March 2020", "43"),
        ("Quarante-troisième session", "43"),
        ("43.º período de sesiones", "43"),
        ("Septuagésimo cuarto período de sesiones", "74"),
        ("GENERAL ASSEMBLY\nForty-fifth\nsession", "45"),
        ("an official document of the forty-fifth session of the General Assembly", "45"),
        ("the 75th session", "75"),
        ("Security Council\nSeventy-third year", None),
    ],
)
def test_sessions(text: str, session: str | None) -> None:
    assert find_session(text) == session


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Agenda items 35 and 40", ["35", "40"]),
        ("Agenda item 75 (a)\nOceans and the law of the sea", ["75"]),
        ("under agenda items 23,\n35 and 75, and of the Security Council", ["23", "35", "75"]),
        ("Items 23 and 77 of the\nprelim'nary list", ["23", "77"]),
        ("au titre du point 4 de l'ordre du jour", ["4"]),
        ("Points 3 et 4 de l'ordre du jour", ["3", "4"]),
        ("en relación con el tema 32 del programa", ["32"]),
        ("Subject: Agenda Item, Gaza Strip", []),
    ],
)
def test_agenda_items(text: str, items: list[str]) -> None:
    assert find_agenda_items(text) == items


def test_symbols_and_their_organs() -> None:
    text = "A/72/843–S/2018/360 A/45/984-S/22383 A/HRC/43/G/15 E/CN.4/2005/10/Add.1 A/72/L.12 MAD/PA 4/2/2202"
    symbols = find_symbols(text)
    assert symbols == [
        "A/72/843", "S/2018/360", "A/45/984", "S/22383", "A/HRC/43/G/15", "E/CN.4/2005/10/Add.1", "A/72/L.12"
    ]  # fmt: skip
    assert [organ_of_symbol(s) for s in symbols[:6]] == [
        "General Assembly", "Security Council", "General Assembly", "Security Council",
        "Human Rights Council", "Commission on Human Rights",
    ]  # fmt: skip
    assert session_of_symbol("A/45/260") == "45"
    assert session_of_symbol("A/HRC/43/G/15") is None
    assert find_symbols("see document S/2018/360.") == ["S/2018/360"]


def test_a_symbol_misread_in_the_masthead_gives_way_to_the_running_head() -> None:
    assert resolve_symbols(["A/45/904"], ["A/45/984", "S/22383"], []) == ["A/45/984", "S/22383"]
    assert resolve_symbols(["A/72/843", "S/2018/360"], [], []) == ["A/72/843", "S/2018/360"]


def test_organs_in_three_languages_by_their_english_names() -> None:
    assert find_organs("Conseil des droits de l’homme ; Assemblée générale") == [
        "Human Rights Council",
        "General Assembly",
    ]
    assert find_organs("Consejo de Seguridad y Asamblea General") == ["Security Council", "General Assembly"]
    assert find_organs("the Security\nCouncil") == ["Security Council"]


def test_original_language() -> None:
    assert find_original_language("Distr.: General\n7 November 2018\nOriginal: English") == "en"
    assert find_original_language("Distr. générale\nFrançais\nOriginal : anglais") == "en"
    assert find_original_language("EIJGLISH\nORIGINAL1 RUSSIAN") == "ru"
    assert (
        find_original_language("ORIGINAL:\n\nGENERAL ASSEMBLY\nENGLISH") == "en"
    )  # the value moved away (OCR)
    assert find_original_language("General Assembly") is None
    assert language_code("inglés") == "en"


def test_masthead_of_a_council_document() -> None:
    masthead = read_masthead(
        [
            "Assemblée générale",
            "Distr. générale",
            "6 mai 2020",
            "Français",
            "Original : anglais",
            "Conseil des droits de l'homme",
            "Quarante-troisième session",
            "24 février-20 mars 2020",
            "Point 4 de l'ordre du jour",
        ]
    )
    assert masthead.organs == ("Human Rights Council",)  # the Assembly above it is its parent
    assert masthead.issue_date == "2020-05-06"
    assert masthead.session == "43"
    assert masthead.agenda_items == ("4",)
    assert masthead.original_language == "en"


def test_dates_of_titles_and_mastheads() -> None:
    assert title_date("Letter dated 17 April 2018 from the Permanent Representative") == "2018-04-17"
    assert title_date("better dated 27 Aoril 1990 from the Permanent ReDtesentative oc") == "1990-04-27"
    assert title_date("I,e-tter dated 25 March 19Yl from the_Charq~") is None
    assert issue_date(["Distr.", "GENERAL", "A/45/904", "-25 March-1991"]) == "1991-03-25"


@pytest.mark.parametrize(
    "line",
    [
        "18-06117 (E) 240418 250418", "*1806117*", "Please recycle", "2/3", "A/72/843 S/2018/360 2/3",
        "2/4 20-07123", "go-11348 1478i", "2395b (E)", "(E)", "081118", "/. . .", "/...", "Pago 2", "___-*",
    ],
)  # fmt: skip
def test_page_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line", ["In 2018 the Council met 12 times.", "A/45/50.", "Armenia until now continues"]
)
def test_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_running_head_takes_its_language_and_page_lines() -> None:
    lines = ["the end of page one.", "A/45/260", "S/21280", "English", "Page 2", "ANNEX"]
    assert furniture_lines(lines) == {1, 2, 3, 4}
    assert is_running_head("A/72/843–S/2018/360")


def test_signature_block_with_wrapped_titles() -> None:
    lines = [
        "and of the Security Council.",
        "(Signad) Dr. Riyad MANSOUR",
        "Deputy Permanent Observer of",
        "Palestine to the United Nations",
        "Charge d'affaires a.i.",
        "",
        "* The annex is being circulated in the language of submission only.",
    ]
    signature = find_signature(lines)
    assert signature is not None
    assert signature.name == "Dr. Riyad MANSOUR"
    assert signature.titles == (
        "Deputy Permanent Observer of Palestine to the United Nations",
        "Charge d'affaires a.i.",
    )
    assert (signature.start, signature.end) == (1, 5)


def test_signature_name_on_the_next_line_and_stray_spaces() -> None:
    first = find_signature(["(Sianed)", "", "A. BELONOGOV", "", "___-*"])
    assert first is not None and first.name == "A. BELONOGOV" and first.titles == ()
    second = find_signature(
        ["(Signed ) Giadalla A. Ettalhi", "", "Permanent Representative", "", "", "Document symbol: S/1"]
    )
    assert second is not None and second.name == "Giadalla A. Ettalhi"
    assert second.title == "Permanent Representative"


def test_titles_parse_in_three_languages() -> None:
    english = parse_title(
        "Identical letters dated 12 May 2020 from the Chargé d'affaires a.i. of the Permanent Mission "
        "of Armenia to the United Nations addressed to the Secretary-General and the President of the "
        "Security Council"
    )
    assert english is not None and english.kind == "letter"
    assert (
        english.sender == "Chargé d'affaires a.i. of the Permanent Mission of Armenia to the United Nations"
    )
    assert english.addressee == "Secretary-General and the President of the Security Council"
    french = parse_title(
        "Lettre datée du 3 mai 2021, adressée au Président du Conseil de sécurité par le Secrétaire général"
    )
    assert french is not None and (french.sender, french.addressee) == (
        "Secrétaire général",
        "Président du Conseil de sécurité",
    )
    spanish = parse_title(
        "Nota verbal de fecha 8 de abril de 2020 dirigida a la Oficina del Alto Comisionado "
        "por la Misión Permanente de Chile"
    )
    assert (
        spanish is not None and spanish.kind == "note" and spanish.addressee == "Oficina del Alto Comisionado"
    )
    assert parse_title("Statement by the Ministry of Foreign Affairs") is None


def test_title_extent_stops_at_the_body() -> None:
    lines = [
        "Letter dated 17 April 2018 from the Permanent Representative",
        "of Azerbaijan to the United Nations addressed to the",
        "Secretary-General",
        "Upon instructions from my Government, I have the honour to submit for your",
    ]
    assert title_extent(lines, 0) == 3
    lines = [
        "Letter dated 2 November 2018 from the Secretary-General",
        "addressed to the President of the",
        "Security Council",
        "I have",
    ]
    assert title_extent(lines, 0) == 3


@pytest.mark.parametrize(
    ("split", "repaired"),
    [
        ("policy of aggr ession and", "policy of aggression and"),
        ("from the territo ry of", "from the territory of"),
        ("511 innocent civi lians were", "511 innocent civilians were"),
        ("heights fro m occupation", "heights from occupation"),
        ("as a part of", "as a part of"),
        ("went in to the room", "went in to the room"),
        ("Kalbajar district", "Kalbajar district"),
    ],
)
def test_split_words_are_joined_only_when_safe(split: str, repaired: str) -> None:
    assert repair_split_words(split, "en") == repaired


def test_end_of_line_hyphens() -> None:
    assert join_hyphenated("Secretary", "General") == "Secretary-General"
    assert join_hyphenated("ex", "ample") == "example"
    assert join_hyphenated("trans", "mitted") == "transmitted"
    assert join_hyphenated("fixed", "wing") == "fixed-wing"
    assert join_hyphenated("non", "governmental") == "non-governmental"


def test_an_end_of_line_hyphen_between_two_english_words_whose_join_is_a_word_is_a_cut() -> None:
    assert join_hyphenated("here", "with") == "herewith"
    assert join_hyphenated("chairman", "ship") == "chairmanship"
    assert join_hyphenated("per", "sons,") == "persons,"
    # Compounds English writes with a hyphen keep it: a prefix, a particle, a participle, no word joined.
    assert join_hyphenated("well", "being") == "well-being"
    assert join_hyphenated("follow", "up") == "follow-up"
    assert join_hyphenated("decision", "making") == "decision-making"
    assert join_hyphenated("sea", "level") == "sea-level"
    assert join_hyphenated("with", "out") == "without"


def test_spaces_before_punctuation() -> None:
    assert (
        tidy_punctuation("territories of Azerbaijan . Then ( see annex )")
        == "territories of Azerbaijan. Then (see annex)"
    )
    assert tidy_punctuation("Genève ; le 6 mai", "fr") == "Genève ; le 6 mai"  # French spacing stays


def test_paragraphs_from_hard_wrapped_lines() -> None:
    lines = [
        "On April 2, 1993 the district was occupied by armed forces of Armenia as a part",
        "of its systematic policy of aggression and occupation against its neighbour, and",
        "wing aircraft.",
        "As a result of occupation, around 60.000 inhabitants were subjected to ethnic",
        "cleansing and expelled from their native lands.",
        "The Secretary-",
        "General was informed.",
    ]
    paragraphs = rebuild_paragraphs(lines)
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith("and wing aircraft.")
    assert paragraphs[2] == "The Secretary-General was informed."


def test_blank_lines_inside_a_sentence_do_not_split_it() -> None:
    lines = [
        "I have the honour to transmit the text of a statement issued on",
        "",
        "27 April 1990 at a briefing",
        "",
        "of the USSR.",
    ]
    assert rebuild_paragraphs(lines) == [
        "I have the honour to transmit the text of a statement issued on 27 April 1990 "
        "at a briefing of the USSR."
    ]


def test_footnotes_and_their_markers() -> None:
    lines = [
        "(see annex).*",
        "(Signed) X",
        "",
        "* The annex is being circulated in the language of",
        "submission only.",
        "Annex",
    ]
    assert footnote_lines(lines) == {3, 4}
    assert remove_markers("(see annex).* I should") == "(see annex). I should"


def test_circulation_request() -> None:
    found = find_circulation(
        ["I should be grateful if you would have the present letter and its annex circulated as a "
         "document of the General Assembly, under agenda items 35 and 40, and of the Security Council."]
    )  # fmt: skip
    assert found is not None
    assert found.organs == ("General Assembly", "Security Council")
    assert found.agenda_items == ("35", "40")


def test_markup_is_stripped_and_address_blocks_kept_apart() -> None:
    text = "## **Title**\n\nSee [the convention](../x/README.md) and \\* note ![i](http://x/1)\n\n*Légation**Beograd*\n---"
    assert strip_markup(text).split() == [
        "Title",
        "See",
        "the",
        "convention",
        "and",
        "*",
        "note",
        "Légation",
        "Beograd",
    ]
    assert strip_markup("plain text, nothing to do") == "plain text, nothing to do"


def test_legibility() -> None:
    assert legible("Letter dated 17 April 2018 from the Permanent Representative of Azerbaijan")
    assert not legible(
        "I,e-tter dated 25 March 19Yl from the_Charq~ d'affaires a,i. of the PermanentQbseyyer"
    )


def test_readers_stay_fast_on_pathological_lines() -> None:
    line = "A/" + "1/" * 5000 + " " + "aa " * 20000 + "(" * 5000 + "Agenda items " + "1, " * 3000
    start = time.perf_counter()
    find_symbols(line)
    find_agenda_items(line)
    find_session(line)
    repair_split_words(line)
    rebuild_paragraphs([line] * 20)
    is_furniture(line)
    assert time.perf_counter() - start < 5


def test_a_title_cut_before_its_addressee_ends_where_the_letter_begins() -> None:
    lines = [
        "Letter dated 28 July 2026 from the Permanent Representative",
        "of Costa Verde to the United Nations addressed to the",
        "I have the honour to refer to the letter of 22 July 2026 from the Permanent Representative of",
        "Ruritania to the United Nations, which refers to the request made by Costa Verde.",
    ]
    assert title_extent(lines, 0) == 2
    title = parse_title(" ".join(lines[:2]))
    assert title is not None and title.addressee == "" and title.sender.startswith("Permanent Representative")


def test_a_footnote_under_the_agenda_item_gives_no_symbol() -> None:
    masthead = read_masthead(
        [
            "United Nations",
            "General Assembly",
            "Distr. GENERAL",
            "Fifty-second session",
            "Item 54 of the provisional agenda */",
            "*/   A/52/150.",
        ]
    )
    assert masthead.symbols == ()


def test_a_document_flattened_onto_one_line_is_read_as_printed() -> None:
    flat = (
        "United Nations S/2026/736 Security Council Distr.: General 28 July 2026 Original: English "
        "Letter dated 23 July 2026 from the Permanent Representative of Costa Verde to the United Nations "
        "addressed to the President of the Security Council I have the honour to transmit herewith the "
        "statement issued by my Government on the situation in the region (see annex). I should be "
        "grateful if you would have the present letter circulated as a document of the Security Council."
    )
    lines = unflatten(flat).split("\n")
    assert lines[:6] == [
        "United Nations S/2026/736 Security Council",
        "Distr.: General",
        "28 July 2026",
        "Original: English",
        "",
        "Letter dated 23 July 2026 from the Permanent Representative of Costa Verde to the United Nations "
        "addressed to the President of the Security Council",
    ]
    assert lines[-1].startswith("I have the honour to transmit herewith")
    assert unflatten("A short text.\nOf two lines.") == "A short text.\nOf two lines."


def test_a_flattened_document_opening_with_its_session_and_the_organs_above_the_agenda_item() -> None:
    flat = (
        "Sixtieth session Agenda item 112 (e) Elections to fill vacancies in subsidiary organs and other"
        " elections: election of 47 members of the Human Rights Council Note verbale dated 11 April 2026"
        " from the Permanent Mission of Costa Verde to the United Nations addressed to the President of "
        "the General Assembly The Permanent Mission of Costa Verde to the United Nations presents its "
        "compliments to the President of the General Assembly and has the honour to attach an aide-"
        "memoire (see annex). Annex to the note verbale dated 11 April 2026 Aide-memoire on the "
        "candidature of Costa Verde"
    )
    lines = unflatten(flat).split("\n")
    assert lines[2].startswith("Note verbale dated 11 April 2026")
    assert lines[4].startswith("The Permanent Mission of Costa Verde")
    assert lines[-1].startswith("Annex to the note verbale dated")
    masthead = read_masthead(["General Assembly", "Sixtieth session", "Agenda item 112 (e)",
                              "Election of 47 members of the Human Rights Council"])  # fmt: skip
    assert masthead.organs == ("General Assembly",)


def test_a_flattened_russian_document_with_its_symbol_first_and_its_signature_run_into_the_text() -> None:
    flat = (
        "A/81/441 Организация Объединенных Наций Генеральная Ассамблея Distr.: General 5 October 2026 "
        "Russian Original: English Восемьдесят первая сессия Пункт 106 повестки дня Меры по ликвидации "
        "международного терроризма Письмо Постоянного представителя Косты Верде при Организации "
        "Объединенных Наций от 28 сентября 2026 года на имя Генерального секретаря Имею честь настоящим "
        "препроводить послание моего правительства (см. приложение). Буду признателен за распространение "
        "настоящего письма в качестве документа Генеральной Ассамблеи. (Подпись) Иван Петров Посол "
        "Постоянный представитель 26-56683 (R) *2656683* Приложение к письму Постоянного представителя"
    )
    lines = unflatten(flat).split("\n")
    assert lines[:3] == [
        "A/81/441 Организация Объединенных Наций Генеральная Ассамблея",
        "Distr.: General 5 October 2026 Russian",
        "Original: English",
    ]
    assert lines[3].startswith("Восемьдесят первая сессия Пункт 106")
    assert lines[5].startswith("Письмо Постоянного представителя Косты Верде")
    assert lines[7].startswith("Имею честь настоящим препроводить")
    assert "(Подпись) Иван Петров" in lines and "Посол Постоянный представитель" in lines
    assert lines[-1].startswith("Приложение к письму")


def test_a_title_glued_to_the_word_before_it_is_set_on_its_own_line() -> None:
    text = (
        "Siria\nOriginal: árabeCartas idénticas de fecha 9 de enero de 2026 dirigidas al Secretario General\n"
    )
    title = "Cartas idénticas de fecha 9 de enero de 2026 dirigidas al Secretario General"
    assert unflatten(text).split("\n")[1:3] == ["Original: árabe", title]
    assert unflatten("See the Letter dated 3 May.\n") == "See the Letter dated 3 May.\n"


@pytest.mark.parametrize(
    ("title", "sender", "addressee"),
    [
        (
            "Letter dated 28 March 1958 from the representative of Costa Verde to the President of the "
            "Security Council",
            "representative of Costa Verde",
            "President of the Security Council",
        ),
        (
            "رسالة بتاريخ 4 ديسمبر 1983 من وزير الخارجية موجهة إلى رئيس مجلس الأمن",
            "وزير الخارجية",
            "رئيس مجلس الأمن",
        ),
    ],
    ids=["english-before-addressed-to", "arabic-sender-first"],
)
def test_older_title_forms(title: str, sender: str, addressee: str) -> None:
    parsed = parse_title(title)
    assert parsed is not None and (parsed.sender, parsed.addressee) == (sender, addressee)


def test_an_arabic_title_ends_at_the_place_and_date_line() -> None:
    lines = [
        "رسالة بتاريخ 4 ديسمبر 1983 من وزير الخارجية موجهة إلى رئيس مجلس الأمن",
        "دمشق، 4 ديسمبر 1983",
        "سيدي،",
    ]
    assert title_extent(lines, 0) == 1

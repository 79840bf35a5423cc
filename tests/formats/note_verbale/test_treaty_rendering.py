"""Exchanges of notes as a treaty database renders them: letterheads and numbers fused with the first word.

The fragments are written here from the formulas of each language; they copy no document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.note_verbale.chain import read_chain
from ingest_builtins.formats.note_verbale.opening import find_opening, read_correspondents
from ingest_builtins.formats.un_documents.genre import EXCHANGE_TITLE

FUSED_STARTS = [
    # Portuguese one-letter articles after a letterhead in capitals and a number.
    (
        "EMBAIXADA DO REINO DOS PAÍSES BAIXOSLISBOAN.º 512A Embaixada do Reino dos Países Baixos apresenta "
        "os seus cumprimentos ao Ministério dos Negócios Estrangeiros e tem a honra de propor",
        "A Embaixada do Reino",
    ),
    (
        "MINISTÉRIO DAS RELAÇÕES EXTERIORESDAI/DJ/45/661.(74)O Ministério das Relações Exteriores "
        "cumprimenta atenciosamente a Embaixada e tem a honra de levar",
        "O Ministério das",
    ),
    # An elided article inside a letterhead in capitals is not the sender's.
    (
        "AMBASCIATA D'ITALIAL'AIAProt. n. 1517L'Ambasciata d'Italia presenta i suoi complimenti al Ministero",
        "L'Ambasciata d'Italia",
    ),
    # Languages without articles: the last word glued to the letterhead or number starts the note.
    (
        "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ№ 1245/дпМинистерство иностранных дел Российской "
        "Федерации свидетельствует свое уважение Посольству Королевства Нидерландов и имеет честь",
        "Министерство иностранных дел",
    ),
    (
        "TÜRKİYE CUMHURİYETİDIŞİŞLERİ BAKANLIĞISayı: KÜGY-II/4417Türkiye Cumhuriyeti Dışişleri Bakanlığı "
        "Hollanda Krallığı Büyükelçiliğine saygılarını sunar ve bildirmekle şeref duyar",
        "Türkiye Cumhuriyeti",
    ),
    (
        "AMBASADA RZECZYPOSPOLITEJ POLSKIEJNr 12/2019Ambasada Rzeczypospolitej Polskiej przesyła wyrazy "
        "szacunku Ministerstwu Spraw Zagranicznych",
        "Ambasada Rzeczypospolitej",
    ),
    (
        "ΥΠΟΥΡΓΕΙΟ ΕΞΩΤΕΡΙΚΩΝΑ.Π. 3117/ΑΣ 214Η Πρεσβεία του Βασιλείου των Κάτω Χωρών διαβιβάζει τους "
        "χαιρετισμούς της στο Υπουργείο Εξωτερικών",
        "Η Πρεσβεία",
    ),
    # In a script without case: after Latin letters or digits, or after the "号" that ends a number.
    (
        "中华人民共和国外交部(2003)部领字第218号中华人民共和国外交部向荷兰王国驻华大使馆致意，并谨通知如下：",
        "中华人民共和国外交部向",
    ),
    (
        "NEDERLANDENPEKINGBEI-CA/2003/7741荷兰王国驻华大使馆向中华人民共和国外交部致意，并谨确认",
        "荷兰王国驻华大使馆向",
    ),
    # ... but not after a comma of its own script.
    ("第2022-118号\n\n外務省は、在本邦ドイツ連邦共和国大使館に敬意を表するとともに、", "外務省は"),
    # ... but a word after an apostrophe, a hyphen or a bracket is inside the sender's name.
    (
        "Ministerul Afacerilor Externe al Republicii Nord-Macedonia prezintă salutări Ambasadei",
        "Ministerul Afacerilor",
    ),
    # Scandinavian articles.
    (
        "DET KONGELIGE UTENRIKSDEPARTEMENTJ.nr. 7741/63Det Kongelige Utenriksdepartement presenterer sine "
        "komplimenter til Den Kongelige Nederlandske Ambassade og har den ære å meddele",
        "Det Kongelige Utenriksdepartement",
    ),
]


@pytest.mark.parametrize(("text", "start"), FUSED_STARTS, ids=lambda value: str(value)[:24])
def test_the_note_starts_at_the_senders_article_after_a_fused_letterhead(text: str, start: str) -> None:
    opening = find_opening(text)
    assert opening is not None
    assert text[opening.start :].startswith(start)


def test_a_place_named_with_den_is_no_article() -> None:
    text = "MINISTERIE VAN BUITENLANDSE ZAKENDen HaagDe Ambassade biedt het Ministerie haar complimenten aan"
    opening = find_opening(text)
    assert opening is not None
    assert text[opening.start :].startswith("De Ambassade")


CORRESPONDENTS = [
    # European Portuguese: "apresenta os seus cumprimentos ao/à …", a name holding "e", "e, com referência".
    (
        "A Embaixada do Reino dos Países Baixos apresenta os seus cumprimentos ao Ministério dos Negócios "
        "Estrangeiros e Cooperação e tem a honra de propor",
        ("Embaixada do Reino dos Países Baixos", "Ministério dos Negócios Estrangeiros e Cooperação"),
    ),
    (
        "A Embaixada de Portugal apresenta os seus cumprimentos à Embaixada do Reino dos Países Baixos "
        "e, com referência à Nota n.º 12, tem a honra de informar",
        ("Embaixada de Portugal", "Embaixada do Reino dos Países Baixos"),
    ),
    # Norwegian.
    (
        "Det Kongelige Utenriksdepartement presenterer sine komplimenter til Den Kongelige Nederlandske "
        "Ambassade og har den ære å meddele at avtalen trer i kraft",
        ("Kongelige Utenriksdepartement", "Kongelige Nederlandske Ambassade"),
    ),
    # Turkish names the addressee, in the dative, between the sender and the formula.
    (
        "Hollanda Krallığı Büyükelçiliği Türkiye Cumhuriyeti Dışişleri Bakanlığına saygılarını sunar ve "
        "Bakanlığın Notasını almış olduğunu bildirmekle şeref duyar",
        ("Hollanda Krallığı Büyükelçiliği", "Türkiye Cumhuriyeti Dışişleri Bakanlığına"),
    ),
    # A German sender drops its article as others do ("The Embassy" gives "Embassy").
    (
        "Das Auswärtige Amt beehrt sich, der Botschaft des Königreichs der Niederlande mitzuteilen, dass",
        ("Auswärtige Amt", "Botschaft des Königreichs der Niederlande"),
    ),
    # The addressee ends before "unter Bezugnahme auf …", and before "et," that goes on with a clause.
    (
        "Die Botschaft der Bundesrepublik Deutschland beehrt sich, dem Ministerium für Auswärtige "
        "Angelegenheiten des Königreichs Spanien unter Bezugnahme auf die Gespräche Folgendes vorzuschlagen",
        (
            "Botschaft der Bundesrepublik Deutschland",
            "Ministerium für Auswärtige Angelegenheiten des Königreichs Spanien",
        ),
    ),
    (
        "Le Ministère des Affaires Etrangères du Royaume du Maroc présente ses compliments à l'Ambassade du "
        "Royaume des Pays-Bas à Rabat et, se référant aux entretiens, a l'honneur de lui proposer",
        (
            "Ministère des Affaires Etrangères du Royaume du Maroc",
            "Ambassade du Royaume des Pays-Bas à Rabat",
        ),
    ),
    (
        "Türkiye Cumhuriyeti Büyükelçiliği, Dışişleri Bakanlığına saygılarını sunar ve önermekten onur duyar",
        ("Türkiye Cumhuriyeti Büyükelçiliği", "Dışişleri Bakanlığına"),
    ),
    (
        "Utrikesdepartementet hälsar Konungariket Nederländernas ambassad och har äran att föreslå",
        ("Utrikesdepartementet", "Konungariket Nederländernas ambassad"),
    ),
    (
        "中华人民共和国外交部向荷兰王国驻华大使馆致意，并谨通知如下：",
        ("中华人民共和国外交部", "荷兰王国驻华大使馆"),
    ),
    (
        "Το Υπουργείο Εξωτερικών διαβιβάζει τους χαιρετισμούς του στην Πρεσβεία του Βασιλείου των Κάτω Χωρών "
        "και έχει την τιμή να προτείνει",
        ("Υπουργείο Εξωτερικών", "Πρεσβεία του Βασιλείου των Κάτω Χωρών"),
    ),
    # Central and Eastern European formulas; the addressee keeps the dative of the formula.
    (
        "Ministarstvo vanjskih poslova Republike Hrvatske upućuje svoje poštovanje Veleposlanstvu Kraljevine "
        "Nizozemske i ima čast predložiti",
        ("Ministarstvo vanjskih poslova Republike Hrvatske", "Veleposlanstvu Kraljevine Nizozemske"),
    ),
    (
        "Министерството на външните работи поднася своите почитания на Посолството на Кралство Нидерландия "
        "и има честта да предложи",
        ("Министерството на външните работи", "Посолството на Кралство Нидерландия"),
    ),
    (
        "Ministerstvo zahraničných vecí Slovenskej republiky vyjadruje svoju úctu Veľvyslanectvu Holandského "
        "kráľovstva a má česť navrhnúť",
        ("Ministerstvo zahraničných vecí Slovenskej republiky", "Veľvyslanectvu Holandského kráľovstva"),
    ),
    (
        "Lietuvos Respublikos užsienio reikalų ministerija reiškia pagarbą Nyderlandų Karalystės ambasadai "
        "ir turi garbę pasiūlyti",
        ("Lietuvos Respublikos užsienio reikalų ministerija", "Nyderlandų Karalystės ambasadai"),
    ),
    (
        "Latvijas Republikas Ārlietu ministrija izsaka cieņu Nīderlandes Karalistes vēstniecībai un tai ir "
        "gods ierosināt",
        ("Latvijas Republikas Ārlietu ministrija", "Nīderlandes Karalistes vēstniecībai"),
    ),
    (
        "Eesti Vabariigi Välisministeerium avaldab austust Madalmaade Kuningriigi Suursaatkonnale ja on au "
        "teha ettepanek",
        ("Eesti Vabariigi Välisministeerium", "Madalmaade Kuningriigi Suursaatkonnale"),
    ),
    (
        "Ministrstvo za zunanje zadeve Republike Slovenije izreka spoštovanje Veleposlaništvu Kraljevine "
        "Nizozemske in ima čast predlagati",
        ("Ministrstvo za zunanje zadeve Republike Slovenije", "Veleposlaništvu Kraljevine Nizozemske"),
    ),
    # Brazilian: "cumprimenta atenciosamente a …".
    (
        "O Ministério das Relações Exteriores cumprimenta atenciosamente a Embaixada do Reino dos Países "
        "Baixos e tem a honra de levar ao seu conhecimento",
        ("Ministério das Relações Exteriores", "Embaixada do Reino dos Países Baixos"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CORRESPONDENTS, ids=lambda value: str(value)[:24])
def test_sender_and_addressee_of_an_opening(text: str, expected: tuple[str, str]) -> None:
    opening = find_opening(text)
    assert opening is not None
    assert read_correspondents(text, opening) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Utenriksdepartementet presenterer sine komplimenter til Ambassaden og har den ære å meddele", "no"),
        ("Utenriksdepartementet hilser Ambassaden og har den ære å meddele at avtalen trer i kraft", "no"),
        ("Udenrigsministeriet hilser Ambassaden og har den ære at meddele at aftalen træder i kraft", "da"),
        ("Ministeriet præsenterer sine komplimenter til Ambassaden og har den ære at meddele", "da"),
    ],
)
def test_norwegian_and_danish_openings_are_told_apart(text: str, language: str) -> None:
    opening = find_opening(text)
    assert opening is not None
    assert opening.language == language


LETTERS = (
    "<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />\n\n"
    "##{title} tussen het Koninkrijk der Nederlanden en de Republiek Chili inzake rijbewijzen\n\n"
    "### Nr.  I  \n\n"
    "*Santiago, 2 June 2011*Excellency,I have the honour to propose that driving licences issued by either "
    "country be recognised by the other.Accept, Excellency, the assurances of my highest consideration."
    "*(sd.) J. Jansen**Ambassador of the Kingdom of the Netherlands*\n\n"
    "### Nr.  II  \n\n"
    "*Santiago, 2 June 2011*Excellency,I have the honour to confirm that the foregoing is acceptable to the "
    "Government of Chile.Accept, Excellency, the assurances of my highest consideration."
    "*(sd.) M. Soto**Minister of Foreign Affairs*\n"
)


@pytest.mark.parametrize("title", ["Briefwisseling", "Notawisseling"])
def test_an_exchange_of_letters_is_read_like_an_exchange_of_notes(
    record_of_text: Callable[..., dict[str, Any]], title: str
) -> None:
    record = record_of_text(LETTERS.format(title=title))
    assert record["format"] == "note-verbale"
    assert record["title"].startswith(title)
    assert record["date"] == "2011-06-02"
    assert record["text"].startswith("I have the honour to propose")
    assert record["text"].endswith("Accept, Excellency, the assurances of my highest consideration.")
    assert "(sd.)" not in record["text"]


@pytest.mark.parametrize(
    ("place_date", "iso"),
    [
        ("'s-Gravenhage, 14 mei 1991", "1991-05-14"),
        ("Rio de Janeiro, em 9 de março de 1966.", "1966-03-09"),
        ("México, D.F., a 26 de agosto de 1982", "1982-08-26"),
        ("Washington, D.C., March 3, 1970", "1970-03-03"),
        ("Port of Spain, 3rd March, 1980.", "1980-03-03"),
        ("Dar es Salaam, 3 March 1980", "1980-03-03"),
        ("Santiago de Chile, 3 de marzo de 1980", "1980-03-03"),
        ("Warszawa, dnia 9 maja 1994 r.", "1994-05-09"),
    ],
)
def test_the_place_and_date_after_a_note_date_it(place_date: str, iso: str) -> None:
    text = (
        "The Embassy presents its compliments to the Ministry and has the honour to propose an agreement.\n\n"
        "The Embassy avails itself of this opportunity to renew to the Ministry the assurances of its "
        f"highest consideration.\n\n{place_date}\n\nMinistry of Foreign Affairs\n"
    )
    chain = read_chain(text)
    assert chain is not None
    assert [note.date for note in chain.notes] == [iso]
    assert chain.text[chain.notes[0].start : chain.notes[0].end].endswith("highest consideration.")


def test_an_exchange_is_dated_only_when_every_note_bears_the_date(
    record_of_text: Callable[..., dict[str, Any]],
) -> None:
    note = (
        "The {sender} presents its compliments to the {addressee} and has the honour to {verb}.The {sender} "
        "avails itself of this opportunity to renew to the {addressee} the assurances of its highest "
        "consideration.{place_date}*{addressee}*\n\n"
    )
    text = (
        "##Notawisseling tussen de Nederlandse en de Thaise Regering inzake opleidingen\n\n### Nr.  I  \n\n"
        + note.format(sender="Embassy", addressee="Ministry", verb="propose a programme",
                      place_date="The Hague, 19th May B.E. 2519")
        + "### Nr.  II  \n\n"
        + note.format(sender="Ministry", addressee="Embassy", verb="accept the programme",
                      place_date="The Hague, 8 June 1976")
    )  # fmt: skip
    record = record_of_text(text)
    assert record["format"] == "note-verbale"
    assert record.get("date") is None


# Letters in one language only, each with its own salutation, opening and closing.
ONE_LANGUAGE_LETTERS = [
    (
        "*Den Haag, 3 mei 2001*Excellentie,Ik heb de eer voor te stellen dat rijbewijzen wederzijds worden "
        "erkend.Gelieve, Excellentie, de verzekering van mijn zeer bijzondere hoogachting te aanvaarden.",
        "Ik heb de eer voor te stellen",
        "de verzekering van mijn zeer bijzondere hoogachting te aanvaarden.",
    ),
    (
        "*Wien, am 3. Mai 2001*Herr Botschafter!Ich beehre mich, Ihnen vorzuschlagen, dass Führerscheine "
        "gegenseitig anerkannt werden.Genehmigen Sie, Herr Botschafter, den Ausdruck meiner ausgezeichneten "
        "Hochachtung.",
        "Ich beehre mich, Ihnen vorzuschlagen",
        "den Ausdruck meiner ausgezeichneten Hochachtung.",
    ),
    (
        "*Roma, 3 maggio 2001*Signor Ambasciatore,Ho l'onore di proporre che le patenti di guida siano "
        "reciprocamente riconosciute.Voglia gradire, Signor Ambasciatore, i sensi della mia più alta "
        "considerazione.",
        "Ho l'onore di proporre",
        "i sensi della mia più alta considerazione.",
    ),
    (
        "*Lisboa, 3 de Maio de 2001*Senhor Embaixador,Tenho a honra de propor que as cartas de condução "
        "sejam reconhecidas reciprocamente.Aproveito a oportunidade para renovar a Vossa Excelência os "
        "protestos da minha mais alta consideração.",
        "Tenho a honra de propor",
        "os protestos da minha mais alta consideração.",
    ),
]


@pytest.mark.parametrize(("letter", "start", "end"), ONE_LANGUAGE_LETTERS, ids=lambda value: str(value)[1:12])
def test_an_exchange_of_letters_in_one_language_is_read(
    record_of_text: Callable[..., dict[str, Any]], letter: str, start: str, end: str
) -> None:
    text = (
        "##Briefwisseling tussen het Koninkrijk der Nederlanden en een andere Staat inzake rijbewijzen\n\n"
        f"### Nr.  I  \n\n{letter}*(get.) A. B. Cdef**Minister*\n\n"
        f"### Nr.  II  \n\n{letter}*(get.) G. H. Ijkl**Ambassadeur*\n"
    )
    record = record_of_text(text)
    assert record["format"] == "note-verbale"
    assert record["text"].startswith(start)
    assert record["text"].endswith(end)
    assert "(get.)" not in record["text"]


@pytest.mark.parametrize(
    "closing",
    [
        "El Ministerio hace propicia la oportunidad para reiterar a la Embajada las seguridades de su más "
        "alta consideración.",
        "O Ministério vale-se da oportunidade para renovar à Embaixada os protestos de sua mais alta "
        "consideração.",
    ],
)
def test_a_note_ends_at_its_closing_before_the_address_block(closing: str) -> None:
    opening = (
        "El Ministerio saluda atentamente a la Embajada y tiene el honor de proponer un acuerdo."
        if closing.startswith("El")
        else "O Ministério cumprimenta atenciosamente a Embaixada e tem a honra de propor um acordo."
    )
    chain = read_chain(f"{opening}\n\n{closing}\n\nA la Honorable Embajada del Reino de los Países Bajos\n")
    assert chain is not None
    assert chain.text[chain.notes[0].start : chain.notes[0].end].endswith(closing)


@pytest.mark.parametrize(
    ("title", "exchange"),
    [
        (
            "##Overeenkomst in de vorm van een notawisseling tussen het Koninkrijk der Nederlanden en",
            True,
        ),
        ("##Verdrag in de vorm van een briefwisseling tussen het Koninkrijk der Nederlanden en België", True),
        ("Agreement by Exchange of Notes between the Government of the Kingdom of the Netherlands and", True),
        ("Accord sous forme d'échange de lettres entre le Royaume des Pays-Bas et la France", True),
        ("Abkommen in Form eines Notenwechsels zwischen dem Königreich der Niederlande und", True),
        ("Acuerdo por canje de notas entre el Reino de los Países Bajos y", True),
        ("## Noteveksling mellem Danmark og Chile om lønnet beskæftigelse for familiemedlemmer", True),
        ("Avtale ved noteveksling mellom Norge og Peru om visumfrihet", True),
        ("Avtal genom notväxling mellan Sverige och Kenya", True),
        ("Соглашение в форме обмена нотами между Россией и Грецией о визах", True),
        ("中华人民共和国政府和某国政府关于延长派遣医疗队的换文", True),
        ("日本国政府とある国の政府との間の交換公文の延長に関する取極(口上書)", True),
        ("中华人民共和国政府和某国政府关于换文的说明会在北京举行了", False),
        ("Agreement between the Kingdom of the Netherlands and the Republic of Estonia", False),
        ("Verdrag tussen het Koninkrijk der Nederlanden en België inzake de notawisseling", False),
    ],
)
def test_an_exchange_title_may_name_the_agreement_first(title: str, exchange: bool) -> None:
    assert (EXCHANGE_TITLE.match(title) is not None) is exchange


@pytest.mark.parametrize(
    ("note", "closing"),
    [
        (
            "Ministarstvo upućuje svoje poštovanje Veleposlanstvu i ima čast predložiti sporazum.",
            "Ministarstvo koristi ovu priliku da Veleposlanstvu ponovno izrazi osobito poštovanje.",
        ),
        (
            "Министерството поднася своите почитания на Посолството и има честта да предложи споразумение.",
            "Министерството използва случая да поднови на Посолството уверенията за своето високо уважение.",
        ),
        (
            "Ministerstvo vyjadruje svoju úctu Veľvyslanectvu a má česť navrhnúť dohodu.",
            "Ministerstvo využíva túto príležitosť, aby Veľvyslanectvu opätovne vyjadrilo svoju hlbokú úctu.",
        ),
        (
            "Ministerija reiškia pagarbą ambasadai ir turi garbę pasiūlyti susitarimą.",
            "Ministerija naudojasi proga dar kartą pareikšti ambasadai savo didelę pagarbą.",
        ),
        (
            "Ministrija izsaka cieņu vēstniecībai un tai ir gods ierosināt vienošanos.",
            "Ministrija izmanto izdevību, lai vēlreiz apliecinātu vēstniecībai savu augsto cieņu.",
        ),
        (
            "Välisministeerium avaldab austust Suursaatkonnale ja on au teha ettepanek.",
            "Välisministeerium kasutab juhust, et avaldada Suursaatkonnale sügavat austust.",
        ),
    ],
    ids=["hr", "bg", "sk", "lt", "lv", "et"],
)
def test_a_note_in_another_european_language_ends_at_its_closing(note: str, closing: str) -> None:
    chain = read_chain(f"{note}\n\n{closing}\n\nVeleposlanstvo Kraljevine Nizozemske\nZagreb\n")
    assert chain is not None
    assert chain.text[chain.notes[0].start : chain.notes[0].end].endswith(closing)

"""web-page by the make of a news story copied with none of its page's lines; the texts a news story is not
(an essay, verse, a recipe, a statement, minutes, a licence, a book) keep plain text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from ingest_builtins.formats.web_page.news_story import news_story

TextRunner = Callable[..., dict[str, Any]]

STORY_EN = (
    "Firefighters on Tuesday contained a blaze that destroyed 14 warehouses in the port district of the city,"
    " the regional emergency service said, adding that nobody had been hurt.\n\n"
    '"We were lucky the wind dropped in the night," the service\'s spokeswoman told reporters, saying that'
    " about 120 firefighters and 30 engines had been sent to the scene.\n\n"
    "The cause of the fire is not yet known. An inquiry has been opened by the prosecutor's office.\n"
)
STORY_ES = (
    "El Gobierno aprobó este martes un plan de 2.300 millones de euros para modernizar la red de trenes de"
    " cercanías de las seis mayores ciudades del país, informó el Ministerio de Transportes.\n\n"
    "El plan prevé la compra de 180 nuevos trenes y la renovación de 95 estaciones antes de 2030, según el"
    " comunicado difundido tras la reunión del Consejo de Ministros.\n"
)
STORY_UK = (
    "Уряд у понеділок ухвалив рішення про виділення 450 мільйонів гривень на відновлення мостів у трьох"
    " областях, повідомили у Міністерстві розвитку громад.\n\n"
    '"Ми маємо завершити роботи до зими", - сказав міністр на брифінгу, додавши, що перші підрядники вже'
    " розпочали роботу на 12 об'єктах.\n"
)


# Common words of one language that are pronouns of another: Portuguese "nos" ("in the") and "já"
# ("already"), Albanian "me" ("with").
STORY_PT = (
    "Os bombeiros combatiam ao fim da tarde de segunda-feira dois incêndios nos arredores de Lisboa, que já"
    " tinham consumido 300 hectares de mato, segundo a Proteção Civil.\n\n"
    "Mais de 120 operacionais estavam no terreno, apoiados por 4 meios aéreos, e já foram retiradas 15"
    " pessoas das casas mais próximas nos dois concelhos.\n"
)
STORY_SQ = (
    "Qeveria miratoi të hënën një paketë prej 40 milionë eurosh për rindërtimin e urave në tri qarqe, me"
    " afat përfundimi deri në vitin 2027, njoftoi ministria.\n\n"
    "Punimet do të fillojnë me urën e Drinit, e cila u dëmtua nga përmbytjet e muajit të kaluar, me kosto"
    " prej 12 milionë eurosh.\n"
)


# Words that look like pronouns and are not: French "a eu", "Notre-Dame", "rendez-vous"; Italian's article
# "I"; "Our Lady of Lourdes"; "World War I"; quoted speech in Swedish quotes and in a Russian dash line.
STORY_FR = (
    "L'incendie a eu lieu vers 22 heures mardi dans un entrepôt proche de Notre-Dame, et 14 pompiers ont été"
    " mobilisés jusqu'à l'aube, a indiqué la préfecture.\n\n"
    "Le feu aurait eu pour origine un court-circuit; les enquêteurs se sont donné rendez-vous sur place ce"
    " mercredi à 9 heures.\n"
)
STORY_IT = (
    "I vigili del fuoco hanno spento nella notte un incendio che ha distrutto 14 magazzini nel porto, ha"
    " detto il comandante provinciale.\n\n"
    "I danni sono stimati in 3 milioni di euro; la procura ha aperto un fascicolo per accertare le cause.\n"
)
STORY_NAMES = (
    "Staff at Our Lady of Lourdes Hospital treated 14 people after the fire, and the hospital said on"
    " Tuesday that two of them remained in a serious condition.\n\n"
    "The warehouse, built before World War I, was one of the last of its kind in the port, and Our Lady of"
    " Lourdes Hospital has asked for 30 more nurses for the week.\n"
)
STORY_SV = (
    "Polisen grep på tisdagen två män i 30-årsåldern misstänkta för en brand i hamnen, uppger polisen."
    " Branden förstörde 14 lager.\n\n"
    "”Jag såg hur de sprang mot en bil och jag ringde polisen”, säger ett vittne till tidningen om natten"
    " då elden bröt ut.\n"
)
STORY_RU = (
    "Пожар на складе в порту потушили во вторник утром, огонь уничтожил 14 складов и 3 грузовика, сообщили"
    " в региональном управлении МЧС.\n\n"
    "— Мы работали всю ночь, я лично руководил тушением, — сказал начальник пожарной части, добавив, что"
    " пострадавших нет.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        STORY_EN,
        STORY_ES,
        STORY_UK,
        STORY_PT,
        STORY_SQ,
        STORY_FR,
        STORY_IT,
        STORY_NAMES,
        STORY_SV,
        STORY_RU,
        "Port fire contained\n\n" + STORY_EN,
    ],
)
def test_a_news_story_copied_alone_is_a_page(record_of_text: TextRunner, text: str) -> None:
    assert news_story(text) is not None
    record = record_of_text(text, name="story.txt")
    assert record["format"] == "web-page"


ESSAY = (
    "I have bled the radiators of our house every autumn for 20 years, and every autumn I forget which way"
    " the little key turns. My father did it with a coin and a rag, and I keep his rag in the drawer.\n\n"
    "This year I wrote the steps on a card and taped it to the boiler, so that we would not have to call"
    " anyone when the pipes begin to knock again in November.\n"
)
POEM = "\n".join(["The sea at 6 in the morning,", "grey as a gull's wing,", "and the boats asleep."] * 4)
RECIPE = (
    "Lentil soup\n\nServes 4.\n\nIngredients: 250 g red lentils, 1 onion, 2 carrots, 1 litre stock, salt.\n\n"
    "Chop the onion and carrots and fry them gently in a little oil for five minutes or so.\n\n"
    "Add the lentils and the stock, bring to the boil and simmer for twenty minutes, then blend.\n"
)
STATEMENT = "Statement by the Ministry of Foreign Affairs on the port fire\n\n" + STORY_EN
CHAPTER = "Chapter 3\n\n" + STORY_EN.replace('"', "")  # a novel's chapter told as a report
ENTRY = (
    "Harbourton is a port town on the north coast, about 12 miles from the county town, with a population of"
    " 18,430 at the census of 2021 and a market held every Tuesday.\n\n"
    "The town grew around a priory founded in 1147, and its harbour was rebuilt in 1864 after a storm"
    " destroyed the old pier and 14 of the fishing boats moored there.\n"
)
LIFE = ENTRY.replace("Harbourton is a port town", "Ingrid Roe (1921–2008) was a harbour pilot")
MINUTES = (
    "Harbour residents' association - minutes\n\n"
    "1. The minutes of the meeting of 12 December were approved without changes by the 23 members present"
    " at the hall.\n\n"
    "2. Flood defences. The secretary reported on the letter of 8 January to the ministry about the works on"
    " the embankment, which were due to start in 2025.\n"
)
README = "# harbour-data\n\n" + STORY_EN
INTERVIEW = (
    "Q: How many warehouses did the fire destroy on the night of 3 March, and was anybody hurt in the port?\n"
    "A: Fourteen warehouses burned down to the ground, but all 120 of the workers on the night shift got out"
    " of the port district in time.\n"
    "Q: What will happen to the traders who rented the warehouses and lost their stock in the fire?\n"
    "A: The city will give them 60 days without rent in the new market hall, which opens on 1 April.\n"
)
ESSAY_YI = (
    "ווען איך בין געווען אַ קינד פֿון 8 יאָר, האָט מײַן טאַטע מיך גענומען צום ים, און איך געדענק נאָך ווי"
    " דער ווינט האָט געבלאָזן אין די זעגלען פֿון די שיפֿן.\n\n"
    "הײַנט, נאָך 40 יאָר, פֿאָר איך אַליין צום ים יעדן זומער, און מיר זיצן דאָרט מיט די קינדער ביז שפּעט.\n"
)
DECREE = (
    "DECRETO DE ALCALDÍA N° 014-2026\n\nCONSIDERANDO:\n\n"
    "Que el incendio del 3 de marzo destruyó 14 almacenes del distrito portuario y dejó sin servicio a 120"
    " comerciantes, según el informe de la oficina de defensa civil del distrito.\n\n"
    "Artículo 1.- Declarar en emergencia el distrito portuario por un plazo de 60 días calendario.\n"
)
HOW_TO = (
    "Before the first frost, you should drain the garden hose and store it indoors, because water left in"
    " it freezes and splits the rubber after 2 or 3 cold nights.\n\n"
    "Your outdoor taps need the same care: close the valve inside, open the tap outside and leave it open"
    " until spring, so that nothing is left to freeze in the pipe.\n"
)
ESSAY_TL = (
    "Noong 2019 ay lumipat ako sa Maynila para mag-aral, at doon ko unang naranasan ang mahabang biyahe sa"
    " jeep tuwing umaga at gabi.\n\n"
    "Hindi namin inakala na ganoon kahirap ang buhay sa lungsod, pero natuto kami na magtiis at magtulungan"
    " sa maliit naming inuupahang kuwarto.\n"
)
NO_FIGURES = (
    STORY_EN.replace("14", "many")
    .replace("120", "a hundred")
    .replace("30", "dozens of")
    .replace(" on Tuesday", "")
)
BOOK = "\n\n".join([STORY_EN.replace('"', "")] * 60)


@pytest.mark.parametrize(
    "text",
    [
        ESSAY,
        POEM,
        RECIPE,
        STATEMENT,
        MINUTES,
        README,
        NO_FIGURES,
        BOOK,
        DECREE,
        HOW_TO,
        ESSAY_TL,
        ESSAY_YI,
        INTERVIEW,
        CHAPTER,
        ENTRY,
        LIFE,
    ],
    ids=[
        "essay",
        "poem",
        "recipe",
        "statement",
        "minutes",
        "markdown",
        "no-figures",
        "book",
        "decree",
        "how-to",
        "tagalog-essay",
        "yiddish-essay",
        "interview",
        "chapter",
        "encyclopedia-entry",
        "biography",
    ],
)
def test_texts_of_other_kinds_are_no_news_story(record_of_text: TextRunner, text: str) -> None:
    assert news_story(text) is None
    assert record_of_text(text, name="text.txt")["format"] == "plain-text"


def test_a_page_s_caption_label_printed_twice_is_no_dialogue() -> None:
    captioned = STORY_EN.replace("The cause of the fire", "Photo: the port at dawn\n\nThe cause of the fire")
    assert news_story(captioned + "\nPhoto: firefighters at work\n") is not None


def test_the_first_person_inside_a_quotation_is_the_quoted_persons() -> None:
    quoted = STORY_EN.replace("We were lucky", "We were lucky, I think, and my crew")
    assert news_story(quoted) is not None
    unquoted = STORY_EN + "\nI was there when the roof fell, and my brother was with me.\n"
    assert news_story(unquoted) is None


@pytest.mark.parametrize(
    "lead",
    [
        "国家统计局10日发布数据，11月份全国居民消费价格同比上涨0.5%，其中食品价格上涨1.2%，非食品价格持平。",
        "केंद्र सरकार ने मंगलवार को किसानों के लिए 12,000 करोड़ रुपये के नए पैकेज की घोषणा की,"
        " जिससे 3 करोड़ किसानों को लाभ होगा।",
    ],
)
def test_a_lead_ending_with_its_script_s_full_stop_stays_in_the_text(
    record_of_text: TextRunner, lead: str
) -> None:
    more = STORY_EN.split("\n\n")[0]
    record = record_of_text(f"{lead}\n\n{more}\n", name="story.txt")
    assert record["title"] is None
    assert record["text"].startswith(lead[:20])


@pytest.mark.parametrize(
    "lead",
    [
        "The fire that gutted the covered market on Tuesday was the third in 2 years, the fire chief said.",
        "Das Hochwasser an der Lenne war am Montag das schwerste seit 1998, teilte der Kreis am Abend mit.",
        "Chapter 11 filing on Monday leaves 40 suppliers of Harlow Mills waiting for money, a lawyer said.",
    ],
)
def test_a_report_s_lead_is_no_definition_and_no_chapter(lead: str) -> None:
    assert news_story(f"{lead} {STORY_EN}") is not None


@pytest.mark.parametrize(
    "opening",
    [
        "Castelverde è un comune italiano di 3.412 abitanti della provincia di Cremona, in Lombardia.",
        "Белогорск — город в Амурской области России, основанный в 1860 году, с населением 66 тысяч человек.",
    ],
)
def test_an_encyclopedia_s_opening_in_more_languages_is_no_report(opening: str) -> None:
    assert news_story(f"{opening} {STORY_EN}") is None


def test_a_thai_diary_told_in_the_first_person_is_no_report() -> None:
    diary = (
        "วันที่ 3 มีนาคม 2567 ฉันไปตลาดกับแม่ตั้งแต่เช้า ฉันซื้อผลไม้ 5 กิโลกรัม และฉันกลับบ้านตอนเที่ยง"
        " แม่บอกว่าเราจะทำขนมกันตอนบ่าย ฉันดีใจมากที่ได้ช่วยแม่ทำขนม\n\n"
        "ตอนเย็นฉันเขียนบันทึกนี้ไว้ เพราะฉันอยากจำวันนี้ไว้นาน ๆ และฉันจะเล่าให้พี่สาวฟังพรุ่งนี้\n"
    )
    assert news_story(diary) is None


def test_a_report_without_figures_still_names_the_day() -> None:
    story = (
        "El presidente aseguró este martes que los bloqueos de caminos se levantan de manera gradual y"
        " denunció que algunas movilizaciones fueron pagadas por dirigentes de la oposición.\n\n"
        "Según el mandatario, el Gobierno mantendrá el diálogo con los transportistas hasta que se normalice"
        " el abastecimiento de combustible en las ciudades del occidente del país.\n"
    )
    assert news_story(story) is not None
    assert news_story(story.replace("este martes", "siempre")) is None  # no figure and no day: no report


def test_a_japanese_manual_asking_its_reader_is_no_report() -> None:
    manual = (
        "作品を入力する前に、まずは「作業マニュアル【はじめに】」をお読みください。2024年に改訂された著作権の規則について"
        "書かれていますので、必ず確認してください。\n\n"
        "登録したい作品があったら、作者の没年を調べ、著作権が切れているかを確かめてください。1970年以前に亡くなった"
        "作者の作品は多くの場合登録できます。\n"
    )
    assert news_story(manual) is None


def test_a_brief_told_a_sentence_a_line_is_a_report_and_verse_is_not() -> None:
    brief = (
        "Harbour road closed after 3 landslides\n\n"
        "The coastal road between the two harbours was closed on Monday after three landslides blocked it in"
        " the night, the regional roads office said.\n"
        "Nobody was hurt when the rocks came down near the old lighthouse.\n"
        "Buses will run on the mountain road until the crews clear the slope.\n"
        "More rain is expected before the weekend.\n"
    )
    assert news_story(brief) is not None
    verse = "\n".join(
        ["The tide came in across the silent sand at dawn.", "The gulls cried out above the 3 grey stones."]
        * 5
    )
    assert news_story(verse) is None  # (lines of a sentence each, and none of a lead's length)


def test_a_georgian_brief_naming_the_day_is_a_report() -> None:
    brief = (
        "პარლამენტმა ახალი კანონის განხილვა დაიწყო\n\n"
        "პარლამენტი დღეს ახალ კანონს პირველი მოსმენით განიხილავს, თუმცა ჯერჯერობით უცნობია,"
        " მიიღებენ თუ არა მას დღესვე და ვინ იქნება მომხსენებელი ამ საკითხზე სხდომაზე.\n"
        "ოპოზიციამ კანონის წინააღმდეგ აქცია პარლამენტის შენობასთან საღამოს დაგეგმა.\n"
    )
    assert news_story(brief) is not None


def test_a_play_s_turns_before_dashes_and_a_report_s_cover_are_no_news_story() -> None:
    play = (
        "ROSA (aparte) — Ya se ha ido. Escucha, la puerta de abajo ha dejado de golpear y la lámpara del"
        " pasillo está apagada desde hace 5 minutos.\n"
        "JUAN — Entonces esperamos cinco minutos más. Si vuelve por el abrigo, verá la luz bajo la puerta.\n"
        "ROSA — ¿Y si no vuelve?\n"
        "JUAN — Entonces salimos por el jardín, como habíamos planeado.\n"
    )
    assert news_story(play) is None
    report = (
        "A Report on Local Ferry Services\n\n"
        "The committee was asked in January to review the frequency and reliability of ferry services in the"
        " borough and to make recommendations to the council.\n"
        "Evening services have fallen by a third since 2019, the committee found.\n"
    )
    assert news_story(report) is None


def test_a_children_s_story_told_a_sentence_a_line_is_no_report() -> None:
    story = (
        "The Little Boat\n\n"
        "Once upon a time a little red boat lived in a quiet harbour beside a tall white lighthouse and a"
        " fish market.\n"
        "On Monday the little boat wanted to see the sea.\n"
        "The big ships laughed at him, but the lighthouse smiled.\n"
        "At 11 the tide came in and the little boat sailed away.\n"
    )
    assert news_story(story) is None

"""The standard headings of a news page's furniture, language by language, as the sites print them.

Each table maps a language (ISO 639-1, with its script where a language has two) to its labels, ``|``
between them; ``labels.py`` folds them into its sets (the buttons' labels are in ``language_buttons``).
A label here is a heading only: no word that stands alone as a line of a letter, a speech or agency
copy in any of the languages (no "del", "tag", "stampa" or "komen" alone).
"""

from __future__ import annotations

__all__ = ["COMMENTS", "READ_ALSO", "TAIL_HEADINGS"]

# "Read also", "See also": a heading over links to other stories, or a link's label before its colon.
READ_ALSO: dict[str, str] = {
    "en": "read also|also read|see also|read more|related reading",
    "fr": "à lire aussi|lire aussi|à lire également|lire également|voir aussi|voir également",
    "es": (
        "puedes leer|también puedes leer|lee también|lea también|ver también|vea también|te puede interesar"
        "|también te puede interesar|verifique también|te podría interesar|también te podría interesar"
    ),
    "pt": "leia também|leia mais|veja também|saiba mais|ler também|leia ainda",
    "it": "leggi anche|vedi anche|potrebbe interessarti|ti potrebbe interessare|potrebbero interessarti",
    "de": (
        "lesen sie auch|lies auch|siehe auch|auch interessant|das könnte sie auch interessieren"
        "|das könnte dir auch gefallen|das könnte ihnen auch gefallen"
    ),
    "nl": "lees ook|lees meer|zie ook",
    "sv": "läs också|läs även|läs mer|se även|du gillar kanske också|du kanske också gillar",
    "da": "læs også|læs mere|se også",
    "nb": "les også|les mer|se også",
    "is": "lestu einnig|sjá einnig",
    "fi": "lue myös|katso myös",
    "et": "loe ka|vaata ka",
    "lv": "lasi arī|lasiet arī|skatiet arī",
    "lt": "taip pat skaitykite|skaitykite taip pat",
    "pl": (
        "czytaj także|czytaj też|czytaj również|zobacz także|zobacz też|przeczytaj także|przeczytaj również"
    ),
    "cs": "čtěte také|čtěte též|přečtěte si také|přečtěte si též|viz také",
    "sk": "čítajte aj|čítajte tiež|prečítajte si aj|pozrite si aj",
    "sl": "preberite tudi|preberi tudi|poglejte tudi",
    "hr": "pročitajte i|pročitajte još|čitajte još|čitajte i|pogledajte i",
    "sr": "pročitajte još|pročitajte i|čitajte još|pogledajte još|pogledajte i",
    "sr-cyrl": "прочитајте још|прочитајте и|читајте још|погледајте још|погледајте и",
    "mk": "прочитајте и|прочитајте уште|погледнете и",
    "bg": "прочетете още|прочети още|прочетете също|вижте още|вижте също|още по темата",
    "ro": "citește și|citeste si|citiți și|vezi și|vezi si",
    "hu": "olvassa el ezt is|ezt is ajánljuk|ez is érdekelheti|lásd még",
    "sq": "lexo edhe|lexoni edhe|lexo gjithashtu",
    "el": "διαβάστε επίσης|διαβάστε ακόμη|διαβάστε ακόμα|δείτε επίσης|δείτε ακόμη",
    "tr": "ayrıca okuyun|bunları da okuyun|ilginizi çekebilir|bunlar da ilginizi çekebilir",
    "az": "həmçinin oxuyun|həmçinin oxu|bunu da oxuyun",
    "ka": "ასევე წაიკითხეთ|ასევე იხილეთ|ასევე დაგაინტერესებთ",
    "hy": "կարդացեք նաև|տես նաև",
    "ru": "читайте также|читайте еще|смотрите также|читайте по теме|по теме",
    "uk": "читайте також|дивіться також|читайте ще|по темі",
    "be": "чытайце таксама|глядзіце таксама",
    "kk": "сондай-ақ оқыңыз",
    "uz": "shuningdek o'qing|shuningdek oʻqing|шунингдек ўқинг",
    "ar": (
        "اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ المزيد|شاهد أيضا|شاهد أيضاً|قد يهمك أيضا"
        "|قد يهمك أيضًا|وقد يهمك أيضا|وقد يهمك أيضًا"
    ),
    "fa": "بیشتر بخوانید|همچنین بخوانید",
    "ur": "یہ بھی پڑھیں|مزید پڑھیں",
    "he": "קראו גם|ראו גם|עוד בנושא",
    "hi": "ये भी पढ़ें|यह भी पढ़ें|और पढ़ें|ये भी पढ़े|इसे भी पढ़ें",
    "bn": "আরও পড়ুন|আরো পড়ুন",
    "ta": "இதையும் படிக்க|இதையும் படியுங்கள்|மேலும் படிக்க",
    "th": "อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง",
    "vi": "xem thêm|đọc thêm|xem tiếp",
    "id": "baca juga|baca pula|simak juga|lihat juga",
    "ms": "baca juga|lihat juga",
    "tl": "basahin din|basahin rin",
    "sw": "soma pia|soma zaidi",
    "ht": "ou ka gade tou|li tou",
    "am": "ተጨማሪ ያንብቡ",
    "zh-hans": "延伸阅读|相关阅读|推荐阅读",
    "zh-hant": "延伸閱讀|相關閱讀|推薦閱讀",
    "ja": "あわせて読みたい|合わせて読みたい|こちらもおすすめ|関連記事",
    "ko": "함께 보면 좋은 기사|관련기사|관련 기사",
    "km": "អានបន្ថែម",
}

# Headings that open the furniture under a story: other stories (related, most read, latest), the links
# to the previous and next story, the story's tags.
TAIL_HEADINGS: dict[str, str] = {
    "en": (
        "related posts|similar posts|similar articles|related news|popular posts|recent posts|latest posts"
        "|most shared|previous post|next post|older post|newer post|older posts|newer posts|latest articles"
        "|most commented|check also|you may also like these|more news from this section"
    ),
    "fr": (
        "articles similaires|articles liés|articles récents|les plus populaires|les plus partagés"
        "|dernières infos|article précédent|article suivant|étiquettes|mots clés|sur le même thème"
        "|les plus commentés|précédent|suivant"
    ),
    "es": (
        "publicaciones similares|lo más reciente|entradas relacionadas|artículos relacionados"
        "|artículos similares|noticias similares|lo más popular|más populares|últimas entradas"
        "|entradas recientes|artículo anterior|artículo siguiente|siguiente artículo|noticia anterior"
        "|noticia siguiente|siguiente noticia|entrada anterior|entrada siguiente|publicación anterior"
        "|siguiente publicación"
    ),
    "pt": (
        "artigos relacionados|notícias relacionadas|posts relacionados|publicações relacionadas"
        "|matérias relacionadas|mais lidas|mais lidos|as mais lidas|mais populares|últimas notícias"
        "|artigo anterior|próximo artigo|notícia anterior|próxima notícia|post anterior|próximo post"
        "|matéria anterior|próxima matéria"
    ),
    "it": (
        "articoli correlati|notizie correlate|post correlati|articoli simili|i più letti|più letti"
        "|più lette|le più lette|ultime notizie|ultim'ora|articolo precedente|articolo successivo"
        "|articolo seguente|notizia precedente|notizia successiva"
    ),
    "de": (
        "verwandte artikel|ähnliche beiträge|verwandte beiträge|das könnte dich auch interessieren"
        "|meistgelesene artikel|meistgelesene|am meisten gelesen|neueste artikel|neueste beiträge"
        "|aktuelle nachrichten|aktuelle meldungen|vorheriger artikel|nächster artikel|vorheriger beitrag"
        "|nächster beitrag|schlagworte"
    ),
    "nl": (
        "gerelateerde artikelen|gerelateerd nieuws|gerelateerde berichten|meest gelezen|laatste nieuws"
        "|vorig artikel|volgend artikel|vorige artikel|volgende artikel|vorig bericht|volgend bericht"
    ),
    "sv": (
        "relaterade artiklar|relaterat|relaterade nyheter|mest läst|mest lästa|senaste nytt|senaste nyheter"
        "|föregående artikel|nästa artikel|taggar"
    ),
    "da": (
        "relaterede artikler|relaterede nyheder|mest læste|mest læst|seneste nyt|seneste nyheder"
        "|forrige artikel|næste artikel"
    ),
    "nb": (
        "relaterte artikler|relaterte saker|mest lest|mest leste|siste nytt|siste nyheter|forrige artikkel"
        "|neste artikkel|stikkord"
    ),
    "is": "tengdar fréttir|fleiri fréttir|nýjustu fréttir|mest lesið|fyrri frétt|næsta frétt",
    "fi": (
        "aiheeseen liittyvät|aiheeseen liittyvää|liittyvät artikkelit|luetuimmat|luetuimmat uutiset"
        "|uusimmat|tuoreimmat|tuoreimmat uutiset|edellinen artikkeli|seuraava artikkeli"
    ),
    "et": (
        "seotud artiklid|seotud uudised|loetuimad|viimased uudised|uusimad|eelmine artikkel|järgmine artikkel"
    ),
    "lv": (
        "saistītie raksti|līdzīgi raksti|lasītākie|populārākie|jaunākās ziņas|jaunākie raksti"
        "|iepriekšējais raksts|nākamais raksts|birkas"
    ),
    "lt": (
        "susiję straipsniai|susijusios naujienos|skaitomiausi|populiariausi|naujausios naujienos|naujausi"
        "|ankstesnis straipsnis|kitas straipsnis|žymės"
    ),
    "pl": (
        "powiązane artykuły|podobne artykuły|podobne wpisy|najczęściej czytane|najpopularniejsze|najnowsze"
        "|najnowsze wiadomości|najnowsze artykuły|poprzedni artykuł|następny artykuł|poprzedni wpis"
        "|następny wpis|tagi"
    ),
    "cs": (
        "přehled dalších článků|další články|související články|související zprávy|nejčtenější"
        "|nejčtenější články|nejnovější|nejnovější zprávy"
        "|předchozí článek|další článek|štítky|tagy"
    ),
    "sk": (
        "súvisiace články|súvisiace správy|najčítanejšie|najnovšie|najnovšie správy|predchádzajúci článok"
        "|ďalší článok|štítky"
    ),
    "sl": (
        "povezani članki|sorodni članki|sorodne novice|najbolj brano|najbolj brane|zadnje novice|najnovejše"
        "|prejšnji članek|naslednji članek|oznake"
    ),
    "hr": (
        "povezani članci|povezane vijesti|vezane vijesti|slične vijesti|najčitanije|najčitanije vijesti"
        "|najnovije|najnovije vijesti|prethodni članak|sljedeći članak|tagovi"
    ),
    "sr": (
        "povezane vesti|slične vesti|povezani tekstovi|najčitanije vesti|najnovije vesti|prethodna vest"
        "|sledeća vest|sledeći članak|prethodni tekst|sledeći tekst"
    ),
    "sr-cyrl": (
        "повезане вести|сличне вести|повезани текстови|најчитаније|најчитаније вести|најновије"
        "|најновије вести|претходна вест|следећа вест|претходни чланак|следећи чланак|тагови|ознаке"
    ),
    "mk": (
        "поврзани вести|поврзани статии|слични вести|најчитани|најчитани вести|најнови вести|најнови"
        "|претходна вест|следна вест|претходна статија|следна статија|ознаки"
    ),
    "bg": (
        "свързани статии|свързани новини|подобни новини|най-четени|най-четено|най-новото|последни новини"
        "|най-нови|предишна статия|следваща статия|предишна новина|следваща новина|етикети|тагове"
    ),
    "ro": (
        "articole similare|articole asemănătoare|articole relaționate|articole recomandate|știri similare"
        "|știri asemănătoare|cele mai citite|cele mai citite știri|ultimele știri|ultimele stiri"
        "|știri recente|articolul anterior|articolul următor|articolul urmator|articolul precedent|etichete"
        "|taguri"
    ),
    "hu": (
        "kapcsolódó cikkek|kapcsolódó hírek|kapcsolódó tartalom|ajánlott cikkek|legolvasottabb"
        "|legolvasottabb cikkek|legolvasottabb hírek|legfrissebb|legfrissebb hírek|friss hírek|előző cikk"
        "|következő cikk|címkék|ezek érdekelhetnek még|ez is érdekelhet|ezek is érdekelhetik"
    ),
    "sq": (
        "lajme të ngjashme|artikuj të ngjashëm|lajme të lidhura|më të lexuarat|më të lexuara"
        "|lajmet e fundit|artikulli i mëparshëm|artikulli tjetër|lajmi i mëparshëm|lajmi tjetër"
    ),
    "el": (
        "σχετικά νέα|σχετικές ειδήσεις|σχετικά θέματα|πιο δημοφιλή|τα πιο δημοφιλή|τελευταίες ειδήσεις"
        "|ροή ειδήσεων|προηγούμενο άρθρο|επόμενο άρθρο"
    ),
    "tr": (
        "benzer haberler|ilgili içerikler|çok okunanlar|en çok okunan haberler|en son haberler"
        "|güncel haberler|önceki haber|sonraki haber|önceki yazı|sonraki yazı|önceki makale|sonraki makale"
        "|etiketler"
    ),
    "az": "ən çox oxunan|əvvəlki xəbər|növbəti xəbər|teqlər",
    "ka": (
        "მსგავსი სიახლეები|მსგავსი სტატიები|დაკავშირებული სიახლეები|ყველაზე კითხვადი|ყველაზე პოპულარული"
        "|ბოლო სიახლეები|წინა სტატია|შემდეგი სტატია|ტეგები"
    ),
    "hy": (
        "նմանատիպ նյութեր|առնչվող նյութեր|ամենաընթերցված|ամենաընթերցվածը|վերջին լուրեր|վերջին նորություններ"
        "|նախորդ նյութը|հաջորդ նյութը|պիտակներ"
    ),
    "ru": (
        "рекомендуем|похожие статьи|похожие материалы|похожие записи|материалы по теме|новости по теме"
        "|самое популярное|популярные новости|свежие новости|предыдущая статья|следующая статья"
        "|предыдущая новость|следующая новость|предыдущая запись|следующая запись|метки"
    ),
    "uk": (
        "схожі новини|схожі статті|схожі матеріали|новини по темі|матеріали по темі|найпопулярніше"
        "|найчитаніше|останні новини|стрічка новин|попередня стаття|наступна стаття|попередня новина"
        "|наступна новина|мітки"
    ),
    "be": "падобныя навіны|самае чытанае|апошнія навіны|папярэдняя навіна|наступная навіна|тэгі",
    "kk": (
        "басқа материалдар|basqa materialdar|ұқсас жаңалықтар|көп оқылған|көп оқылғандар|соңғы жаңалықтар"
        "|тегтер"
    ),
    "uz": (
        "o'xshash yangiliklar|oʻxshash yangiliklar|ko'p o'qilgan|koʻp oʻqilgan|so'nggi yangiliklar"
        "|soʻnggi yangiliklar|oldingi yangilik|keyingi yangilik|teglar|ўхшаш янгиликлар|сўнгги янгиликлар"
        "|кўп ўқилган"
    ),
    "ar": (
        "مقالات ذات صلة|مواضيع مشابهة|أخبار متعلقة|أخبار مشابهة|الأكثر مشاهدة|أحدث الأخبار|المقال السابق"
        "|المقال التالي|الخبر السابق|الخبر التالي|الوسوم|كلمات دالة|الأكثر تعليقا|الأكثر قراءة|الأحدث"
        "|الأكثر قراءة هذا الأسبوع"
    ),
    "fa": (
        "مطالب مرتبط|اخبار مرتبط|مطالب مشابه|اخبار مشابه|پربازدیدترین|پربازدیدترین ها|پربازدیدترین\u200cها"
        "|آخرین اخبار|اخبار منتخب|اخبار جذاب روز|مطلب قبلی|مطلب بعدی|خبر قبلی|خبر بعدی|برچسب\u200cها|برچسب ها"
    ),
    "ur": "متعلقہ خبریں|تازہ ترین|تازہ ترین خبریں|مقبول ترین",
    "he": (
        "כתבות קשורות|כתבות נוספות|מומלצים|הנקראים ביותר|הכתבות הנקראות ביותר|חדשות אחרונות|הכתבה הקודמת"
        "|הכתבה הבאה|לכתבה הקודמת|לכתבה הבאה|תגיות"
    ),
    "hi": (
        "संबंधित खबरें|संबंधित ख़बरें|संबंधित लेख|सम्बंधित खबरें|सबसे ज्यादा पढ़ी गई|सबसे ज़्यादा पढ़ी गई"
        "|ताज़ा खबरें|ताजा खबरें|ताज़ा ख़बरें|पिछला लेख|अगला लेख|पिछली खबर|अगली खबर|टैग्स"
    ),
    "bn": "সম্পর্কিত খবর|সর্বাধিক পঠিত|সর্বশেষ|সর্বশেষ খবর|সর্বশেষ সংবাদ|আগের খবর|পরের খবর",
    "ta": "தொடர்புடைய செய்திகள்|சமீபத்திய செய்திகள்|அதிகம் படித்தவை|குறிச்சொற்கள்",
    "th": (
        "ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|ข่าวล่าสุด|บทความล่าสุด|ยอดนิยม|ข่าวยอดนิยม|บทความก่อนหน้า"
        "|บทความถัดไป|ข่าวก่อนหน้า|ข่าวถัดไป|แท็ก"
    ),
    "vi": (
        "bài viết liên quan|tin tức liên quan|đọc nhiều|đọc nhiều nhất|tin mới nhất|tin nổi bật|bài trước"
        "|bài tiếp theo|bài viết trước|bài viết tiếp theo|tin trước|tin tiếp theo|từ khóa|từ khoá"
    ),
    "id": (
        "terpopuler|berita terpopuler|paling banyak dibaca|terbaru|artikel terbaru|artikel sebelumnya"
        "|artikel selanjutnya|berita sebelumnya|berita selanjutnya|postingan terkait"
    ),
    "ms": "berita berkaitan|paling popular|terkini|berita terkini|artikel seterusnya",
    "tl": "mga kaugnay na balita|kaugnay na balita|pinakabagong balita",
    "sw": (
        "habari zinazohusiana|makala zinazohusiana|habari nyingine|habari zaidi|habari mpya"
        "|habari za hivi punde|zilizosomwa zaidi"
    ),
    "ht": "atik ki gen rapò|lòt atik|dènye nouvèl|dènye atik|atik anvan|atik apre",
    "am": "ተዛማጅ ዜናዎች|ተዛማች ዜናዎች|ተመሳሳይ ዜናዎች|የቅርብ ጊዜ ዜናዎች",
    "zh-hans": (
        "相关新闻|相关文章|相关报道|热门文章|热门新闻|热点新闻|阅读排行|最新新闻|最新文章|上一篇|下一篇"
        "|上一条|下一条|标签"
    ),
    "zh-hant": "相關新聞|相關文章|相關報導|熱門文章|熱門新聞|最新新聞|上一則|下一則|標籤",
    "ja": (
        "関連ニュース|おすすめ記事|人気記事|アクセスランキング|最新記事|最新ニュース|前の記事|次の記事|タグ"
    ),
    "ko": (
        "관련뉴스|관련 뉴스|많이 본 뉴스|가장 많이 본 뉴스|많이 본 기사|인기기사|인기 기사|최신기사"
        "|최신 기사|최신뉴스|이전기사|다음기사|이전 기사|다음 기사|이전글|다음글|태그"
    ),
    "km": "អត្ថបទពាក់ព័ន្ធ|ព័ត៌មានពាក់ព័ន្ធ|ព័ត៌មានថ្មីៗ|អត្ថបទថ្មីៗ|អត្ថបទមុន|អត្ថបទបន្ទាប់",
}

# The comments under a story: their heading, a count's label ("3 Comments", folded) and the invitation to
# write one.
COMMENTS: dict[str, str] = {
    "en": (
        "write comment|read comments|write a comment|add a comment|leave a reply|join the discussion"
        "|post new comment"
    ),
    "fr": "laisser un commentaire|ajouter un commentaire|écrire un commentaire|réagir à cet article",
    "es": "deja un comentario|dejar un comentario|escribe un comentario|añadir comentario|deja tu comentario",
    "pt": "comentários|deixe um comentário|deixe seu comentário|deixe o seu comentário|escreva um comentário",
    "it": "commenti|scrivi un commento|aggiungi un commento",
    "de": "kommentar schreiben|kommentieren",
    "nl": "reacties|reageer|plaats een reactie|laat een reactie achter|geef een reactie",
    "sv": "kommentarer|skriv en kommentar|lämna en kommentar",
    "da": "kommentarer|skriv en kommentar",
    "nb": "kommentarer|skriv en kommentar",
    "is": "skrifa athugasemd",
    "fi": "kommentit|kommentoi|jätä kommentti|kirjoita kommentti",
    "et": "kommentaarid|kommenteeri|lisa kommentaar|viimased kommentaarid|loe kõiki kommentaare",
    "lv": "komentāri|komentēt|pievienot komentāru",
    "lt": "komentarai|komentuoti|parašykite komentarą|rašyti komentarą",
    "pl": "komentarze|komentarzy|dodaj komentarz|napisz komentarz|skomentuj",
    "cs": "komentáře|komentářů|přidat komentář|napsat komentář",
    "sk": "komentáre|komentárov|pridať komentár|napísať komentár",
    "sl": "komentarji|komentarjev|dodaj komentar|napiši komentar|komentiraj",
    "hr": "komentari|komentara|ostavite komentar|ostavi komentar|napiši komentar|dodaj komentar|komentiraj",
    "sr": "postavi komentar|ostavite komentar|komentariši",
    "sr-cyrl": (
        "коментари|коментара|постави коментар|оставите коментар|остави коментар|напиши коментар"
        "|додај коментар"
    ),
    "mk": "оставете коментар|додај коментар",
    "bg": "коментара|напиши коментар|напишете коментар|добави коментар|остави коментар|коментирай",
    "ro": "comentarii|lasă un comentariu|lasa un comentariu|adaugă un comentariu|scrie un comentariu",
    "hu": "hozzászólások|kommentek|szólj hozzá|hozzászólás írása",
    "sq": "komentet|lini një koment|lër një koment|shkruaj një koment",
    "el": "σχόλια|σχολιάστε|γράψτε σχόλιο|αφήστε ένα σχόλιο",
    "tr": "yorumlar|yorum yap|yorum yaz|yorum yapın|ilk yorum yazan siz olun|ilk yorumu siz yapın",
    "az": "şərhlər|şərh yaz|şərh yazın",
    "ka": "კომენტარები",
    "hy": "մեկնաբանություններ",
    "ru": "комментариев|комментария|написать комментарий|оставить комментарий|добавить комментарий",
    "uk": "коментарі|коментарів|коментаря|написати коментар|залишити коментар|додати коментар",
    "be": "каментары|каментарыі|пакінуць каментар",
    "kk": "пікірлер|пікір қалдыру",
    "uz": "izohlar|izoh qoldirish|изоҳлар",
    "ar": "التعليقات|أضف تعليق|أضف تعليقا|أضف تعليقاً|اكتب تعليقك",
    "fa": "نظرات|نظرات کاربران|دیدگاه\u200cها|دیدگاه ها|ارسال نظر",
    "ur": "تبصرے",
    "he": "תגובות|הוסף תגובה|הוספת תגובה|כתבו תגובה",
    "hi": "टिप्पणियाँ|टिप्पणियां|कमेंट्स|कमेंट करें|टिप्पणी करें",
    "bn": "মন্তব্যসমূহ|মন্তব্য করুন",
    "ta": "கருத்துகள்|கருத்துக்கள்",
    "th": "ความคิดเห็น|แสดงความคิดเห็น|กำลังโหลดความคิดเห็น",
    "vi": "bình luận|gửi bình luận|viết bình luận|ý kiến bạn đọc",
    "id": "komentar|tulis komentar|tinggalkan komentar|tinggalkan balasan",
    "ms": "tinggalkan komen",
    "tl": "mga komento|mag-iwan ng komento",
    "sw": "toa maoni|andika maoni|acha maoni",
    "ht": "kòmantè|kite yon kòmantè|ekri yon kòmantè",
    "am": "አስተያየቶች|አስተያየት ይስጡ",
    "zh-hans": "评论|网友评论|发表评论|我要评论|快速回复|发表回复",
    "zh-hant": "評論|發表評論|網友評論",
    "ja": "コメント|コメントする|コメントを書く",
    "ko": "댓글|댓글쓰기|댓글 쓰기",
    "km": "មតិយោបល់",
}

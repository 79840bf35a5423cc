"""The labels of page furniture and the folding of a line to match them (:func:`label_key`).

Headings over lists of other stories, skip links, and the labels of buttons and boxes, in the languages
of ``language_labels`` and ``language_buttons`` and of the sites read; each is written as
:func:`label_key` folds a line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ingest_builtins.formats.articles.language_buttons import BUTTONS
from ingest_builtins.formats.articles.language_labels import COMMENTS, READ_ALSO, TAIL_HEADINGS

__all__ = [
    "AD_LABELS",
    "COMMENT_LABELS",
    "END_MARKERS",
    "PREV_NEXT",
    "READ_ALSO_LABELS",
    "SKIP_LINKS",
    "TAGS",
    "WIDGET_LABELS",
    "label_key",
    "labels",
]


# Arabic-script letters written one way or the other for the same word: the alef with or without its
# hamza or madda, Arabic's and Persian's yeh and kaf, the alef maksura; the tatweel stretching a word and
# the short vowels' marks, written or not ("أيضاً", "ايضا").
_ARABIC_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ي": "ی", "ى": "ی", "ك": "ک", "ـ": None}
    | dict.fromkeys(map(chr, range(0x064B, 0x0653)))
)


def _fold(text: str) -> str:
    """NFKC, case-folded; Turkish "İ" as "i"; Arabic-script spelling variants as one."""
    return unicodedata.normalize("NFKC", text).casefold().replace("i\u0307", "i").translate(_ARABIC_FOLDS)


def labels(block: str) -> frozenset[str]:
    """The labels of a block, case-folded and normalised as :func:`label_key` folds a line.

    (NFKC, Greek "ς" becomes "σ", Turkish "İ" becomes "i", "أ" and "ا" are one letter.)
    """
    found = (_fold(label).strip() for line in block.splitlines() for label in line.split("|"))
    return frozenset(found) - {""}


_LEAD = re.compile(r"^[\W\d_]+")
_TRAIL = re.compile(r"[\W_]+$")
# A count with a label: after it in brackets or after a colon ("Comments (3)", "Komentari: 0"), and the
# counted forms of Chinese, Japanese and Korean ("已有 0 条评论", "共 3 条评论", "3件のコメント", "댓글 3개").
_COUNT_AFTER = re.compile(r"\s*(?:\(\s*\d[\d\s.,]*\)|\[\s*\d[\d\s.,]*\]|:\s*\d[\d\s.,]*|\s\d[\d,]*\s*개)\W*$")
_COUNT_BEFORE = re.compile(r"^(?:已有|共有|共)?\s*\d[\d,]*\s*(?:条|條|则|則|件の)\s*")


@lru_cache(maxsize=256)
def label_key(line: str) -> str:
    """A line as a label: case-folded, NFKC, edge punctuation and counts dropped, spaces collapsed.

    A count before or after the label goes (``3 Comments``, ``Коментари (3)``, ``Komentari: 0``,
    ``已有 0 条评论``, ``3件のコメント``, ``댓글 3개``), and so does a colon after it in any script
    (``Share:``, ``上一篇：``, ``ចែករំលែក៖``); the vowel signs a word of an Indic, Thai or Khmer script
    ends with stay. A label printed twice on its line is read once.
    """
    text = _fold(line.replace("’", "'"))
    last = text.rstrip(" :.)]")[-1:]
    if last.isdigit() or last == "개":
        text = _COUNT_AFTER.sub("", text)
    if text[:1].isdigit() or text.startswith(("已有", "共")):
        text = _COUNT_BEFORE.sub("", text)
    text = _LEAD.sub("", text)
    trail = _TRAIL.search(text)
    if trail is not None:
        cut = trail.start()
        while cut < len(text) and unicodedata.category(text[cut])[0] == "M":
            cut += 1  # a combining vowel sign or mark ends the word: "शेयर करें", "ចែករំលែក"
        text = text[:cut]
    parts = text.split()
    half = len(parts) // 2
    if half and len(parts) == 2 * half and parts[:half] == parts[half:]:
        parts = parts[:half]  # two slots' labels copied onto one line: "Ads by Google Ads by Google"
    return " ".join(parts)


# The comments' heading and the invitation to write one, in each language ("Comments", "Коментари (3)").
COMMENT_LABELS = labels("\n".join(COMMENTS.values()))

# "Read also", "See also" in each language: a heading over links to other stories, or a link's label.
READ_ALSO_LABELS = labels("\n".join(READ_ALSO.values()))

# The links to the previous and the next story, which a page may print with the story's title after a colon.
PREV_NEXT = labels(
    """
    previous article|next article|previous post|next post|previous story|next story
    上一篇|下一篇|上一条|下一条|上一則|下一則|上一篇文章|下一篇文章|前の記事|次の記事|이전글|다음글|이전기사|다음기사
    """
)

# The label of a story's tags alone on its line, over them ("Tags", "Etiquetas", "标签"); not before them on
# one line, which a diplomatic cable's "TAGS: PREL, PGOV" line is too.
TAGS = labels(
    """
    tags|etiquetas|mots-clés|mots clés|étiquettes|schlagwörter|schlagworte|etichette|tagi|tagy|štítky|oznake
    tagovi|тагови|ознаке|ознаки|етикети|тагове|címkék|etiketler|teqlər|ετικέτες|теги|метки|мітки|тэгі|тегтер
    teglar|taggar|stikkord|birkas|žymės|etichete|taguri|الوسوم|كلمات دالة|برچسب\u200cها|برچسب ها|תגיות|टैग्स
    แท็ก|từ khóa|từ khoá|标签|標籤|タグ|태그|ტეგები|պիտակներ
    """
)


# Labels after which a page lists other stories, in the languages of the sites we read.
END_MARKERS = (
    labels(
        """
    latest news|latest|latest stories|latest headlines|top headlines|more headlines|more news|all news
    other news|news feed|related|related news
    related articles|related topics|related tags|topics|tags
    related stories|related content|read also|also read|read more|more on this|more on this story|see also
    you might also like|you may also like|you may be interested|you might be interested in|recommended
    recommended for you|recommended stories|most read|most popular|most viewed|popular|popular news|trending
    top stories|more top stories|more stories|more from|editor's choice|editors' picks|partners' news
    partner news
    news from partners|from our partners|sponsored|sponsored content|comments|leave a comment|post a comment
    search in archive|search the archive|archive|back to top|next article|previous article|print version
    printable version|recommend news to friend|send to a friend|share this article|share this page|share this
    news in pictures|in pictures|next story|previous story|themenverwandte artikel|quellen|sources|fuentes
    about author|about the author|about the authors|à propos de l'auteur|sobre el autor|sobre o autor
    media enquiries|media inquiries|press enquiries|press inquiries|press contact|press contacts|media contact
    media contacts|for media inquiries|for media enquiries|notes to editors|notes for editors|note to editors
    contact|contacts|kontakt|pressekontakt|service nur für journalisten|contact presse|contacts presse
    contact médias|contacto de prensa|contactos de prensa|contato|contatti stampa|ufficio stampa|presskontakt
    kontakt för media|mediakontakt|ends|end of press release|fin du communiqué
    son xəbərlər|digər xəbərlər|oxşar xəbərlər|xəbər lenti|bütün xəbərlər|ən çox oxunanlar|arxivdə axtar
    son dakika|son haberler|ilgili haberler|diğer haberler|en çok okunanlar
    последние новости|читайте также|читайте еще|похожие новости|другие новости|все новости|лента новостей
    популярное|самое читаемое|смотрите также|поиск по архиву|версия для печати|комментарии
    dernières nouvelles|dernières actualités|à lire aussi|lire aussi|voir aussi|sur le même sujet
    les plus lus|la rédaction vous conseille|commentaires|à lire également|a lire également|a lire aussi
    lire également
    últimas noticias|noticias relacionadas|te puede interesar|lo más leído|lee también|ver también|lo último
    más contenido de esta sección|más noticias
    más información|comentarios|noticias de interés|más leídas|más leídos|lo más visto|más vistas
    baca juga|baca artikel lainnya|artikel lainnya|berita terkait|berita lainnya|artikel terkait
    artikel berkaitan
    te recomendamos|recomendamos
    berita terbaru
    tin mới|tin liên quan|tin khác|tin tức khác|xem thêm|tin cùng chuyên mục
    weitere artikel|das könnte sie auch interessieren|ähnliche artikel|mehr zum thema|auch interessant
    meistgelesen|kommentare|weitere nachrichten
    temas|etiquetas|mots-clés|palavras-chave|schlagwörter|теги|ключевые слова|anahtar kelimeler|temas de hoy
    veja também|uusimmat tiedotteet|uusimmat uutiset|lue myös|läs också|senaste nyheterna|les også|læs også
    διαβάστε επίσης|δημοφιλή|τελευταία νέα|σχετικά άρθρα|ετικέτες|aiheet|asiasanat|emneord|ämnen
    أخبار ذات صلة|اقرأ أيضا|اقرأ أيضاً|الأكثر قراءة|مواضيع ذات صلة|آخر الأخبار|أخبار أخرى
    """
    )
    | COMMENT_LABELS
    | READ_ALSO_LABELS
    | PREV_NEXT
    | TAGS
    | labels("\n".join(TAIL_HEADINGS.values()))
)

# The links at the very top of a page that skip its navigation, in the languages of the sites read.
SKIP_LINKS = labels(
    """
    skip to main content|skip to content|skip navigation|jump to content|jump to main content
    aller au contenu principal|aller au contenu|passer au contenu
    ir al contenido principal|saltar al contenido|ir al contenido|ir para o conteúdo|saltar para o conteúdo
    saltar al contenido principal|omitir los comandos de cinta|skip ribbon commands
    zum inhalt springen|direkt zum inhalt|direkt zum inhalt springen|springe zum inhalt
    zum hauptinhalt springen
    vai al contenuto|salta al contenuto|vai al contenuto principale
    naar de inhoud|ga naar de inhoud|przejdź do treści|přejít na obsah|перейти к содержанию
    перейти к основному содержанию|перейти до основного вмісту
    تخطى إلى المحتوى الرئيسي|تخطي إلى المحتوى الرئيسي|انتقل إلى المحتوى|الانتقال إلى المحتوى الرئيسي
    siirry suoraan sisältöön|siirry sisältöön|hoppa till innehållet|gå til hovedinnhold|gå til indhold
    spring til indhold|pular para o conteúdo principal|pular para o conteúdo|ir para o conteúdo principal
    ugrás a tartalomra|przejdź do głównej treści|preskoči na sadržaj|μετάβαση στο περιεχόμενο
    langsung ke konten|chuyển đến nội dung|skip to main|skip to navigation|skip to search|skip to footer
    ir para o menu|ir para a busca|ir para o rodapé|ir para o conteúdo|aller au menu|aller à la recherche
    ir al menú|ir a la búsqueda|ir al pie de página|zur navigation springen|zur suche springen
    본문 바로가기|컨텐츠 바로가기|콘텐츠 바로가기|메뉴 바로가기
    跳到主要内容|跳至主要内容|本文へスキップ|本文へ移動|ana içeriğe geç|içeriğe geç
    hoppa yfir valmynd|hopp til innhold|naar de inhoud springen|přeskočit na obsah|preskočiť na obsah
    saltar ao contido|ir ao contido|saltar ao pe de páxina|saltar al pie de página|anar al contingut
    saltar al contingut|vés al contingut|joan edukira|edukira joan|sari la conținut|salt la conținut
    preskoči na vsebino|пређи на садржај|направо към съдържанието|sari la conținut|ugrás a tartalomhoz
    перейти к содержимому|перейти до вмісту|pereiti prie turinio|pāriet uz saturu|mine sisu juurde
    kalo te lënda|דלג לתוכן|דלג לתוכן הראשי|پرش به محتوا|تخطى إلى المحتوى|lompat ke konten
    langkau ke kandungan|ข้ามไปยังเนื้อหา|コンテンツへスキップ|跳至内容|跳至主要內容|跳到主要內容
    """
)

# The label over an advertisement's slot, left as a line of its own where the page is copied as text
# ("Advertisement", "- Advertisement -", "اضافة اعلان"): a page's mark, which no letter, speech or agency
# copy prints.
AD_LABELS = labels(
    """
    advertisement|advertising|advertisements|sponsored|sponsored content|advertisement - scroll to continue
    story continues below advertisement|article continues below advertisement|scroll to continue with content
    scroll to continue reading|continue reading below|advertisement continue reading below
    ads by google|anuncios google|annonces google|google anzeigen
    article continues after advertisement|story continues after advertisement|tekst se nastavlja ispod oglasa
    tekst se nastavlja ispod reklame|članak se nastavlja ispod oglasa|continúa después de la publicidad
    la suite après la publicité|suite après la publicité|continua após a publicidade
    continua depois da publicidade
    continua dopo la pubblicità|weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt
    dalsza część artykułu pod reklamą|dalszy ciąg artykułu pod reklamą|článek pokračuje pod reklamou
    článok pokračuje pod reklamou|articolul continuă după reclamă|a cikk a hirdetés után folytatódik
    продолжение после рекламы|статья продолжается после рекламы|продовження після реклами
    η συνέχεια μετά τη διαφήμιση|haberin devamı reklamdan sonra|artikel gaat verder na de advertentie
    artikeln fortsätter efter annonsen|artiklen fortsætter efter annoncen
    publicité|publicidad|publicidade|pubblicità|werbung|anzeige|advertentie|reklama|reklam|reklame|reclamă
    реклама|διαφήμιση|mainos|annons|hirdetés|oglas|iklan|quảng cáo|광고|広告|广告|廣告|โฆษณา
    اضافة اعلان|إضافة إعلان|مساحة إعلانية|اشتہار|تبلیغات|פרסומת|विज्ञापन|বিজ্ঞাপন
    """
)


# Labels of buttons and boxes that sit anywhere on a page and say nothing of the article, the skip and
# accessibility links at the top of a government site's pages among them, in the languages of the sites read.
WIDGET_LABELS = (
    END_MARKERS
    | SKIP_LINKS
    | AD_LABELS
    | labels(
        """
    main content|hauptinhalt|contenu principal|contenido principal|conteúdo principal|contenuto principale
    accessibility|accessibilité|contraste élevé|версия для слабовидящих|версія для людей з вадами зору
    jaa|dela|κοινοποίηση|compartilhe|compartilhar|evästeasetukset|cookie settings|cookie-einstellungen
    copier le lien|copiar enlace|copiar link|link kopieren|copia link|копировать ссылку
    configurações de cookies|paramètres des cookies|configuración de cookies|follow us on google news
    مشاركة|طباعة|شارك|فيسبوك|تويتر|إكس|واتساب|распечатать|печать страницы|поделиться в соцсетях
    you are here|vous êtes ici|usted está aquí
    download|télécharger|descargar|baixar|herunterladen|scarica|download pdf|télécharger le pdf
    send push|share on social media|retour sommaire|back to summary|síganos en las redes sociales
    scroll to top|siga-nos nas redes|siga-nos nas redes sociais|síguenos en redes|síguenos en redes sociales
    주소복사가 완료되었습니다|주소 복사|我来说两句
    manténgase en contacto|stay in touch|suivez-nous sur les réseaux sociaux
    listen to this article|escuchar esta nota|escuchar esta noticia|écouter cet article|artikel anhören
    escuchar nota|back|اظهر المزيد|أظهر المزيد|عرض المزيد|زر الذهاب إلى الأعلى|الذهاب إلى الأعلى
    reklama|advertentie|ster advertentie|annonce|anuncio|publicidade|pubblicità|werbung
    قد يعجبك ايضا|قد يعجبك أيضا
    gestione cookie|gestionar cookies|gérer les cookies|返回|列印|打印|放大圖片|放大图片|返回列表
    exit mobile version|guardar|sauvegarder|speichern|salvar|salva|campo obrigatório|campo obligatorio
    champ obligatoire|required field|pflichtfeld|行動版|電腦版|手机版|电脑版|выбор читателей
    story continues below|article content|feedback
    recomendados para si|recomendados para você
    ouvir esta notícia|ascolta l'articolo
    imprime la página completa|imprimir esta página|imprimir página|versión para imprimir|imprimer la page
    imprimer cette page|seite drucken|print page|stampa la pagina|imprimir a página
    what are you looking for|o que você procura|que recherchez-vous|qu'est-ce que vous cherchez
    qué estás buscando|qué buscas|wonach suchen sie|cosa stai cercando|search this site|rechercher sur le site
    share|tweet|email|e-mail|print|save|like|follow|follow us|subscribe|newsletter|advertisement|advertising
    ad|sponsored|close|menu|search|home|login|log in|sign in|sign up|register|photo|video|gallery|listen|image
    share on facebook|share on twitter|share on whatsapp|share on telegram|copy link|print this page
    connect with us|follow us on|font size|a a a
    paylaş|çap et|abunə ol|reklam|paylaş facebook|поделиться|реклама|печать|подписаться
    partager|imprimer|publicité|s'abonner|compartir|imprimir|publicidad|suscríbete|teilen|drucken|anzeige
    """
    )
    | labels("\n".join(BUTTONS.values()))
)

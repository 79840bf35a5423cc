"""The standard labels of a news page's buttons, language by language, as the sites print them.

Share, print, follow, subscribe, back to the top: each language (ISO 639-1, with its script where a
language has two) maps to its labels, ``|`` between them, as in ``language_labels``; no word that stands
alone as a line of a letter, a speech or agency copy in any of the languages.
"""

from __future__ import annotations

__all__ = ["BUTTONS"]

# Buttons and boxes anywhere on the page: share, print, follow, subscribe.
BUTTONS: dict[str, str] = {
    "en": (
        "text size|share this post|share this story|share article|print article|print this article"
        "|spread the love|follow us on social media|subscribe to our newsletter|sign up for our newsletter"
        "|newsletter sign up|email this article|share via email|profile picture|profile photo|author avatar"
        "|go to the main site|go to main site|go to homepage|go to the homepage|back to homepage"
        "|back to the homepage|return to homepage"
    ),
    "fr": (
        "haut de page|retour en haut|retour en haut de page|partager cet article|partager l'article"
        "|partager sur facebook|imprimer l'article|imprimer cet article|suivez-nous|abonnez-vous"
        "|abonnez-vous à la newsletter|inscrivez-vous à la newsletter|envoyer à un ami|envoyer par e-mail"
        "|taille du texte|taille de la police"
    ),
    "es": (
        "leer más|volver arriba|ir arriba|compartir este artículo|compartir esta noticia"
        "|comparte esta noticia|comparte este artículo|compartí esta noticia|compartí esta nota"
        "|compartir en facebook|compartir en twitter"
        "|imprimir artículo|imprimir noticia|síguenos|síguenos en|suscríbete al boletín"
        "|suscríbete a nuestro boletín|enviar por correo|únete al newsletter|únete a nuestro newsletter"
        "|suscríbete al newsletter|suscríbete a nuestro newsletter|tamaño de letra|tamaño del texto"
    ),
    "pt": (
        "voltar ao topo|compartilhar|partilhar|partilhe|compartilhe esta notícia|compartilhe este artigo"
        "|partilhe este artigo|partilhar artigo|imprimir notícia|imprimir artigo|siga-nos"
        "|assine a newsletter|receba nossa newsletter|inscreva-se na newsletter"
    ),
    "it": (
        "torna su|torna in alto|condividi|condividi l'articolo|condividi questo articolo"
        "|condividi su facebook|stampa l'articolo|stampa articolo|stampa questo articolo|seguici|seguici su"
        "|seguici sui social|iscriviti alla newsletter|invia per email"
    ),
    "de": (
        "nach oben|zurück nach oben|artikel teilen|beitrag teilen|diesen artikel teilen|artikel drucken"
        "|beitrag drucken|folgen sie uns|folge uns|newsletter abonnieren|artikel versenden"
        "|per e-mail versenden|per mail teilen|textgröße ändern|textgröße|schriftgröße|schriftgröße ändern"
    ),
    "nl": (
        "naar boven|terug naar boven|delen|deel dit artikel|deel dit bericht|delen op facebook|printen"
        "|afdrukken|print dit artikel|volg ons|abonneren|nieuwsbrief|schrijf je in voor de nieuwsbrief"
    ),
    "sv": "dela artikeln|dela på facebook|skriv ut|följ oss|prenumerera|nyhetsbrev",
    "da": "del artiklen|del på facebook|udskriv|følg os|tilmeld dig nyhedsbrevet|nyhedsbrev",
    "nb": "del artikkelen|del saken|skriv ut|følg oss|abonner|nyhetsbrev",
    "is": "deila|deila frétt|prenta|prenta frétt|hafa samband|fylgdu okkur|fréttabréf",
    "fi": "jaa artikkeli|tulosta|seuraa meitä|tilaa uutiskirje|uutiskirje",
    "et": "jaga|jaga artiklit|prindi|jälgi meid|uudiskiri|telli uudiskiri",
    "lv": "dalīties|drukāt|seko mums",
    "lt": "dalintis|pasidalinti|spausdinti|sekite mus|naujienlaiškis|prenumeruoti",
    "pl": "udostępnij|podziel się|drukuj|wydrukuj|obserwuj nas|subskrybuj|zapisz się do newslettera",
    "cs": "sdílet|sdílet článek|sdílejte|vytisknout|tisk článku|sledujte nás",
    "sk": "zdieľať|zdieľať článok|tlačiť|vytlačiť|sledujte nás",
    "sl": "deli članek|deli na facebooku|natisni|natisni članek|sledite nam",
    "hr": "podijeli|podijelite|podijeli članak|podijeli na facebooku|ispiši|isprintaj|printaj|pratite nas",
    "sr": "podeli|podelite|podeli vest|podeli tekst|odštampaj|odštampaj tekst|štampaj|štampaj tekst",
    "sr-cyrl": "подели|поделите|подели вест|одштампај|одштампај текст|штампај|пратите нас",
    "mk": "сподели|споделете|испечати|следете не",
    "bg": (
        "сподели|сподели статията|сподели новината|споделете|принтирай|отпечатай|последвайте ни|абонирай се"
        "|абонирайте се"
    ),
    "ro": "distribuie|distribuie articolul|printează|tipărește|urmărește-ne|urmăriți-ne|abonează-te",
    "hu": "megosztás|megosztom|nyomtatás|kövess minket|kövessen minket|hírlevél|feliratkozás|iratkozz fel",
    "sq": "shpërndaj|shpërndaje|printo|na ndiqni",
    "el": "κοινοποιήστε|μοιραστείτε|μοιραστείτε το άρθρο|εκτύπωση|εκτύπωση άρθρου|ακολουθήστε μας",
    "tr": "haberi paylaş|yazdır|haberi yazdır|bizi takip edin|takip et|abone ol|e-bülten",
    "az": "bizi izləyin|abunə olun",
    "ka": "გაზიარება|ბეჭდვა|გამოგვყევით",
    "hy": "կիսվել|տպել|հետևեք մեզ",
    "ru": (
        "обсудить|наверх|поделиться статьей|поделиться новостью|подписывайтесь|подписывайтесь на нас"
        "|мы в соцсетях|рассылка"
    ),
    "uk": (
        "вгору|нагору|поділитися|поділитися новиною|друк|роздрукувати|версія для друку|підписатися"
        "|підписуйтесь|слідкуйте за нами"
    ),
    "be": "падзяліцца|друкаваць|падпісацца|сачыце за намі",
    "kk": "бөлісу|басып шығару",
    "uz": "ulashish|chop etish|bizni kuzating|улашиш",
    "ar": (
        "شارك المقال|شارك الخبر|شارك على فيسبوك|اطبع|طباعة الخبر|تابعونا|تابعنا|تابعونا على"
        "|اشترك في النشرة البريدية|النشرة البريدية|النشرة الإخبارية"
    ),
    "fa": "اشتراک گذاری|اشتراک\u200cگذاری|چاپ|چاپ خبر|ما را دنبال کنید|عضویت در خبرنامه|خبرنامه",
    "ur": "شیئر کریں|پرنٹ|پرنٹ کریں|ہمیں فالو کریں",
    "he": "שתף|שתפו|שיתוף|שתף כתבה|הדפס|הדפסה|עקבו אחרינו|ניוזלטר|הירשמו לניוזלטר",
    "hi": "शेयर करें|शेयर|प्रिंट|प्रिंट करें|हमें फॉलो करें|फॉलो करें|सब्सक्राइब करें|न्यूज़लेटर",
    "bn": "শেয়ার করুন|শেয়ার|প্রিন্ট|প্রিন্ট করুন",
    "ta": "பகிர்|பகிரவும்|அச்சிடு",
    "th": "แชร์|แบ่งปัน|พิมพ์|ติดตามเรา",
    "vi": "chia sẻ|in bài viết|in bài|theo dõi chúng tôi|đăng ký nhận tin",
    "id": "bagikan|bagikan artikel|bagikan berita|cetak|cetak berita|ikuti kami|berlangganan",
    "ms": "kongsi|kongsi artikel|ikuti kami|langgan",
    "tl": "ibahagi|i-share|i-print|sundan kami|mag-subscribe",
    "sw": "shiriki|chapisha|tufuate|jiandikishe",
    "ht": "pataje|enprime",
    "am": "ያጋሩ|አጋራ|አትም",
    "zh-hans": "分享|分享到|分享至|打印本页|打印本文|关注我们|订阅|分享到微信|分享到微博",
    "zh-hant": "分享|分享到|列印本頁|列印本文|關注我們|追蹤我們|訂閱",
    "ja": "シェア|シェアする|ツイート|印刷|印刷する|フォローする|購読する|続きを読む",
    "ko": "공유하기|공유|인쇄|인쇄하기|구독|구독하기",
    "km": "ចែករំលែក|បោះពុម្ព",
}

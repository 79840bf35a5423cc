"""Lines a site puts around copy pasted from it: section names, share widgets, feedback and offers.

Agency copy pasted from a site keeps them above the dateline (the section
the story was filed under, a "Share" button) and below the last paragraph
("Share on Facebook", "Found a typo? Select it and press Ctrl+Enter",
"Subscribe to our newsletter").  They are recognised by what they are, in
the languages of the sites read, never by the words of one page.
"""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.furniture import (
    WIDGET_LABELS,
    breadcrumb,
    is_home,
    is_widget_label,
    label_key,
    words,
)
from ingest_builtins.formats.articles.labels import labels
from ingest_builtins.formats.articles.reader_prompts import (
    is_channel_prompt,
    is_comment_form_line,
    is_social_prompt,
)
from ingest_builtins.formats.text_keys import may_hold

__all__ = [
    "CONTACT_HEADING",
    "LANGUAGE_NAMES",
    "RIGHTS_RESERVED",
    "SECTIONS",
    "SHARE_TARGETS",
    "is_affiliate_notice",
    "is_developing_note",
    "is_feedback_prompt",
    "is_language_switch",
    "is_rights_line",
    "is_section_line",
    "is_share_line",
    "is_share_row",
    "is_site_line",
    "language_switch_start",
]


#: Section names under which news sites file stories, in the languages of the sites read (folded as
#: :func:`label_key` folds a line).
SECTIONS = labels(
    """
    news|world|world news|international|national|local|politics|political|economy|business|finance|markets
    society|culture|science|technology|tech|health|sport|sports|opinion|analysis|region|regions|europe|asia
    africa|americas|middle east|us|uk|u.s.|diplomacy|foreign policy|security|defence|defense|energy
    environment|top news|breaking news|official|official news|press releases|lifestyle|education|interview
    internacional|nacional|política|economía|sociedad|cultura|deportes|opinión|mundo|actualidad|ciencia
    international|politique|économie|société|culture|sports|monde|france|europe|actualité|diplomatie
    politik|wirtschaft|gesellschaft|kultur|sport|welt|ausland|inland|meinung|nachrichten
    политика|экономика|общество|культура|спорт|мир|в мире|новости|происшествия|регионы|дипломатия
    siyasət|iqtisadiyyat|cəmiyyət|mədəniyyət|idman|dünya|xəbərlər|region|rəsmi xəbərlər
    siyaset|ekonomi|toplum|kültür|spor|dünya|gündem|haberler
    política|economia|sociedade|cultura|desporto|esportes|mundo|internacional
    son dakika|última hora|dernière minute|eilmeldung|срочно|breaking|latest news|últimas noticias
    archive|archives|news archive|historical archive|archiv|archivio|archivo|arquivo|архив|arkiv
    historisk arkiv
    أخبار عاجلة|عاجل|آخر الأخبار|سياسة|اقتصاد|رياضة|ثقافة|محليات|عربي ودولي|دولي|أخبار محلية
    سیاسی|اقتصادی|بین الملل|ورزشی|فرهنگی|اجتماعی|اخبار فوری
    """
)
# "Share on Facebook", "Follow us on Telegram", "Partager sur Twitter", "Поделиться в Telegram".
_SHARE = re.compile(
    r"^(?:share|tweet|post|send)\s+(?:(?:it|this)\s+)?(?:on|via|to|with)\s+\S+|^follow\s+us(?:\s+on\s+\S+)?$|"
    r"^(?:partager|suivez-nous)\s+sur\s+\S+|^(?:compartir|síguenos)\s+en\s+\S+|^(?:teilen|folgen\s+sie\s+uns)\s+"
    r"auf\s+\S+|^(?:поделиться|подписывайтесь\s+на\s+нас)\s+в\s+\S+|^(?:paylaş\w*|bizi\s+izləyin)\b|"
    r"^bu\s+haberi\s+paylaş|^enviar\s+(?:noticia|nota|artículo)\s+por\s+(?:correo|e-?mail)|"
    r"^(?:comparte|compartir|partagez|partager|compartilhe|condividi)\s+(?:esta|este|cette|cet|questa|questo)"
    r"\s+(?:noticia|nota|artículo|information|article|notícia|matéria|notizia|articolo)$|"
    # an invitation to follow the site on a network: "Ακολουθήστε το newsbeat.gr στο Google News"
    r"^(?:follow|ακολουθήστε|siga|sigue|síguenos|suivez|folgen\s+sie|segui|seguici|volg|obserwuj|"
    r"подписывайтесь|takip\s+edin)\b.{0,60}\b(?:google\s+news|telegram|facebook|twitter|instagram|whatsapp|"
    r"youtube|linkedin)\s*$"
    # … or the site's name in quotation marks on a network: '"Українська правда" в Threads'
    r"|^[\"«“„][^\"»”]{1,50}[\"»”]\s+(?:в|у|on|in|sur|en|auf|em|na|su)\s+(?:telegram|facebook|twitter|x|instagram"
    r"|whatsapp|youtube|threads|tiktok|viber|linkedin)\s*$",
    re.IGNORECASE,
)
#: The networks and actions a share box names.
SHARE_TARGETS = labels(
    "|".join((
        "facebook", "x", "twitter", "whatsapp", "telegram", "linkedin", "e-mail", "email", "mail", "print",
        "share", "partager", "compartir", "compartilhar", "teilen", "condividi", "paylaş", "поделиться",
        "tweet",
        "pinterest", "reddit", "vk", "vkontakte", "odnoklassniki", "weibo", "wechat", "messenger", "threads",
        "bluesky", "mastodon", "xing", "flipboard", "tumblr", "line", "kakaotalk", "вконтакте", "вк",
        "одноклассники", "телеграм", "فيسبوك", "تويتر", "إكس", "واتساب", "تيليجرام",
    ))
)  # fmt: skip
# Questions and offers addressed to the reader about the page itself.
_FEEDBACK = re.compile(
    r"found\s+(?:a|an)\s+(?:typo|error|mistake)|spotted\s+(?:a|an)\s+(?:typo|error|mistake)|"
    r"report\s+(?:a|an)\s+(?:typo|error|mistake)|^report\s+an?\s+error$|press\s+ctrl\s*\+\s*enter|"
    r"(?:was|is)\s+this\s+(?:article|story|page|news|information)\s+(?:helpful|useful)|"
    r"did\s+you\s+find\s+this\s+(?:article|story|page|news|information)\s+(?:helpful|useful)|"
    r"rate\s+this\s+(?:article|story|news)|send\s+(?:us\s+)?(?:your\s+)?feedback|"
    r"how\s+(?:satisfied|useful|helpful)\s+(?:are\s+you\s+with|was|is)\s+(?:the|this)\s+(?:article|story|page)|"
    r"te\s+ha\s+(?:resultado|parecido)\s+útil|le\s+ha\s+(?:resultado|parecido)\s+útil|"
    r"cet\s+article\s+vous\s+a-t-il\s+été\s+utile|signaler\s+une\s+erreur|"
    r"war\s+dieser\s+artikel\s+hilfreich|fehler\s+gefunden|"
    r"нашли\s+ошибку|сообщить\s+об\s+ошибке|нажмите\s+ctrl\s*\+\s*enter|"
    r"səhv\s+tapdınız|xəta\s+tapdınız|hata\s+bildir|"
    # whether the reader liked the article or understood the page
    r"did\s+you\s+(?:like|enjoy)\s+this\s+(?:article|story|post)|(?:cet\s+article|cette\s+page)\s+vous\s+a(?:-t-il|-t-elle)?\s+plu|"
    r"hat\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+gefallen|te\s+gustó\s+(?:este\s+artículo|esta\s+nota)|"
    r"gostou\s+d[ea]st[ea]\s+(?:matéria|artigo|notícia)|ti\s+è\s+piaciuto\s+questo\s+articolo|"
    r"quanto\s+sono\s+chiare\s+le\s+informazioni|была\s+ли\s+эта\s+информация\s+полезной|"
    r"هل\s+كانت\s+هذه\s+المعلومات\s+مفيدة|cette\s+information\s+vous\s+a-t-elle\s+été\s+utile"
    r"|bagaimana\s+tanggapan\s+anda|¿?qué\s+te\s+pareció\s+(?:esta|este)\s+(?:nota|artículo)",
    re.IGNORECASE,
)
# A word or a part of one that every prompt above holds, whatever its case: a line holding none is passed
# over at once. (The Cyrillic parts leave out "о" and "т": a case-blind pattern reads other shapes as them.)
_FEEDBACK_KEYS = (
    "found", "spotted", "report", "ctrl", "ful", "rate", "feedback", "satisfied", "útil", "utile",
    "erreur", "hilfreich", "gefunden", "шибк", "tapd", "bildir", "did", "vous", "gefallen", "gustó",
    "gostou", "piaciuto", "chiare", "лезн", "مفيدة", "tanggapan", "pareció",
)  # fmt: skip
# Subscription and newsletter offers, in the languages of the sites read.
_SUBSCRIBE = re.compile(
    r"^(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\b|^(?:suscríbete|suscríbase)\b|^abonnez-vous\b|"
    r"^inscrivez-vous\s+à\s+(?:notre|la)\s+newsletter|^(?:jetzt\s+)?abonnieren\b|^newsletter\s+abonnieren|"
    r"^подпишитесь\b|^abunə\s+olun\b|^abone\s+ol\b|^(?:assine|inscreva-se)\b|^abo\s+abschließen\b|^dein\s+abo\b"
    r"|^únete\s+a\s+nuestro\s+boletín",
    re.IGNORECASE,
)
_LONGEST = 120


def is_section_line(line: str) -> bool:
    """A section name alone on its line (``Politics``, ``World | Europe``, ``Home › Politics``)."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LONGEST:
        return False
    if label_key(stripped) in SECTIONS:
        return True
    listed = stripped.split(",")
    if len(listed) > 1 and all(label_key(part) in SECTIONS for part in listed):
        return True  # the sections a story is filed under: "World, Middle East"
    parts = breadcrumb(stripped)
    return parts is not None and all(is_home(part) or label_key(part) in SECTIONS for part in parts)


_BUTTON_SPLIT = re.compile(r"[\s|·•,/]+")
_COUNTED = frozenset(("shares", "share", "views", "comments", "likes"))


# Networks whose name alone on a line is a share button (not "line", "mail" or "print", which are words too).
_NETWORK_NAMES = frozenset(
    ("facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit")
)


def is_share_row(text: str, least: int = 2) -> bool:
    """Share buttons only, ``least`` of them or more: each a network or an action (``Facebook X Email``)."""
    buttons = [b for b in _BUTTON_SPLIT.split(text.casefold()) if b]
    if buttons[:1] and buttons[0].isdigit() and buttons[1:2] and buttons[1] in _COUNTED:
        buttons = buttons[2:]  # the row's counter: "0 SHARES Share Tweet"
    return len(buttons) >= least and all(b in SHARE_TARGETS for b in buttons)


def _network_buttons(line: str) -> bool:
    """A row of share buttons without a label (``Facebook  X  WhatsApp``), or one network's button alone."""
    if line.strip().casefold() in _NETWORK_NAMES:
        return True
    return is_share_row(line)


def _labelled_widget(line: str) -> bool:
    """A widget's label and its buttons: ``Share: Facebook X Email``, ``[Font size: A A A]``."""
    label, colon, rest = label_key(line).partition(":")
    if not colon or label.strip() not in WIDGET_LABELS:
        return False
    buttons = rest.split()
    return " ".join(buttons) in WIDGET_LABELS or (bool(buttons) and all(b in SHARE_TARGETS for b in buttons))


def is_share_line(line: str) -> bool:
    """A share or follow widget: ``Share``, ``Share on Facebook``, ``Share: Facebook X``, ``Font size: A``."""
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped) <= _LONGEST
        and (
            is_widget_label(stripped)
            or bool(_SHARE.match(stripped))
            or _labelled_widget(stripped)
            or _network_buttons(stripped)
        )
    )


def is_feedback_prompt(line: str) -> bool:
    """A question or offer to the reader about the page: typos, ratings, feedback, comments, channels."""
    stripped = line.strip()
    if is_comment_form_line(stripped) or is_social_prompt(stripped) or is_channel_prompt(stripped):
        return True  # "Leave a Reply", "Join our Telegram, Instagram and YouTube channels", "… app"
    return (
        bool(stripped)
        and words(stripped) <= 20
        and may_hold(stripped, _FEEDBACK_KEYS)
        and _FEEDBACK.search(stripped) is not None
    )


_TOKEN = re.compile(r"[^\s|]+")
_SWITCH_REACH = 200
_SWITCH_NAMES = 2
_LONGEST_SWITCH = 120
# Languages as a site's switch names them, each in its own tongue ("English", "Français", "العربية").
LANGUAGE_NAMES = frozenset(
    [
        *("english", "français", "deutsch", "español", "português", "italiano", "nederlands", "polski"),
        *("русский", "українська", "türkçe", "ελληνικά", "română", "magyar", "čeština", "svenska", "dansk"),
        *(
            "norsk",
            "suomi",
            "hrvatski",
            "srpski",
            "српски",
            "български",
            "azərbaycanca",
            "қазақша",
            "ўзбекча",
        ),
        *("العربية", "عربي", "فارسی", "اردو", "עברית", "हिन्दी", "हिंदी", "বাংলা", "தமிழ்", "සිංහල", "नेपाली"),
        *(
            "中文",
            "简体中文",
            "繁體中文",
            "日本語",
            "한국어",
            "tiếng việt",
            "bahasa indonesia",
            "bahasa melayu",
        ),
        *("ไทย", "kiswahili", "አማርኛ", "հայերեն", "ქართული"),
    ]
)


def language_switch_start(text: str) -> int | None:
    """Where a run of two languages' own names or more ends ``text``, or ``None``.

    ("… (QNA) English Français Deutsch"; a single name on a line of its own counts too.)
    """
    tokens = list(_TOKEN.finditer(text[-_SWITCH_REACH:]))
    offset = max(len(text) - _SWITCH_REACH, 0)
    count, start, index = 0, None, len(tokens)
    while index > 0:
        for size in (2, 1):  # "bahasa indonesia", "tiếng việt" before one word's names
            if index - size < 0:
                continue
            name = " ".join(token.group(0).casefold() for token in tokens[index - size : index])
            if name in LANGUAGE_NAMES:
                count, start, index = count + 1, offset + tokens[index - size].start(), index - size
                break
        else:
            break
    whole = start is not None and not text[:start].strip(" |\t")
    return start if count >= _SWITCH_NAMES or (whole and count == 1) else None


def is_language_switch(line: str) -> bool:
    """A language's own name alone on a line, or several run together: a site's language switch."""
    return len(line) <= _LONGEST_SWITCH and language_switch_start(line) == len(line) - len(
        line.lstrip(" |\t")
    )


def is_site_line(line: str) -> bool:
    """Any of the site's lines: a section name, a share widget, a feedback prompt, a subscription offer."""
    stripped = line.strip()
    if not stripped or len(stripped) > 200:
        return False
    return (
        is_language_switch(stripped)
        or is_section_line(stripped)
        or is_share_line(stripped)
        or is_feedback_prompt(stripped)
        or (words(stripped) <= 15 and _SUBSCRIBE.search(stripped) is not None)
    )


#: The heading of a release's contact block, in the languages read, as a pattern's alternatives (case-blind):
#: "Press contact", "Pressekontakt", "Lisätietoja", "Pour plus d'informations".
CONTACT_HEADING = (
    r"(?:press|media|medien|presse)[ \t-]?(?:contacts?|kontakt|enquiries|inquiries|informationen)"
    r"|contacts?\s+(?:presse|médias)|contacto\s+(?:de\s+prensa|para\s+medios)|contato\s+de\s+imprensa"
    r"|rückfragen|ansprechpartner(?:in)?|(?:for\s+)?(?:further|more)\s+information|lisätietoja|lisätiedot"
    r"|weitere\s+informationen|pour\s+(?:plus\s+d['’]|toute\s+)informations?|más\s+información"
    r"|mais\s+informações|ytterligare\s+information|yderligere\s+oplysninger|nærmere\s+opplysninger"
    r"|további\s+információ|dodatkowe\s+informacje|další\s+informace"
)


#: "All rights reserved" in the languages of the sites read, as a pattern's alternatives (case-blind).
RIGHTS_RESERVED = (
    r"all\s+rights\s+reserved|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados"
    r"|alle\s+rechte\s+vorbehalten|tutti\s+i\s+diritti\s+riservati|todos\s+os\s+direitos\s+reservados"
    r"|все\s+права\s+защищены|всі\s+права\s+захищені|wszelkie\s+prawa\s+zastrzeżone|všechna\s+práva\s+vyhrazena"
    r"|všetky\s+práva\s+vyhradené|minden\s+jog\s+fenntartva|tüm\s+hakları\s+saklıdır|toate\s+drepturile\s+rezervate"
    r"|sva\s+prava\s+(?:zadržana|pridržana)|zadržava\s+sva\s+prava|alla\s+rättigheter\s+förbehållna"
    r"|kaikki\s+oikeudet\s+pidätetään|alle\s+rettigheder\s+forbeholdes|alle\s+rettigheter\s+reservert"
    r"|όλα\s+τα\s+δικαιώματα|جميع\s+الحقوق\s+محفوظة|版权所有|保留所有权利|著作権"
)
_RIGHTS = re.compile(RIGHTS_RESERVED, re.IGNORECASE)
_RIGHTS_WORDS = 40
# A note that the story is still being written: "Matéria em desenvolvimento…", "This is a developing story".
_DEVELOPING = re.compile(
    r"\W*(?:(?:this\s+is\s+a\s+)?developing\s+story|story\s+developing|matéria\s+em\s+(?:desenvolvimento|atualização)"
    r"|notícia\s+em\s+(?:desenvolvimento|atualização)|noticia\s+en\s+desarrollo|(?:information|article)\s+en\s+"
    r"(?:cours\s+d['’]actualisation|développement)|wird\s+aktualisiert|mehr\s+in\s+kürze|notizia\s+in\s+aggiornamento"
    r"|новость\s+дополняется|новина\s+доповнюється)\W*",
    re.IGNORECASE,
)


# A site's notice that it earns from the links in the story: "We may earn a commission if you click on the
# links within this article.", "As an Amazon Associate I earn from qualifying purchases."
_AFFILIATE = re.compile(
    r"(?:we|i)\s+may\s+earn\s+(?:a\s+)?(?:small\s+)?commission|as\s+an\s+amazon\s+associate"
    r"|(?:this|the)\s+(?:post|article|page)\s+(?:may\s+)?contains?\s+affiliate\s+links",
    re.IGNORECASE,
)


def is_affiliate_notice(line: str) -> bool:
    """A site's notice that it earns a commission from the links in the story."""
    return words(line) <= _RIGHTS_WORDS and _AFFILIATE.search(line) is not None


def is_rights_line(line: str) -> bool:
    """A site's notice that it reserves all rights, in its language, on a line of its own."""
    return words(line) <= _RIGHTS_WORDS and _RIGHTS.search(line) is not None


def is_developing_note(line: str) -> bool:
    """A note that the story is still being written, under it: "Matéria em desenvolvimento…"."""
    return _DEVELOPING.fullmatch(line.strip()) is not None

"""Lines of page furniture in text copied from a web page: widget labels, forms, counters, breadcrumbs."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.agencies import is_agency
from ingest_builtins.formats.articles.cookie_notice import is_cookie_notice
from ingest_builtins.formats.articles.labels import (
    AD_LABELS,
    COMMENT_LABELS,
    END_MARKERS,
    PREV_NEXT,
    READ_ALSO_LABELS,
    SKIP_LINKS,
    WIDGET_LABELS,
    label_key,
    labels,
)
from ingest_builtins.formats.articles.word_counts import reading_words, words
from ingest_builtins.formats.text_keys import may_hold

__all__ = [
    "END_MARKERS",
    "SKIP_LINKS",
    "WIDGET_LABELS",
    "breadcrumb",
    "is_ad_label",
    "is_day_widget",
    "is_discussion_line",
    "is_end_marker",
    "is_furniture_line",
    "is_home",
    "is_read_also",
    "is_site_name",
    "is_skip_link",
    "is_widget_label",
    "label_key",
    "reading_words",
    "words",
]


_SKIP_STARTS = frozenset(link.split()[0] for link in SKIP_LINKS)
_SKIP_LINE_WORDS = 10

_WIDGET_PHRASES = (
    "latest news",
    "get latest",
    "connect with us",
    "don't miss",
    "do not miss",
    "follow us",
    "subscribe to",
    "sign up for",
    "all rights reserved",
    "share this",
    "recommend news",
    "send to a friend",
    "print version",
    "последние новости",
    "son xəbərlər",
    "dernières nouvelles",
    "últimas noticias",
    "read more at",
    "explora más noticias",
    "story continues below",
)
# A template's or a script's name left in the text: "walla_ssr_page_has_been_loaded_successfully"; the
# desk's codes closing agency copy: "INP/J/H/LK".
# (four parts at least: a setting's name in a program's notes, "max_retry_count", is its text)
_CODE_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+){3,}|[A-Z]{2,6}(?:/[A-Z]{1,4}){2,}")
# The page's box for reporting a typo: "… select the text and press Ctrl + Enter".
_TYPO_BOX = re.compile(r"ctrl\s*\+\s*enter", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_ACCESS_KEY = re.compile(r"\s+\d$")
_FORM_FIELD = re.compile(r"^[•·*\-–]?\s*[^\W\d_][\w'’ .-]{0,30}:$")
_COUNTER = re.compile(
    r"^(?:views?|hits|reads|read(?=\s*:)|просмотр\w*|baxış\w*|okunma|vues|visitas|aufrufe|comments?|комментари\w*|dibaca"
    r"|lượt xem)"
    r"\s*[:\-]?\s*\(?\d[\d ,.]*\)?(?:\s*(?:kali|times|mal|fois|veces|vezes|раз))?$"
    r"|^\d[\d ,.]*\s*(?:views?|comments?|просмотр\w*|lectures|lecturas|leituras|letture|reads|comentários"
    r"|comentarios|commentaires|kommentare|commenti|σχόλια)$"
    r"|^this\s+(?:post|article|story|page)\s+has\s+been\s+(?:read|viewed)\s+\d[\d,. ]*\s+times!?$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(
    r"^(?:(?:url|link|source|permalink|источник|mənbə)\s*:\s*)?(?:https?://|www\.)\S+$", re.I
)
_SLASH_CREDIT = re.compile(r"^/\s*[^\W\d_][\w .-]{1,30}/$")
# The source's or the agency's name closing a page, a dash or an equals sign against it: "-malaysiakini
# -Agencies", "=FRESH NEWS", "—VNS": an agency, a site's name in small letters or a name in capitals (a spaced
# dash opens a list's item; a quote's author, "—Einstein", is in mixed case).
_DASHED_NAMES = re.compile(r"^(?:[-–—=]{1,2}[^\W\d_][\w.]{1,20}(?:[ ][A-Z][A-Z.]{1,10})?[ ]*){1,3}$")
_DASHED_NAME = re.compile(r"[-–—=]{1,2}([^\W\d_][\w.]{1,20}(?:[ ][A-Z][A-Z.]{1,10})?)")
_SITE_WORD = re.compile(r"[a-z]{3,20}(?:\.[a-z]{2,6})?")
# The site's own credits and guards in its footer: "Powered by …", "error: Content is protected".
_SITE_CREDIT = re.compile(
    r"^(?:(?:powered|designed|developed|maintained|maintain|hosted|website)\s+by\b[^\n]{0,60}"
    r"|error\s*:\s*content is protected\b.{0,6})$",
    re.IGNORECASE,
)
# A blog's or news site's discussion box under the article, in the languages of the sites read: comments
# closed ("Comments are closed for this post.", "Les commentaires sont fermés."), an invitation to comment
# ("Publicar un comentario", "Schreibe einen Kommentar"), a like widget ("%d bloggers like this:") and the
# line a blog files its entry under, with the permalink ("This entry was posted in News. Bookmark the
# permalink.", "Ce contenu a été publié dans … Vous pouvez le mettre en favoris avec ce permalien.").
_DISCUSSION = re.compile(
    r"comments?\s+(?:are|is)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)|commenting\s+is\s+(?:closed|disabled)"
    r"|les\s+commentaires\s+sont\s+(?:fermés|clos|désactivés)|(?:los\s+)?comentarios\s+(?:están\s+)?cerrados"
    r"|coment[áa]rios\s+(?:est[ãa]o\s+)?(?:encerrados|fechados|desativados)|i\s+commenti\s+sono\s+chiusi"
    r"|kommentare\s+sind\s+(?:geschlossen|deaktiviert)|kommentieren\s+ist\s+nicht\s+mehr\s+möglich"
    r"|diese\s+diskussion\s+ist\s+geschlossen|reacties\s+zijn\s+gesloten|комментарии\s+(?:закрыты|отключены)"
    r"|yorumlar\s+kapalı|^(?:publicar|deja|dejar|escribe)\s+(?:un|tu)\s+comentario$"
    r"|^(?:publier|laisser|ajouter)\s+un\s+commentaire$|^(?:deixe|postar|escreva)\s+(?:um|seu)\s+comentário$"
    r"|^(?:lascia|scrivi|posta)\s+un\s+commento$|^(?:schreibe|schreiben\s+sie)\s+einen\s+kommentar$"
    r"|^kommentar\s+(?:schreiben|verfassen|veröffentlichen)$|^(?:оставить|добавить|написать)\s+комментарий$"
    r"|^(?:leave|post|add|write|make)\s+(?:a|your)\s+(?:reply|comment)$|^facebook\s+comments$"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked"
    r"|comment(?:ing)?\s+(?:policy|rules|guidelines)|правил\w*\s+коментування|правил\w*\s+комментирования"
    r"|pour\s+(?:pouvoir\s+)?commenter|espace\s+des\s+commentaires|comments\s+powered\s+by|اترك\s+ردا?"
    r"|لن\s+يتم\s+نشر\s+عنوان\s+بريدك|only\s+a\s+member\s+of\s+this\s+blog\s+may\s+post|δεν\s+υπάρχουν\s+σχόλια"
    r"|δημοσίευση\s+σχολίου|μπορεί\s+να\s+αναρτήσει\s+σχόλιο|コメントを受け(?:つけ|付け)ておりません"
    r"|^be\s+the\s+first\s+to\s+comment|^sé\s+el\s+primero\s+en\s+comentar|^soyez\s+le\s+premier\s+à\s+commenter"
    r"|^seja\s+o\s+primeiro\s+a\s+comentar|^sii\s+il\s+primo\s+a\s+commentare"
    r"|mandatory\s+fields\s+are\s+marked|votre\s+adresse\s+(?:e-mail|de\s+messagerie)\s+ne\s+sera\s+pas\s+publiée"
    r"|tu\s+dirección\s+de\s+correo\s+electrónico\s+no\s+será\s+publicada|첫\s*댓글을\s*작성해\s*보세요|^댓글\b"
    r"|\bbloggers?\s+like\s+this\b|\b(?:permalink|permalien|enlace\s+permanente|link\s+permanente)\b"
    r"|^(?:no|sem|sin|aucun|keine|nessun)\s+(?:comments?|comentários|comentarios|commentaires?|kommentare|commenti?)"
    r"\b.{0,60}$|\b(?:pour\s+ajouter\s+des\s+commentaires|to\s+(?:add|post)\s+(?:a\s+)?comments?)\b"
    r"|^(?:deja|dejar|escribe)\s+(?:un|tu|tus|su|sus)\s+comentarios?\b|^habere\s+yorum\s+kat|yorumlar\s+onaylanmamaktadır"
    r"|ای\s+میل\s+ایڈریس\s+شائع\s+نہیں"
    r"|^enviar\s+um\s+comentário$"
    # … and its rating widget: "Click to rate this post!", "[Total: 0 Average: 0]", "Clicca per votare".
    r"|^click\s+to\s+rate\b|^cliquez\s+pour\s+noter\b|^haz\s+clic\s+para\s+puntuar\b|^clicca\s+per\s+votare\b"
    r"|^klicken?\s+sie,?\s+um\b.{0,40}\bzu\s+bewerten|^rate\s+this(?:\s+(?:article|post|story))?\s*[:!]?$"
    r"|^\[\s*(?:total|totale|gesamt|votes?)\s*:\s*\d+\s+(?:average|media|durchschnitt|moyenne)\s*:\s*[\d.,]+\s*\]$",
    re.IGNORECASE,
)
# A link back to a list or to the top of the page: "‹ înapoi la Ultimele Ştiri | sus ▲", "Back to top".
_BACK_LINK = re.compile(
    r"^\W*(?:back\s+to|return\s+to|retour\s+(?:à|au|aux)|zurück\s+zu[rm]?|volver\s+a|regresar\s+a|torna\s+(?:a|al|alla)"
    r"|voltar\s+(?:a|ao|para)|înapoi\s+la|назад\s+(?:к|в)|powrót\s+do|zpět\s+na|terug\s+naar"
    r"|zur\s+startseite|zur\s+übersicht)\b",
    re.IGNORECASE,
)
_BACK_LINK_WORDS = 10
# Lines of a page's widgets that are sentences: the page's other languages, the last update's label, a
# video player's messages ("This text available in Հայերեն and Русский", "Dernière mise à jour à 09h53 le
# 29/08", "Не удалось загрузить видео.").
_WIDGET_SENTENCE = re.compile(
    r"^(?:this\s+(?:text|article|page|news|story)\s+(?:is\s+)?(?:also\s+)?available\s+in|also\s+available\s+in"
    r"|(?:cet\s+article\s+est\s+)?(?:également\s+)?disponible\s+en\s+\w+\s*$"
    r"|(?:last\s+)?updated?\s*(?::|on|at)\s|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour\s+(?:le|à)\s|última\s+actualización"
    r"|ultimo\s+aggiornamento|zuletzt\s+aktualisiert|последнее\s+обновление|обновлено\s*:|آخر\s+تحديث|نشر\s+في\s*:"
    r"|не\s+удалось\s+загрузить\s+видео|video\s+(?:failed\s+to\s+load|unavailable)|your\s+browser\s+does\s+not"
    r"\s+support|error\s+loading\s+(?:the\s+)?video|go\s+back\b"
    # … and the link to the story's full or original text on another site
    r"|read\s+(?:the\s+)?(?:full|original|rest\s+of\s+the)\s+(?:article|story)|(?:lire\s+la\s+)?suite\s+de\s+l['’]article"
    r"|leggi\s+l['’]articolo\s+completo|lea\s+(?:el\s+)?artículo\s+completo|leia\s+a\s+matéria\s+completa"
    r"|continue\s+reading|continuer\s+la\s+lecture|seguir\s+leyendo|weiterlesen|читать\s+в\s+полной\s+версии"
    r"|citește\s+(?:articolul|mai\s+departe)|citeste\s+(?:articolul|mai\s+departe)"
    # … a placeholder left while the page loads, and the site's offer to advertisers
    r"|(?:loading|cargando|carregando|chargement|caricamento|wird\s+geladen|загрузка|завантаження|yükleniyor)\b"
    r"[^.!?]{0,30}(?:\.\.\.|…)?$|advertise\s+(?:with|on)\b|envie\s+d['’]afficher\s+votre\s+publicité"
    # … a reading in another language, the source's own copy, the article's length
    r"|читати\s+українською|читать\s+на\s+русском|read\s+in\s+english|aus\s+der\s+quelle\s+lesen"
    r"|artikel-länge\s*:|article\s+length\s*:|muat\s+turun\s+aplikasi|download\s+(?:our|the)\s+app"
    r"|available\s+only\s+for\s+your\s+personal,?\s+non-commercial\s+use|上記の広告は"
    # … and the site's notice that it uses cookies
    r"|(?:this|our)\s+(?:web)?site\s+uses\s+cookies|we\s+use\s+cookies|utilizamos\s+cookies|usamos\s+cookies"
    r"|nous\s+utilisons\s+des\s+cookies|ce\s+site\s+utilise\s+des\s+cookies|wir\s+verwenden\s+cookies"
    r"|questo\s+sito\s+utilizza\s+(?:i\s+)?cookie|этот\s+сайт\s+использует|يستخدم\s+هذا\s+الموقع\s+ملفات)",
    re.IGNORECASE,
)
_WIDGET_SENTENCE_LONGEST = 40
_DISCUSSION_WORDS = 40
# What every line the pattern above reads holds, case-folded: a line without any is passed over at once.
_DISCUSSION_KEYS = (
    "comment", "coment", "komment", "коммент", "комент", "diskussion", "reacties", "yorum", "a reply",
    "your reply", "email address", "fields are marked", "ne sera pas publi", "correo electr", "댓글",
    "blogger", "permal", "enlace permanente", "link permanente", "to rate", "rate this", "pour noter",
    "puntuar", "votare", "bewerten", "[total", "[gesamt", "[vote", "ای میل", "اترك", "بريدك", "σχόλι",
    "σχολί", "only a member", "コメント",
)  # fmt: skip


def _discussion(line: str) -> bool:
    """Whether a stripped line of a few words is one of the discussion box's (see ``_DISCUSSION``)."""
    folded = line.casefold()
    return any(key in folded for key in _DISCUSSION_KEYS) and _DISCUSSION.search(line) is not None


_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b)|[©ⓒ]|무단\s?전재|版权所有|版權所有|著作権|禁止转载|禁止轉載|未经授权|未經授權"
    r"|при\s+(?:перепечатке|цитировании)|гиперссылка\s+на\s+\S+\s+обязательна|reproduction\s+interdite"
    r"|prohibida\s+su\s+reproducción|riproduzione\s+riservata"
    r"|不代表\S{1,12}观点|不代表\S{1,12}觀點",
    re.IGNORECASE,
)
_COPYRIGHT_KEYS = (  # what every notice above holds, whatever its case: a line holding none is passed over
    "©", "(c)", "copyright", "ⓒ", "무단", "版权所有", "版權所有", "著作権", "禁止转载", "禁止轉載",
    "未经授权", "未經授權", "при", "гипер", "reproduc", "riproduzione", "不代表",
)  # fmt: skip
# The site's contact lines in its footer: "Tel: +255 22 2203158", "Barua pepe: ras@…", "P.O. Box 5429".
_CONTACT_LINE = re.compile(
    r"^(?:tel|tél|phone|telephone|téléphone|teléfono|telefone|telefon|телефон|fax|e-?mail|courriel|correo"
    r"|address|adresse|dirección|endereço|anschrift|адрес|simu(?:\s+ya\s+\w+)?|barua\s+pepe|anuani(?:\s+ya\s+\w+)?"
    r"|hotline|whatsapp)\s*[:.]\s*\S|^(?:p\.?\s?o\.?\s?box|b\.?p\.?|s\.?l\.?p\.?|apartado)\s*\d",
    re.IGNORECASE,
)
_CONTACT_WORDS = 15
_SITE = re.compile(r"^[^\W_][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6}$")
_BREADCRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|\||→)\s+")
# The label of a trail: "You are here:", "Vous êtes ici :", "Você está aqui:".
_HERE = re.compile(
    r"(?:you\s+are\s+here|vous\s+êtes\s+ici|usted\s+está\s+aquí|você\s+está\s+aqui|sie\s+sind\s+hier"
    r"|u\s+bent\s+hier|вы\s+здесь|jesteś\s+tutaj|olet\s+tässä|您所在的位置|当前位置|現在位置)\s*[:：]?\s*",
    re.IGNORECASE,
)
_LONGEST_TRAIL = 200
_TRAIL_MARKS = ("/", ">", "»", "›", "|", "→")
# A heading of other stories on the same subject, in the languages of the sites read (keys are case-folded).
_RELATED_HEADING = re.compile(
    r"(?:related|more|other|similar)\s+[^\W\d_]+|most\s+(?:viewed|read|popular|shared|commented)(?:\s+\S+){0,3}"
    r"|(?:next|more|latest)\s+in\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
    r"|[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:relacionad[oa]s?|connexes?|correlat[ieoa]|relacionats?|relacionades)"
    r"|dans la même rubrique|sur le même (?:sujet|thème)|à lire aussi|lire aussi|leia também|lea también"
    r"|ähnliche (?:artikel|meldungen|themen)|weitere meldungen|mehr zum thema|aus dem ressort"
)
_RELATED_WORDS = 4
_PRESS_END = re.compile(r"(?:#[ \t]*){3}|-[ \t]*30[ \t]*-")
_LONGEST_TITLE = 250
_HOME = labels(
    "home|main|main page|homepage|news|главная|ana səhifə|accueil|inicio|startseite|página inicial|início"
    "|etusivu|startsida|forside|strona główna|úvod|kezdőlap|αρχική|الرئيسية|首页|トップ|홈"
)
_WIDGET_SENTENCE_WORDS = 16
_LONGEST_FURNITURE = 300
_LONGEST_LABEL = 60
_LONGEST_LABELLED = 200
_LONGEST_AD_LABEL = 40
_SLOT_NUMBER = re.compile(r"(?<=\w)\s+\d{1,2}\s*$")
_TERMINAL = (".", "!", "?", "…", '"', "”", "»", "'", "’")


def is_end_marker(line: str) -> bool:
    """A heading after which a page lists other stories (``Latest news``, ``Читайте также``).

    Besides the listed headings, any "related …" heading of a few words: ``Related statements``,
    ``Notas relacionadas``, ``Dans la même rubrique``.
    """
    if len(line) <= _LONGEST_LABELLED and _labelled(line, PREV_NEXT):
        return True  # the previous or next story's link with its title: "上一篇：…", "Next article: …"
    if len(line) > _LONGEST_LABEL or words(line) > _RELATED_WORDS + 3:
        return False
    if _PRESS_END.fullmatch(line.strip()):
        return True  # a press release's end mark: "###", "# # #", "-30-"
    key = label_key(line)
    if key in END_MARKERS:
        return True
    return words(line) <= _RELATED_WORDS + 2 and _RELATED_HEADING.fullmatch(key) is not None


_DISCUSSION_HEADINGS = (
    labels(
        "comments|comment|leave a comment|leave a reply|post a comment|kommentare|commentaires|comentarios"
        "|comentários|commenti|комментарии|yorumlar|reacties|댓글|评论|コメント|التعليقات"
    )
    | COMMENT_LABELS
)


# The day's date in figures without its year, as portals print it by their name: "05.09 (목)", "29.06".
_DAY_WIDGET = re.compile(r"\s*\d{1,2}[./]\d{1,2}\.?\s*(?:\(\w{1,3}\))?\s*")


# A link to another story set between the paragraphs, under its label: "Read also: …", "BACA JUGA: …".
_READ_ALSO = re.compile(
    # Every label begins with one of these letters: a line that does not is passed over at once.
    r"(?=[raslàvbчсmا])"
    r"(?:read\s+also|also\s+read|read\s+more|see\s+also|related|lire\s+aussi|à\s+lire\s+aussi|a\s+lire\s+aussi"
    r"|lire\s+également|à\s+lire\s+également|voir\s+aussi|leia\s+também|veja\s+também|lea\s+también"
    r"|lee\s+también|ver\s+también|baca\s+juga|читайте\s+также|смотрите\s+также|читайте\s+еще|lesen\s+sie\s+auch"
    r"|mehr\s+zum\s+thema|leggi\s+anche|اقرأ\s+أيضا|اقرأ\s+أيضاً|ayrıca\s+okuyun)\s*[:：>»-]\s*\S",
    re.IGNORECASE,
)
_READ_ALSO_WORDS = 25


_LABEL_COLON = re.compile(r"[:：]")


def _labelled(line: str, found: frozenset[str]) -> bool:
    """A line led by one of ``found`` and a colon, with more after it (``延伸阅读：…``, ``上一篇: …``)."""
    if ":" not in line and "：" not in line:
        return False
    head, *rest = _LABEL_COLON.split(line, maxsplit=1)
    return bool(rest) and bool(rest[0].strip()) and len(head) <= _LONGEST_LABEL and label_key(head) in found


def is_read_also(line: str) -> bool:
    """A link to another story between the paragraphs, under its label (``Read also: …``)."""
    stripped = line.strip()
    if words(stripped) > _READ_ALSO_WORDS:
        return False
    return _READ_ALSO.match(stripped) is not None or _labelled(stripped, READ_ALSO_LABELS)


def is_day_widget(line: str) -> bool:
    """The day's date without a year, in figures, perhaps with its weekday: a portal's date widget."""
    return _DAY_WIDGET.fullmatch(line) is not None


def is_discussion_line(line: str) -> bool:
    """A line of the discussion box under a blog post or an article (``Comments are closed.``).

    Its heading, an invitation to comment, comments closed, a like or rating widget, the entry's
    permalink line.
    """
    stripped = line.strip()
    if not stripped or words(stripped) > _DISCUSSION_WORDS:
        return False
    return label_key(stripped) in _DISCUSSION_HEADINGS or _discussion(stripped)


def is_ad_label(line: str) -> bool:
    """The label over an advertisement's slot, alone on its line (``Advertisement``, ``Advertisement 2``)."""
    return len(line) <= _LONGEST_AD_LABEL and label_key(_SLOT_NUMBER.sub("", line)) in AD_LABELS


def is_widget_label(line: str) -> bool:
    """A button or box label (``Share``, ``Advertisement``, ``Read more``), a skip link with an access key."""
    if len(line) > _LONGEST_LABEL or words(line) > _SKIP_LINE_WORDS:
        return False
    # (an ad's label is a widget's; by its slot's number too: "Advertisement 2")
    numbered_ad = line[-1:].isdigit() and is_ad_label(line)
    return (words(line) <= 6 and label_key(line) in WIDGET_LABELS) or is_skip_link(line) or numbered_ad


def is_skip_link(line: str) -> bool:
    """A link at the top of a page that skips its navigation (``Skip to content``, ``Ir para o Menu 2``).

    The link's access key may follow it, or the labels of the next few buttons, copied onto its line
    (``Skip to Content Facebook Feature Image``).
    """
    if len(line) > _LONGEST_LABEL or words(line) > _SKIP_LINE_WORDS:
        return False
    key = label_key(_ACCESS_KEY.sub("", line) if line[-1:].isdigit() else line)
    if key in SKIP_LINKS:
        return True
    first, _, _ = key.partition(" ")
    return first in _SKIP_STARTS and any(key.startswith(link + " ") for link in SKIP_LINKS)


def is_site_name(token: str) -> bool:
    """A site named by its domain (``News.Az``, ``TODAY.AZ``, ``report.az``)."""
    return bool(_SITE.match(token.strip()))


def breadcrumb(line: str) -> list[str] | None:
    """The parts of a breadcrumb line (``TODAY.AZ / Politics``), or ``None``.

    The trail may be labelled (``Você está aqui: Início > Notícias``) and may end with the page's own
    title, which is not a part of it.
    """
    if not any(mark in line for mark in _TRAIL_MARKS):
        return None  # no separator a trail is set apart by
    line = _HERE.sub("", line.strip(), count=1)
    if len(line) > _LONGEST_TRAIL + _LONGEST_TITLE:
        return None
    parts = [part.strip() for part in _BREADCRUMB_SEP.split(line)]
    if len(parts) >= 3 and words(parts[-1]) > 4 and all(0 < words(part) <= 4 for part in parts[:-1]):
        parts = parts[:-1]  # the page's own title closing the trail
    if sum(len(part) + 3 for part in parts) > _LONGEST_TRAIL:
        return None
    if len(parts) < 2 or any(not part or words(part) > 4 or part.endswith(_TERMINAL[:4]) for part in parts):
        return None
    if is_site_name(parts[-1]) and not is_site_name(parts[0]):
        return None  # "Headline | Site.com": a title with the site's name, not a trail from the home page
    return parts


def is_home(part: str) -> bool:
    """A breadcrumb's first part that names the home page."""
    return label_key(part) in _HOME


def _is_dashed_credit(line: str) -> bool:
    """Each name after a dash is an agency's, a site's in small letters or one in capitals."""
    if not _DASHED_NAMES.match(line):
        return False
    return all(
        is_agency(name)
        or name.casefold() in ("agencies", "wires")
        or name.isupper()
        or _SITE_WORD.fullmatch(name)
        for name in _DASHED_NAME.findall(line)
    )


def is_furniture_line(line: str) -> str | None:
    """``"strong"`` for a line that is certainly furniture, ``"weak"`` for a short label, else ``None``."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LONGEST_FURNITURE:
        return None
    if (
        is_widget_label(stripped)
        or _FORM_FIELD.match(stripped)
        or _COUNTER.match(stripped)
        or _URL_LINE.match(stripped)
        or _SLASH_CREDIT.match(stripped)
        or _SITE_CREDIT.match(stripped)
        or _is_dashed_credit(stripped)
        or (may_hold(stripped, _COPYRIGHT_KEYS) and _COPYRIGHT.search(stripped) and words(stripped) <= 20)
        or (words(stripped) <= _CONTACT_WORDS and _CONTACT_LINE.match(stripped))
        or (words(stripped) <= _DISCUSSION_WORDS and _discussion(stripped))
        or (words(stripped) <= _BACK_LINK_WORDS and _BACK_LINK.match(stripped))
        or is_day_widget(stripped)
        or (words(stripped) <= _WIDGET_SENTENCE_LONGEST and _WIDGET_SENTENCE.match(stripped))
        or is_cookie_notice(stripped)
        or _CODE_NAME.fullmatch(stripped)
        or (words(stripped) <= _WIDGET_SENTENCE_LONGEST and _TYPO_BOX.search(stripped))
    ):
        return "strong"
    if words(stripped) <= _WIDGET_SENTENCE_WORDS:
        # Each sentence of the line opening with a widget's words: "Connect with us. Get latest news.",
        # "Follow us on our official WhatsApp channel for breaking news alerts and key updates!"
        # A line without words (a page number, a score, page links "1 2 3") is no widget: weak at most.
        sentences = [key for key in map(label_key, _SENTENCE_SPLIT.split(stripped)) if key]
        if not sentences:
            return "weak"
        if all(any(s.startswith(phrase) for phrase in _WIDGET_PHRASES) for s in sentences):
            return "strong"
    if reading_words(stripped) <= 4 and not stripped.endswith(_TERMINAL):
        return "weak"
    return None

"""What a page asks of its reader under a story, in any language: to comment, to follow it elsewhere.

A blog engine's comment form prints the same sentences on every site of a language ("Leave a Reply",
"Your email address will not be published.", "Required fields are marked *"); a site's call to follow it
names two social networks or more ("Приєднуйтесь до наших каналів Telegram, Instagram та YouTube").
"""

from __future__ import annotations

import re

__all__ = ["NETWORKS", "is_channel_prompt", "is_comment_form_line", "is_social_prompt"]

# The comment form's heading and its notes, as the blog engines' translations print them: the heading
# ("Leave a Reply"), the e-mail note ("Your email address will not be published.") and the required fields'
# note ("Required fields are marked *").
_FORM_HEADINGS = (
    r"leave\s+a\s+(?:reply|comment)|lasă\s+un\s+(?:răspuns|comentariu)|deja\s+una\s+respuesta"
    r"|deja\s+un\s+comentario|laisser\s+un\s+commentaire|laisser\s+une\s+réponse|schreibe\s+einen\s+kommentar"
    r"|hinterlasse\s+einen\s+kommentar|deixe\s+um\s+comentário|deixe\s+uma\s+resposta|lascia\s+un\s+commento"
    r"|geef\s+een\s+reactie|laat\s+een\s+reactie\s+achter|dodaj\s+komentarz|zostaw\s+komentarz"
    r"|napsat\s+komentář|оставить\s+комментарий|оставьте\s+комментарий|залишити\s+коментар"
    r"|lämna\s+ett\s+(?:svar|kommentar)|legg\s+igjen\s+et\s+svar|skriv\s+et\s+svar|jätä\s+kommentti"
    r"|bir\s+yanıt\s+(?:yazın|bırakın)|tinggalkan\s+(?:balasan|komentar)|để\s+lại\s+một\s+bình\s+luận"
    r"|αφήστε\s+(?:μια\s+απάντηση|ένα\s+σχόλιο)|залишити\s+відповідь|اترك\s+(?:تعليقا|تعليقاً|ردا|رداً)"
    r"|دیدگاهتان\s+را\s+بنویسید|コメントを残す|发表回复|發表回覆|답글\s?남기기|ใส่ความเห็น"
)
_EMAIL_NOTES = (
    r"(?:e-?mail|correo(?:\s+electrónico)?|courriel|adresse\s+e-?mail|endereço\s+de\s+e-?mail|indirizzo\s+e-?mail"
    r"|e-mail-adresse|e-?mailadres|adresa\s+ta\s+de\s+e-?mail|adres\s+e-?mail|адрес\s+электронной\s+почты)"
    r"\b[^.\n]{0,40}\b(?:not\s+be\s+published|nu\s+va\s+fi\s+publicat|no\s+será\s+publicad|ne\s+sera\s+pas\s+publiée"
    r"|não\s+será\s+publicad|non\s+sarà\s+pubblicat|wird\s+nicht\s+veröffentlicht|niet\s+gepubliceerd"
    r"|nie\s+zostanie\s+opublikowany|не\s+будет\s+опубликован)"
    r"|e-?post(?:adress|adresse)\w*\s+(?:kommer\s+inte\s+(?:att\s+)?publiceras|vil\s+ikke\s+bli\s+publisert)"
    r"|e-?mail-?adresse\w*\s+vil\s+ikke\s+blive\s+(?:publiceret|offentliggjort)|sähköpostiosoitettasi\s+ei\s+julkaista"
    r"|e-?posta\s+adresiniz\s+yayınlanmayacak|alamat\s+e-?(?:mail|mel)\s+anda\s+tidak\s+akan"
    r"|e-?mailová\s+adresa\s+nebude\s+zveřejněna|e-?mail\s+címet\s+nem\s+tesszük\s+közzé"
    r"|adresa\s+e-?pošte\s+neće\s+biti\s+objavljena|адреса\s+е-?поште\s+неће\s+бити\s+објављена"
    r"|e-?mail\s+адреса\s+не\s+оприлюднюватиметься|имейл\s+адрес\s+няма\s+да\s+бъде\s+публикуван"
    r"|διεύθυνση\s+(?:email\s+)?σας\s+δεν\s+(?:δημοσιεύεται|θα\s+δημοσιευθεί)"
    r"|لن\s+يتم\s+نشر\s+عنوان\s+بريدك|نشانی\s+ایمیل\s+شما\s+منتشر\s+نخواهد\s+شد|האימייל\s+לא\s+יוצג"
    r"|メールアドレスが公開されることはありません|电子邮件地址不会被公开|电子邮箱地址不会被公开|電子郵件地址不會被公開"
    r"|이메일\s?주소는\s?공개되지\s?않습니다|อีเมลของคุณจะไม่แสดง"
)
_REQUIRED_NOTES = (
    r"(?:required\s+fields\s+are\s+marked|(?:los\s+)?campos\s+obligatorios\s+están\s+marcados"
    r"|câmpurile\s+obligatorii\s+sunt\s+marcate|les\s+champs\s+obligatoires\s+sont\s+indiqués"
    r"|erforderliche\s+felder\s+sind|i\s+campi\s+obbligatori\s+sono\s+contrassegnati"
    r"|(?:os\s+)?campos\s+obrigatórios\s+são\s+marcados|verplichte\s+velden\s+zijn\s+gemarkeerd"
    r"|wymagane\s+pola\s+są\s+oznaczone|обязательные\s+поля\s+помечены)\s*(?:with|con|cu|avec|mit|com|met|\*)"
    r"|obligatoriska\s+fält\s+är\s+märkta|obligatoriske\s+felt\s+er\s+merket|krævede\s+felter\s+er\s+markeret"
    r"|pakolliset\s+kentät\s+on\s+merkitty|gerekli\s+alanlar\s+\S+\s+ile\s+işaretlen|ruas\s+yang\s+wajib\s+ditandai"
    r"|kötelező\s+mezőket|obavezna\s+polja\s+su\s+označena|обов[’'ʼ]язкові\s+поля\s+позначені"
    r"|τα\s+υποχρεωτικά\s+πεδία\s+σημειώνονται|الحقول\s+الإلزامية\s+مشار\s+إليها|שדות\s+החובה\s+מסומנים"
    r"|必須項目です|必填项已用|필수\s?필드는"
)
_COMMENT_FORM = re.compile(rf"{_FORM_HEADINGS}|{_EMAIL_NOTES}|{_REQUIRED_NOTES}", re.IGNORECASE)
_PROMPT_WORDS = 25
#: The networks and services a page links to, named alike in every language (or in its script).
NETWORKS = re.compile(
    r"(?<![a-z])(?:facebook|twitter|whatsapp|telegram|instagram|youtube|linkedin|tiktok|viber|wechat|weibo"
    r"|threads|x\.com|vkontakte|pinterest|reddit|google(?:\s+news)?|фейсбук|телеграм|інстаграм|ютуб)(?![a-z])",
    re.IGNORECASE,
)
_PROMPT_NETWORKS = 2
# A call to follow, join or subscribe, as sites word it ("Follow us on", "Приєднуйтесь", "Síguenos").
_FOLLOW = re.compile(
    r"\b(?:follow|join|subscribe|like\s+us|find\s+us|connect\s+with\s+us|stay\s+connected|suivez|rejoignez"
    r"|abonnez|síguenos|siguenos|únete|unete|suscríbete|folgen\s+sie|folge\s+uns|seguici|siga-nos|sigam-nos"
    r"|volg\s+ons|obserwuj|dołącz|sledujte|sledujte\s+nás|приєднуйтесь|підписуйтесь|подписывайтесь"
    r"|присоединяйтесь|takip\s+edin|ikuti|تابعونا|تابعوا|به\s+ما\s+بپیوندید|følg\s+os|følg\s+oss|följ\s+oss"
    r"|seuraa\s+meitä|dołącz\s+do\s+nas|přidejte\s+se|pridajte\s+sa)",
    re.IGNORECASE,
)
_SOCIAL_PROMPT_WORDS = 14


def is_comment_form_line(line: str) -> bool:
    """A line of a blog engine's comment form: its heading, the e-mail note, the required fields' note."""
    return len(line.split()) <= _PROMPT_WORDS and _COMMENT_FORM.search(line) is not None


def is_social_prompt(line: str) -> bool:
    """A call to follow the site: a short line, a verb of following or joining, two networks or more.

    ("Join our Telegram, Instagram and YouTube channels"; not "Facebook and Instagram did not respond.")
    """
    if len(line.split()) > _SOCIAL_PROMPT_WORDS or _FOLLOW.search(line) is None:
        return False
    return len({match.group(0).casefold() for match in NETWORKS.finditer(line)}) >= _PROMPT_NETWORKS


# The site's own channel on one network, or its app: "Únete al canal de difusión de WhatsApp de …",
# "The Indian Express is now on Telegram. Click here to join our channel", "download Indian Express App".
_CHANNEL = re.compile(
    r"\b(?:channel|canal|kanal|каналу?|group|grupo|gruppe|groupe|community|comunidad)\b", re.IGNORECASE
)
_APP = re.compile(
    r"\b(?:download|get|install)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,4}?app\b"
    r"|\b(?:descarga|descargue|baixe|télécharge[zr]?|scarica|lade|laden\s+sie)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:app|aplicación|aplicativo|application|applicazione)\b",
    re.IGNORECASE,
)
_CHANNEL_PROMPT_WORDS = 40
# What each match of the patterns above holds: a line holding none is passed over at once.
_APP_WORDS = ("app", "aplica", "applica")
_CHANNEL_WORDS = (
    "channel",
    "canal",
    "kanal",
    "канал",
    "group",
    "grupo",
    "gruppe",
    "groupe",
    "communit",
    "comunidad",
)


def is_channel_prompt(line: str) -> bool:
    """A call to join the site's channel on a network, or to download its app.

    A short paragraph holding a verb of joining or following, a network and a channel's or a group's word,
    or a verb of downloading and an app. (The callers read it only among a page's furniture.)
    """
    if len(line.split()) > _CHANNEL_PROMPT_WORDS:
        return False
    lowered = line.lower()
    if any(word in lowered for word in _APP_WORDS) and _APP.search(line):
        return True
    return any(word in lowered for word in _CHANNEL_WORDS) and bool(
        _CHANNEL.search(line) and _FOLLOW.search(line) and NETWORKS.search(line)
    )

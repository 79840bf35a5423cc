"""What a page asks of its reader under a story, in any language: to comment, to follow it elsewhere.

A blog engine's comment form prints the same sentences on every site of a language ("Leave a Reply",
"Your email address will not be published.", "Required fields are marked *"); a site's call to follow it
names two social networks or more ("Приєднуйтесь до наших каналів Telegram, Instagram та YouTube").
"""

from __future__ import annotations

import re

__all__ = ["NETWORKS", "is_comment_form_line", "is_social_prompt"]

# The comment form's heading and its notes, as the blog engines' translations print them.
_COMMENT_FORM = re.compile(
    r"leave\s+a\s+(?:reply|comment)|lasă\s+un\s+(?:răspuns|comentariu)|deja\s+una\s+respuesta"
    r"|deja\s+un\s+comentario|laisser\s+un\s+commentaire|laisser\s+une\s+réponse|schreibe\s+einen\s+kommentar"
    r"|hinterlasse\s+einen\s+kommentar|deixe\s+um\s+comentário|deixe\s+uma\s+resposta|lascia\s+un\s+commento"
    r"|geef\s+een\s+reactie|laat\s+een\s+reactie\s+achter|dodaj\s+komentarz|zostaw\s+komentarz"
    r"|napsat\s+komentář|оставить\s+комментарий|оставьте\s+комментарий|залишити\s+коментар"
    r"|(?:e-?mail|correo(?:\s+electrónico)?|courriel|adresse\s+e-?mail|endereço\s+de\s+e-?mail|indirizzo\s+e-?mail"
    r"|e-mail-adresse|e-?mailadres|adresa\s+ta\s+de\s+e-?mail|adres\s+e-?mail|адрес\s+электронной\s+почты)"
    r"\b[^.\n]{0,40}\b(?:not\s+be\s+published|nu\s+va\s+fi\s+publicat|no\s+será\s+publicad|ne\s+sera\s+pas\s+publiée"
    r"|não\s+será\s+publicad|non\s+sarà\s+pubblicat|wird\s+nicht\s+veröffentlicht|niet\s+gepubliceerd"
    r"|nie\s+zostanie\s+opublikowany|не\s+будет\s+опубликован)"
    # … and the required fields' note, as the engines print it ("Required fields are marked *").
    r"|(?:required\s+fields\s+are\s+marked|(?:los\s+)?campos\s+obligatorios\s+están\s+marcados"
    r"|câmpurile\s+obligatorii\s+sunt\s+marcate|les\s+champs\s+obligatoires\s+sont\s+indiqués"
    r"|erforderliche\s+felder\s+sind|i\s+campi\s+obbligatori\s+sono\s+contrassegnati"
    r"|(?:os\s+)?campos\s+obrigatórios\s+são\s+marcados|verplichte\s+velden\s+zijn\s+gemarkeerd"
    r"|wymagane\s+pola\s+są\s+oznaczone|обязательные\s+поля\s+помечены)\s*(?:with|con|cu|avec|mit|com|met|\*)",
    re.IGNORECASE,
)
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
    r"|присоединяйтесь|takip\s+edin|ikuti|تابعونا|تابعوا|به\s+ما\s+بپیوندید)",
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

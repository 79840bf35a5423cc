"""Author names from bylines and metadata: people only, no desks or agencies."""

from __future__ import annotations

import re

from .dates import MONTH_NAMES

__all__ = ["clean_names", "credit_names", "surname_last"]

_LEAD = re.compile(
    r"^\s*(?:(?:written|posted|reported|story|text|words|photos?|geschrieben|verfasst|ein beitrag"
    r"|ver[öo]ffentlicht|publi[ée]|[ée]crit|escrito|publicado|scritto|pubblicato"
    r"|mit (?:informationen|material) )\s*)?"
    r"(?:by|par|por|von|di|door|av|af|de)\b[:\s]*"
    r"|^\s*(?:authors?|autor(?:in|en|zy)?|autoři|auteurs?|autore|autori|f[öo]rfat(?:ta)?re?|forfatter|text|texte"
    # … and "Text:", "News:", "By:" in Russian, Turkish, Polish, Spanish, Portuguese, Italian and Arabic
    r"|redakteur(?:in)?|текст|автор|haber|yazan|tekst|texto|testo|بقلم)\s*:\s*"
    r"|^\s*بقلم\s+",
    re.IGNORECASE,
)
#: Where a name ends and what follows it begins: a date, "on Monday", "for The Times", "Updated …",
#: a link label.
_TRAILER = re.compile(
    rf"\d|\s(?:{MONTH_NAMES})\.?\s+\d|\s+(?:on|am|um|at|for|f[üu]r|from|via|with)\s|\b(?:updated|published|posted"
    r"|aktualisiert|ver[öo]ffentlicht|mis à jour|publi[ée]|actualizado|publicado|pubblicato|aggiornato"
    r"|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|gepubliceerd|bijgewerkt"
    r"|opublikowano|zaktualizowano|publikov[áa]no|aktualizov[áa]no|yayınlanma|güncelleme"
    r"|twitter|facebook|instagram|linkedin|e-?mail|rss)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\S+@\S+")
#: Separators of names; the one-letter conjunctions only in lower case ("Sarah E. Needleman" is one name).
_SPLIT = re.compile(
    r"\s*(?:,|/|&|;|\||·|•|\band\b|\bund\b|\bwith\b|\boch\b|\bog\b"
    r"|(?-i:\bet\b|\by\b|\be\b|\ben\b|\bi\b|\ba\b|\bja\b|\bși\b|\bés\b|\bve\b)(?!\.)|\n)\s*",
    re.IGNORECASE,
)
_NOT_PEOPLE = re.compile(
    r"\b(?:staff|desk|team|editors?|editorial|reporters?|correspondents?|newsroom|agency|agencies"
    r"|reuters|associated press|afp|ap|dpa|efe|ansa|xinhua|press|news|media|ltd|inc|online|digital"
    r"|ag[eê]ncia|agence|agentur"
    r"|email|e-mail|twitter|facebook|follow|contact|author|authors|more|see|view|profile|articles|posts"
    r"|journalist|journaliste|redacci[oó]n|r[ée]daction|wire|service|services|contributors?"
    r"|updated|published|comments?|share|subscribe|\.com|\.fr"
    r"|writers?|columnists?|producers?|photographers?|bloggers?|analysts?|senior|chief|redakteur(?:in)?"
    r"|redaktion|autor(?:in)?|korrespondent(?:in)?|admin|administrator|webmaster|anonymous"
    r"|images|archives?|getty|university|universit[äa]t|college|institute|department|support|foundation"
    r"|ministry|association|society|company|corporation|gmbh|llc|faq|blog|magazine|podcast"
    # Outlets and newsrooms as European sites name them in author tags ("Rundfunk West",
    # "Redazione ANSA", "Süddeutsche Zeitung").
    r"|zeitung|nachrichten|rundfunk|fernsehen|radio|tv|verlag|presse|kurier|anzeiger|rundschau"
    r"|tage?blatt|journal|gazette|gazzetta|giornale|corriere|quotidiano|quotidien|diario|peri[oó]dico"
    r"|jornal|krant|nieuwsblad|dagblad|tidning|avisen|noticias|notizie|redazione|reda[cç][aã]o|redactie"
    r"|redakcja|redaktionen)\b"
    r"|^(?:the|der|die|das)\s",  # "The Pragmatic Programmers", "Der Spiegel": names of things
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
#: Lower-case words inside names (``Ludwig van Beethoven``, ``Maria da Silva``).
_PARTICLES = frozenset(
    {
        *("van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du"),
        *("le", "la", "y", "bin", "ibn", "al", "el", "ter", "ten", "zu"),
    }
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: A mixed-case name opening with an initialism of three capitals or more (``CNN Business``,
#: ``ARD-Studio London``) is an outlet; a surname in capitals (``Jean DUPONT``) comes last.
_INITIALISM = re.compile(r"^[A-Z]{3,}(?![\w'’])")


def _clean_one(raw: str) -> str | None:
    name = " ".join(_EMAIL.sub(" ", raw).split())
    trailer = _TRAILER.search(name)
    if trailer:
        name = name[: trailer.start()]
    name = name.strip(" .,:;-–—|()")
    if not name or len(name) > 60 or "@" in name or "http" in name:
        return None
    if _NOT_PEOPLE.search(name):
        return None
    if _CJK.search(name):
        return name if 2 <= len(name) <= 12 and " " not in name else None
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return None
    # Each word opens with a letter not in lower case: a capital, or a letter of a script without case
    # (Arabic, Hebrew), where no capital tells a name.
    if not all(not w[0].islower() or w.casefold() in _PARTICLES for w in words):
        return None  # "books on Goodreads", "see all": words, not a name
    if not name.isupper() and _INITIALISM.match(name):
        return None  # "CNN Business", "ARD-Studio London"
    if name.isupper():
        name = " ".join(w.capitalize() if "'" not in w else _cap_apostrophe(w) for w in words)
    return name


def _cap_apostrophe(word: str) -> str:
    head, _, tail = word.partition("'")
    return f"{head.capitalize()}'{tail.capitalize()}"


#: "Needleman, Sarah", "DeLong, J. Bradford": one name, surname first, as catalogues and some
#: meta tags write it.
_SURNAME_FIRST = re.compile(r"^\s*([^\W\d_][\w'’-]+),\s*((?:[^\W\d_]\.\s*)*[^\W\d_][\w'’-]*\.?)\s*$")


def surname_last(value: str) -> str:
    """``"Needleman, Sarah"`` -> ``"Sarah Needleman"``; any other value as it is."""
    m = _SURNAME_FIRST.match(value)
    return f"{m.group(2)} {m.group(1)}" if m else value


#: The kind of piece named before the byline word ("Ein Kommentar von", "Une tribune de", "Opinión de",
#: "Interview:").
_GENRE = re.compile(
    r"^\s*(?:(?:ein|eine|un|une|una|uno|a|an|een)\s+)?"
    r"(?:kommentar|gastkommentar|analyse|gastbeitrag|beitrag|bericht|reportage|interview|kolumne|essay"
    r"|leitartikel|glosse|rezension|kritik|tribune|chronique|[ée]ditorial|entretien|enqu[êe]te|article"
    r"|editoriale|commento|analisi|articolo|intervista|columna|opini[óo]n|an[áa]lisis|art[íi]culo|cr[óo]nica"
    r"|tribuna|entrevista|column|analysis|opinion|commentary|review|report|commentaar|verslag)"
    r"\s*(?::\s*|(?=\s+(?:von|by|par|de|di|por|door)\s))",
    re.IGNORECASE,
)
#: "unserem Korrespondenten", "notre envoyé spécial": the writer's role before the name.
_WHOSE = re.compile(
    r"^\s*(?:unser(?:em|er|en)?\s+(?:korrespondent(?:en|in)?|reporter(?:in)?|mitarbeiter(?:in)?)"
    r"|(?:notre|nuestro|nuestra|nostro|nostra|onze|our)\s+(?:envoy[ée]e?\s+sp[ée]ciale?|correspondant[e]?"
    r"|corresponsal|inviat[oa]|corrispondente|verslaggever|correspondent|reporter))\s+",
    re.IGNORECASE,
)
#: What a name's part in the piece is, in brackets after it: "Anna Schmidt (Text)".
_ROLE_NOTE = re.compile(r"\s*\([^()]{1,30}\)")


def clean_names(raw: str | list[str]) -> list[str]:
    """People's names found in a byline string (or list of strings), in order, deduplicated."""
    items = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        text = _LEAD.sub("", _GENRE.sub("", _ROLE_NOTE.sub("", item.strip())))
        for part in _SPLIT.split(text):
            part = _WHOSE.sub("", _LEAD.sub("", _GENRE.sub("", part)))
            name = _clean_one(part)
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(name)
    return out


_CREDIT = re.compile(r"(?:\(c\)|©)\s*[A-Z][A-Za-z]{1,12}\s*/\s*([^\n/()©]{3,60}?)\s*$")


def credit_names(text: str) -> list[str]:
    """Names in an agency credit line closing the text, as in ``(c)AFP/Jane DOE``."""
    m = _CREDIT.search(text[-200:])
    return clean_names(m.group(1)) if m else []

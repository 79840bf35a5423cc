"""A UN document whose text was flattened onto one line: its masthead, title and body set on lines again.

Text copied out of a PDF viewer or taken from a document site often runs the whole document together:
``United Nations S/2020/736 Security Council Distr.: General 28 July 2020 Original: English Letter dated
… I have the honour to …``. The masthead's fields, the title and the body start with words the genre
fixes, so the breaks between them can be put back before the document is read.
"""

from __future__ import annotations

import re

__all__ = ["unflatten"]

#: Shortest first line read as a whole flattened document.
_FLAT_LINE = 300
_TITLE_REACH = 1_500
# The organization's name in the masthead, the symbol perhaps before it (as document systems print it).
_MASTHEAD = re.compile(
    r"\s*(?:[A-Z]{1,6}(?:/[\w.-]+){2,6}\s+)?"
    r"(?:United\s+Nations|Nations\s+Unies|Naciones\s+Unidas|Организация\s+Объединенных\s+Наций|الأمم\s+المتحدة)"
    r"(?!\w)"
)
# Without the organization's name, the masthead's session and agenda item: "Sixtieth session Agenda item 112".
_SESSION_HEAD = re.compile(
    r"[^\n]{0,60}?\b(?:session|período\s+de\s+sesiones|сессия)\b[^\n]{0,40}?\b(?:Agenda\s+item|Point|Tema|Пункт)\b",
    re.IGNORECASE,
)
# The masthead's fields, and its session after the original language: "Original: English Fifty-sixth session".
_FIELD = re.compile(
    r"\s(?=(?:Distr\.?\s*:|Original\s*:|Orig\s*:)|(?:\d{1,2}\s+\w+\s+(?:19|20)\d\d\s+Original)"
    r"|[A-ZА-ЯЁ][\w-]*(?:\s[a-zа-яё][\w-]*)?\s+(?:session|сессия)\b)"
)
_TITLE = re.compile(
    r"\s(?=(?:Identical\s+letters\s+dated|Letter\s+dated|Note\s+verbale\s+dated|Lettres\s+identiques\s+datées"
    r"|Lettre\s+datée|Note\s+verbale\s+datée|Cartas\s+idénticas\s+de\s+fecha|Carta\s+de\s+fecha"
    r"|Nota\s+verbal\s+de\s+fecha|Идентичные\s+письма|Письмо|Вербальная\s+нота"
    r"|رسالتان\s+متطابقتان|رسائل\s+متطابقة|رسالة\s+مؤرخة|مذكرة\s+شفوية\s+مؤرخة)(?!\w))"
)
_BODY = re.compile(
    r"\s(?=(?:I\s+have\s+the\s+honou?r|(?:On|Upon)\s+instructions|J['’]ai\s+l['’]honneur|Tengo\s+el\s+honor"
    r"|The\s+Permanent\s+Mission\b[^.]{0,200}?\bpresents\s+its\s+compliments"
    r"|La\s+Mission\s+permanente\b[^.]{0,200}?\bprésente\s+ses\s+compliments"
    r"|La\s+Misión\s+Permanente\b[^.]{0,200}?\bsaluda\s+atentamente"
    r"|It\s+gives\s+me\s+(?:great\s+)?pleasure|I\s+have\s+the\s+pleasure"
    r"|Имею\s+честь|По\s+поручению|Постоянное\s+представительство\b[^.]{0,200}?\bсвидетельствует"
    r"|أتشرف|يشرفني|بناء\s+على\s+تعليمات))"
)
# An annex's heading run into the text: "… (see annex). Annex to the note verbale dated …".
_ANNEX = re.compile(
    r"\s(?=(?:Annex\s+to\s+the\s+(?:note\s+verbale|letter|identical\s+letters)|Annexe\s+à\s+la\s+(?:lettre|note)"
    r"|Anexo\s+de\s+la\s+(?:carta|nota)|Приложение(?:\s+[IVX]+)?\s+к\s+(?:письму|вербальной\s+ноте)"
    r"|مرفق\s+(?:الرسالة|المذكرة))(?!\w))"
    # … and the signature and the page's job number and bar code: "(Signed) …", "01-56683 (R) *0156683*".
    r"|\s(?=\((?:Signed|Signé|Firmado|Подпись|توقيع)\)|\d{2}-\d{5}\s+(?:\([A-Z]\)|\d{1,3}/\d{1,3})(?!\S))"
)
# The signatory's name run into the title under it: "(Signed) Kadri Tamm Chargé d'affaires a.i.".
_SIGNED_NAME = re.compile(r"\((?:Signed|Signé|Firmado|Подпись|توقيع)\)\s+(?=\S)")
_SIGNATORY_TITLE = re.compile(
    r"\s(?=(?:Chargé\s+d['’]affaires|Ambassador|Permanent\s+Representative|Deputy\s+Permanent|Minister"
    r"|Ambassadeur|Représentant|Ministre|Embajador|Representante|Ministro|Посол|Постоянный\s+представитель"
    r"|Временный\s+поверенный|Министр|السفير|المندوب|الممثل|وزير)(?!\w))"
)
_NAME_REACH = 60


# A title glued to the word before it, the markup between dropped: "Original: árabeCartas idénticas de fecha".
_GLUED_TITLE = re.compile(
    r"(?:Identical\s+letters\s+dated|Letter\s+dated|Note\s+verbale\s+dated|Lettre\s+datée|Lettres\s+identiques"
    r"|Carta\s+de\s+fecha|Cartas\s+idénticas\s+de\s+fecha|Nota\s+verbal\s+de\s+fecha)\b"
)
_GLUE = re.compile(r"[a-zà-ÿ.:]")
_GLUED_REACH = 2_500
_TITLE_WORDS = ("dated", "datée", "fecha", "identiques")


def unflatten(text: str) -> str:
    """``text`` with the masthead's fields, the title and the body on lines of their own, if it was flattened.

    Only a first line longer than a few lines' worth that opens with the organization's name and holds a
    document's title is touched; any other text comes back as it was.
    """
    head = text[:_GLUED_REACH]
    if any(word in head for word in _TITLE_WORDS):
        glued = [
            m.start() for m in _GLUED_TITLE.finditer(head) if m.start() and _GLUE.match(head, m.start() - 1)
        ]
        for at in reversed(glued):
            head = head[:at] + "\n" + head[at:]
        text = head + text[_GLUED_REACH:] if glued else text
    end = text.find("\n")
    first = text if end < 0 else text[:end]
    if len(first) < _FLAT_LINE or not (_MASTHEAD.match(first) or _SESSION_HEAD.match(first)):
        return text
    title = _TITLE.search(first, 0, _TITLE_REACH)
    if title is None:
        return text
    body = _BODY.search(first, title.end())
    if body is None:
        return text
    masthead = _FIELD.sub("\n", first[: title.start()].strip())
    body_text = _signatory_apart(_ANNEX.sub("\n\n", first[body.end() :].strip()))
    lines = [masthead, "", first[title.end() : body.start()].strip(), "", body_text]
    return "\n".join(lines) + ("" if end < 0 else text[end:])


def _signatory_apart(text: str) -> str:
    """``text`` with each signatory's title on a line under the name, where the name ran into it."""
    for signed in reversed(list(_SIGNED_NAME.finditer(text))):
        title = _SIGNATORY_TITLE.search(text, signed.end(), signed.end() + _NAME_REACH)
        if title is not None and "\n" not in text[signed.end() : title.start()]:
            text = text[: title.start()] + "\n" + text[title.end() :]
    return text

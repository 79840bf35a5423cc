"""E-mail around a forwarded document: the header blocks above it and the confidentiality notice below it.

People forward agency copy and letters by e-mail and keep the message as
text: the sender's header block (``From:``, ``Sent:``, ``To:``,
``Subject:``, in the mail program's language), a covering note, the
forwarded message's own header block, then the document; a
confidentiality notice may close the message.
"""

from __future__ import annotations

import re

__all__ = ["forwarded_start", "is_mail_disclaimer"]

# A header field of a mail program, in the languages of the programs: "From:", "De :", "Enviado el:", "Von:".
_FROM = r"(?:from|de|von|от|da|van|od|från|fra)"
_FIELD = re.compile(
    rf"[ \t]*(?:{_FROM}|sent|date|to|cc|bcc|subject|enviado(?:\s+el)?|fecha|para|asunto|envoyé(?:\s+le)?"
    r"|à|objet|gesendet|datum|an|betreff|отправлено|дата|кому|копия|тема|inviato|oggetto|a|verzonden|aan|onderwerp"
    r"|wysłano|do|temat|skickat|till|ämne|sendt|til|emne)[ \t]*:[^\n]*(?:\n|\Z)",
    re.IGNORECASE,
)
_FROM_FIELD = re.compile(rf"[ \t]*{_FROM}[ \t]*:", re.IGNORECASE)
_SUBJECT_FIELD = re.compile(
    r"[ \t]*(?:subject|asunto|objet|betreff|тема|oggetto|onderwerp|temat|ämne|emne)[ \t]*:", re.IGNORECASE
)
# "-----Original Message-----", "-----Mensaje original-----", "---------- Forwarded message ---------".
_SEPARATOR = re.compile(r"[ \t]*-{3,}[^\n]{3,40}-{3,}[ \t]*(?:\n|\Z)")
#: How far into a message its last header block is looked for.
_REACH = 8_000


def forwarded_start(text: str) -> int:
    """Where the forwarded document starts, after the last header block; 0 when no mail header opens the text.

    A header block is a run of header fields holding a sender's field and a subject's field.
    """
    if not _FROM_FIELD.match(text, len(text) - len(text.lstrip())):
        return 0
    position, start = 0, 0
    limit = min(len(text), _REACH)
    while position < limit:
        while position < limit and text[position] in " \t\n\r":
            position += 1
        block_start, subject = position, False
        while (field := _FIELD.match(text, position)) is not None:
            subject = subject or _SUBJECT_FIELD.match(text, position) is not None
            position = field.end()
        if position > block_start and subject and _FROM_FIELD.match(text, block_start):
            start = position
            continue
        separator = _SEPARATOR.match(text, position)
        end = text.find("\n", position, limit)
        position = separator.end() if separator is not None else (limit if end < 0 else end + 1)
    return start


# A confidentiality notice closing a message, in the languages of the programs.
_DISCLAIMER = re.compile(
    r"\s*(?:[_=*-]{3,}\s*)?(?:(?:confidentiality\s+notice|disclaimer|avis\s+de\s+confidentialit[ée]|aviso\s+legal)\s*:"
    r"|(?:this|the\s+information\s+in\s+this)\s+(?:e-?mail|message|communication)\b[^\n]{0,200}"
    r"\b(?:confidential|privileged)"
    r"|(?:ce|le\s+présent)\s+(?:courriel|message|e-?mail)\b[^\n]{0,200}confidenti"
    r"|este\s+(?:correo|mensaje)\b[^\n]{0,200}confidencial|diese\s+(?:e-?mail|nachricht)\b[^\n]{0,200}vertraulich)"
    r"[^\n]{0,600}",
    re.IGNORECASE,
)


def is_mail_disclaimer(paragraph: str) -> bool:
    """A message's confidentiality notice ("This e-mail and any attachments are confidential …")."""
    return len(paragraph) <= 800 and _DISCLAIMER.fullmatch(paragraph.strip()) is not None

"""E-mail around a forwarded document: the header blocks above it and the confidentiality notice below it.

People forward agency copy and letters by e-mail and keep the message as
text: the sender's header block (``From:``, ``Sent:``, ``To:``,
``Subject:``, in the mail program's language), a covering note, the
forwarded message's own header block, then the document; a
confidentiality notice may close the message.
"""

from __future__ import annotations

import re

import attrs

from ingest_builtins.metadata.dates import find_dates

__all__ = ["Forwarded", "forwarded", "holds_message_header", "is_mail_disclaimer"]

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


_SENT_FIELD = re.compile(
    r"[ \t]*(?:sent|date|enviado(?:\s+el)?|fecha|envoyé(?:\s+le)?|gesendet|datum|отправлено|дата|inviato"
    r"|verzonden|wysłano|skickat|sendt)[ \t]*:([^\n]*)",
    re.IGNORECASE,
)


@attrs.frozen
class Forwarded:
    """A forwarded document: where it starts under the last header block, and the date that block gives."""

    start: int
    date: str | None = None


def forwarded(text: str) -> Forwarded:
    """The forwarded document under the last header block (start 0 when no mail header opens the text).

    A header block is a run of header fields holding a sender's field and a subject's field.
    """
    if not _FROM_FIELD.match(text, len(text) - len(text.lstrip())):
        return Forwarded(0)
    position, start, date = 0, 0, None
    limit = min(len(text), _REACH)
    while position < limit:
        while position < limit and text[position] in " \t\n\r":
            position += 1
        block_start, subject, sent = position, False, None
        while (field := _FIELD.match(text, position)) is not None:
            subject = subject or _SUBJECT_FIELD.match(text, position) is not None
            sent = sent or _SENT_FIELD.match(text, position)
            position = field.end()
        if position > block_start and subject and _FROM_FIELD.match(text, block_start):
            start = position
            dates = find_dates(sent.group(1)) if sent is not None else []
            date = dates[0].iso[:10] if dates else None
            continue
        separator = _SEPARATOR.match(text, position)
        end = text.find("\n", position, limit)
        position = separator.end() if separator is not None else (limit if end < 0 else end + 1)
    return Forwarded(start, date)


def holds_message_header(text: str) -> bool:
    """Whether a message's header block or a mail program's separator stands anywhere in ``text``.

    A sender's field with a subject's field two lines below at most ("From: …" / "Subject: …"), or
    "---------- Forwarded message ---------": a note passing a document on, whatever opens the text.
    """
    limit = min(len(text), _REACH)
    position = 0
    while position < limit:
        if _SEPARATOR.match(text, position):
            return True
        if _FROM_FIELD.match(text, position):
            below = text[position : position + _HEADER_SPAN].split("\n")[1:3]
            if any(_SUBJECT_FIELD.match(line) for line in below):
                return True
        end = text.find("\n", position, limit)
        position = limit if end < 0 else end + 1
    return False


#: How many characters a sender's field and the two lines under it take at most.
_HEADER_SPAN = 400


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

"""E-mail (``.eml``): the message body is a document with its headers in metadata; each attachment a member.

The message itself keeps its file's URI; its attachments are members
``file:///…/note.eml#/letter.pdf`` read by whichever reader their bytes
call for (PDF, Word, text).  Parsing is the standard library's ``email``
package with its modern policy; nothing is written to disk.
"""

from __future__ import annotations

import email
import email.policy
import os
from collections.abc import Iterable, Iterator, Mapping
from email.message import EmailMessage
from typing import Any

import attrs

from ingest import Decoded, Document, Options, RawInput, Rejected, Source, hookimpl
from ingest_builtins.collecting.members import Unreadable, member_uri, split_member_uri

__all__ = [
    "MailDecoded",
    "attachments",
    "ingest_decode",
    "ingest_expand_source",
    "ingest_read_source",
]

_SUFFIX = ".eml"
#: Attachments listed at most per message.
MAX_ATTACHMENTS = 1000
_HEADERS = {"from": "sender", "to": "recipients", "cc": "cc", "subject": "subject", "date": "date"}


@attrs.frozen(slots=False)
class MailDecoded(Decoded):
    """The body of an e-mail, with its headers and the names of its attachments."""

    info: Mapping[str, Any] = attrs.field(factory=dict)

    def describe_document(self, document: Document) -> Document:
        """Sender, recipients, subject, date and attachments into ``metadata["email"]``."""
        return document.with_metadata(email=dict(self.info))


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def attachments(message: EmailMessage) -> Iterator[tuple[str, EmailMessage]]:
    """Each attachment with its member name: its file name, numbered when the name came before."""
    seen: set[str] = set()
    for index, part in enumerate(message.iter_attachments(), start=1):
        if index > MAX_ATTACHMENTS:
            return
        assert isinstance(part, EmailMessage)
        filename = part.get_filename() or f"attachment-{index}"
        name = filename if filename not in seen else f"{index}/{filename}"
        seen.add(filename)
        yield name, part


def _is_mail(name: str) -> bool:
    return name.lower().endswith(_SUFFIX)


def _expand(source: Source, path: str, limit: int) -> Iterator[Source]:
    yield source  # the message itself: its body, decoded below
    try:
        if os.path.getsize(path) > limit:
            return  # reading the message fails with the size limit's reason
        with open(path, "rb") as file:
            message = _parse(file.read())
        for name, _ in attachments(message):
            yield Source(member_uri(source.uri, name), None, path)
    except Exception as error:  # an unreadable or damaged message
        yield Unreadable(source.uri + "#/", None, path, f"attachments could not be listed: {error}")


@hookimpl
def ingest_expand_source(source: Source, options: Options) -> Iterable[Source] | None:
    """An ``.eml`` file: the message, then its attachments."""
    if source.path is None or not _is_mail(source.path) or isinstance(source, Unreadable):
        return None
    return _expand(source, source.path, int(options.get("max_bytes") or 256 * 1024**2))


@hookimpl
def ingest_read_source(source: Source, options: Options) -> RawInput | None:
    """The bytes of one attachment of a message; ``None`` for other sources."""
    if isinstance(source, Unreadable):
        raise Rejected(source.reason)
    split = split_member_uri(source.uri)
    if split is None or not _is_mail(split[0]) or len(split[1]) != 1:
        return None
    path, (wanted,) = split
    try:
        with open(path, "rb") as file:
            message = _parse(file.read())
    except OSError as error:
        raise Rejected(f"cannot read the message: {error.strerror or error}") from None
    for name, part in attachments(message):
        if name == wanted:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else part.as_bytes()
            return RawInput.from_bytes(source, data)  # sniffed from the bytes and the attachment's name
    raise Rejected(f"no attachment {wanted!r} in the message")


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    assert isinstance(part, EmailMessage)
    content = part.get_content()
    text = content if isinstance(content, str) else content.decode("utf-8", "replace")
    if part.get_content_subtype() == "html":
        from bs4 import BeautifulSoup  # only mail without a plain-text body pays for loading it

        text = BeautifulSoup(text, "html.parser").get_text("\n")
    return text


def _headers(message: EmailMessage) -> dict[str, Any]:
    info: dict[str, Any] = {}
    for header, key in _HEADERS.items():
        value = message.get(header)
        if value is None:
            continue
        if header in ("to", "cc"):
            info[key] = [str(address) for address in getattr(value, "addresses", ())] or [str(value)]
        elif header == "date" and getattr(value, "datetime", None) is not None:
            info[key] = value.datetime.isoformat()
        else:
            info[key] = str(value)
    names = [name for name, _ in attachments(message)]
    if names:
        info["attachments"] = names
    return info


@hookimpl
def ingest_decode(raw: RawInput, options: Options) -> Decoded | None:
    """The body of an ``.eml`` message (plain text, else HTML as text); ``None`` for other inputs."""
    if not (_is_mail(raw.source.path or raw.source.uri) or raw.media_type == "message/rfc822"):
        return None
    try:
        message = _parse(raw.data)
        text, info = _body(message), _headers(message)
    except Exception as error:  # the email package is lenient; what still breaks is a damaged message
        raise Rejected(f"damaged e-mail message: {type(error).__name__}: {error}") from None
    if not text.strip():
        text = str(info.get("subject") or "")
    return MailDecoded(
        text=text, encoding="utf-8", confidence=1.0, method="email (standard library)", info=info
    )

"""Agency copy forwarded by e-mail and kept as text: read from under the last header block, the message's
covering note and confidentiality notice left out.

The message and the story are written here; they copy none.
"""

from __future__ import annotations

from ingest_builtins.formats.articles.mail import forwarded, is_mail_disclaimer
from ingest_builtins.formats.articles.tail import parse_tail
from ingest_builtins.formats.news_wire.head import parse_head

MESSAGE = """From: Ana Ruiz <ana@example.org>
Sent: Thursday, 4 June 2026 10:14
To: Press team <press@example.org>
Subject: FW: Port strike ends after two weeks

Hello all, the agency's story from this morning for the bulletin.

-----Original Message-----
From: Agency news service <news@agency.example>
Sent: Thursday, 4 June 2026 09:47
To: Subscribers
Subject: Port strike ends after two weeks

Port strike ends after two weeks

LISBON, June 4 (Reuters) - Dock workers at the port of Lisbon ended a two-week strike on Thursday.

The union said the agreement raises wages by four percent.

________________________________
This e-mail and any attachments are confidential and intended solely for the addressee.
"""


def test_the_copy_is_read_from_under_the_last_header_block() -> None:
    start = forwarded(MESSAGE).start
    assert MESSAGE[start:].lstrip().startswith("Port strike ends after two weeks\n\nLISBON")
    head = parse_head(MESSAGE)
    assert (head.title, head.agency, head.place) == ("Port strike ends after two weeks", "Reuters", "Lisbon")
    assert MESSAGE[head.body_start :].startswith("Dock workers at the port of Lisbon")


def test_a_text_not_opening_with_a_mail_header_is_read_from_its_start() -> None:
    assert forwarded("From the archive: a story about ports.\n\nSubject: ports\n").start == 0


def test_the_confidentiality_notice_closing_the_message_is_peeled_off() -> None:
    assert is_mail_disclaimer("Este mensaje y sus anexos son confidenciales y para sus destinatarios.")
    body = MESSAGE[parse_head(MESSAGE).body_start :]
    assert body[: parse_tail(body).body_end].endswith("raises wages by four percent.")


def test_a_dateline_without_its_year_takes_the_year_of_the_message_that_forwarded_the_copy_that_day() -> None:
    assert parse_head(MESSAGE.replace("LISBON, June 4", "LISBON, 4 jun")).date == "2026-06-04"
    # … but not when the message was sent another day
    assert parse_head(MESSAGE.replace("LISBON, June 4", "LISBON, 2 jun")).date is None

"""The ``news-wire`` format plugin: agency copy with its header, dateline, byline and credit lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ingest import FORMAT, Document, FormatRegistry, Score, Step, hookimpl

# The rules are imported by the functions that use them, when first called: `ingest --help` loads
# every plugin, and compiling the wire's patterns would cost it a large share of its time.

__all__ = [
    "ingest_cleaning_steps",
    "ingest_identify",
    "ingest_metadata_steps",
    "ingest_register_formats",
    "read_sgml",
    "rebuild",
    "stated_fields",
    "strip_desk_notes",
    "strip_head",
    "strip_pointers",
    "strip_tail",
]

FORMAT_NAME = "news-wire"
_KEY = "news-wire"
#: How much of the end is read for the wire's credit line.
_TAIL_CHARS = 2_000
# The credit line of agency copy: who reported or wrote it and who edited it, in brackets or not:
# "(Reporting by Jane Roe; Editing by John Doe)". A text's "Edited by …" or "Autorka: …" alone is no wire's.
_WIRE_CREDIT = re.compile(
    r"^[ \t>]*\(?(?:additional )?(?:reporting|writing)(?: by)?\b[^\n]{3,300}?\b(?:editing|edited) by\b",
    re.IGNORECASE | re.MULTILINE,
)
# A word in capitals alone on the last line, under a sentence: the sign-off of an agency that is in no table
# ("TAP", "ATA", "/Ajans/"), or the desk's initials.
_CAPITALS_SIGN_OFF = re.compile(r"[.!?»”\"][ \t]*\n+[ \t]*(?P<sign>/?[A-ZÀ-Ý]{2,6}/?)[ \t]*\n*\Z")
_SIGN_OFF_CHARS = 200
# Words for "the end" that close a story or a tale of any kind, not agency copy alone.
_END_WORDS = frozenset(
    {"END", "FIN", "FINE", "FIM", "ENDE", "EINDE", "SLUT", "LOPPU", "AMEN", "KONIEC", "KONEC"}
)
_STRUCTURED = ("application/json", "application/jsonl", "text/csv", "application/xml", "text/html")


def _found(document: Document) -> dict[str, Any]:
    return dict(document.annotations.get(_KEY, {}))


def _remember(document: Document, **values: Any) -> Document:
    found = _found(document)
    for key, value in values.items():
        if isinstance(value, list):
            found[key] = [*found.get(key, []), *(v for v in value if v not in found.get(key, []))]
        elif value is not None and found.get(key) is None:
            found[key] = value
    return document.with_annotations(**{_KEY: found})


@hookimpl
def ingest_register_formats(formats: FormatRegistry) -> None:
    """Declare ``news-wire``."""
    formats.add(FORMAT_NAME, "News-agency copy with its header, dateline, byline or credit lines")


def _opens_with_address(body: str) -> bool:
    """A line of address under the place and date ("Monsieur le Président,", "Excellencies,").

    That opens a speech or a letter; agency copy goes on with its lead's sentence after the dateline.
    """
    from ingest_builtins.formats.articles.address import is_address_line

    first, _, rest = body.lstrip().partition("\n")
    # (the line stands alone or over another line of address: a lead's first line hard-wrapped after a comma
    # runs on into the sentence)
    following = rest.split("\n", 1)[0].strip()
    return is_address_line(first) and (not following or is_address_line(following))


def _told_bare(text: str, body: str) -> bool:
    """Copy told in the third person and not passed on: a capitals sign-off under it may be an agency's.

    (A note signed with its writer's initials, "See you there! / JD", speaks in the first or second person.)
    """
    from ingest_builtins.formats.articles.teller import personal_words

    return not _passed_on(text, body) and personal_words(text[:_TAIL_CHARS].split("\n")) == 0


def _passed_on(text: str, body: str) -> bool:
    """Whether the copy is passed on under a greeting or a message's header: the text is the writer's."""
    from ingest_builtins.formats.articles.address import opens_with_greeting
    from ingest_builtins.formats.articles.mail import holds_message_header

    return _opens_with_address(body) or opens_with_greeting(text) or holds_message_header(text)


@hookimpl
def ingest_identify(document: Document) -> Score | None:
    """A Reuters-21578 record, a scraper's date header, an agency dateline or byline, or an attribution."""
    from ingest_builtins.formats.articles.lead import lead_attribution
    from ingest_builtins.formats.articles.tail import closing_agency
    from ingest_builtins.formats.news_wire.head import parse_head
    from ingest_builtins.formats.news_wire.release import release_tail
    from ingest_builtins.formats.news_wire.sgml import is_doc_sgml, is_reuters_sgml

    text = document.text
    if is_reuters_sgml(text):
        return Score(FORMAT_NAME, 0.95, "Reuters-21578 <REUTERS> record")
    if is_doc_sgml(text):
        return Score(FORMAT_NAME, 0.95, "a news collection's SGML <DOC> record")
    if document.media_type in _STRUCTURED:
        return None
    head = parse_head(text)
    if "header" in head.found and (head.authors or head.publisher):
        # (a crawler's date stamp alone says nothing of the genre: the evidence under it decides)
        return Score(FORMAT_NAME, 0.9, "scraped agency header 'date … By …'")
    if head.agency and ("dateline" in head.found or "agency credit" in head.found):
        return Score(FORMAT_NAME, 0.85, f"agency dateline or credit ({head.agency}) at the top")
    if head.agency and "date line" in head.found:
        return Score(FORMAT_NAME, 0.85, f"the agency ({head.agency}) and the copy's date heading it")
    if head.agency and "byline" in head.found:
        return Score(FORMAT_NAME, 0.8, f"byline with the agency ({head.agency}) at the top")
    body = text[head.body_start : head.body_start + 1500]
    agency = lead_attribution(body)
    if agency:
        return Score(FORMAT_NAME, 0.6, f"the lead attributes itself to an agency ({agency})")
    if "note" in head.found and ("byline" in head.found or "dateline" in head.found):
        return Score(FORMAT_NAME, 0.6, "editor's note and byline or dateline at the top")
    if "dateline" in head.found and not _opens_with_address(body):
        return Score(FORMAT_NAME, 0.5, "place-and-date dateline at the top")
    if "loose dateline" in head.found and not _opens_with_address(body):
        # (read by its shape alone, whatever agency it names: a page's furniture outweighs it)
        return Score(
            FORMAT_NAME, 0.45, "a dateline's shape opening the copy: a place, a day or an agency, a dash"
        )
    if (agency := closing_agency(text)) is not None:
        if "headline" in head.found:
            return Score(
                FORMAT_NAME, 0.75, f"a headline, and the agency's sign-off ({agency}) closing the copy"
            )
        return Score(FORMAT_NAME, 0.5, f"the agency's sign-off ({agency}) closing the copy")
    if (release := release_tail(text[-_TAIL_CHARS:])) is not None and not _passed_on(text, body):
        return Score(FORMAT_NAME, 0.5, f"a press-release wire's credit ({release.wire}) closing the copy")
    if _WIRE_CREDIT.search(text[-_TAIL_CHARS:]) and not _passed_on(text, body):
        return Score(
            FORMAT_NAME, 0.5, "the wire's credit line closing the copy ('Reporting by …; Editing by …')"
        )
    sign = _CAPITALS_SIGN_OFF.search(text[-_SIGN_OFF_CHARS:])
    if sign is not None and sign.group("sign").strip("/") not in _END_WORDS and _told_bare(text, body):
        # (weak: an agency in no table, the desk's initials; above a bare story's shape, below a page's)
        return Score(FORMAT_NAME, 0.35, f"a sign-off in capitals ({sign.group('sign')}) under the copy")
    return None


def read_sgml(document: Document) -> Document:
    """Take an SGML record's body as the text and its date, headline, byline and dateline as fields.

    A Reuters-21578 record's BODY holds the story alone; the TEXT of a ``<DOC>`` record (TREC, CLEF,
    Gigaword) may still open with the agency's dateline and close with its sign-off, which the next steps
    read as in any copy.
    """
    from ingest_builtins.formats.news_wire.sgml import count_doc_records, parse_doc_sgml, parse_reuters_sgml

    story = parse_reuters_sgml(document.text)
    if story is not None:
        return _sgml_fields(document, story, "Reuters-21578", sgml=True)
    story = parse_doc_sgml(document.text)
    if story is None:
        return document
    return _sgml_fields(document, story, "<DOC>", records=count_doc_records(document.text))


def _sgml_fields(
    document: Document, story: Any, kind: str, *, sgml: bool = False, records: int | None = None
) -> Document:
    from ingest_builtins.formats.articles.names import byline_names
    from ingest_builtins.formats.news_wire.head import title_case_place
    from ingest_builtins.formats.news_wire.sgml import count_records

    people, agencies = (
        byline_names(story.author.removeprefix("By ").removeprefix("by ")) if story.author else ([], [])
    )
    place = story.dateline.split(",")[0].split("(")[0].strip() if story.dateline else None
    records = count_records(document.text) if records is None else records
    document = document.evolve(text=story.body)
    if records > 1:
        document = document.with_warning(
            f"a {kind} collection of {records} records: only the first is read (no splitting)"
        )
    return _remember(
        document,
        title=story.title,
        date=story.date,
        authors=people,
        publisher="Reuters" if sgml else story.agency,
        place=title_case_place(place) if place else None,
        agency=agencies[0] if agencies else None,
        sgml=sgml or None,
    )


def strip_head(document: Document) -> Document:
    """Remove the scraper header, editor's notes, headline, byline, dateline and agency credit at the top."""
    from ingest_builtins.formats.news_wire.datelines import colon_dateline
    from ingest_builtins.formats.news_wire.head import parse_head

    if _found(document).get("sgml"):
        return document
    head = parse_head(document.text)
    # (the copy known to be an agency's, a place in capitals before a colon opening its body is its dateline)
    colon = colon_dateline(document.text, head.body_start)
    if colon is not None:
        head.body_start, head.place = colon.end, head.place or colon.place
        head.found.append("dateline")
    if not head.found or head.body_start <= 0:
        return document
    document = document.evolve(text=document.text[head.body_start :])
    return _remember(
        document,
        title=head.title,
        date=head.date,
        publisher=head.publisher,
        agency=head.agency or head.shaped_agency,
        authors=head.authors,
        place=head.place,
        notes=head.notes,
    )


def rebuild(document: Document) -> Document:
    """Rebuild paragraphs: split copy flattened onto one line, join hard-wrapped lines."""
    from ingest_builtins.formats.articles.paragraphs import rebuild_paragraphs, split_flattened

    text = rebuild_paragraphs(split_flattened(document.text))
    return document if text == document.text else document.evolve(text=text)


def strip_pointers(document: Document) -> Document:
    """Remove the sentences pointing the reader to a graphic, factbox or video at an address."""
    from ingest_builtins.formats.articles.pointers import strip_pointers as without_pointers

    text = without_pointers(document.text)
    return document if text == document.text else document.evolve(text=text)


def strip_desk_notes(document: Document) -> Document:
    """Remove the desk's notes to editors and photo captions standing as paragraphs between the copy's."""
    from ingest_builtins.formats.news_wire.desk_notes import strip_desk_notes as without_notes

    text = without_notes(document.text)
    return document if text == document.text else document.evolve(text=text)


def strip_tail(document: Document) -> Document:
    """Remove credit lines, sign-offs, notes, promotion, prompts and a release's contact block at the end."""
    from ingest_builtins.formats.articles.tail import parse_tail
    from ingest_builtins.formats.news_wire.release import release_tail

    # A release's contact block and the press-release wire's credit go first, glued on or not.
    release = release_tail(document.text)
    copy = document.text[: release.start].rstrip() if release is not None else document.text
    tail = parse_tail(copy)
    text = copy[: tail.body_end] if tail.found else copy
    # The agency the dateline named, alone on the last line, signs the copy off ("Accra, Nov 22, GNA –"
    # … "GNA"), though it is in no table.
    agency = _found(document).get("agency")
    body, _, last = text.rstrip().rpartition("\n")
    if agency and body.strip() and last.strip(" ()-–—.").casefold() == str(agency).casefold():
        text = body.rstrip()
    text = _after_last_sentence(text)
    if text == document.text:
        return document
    document = document.evolve(text=text)
    return _remember(document, authors=tail.authors, agency=tail.agency, notes=tail.notes)


def _after_last_sentence(text: str) -> str:
    """The copy up to its last sentence: the desk's codes, a site's headlines and labels under it go."""
    from ingest_builtins.formats.articles.sentences import after_last_sentence

    lines = text.split("\n")
    positions = [index for index, line in enumerate(lines) if line.strip()]
    # (copy carries no signature of its own: what ends no sentence under it is the desk's or a site's)
    cut = after_last_sentence([lines[i].strip() for i in positions], 0, len(positions), agency_copy=True)
    return text if cut == len(positions) else "\n".join(lines[: positions[cut]]).rstrip()


def stated_fields(document: Document) -> Document:
    """Title, date, authors, publisher (the agency or the scraped site) and dateline place from the copy."""
    from ingest_builtins.cleaning.crawl_stamp import stamp_date
    from ingest_builtins.formats.articles.lead import lead_attribution, told_outlet

    found = _found(document)
    publisher = (
        found.get("publisher")
        or found.get("agency")
        or lead_attribution(document.text[:1500])
        or told_outlet(document.text[:1500])
    )
    changes: dict[str, Any] = {}
    for field, value in (
        ("title", found.get("title")),
        # (the page store's stamp over scraped copy, where the copy prints no date of its own)
        ("date", found.get("date") or stamp_date(document.decoded.text)),
        ("publisher", publisher),
    ):
        if value and getattr(document, field) is None:
            changes[field] = value
    if found.get("authors") and not document.authors:
        changes["authors"] = tuple(found["authors"])
    if changes:
        document = document.evolve(**changes)
    if found.get("place") and "dateline" not in document.metadata:
        document = document.with_metadata(dateline=found["place"])
    return document


@hookimpl
def ingest_cleaning_steps(format: str) -> Sequence[Step] | None:
    """Read SGML records, strip the head, rebuild paragraphs, pointers and desk notes, strip the tail."""
    if format != FORMAT_NAME:
        return None
    return [
        Step("news-wire.read-sgml", read_sgml, order=FORMAT),
        Step("news-wire.strip-head", strip_head, order=FORMAT + 10),
        Step("news-wire.rebuild-paragraphs", rebuild, order=FORMAT + 20),
        Step("news-wire.strip-pointers", strip_pointers, order=FORMAT + 25),
        Step("news-wire.strip-desk-notes", strip_desk_notes, order=FORMAT + 26),
        Step("news-wire.strip-tail", strip_tail, order=FORMAT + 30),
    ]


@hookimpl
def ingest_metadata_steps(format: str) -> Sequence[Step] | None:
    """The fields the copy states."""
    if format != FORMAT_NAME:
        return None
    return [Step("news-wire.stated-fields", stated_fields, order=FORMAT)]

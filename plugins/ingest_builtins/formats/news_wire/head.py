"""The top of agency copy: scraper header, editor's notes, headline, byline, dateline, agency credit."""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.articles.agencies import canonical_agency, is_agency
from ingest_builtins.formats.articles.mail import forwarded
from ingest_builtins.formats.articles.names import byline_names, is_person_name, tidy_name
from ingest_builtins.formats.articles.site_lines import is_site_line
from ingest_builtins.formats.news_wire.datelines import (
    BEFORE_CAPS,
    compiled,
    find_dateline,
    place_and_day,
    read_dateline,
    title_case_place,
)
from ingest_builtins.formats.news_wire.head_patterns import (
    AGENCY_DATE_LINE,
    AGENCY_LINE,
    AGENCY_ROLE,
    BYLINE,
    BYLINE_AGENCY,
    CAPS_NAMES_AGENCY,
    CJK_CAPTION,
    DATE_LINE_LONGEST,
    DESK,
    HEADER,
    JOINERS,
    LINE_NOTE,
    MONTH_FIRST,
    NAMES_BAR_DATE,
    PAREN_NOTE,
    SLUG,
    SYNDICATED,
    ZONE_WORD,
)
from ingest_builtins.formats.news_wire.headline_lines import wire_title_like
from ingest_builtins.formats.news_wire.loose_dateline import loose_dateline
from ingest_builtins.formats.news_wire.transmission import agency_date_line, deck_end, read_transmission
from ingest_builtins.metadata.dates import parse_date

__all__ = ["WireHead", "find_dateline", "parse_head", "title_case_place"]

_MAX_HEADLINE = 300
#: What may stand above the wire system's routing lines.
_ABOVE_ROUTING = frozenset({"transmission", "header", "note", "e-mail"})


@attrs.define
class WireHead:
    """What the top of a piece of agency copy says, and where its body starts."""

    body_start: int = 0
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    agency: str | None = None
    authors: list[str] = attrs.field(factory=list)
    place: str | None = None
    notes: list[str] = attrs.field(factory=list)
    found: list[str] = attrs.field(factory=list)
    sent: str | None = None
    #: The agency a dateline read by its shape alone names: the record's publisher, no evidence of the genre.
    shaped_agency: str | None = None


def _skip_blanks(text: str, position: int) -> int:
    """The first position at or after ``position`` that is not white space."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _line_end(text: str, position: int) -> int:
    """The end of the line that ``position`` is on (the newline's index, or the text's end)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _set_agency(head: WireHead, name: str) -> None:
    if head.agency is None:
        head.agency = canonical_agency(name)


def _take_byline(text: str, head: WireHead, start: int, limit: int) -> int | None:
    """A ``By …`` byline, on its own line or run into the dateline; returns the new position."""
    match = BYLINE.match(text, start)
    if match is None:
        return None
    line_end = _line_end(text, match.end())
    bracket = find_dateline(text, match.end(), min(line_end, limit))
    if bracket is not None:
        prefix = text[match.end() : bracket.start()]
        place = compiled(BEFORE_CAPS).search(prefix)
        names_end = match.end() + (place.start() if place else len(prefix))
        names = text[match.end() : names_end]
        new_position = names_end
    else:
        names = text[match.end() : line_end]
        if len(names.split()) > 14:
            return None
        new_position = line_end
    role = AGENCY_ROLE.match(names)
    if role is not None:
        _set_agency(head, role.group("agency"))
        names = names[role.end() :]
    agency = BYLINE_AGENCY.search(names)
    if agency is None:
        bare = CAPS_NAMES_AGENCY.search(names)
        before = JOINERS.sub(" ", names[: bare.start()]) if bare is not None else ""
        agency = bare if bare is not None and before.strip().isupper() else None
    if agency:
        _set_agency(head, agency.group("agency"))
        names = names[: agency.start()]
    people, agencies = byline_names(names)
    for name in agencies:
        _set_agency(head, name)
    if not people and not agencies:
        desk = DESK.fullmatch(names.strip())
        if desk is None:
            return None
        if desk.group("agency"):
            _set_agency(head, desk.group("agency"))
    head.authors.extend(name for name in people if name not in head.authors)
    head.found.append("byline")
    return new_position


# A date in figures, its year of two figures perhaps, as Central Asian agencies print it: "13.06.22".
_IN_FIGURES = re.compile(r"(?P<day>\d{1,2}\.\d{1,2}\.)(?P<year>\d\d(?:\d\d)?)(?!\d)")
#: A year of two figures above this is of the last century.
_CENTURY_PIVOT = 50


def _dated(head: WireHead, when: str | None, year: str | None) -> None:
    if when and head.date is not None and len(head.date) == len("2017-08") and not year:
        # A crawler's month over the copy ("date 2017-08") and the dateline's day in it ("Kaolack, 18 août")
        dated = parse_date(f"{when} {head.date[:4]}")
        head.date = dated if dated is not None and dated.startswith(head.date) else head.date
    if not when or head.date is not None:
        return
    if year:
        head.date = parse_date(when if year in when else f"{when} {year}")  # ("22 فبراير" and "2015" apart)
    elif (figures := _IN_FIGURES.match(when)) is not None:
        # "13.06.22", "30.08.2016", "04.11.25, 12:29": the whole date in figures, its year in it
        printed = figures.group("year")
        if len(printed) == 2:
            printed = ("19" if int(printed) > _CENTURY_PIVOT else "20") + printed
        head.date = parse_date(figures.group("day") + printed + when[figures.end() :])
    elif head.sent is not None:
        # A day and month without the year ("Lima, 12 mar") in copy forwarded that day: the message's year.
        dated = parse_date(f"{when} {head.sent[:4]}")
        head.date = dated if dated == head.sent else None


def _take_dateline(text: str, head: WireHead, start: int, limit: int) -> int | None:
    """A dateline (:func:`read_dateline`); a place alone on its line counts under a byline or date line."""
    alone = head.place is None and bool({"byline", "date line"} & set(head.found))
    found = read_dateline(text, start, limit, place_alone=alone)
    loose = found is None
    found = found or loose_dateline(text, start, limit)
    if found is None:
        return None
    if found.agency and loose:
        head.shaped_agency = found.agency
    elif found.agency:
        _set_agency(head, found.agency)
    if found.place:
        head.place = found.place
    _dated(head, found.when, found.year)
    head.authors.extend(name for name in found.authors if name not in head.authors)
    head.found.append("loose dateline" if loose else "dateline")
    return found.end


def _take_names_bar_date(text: str, head: WireHead, start: int, limit: int) -> int | None:
    """A byline line of names, a bar and the date: ``Jane Roe   |03.03.2024 - Update : 03.03.2024``."""
    match = NAMES_BAR_DATE.match(text, start, limit)
    if match is None:
        return None
    people, _ = byline_names(match.group("names"))
    if not people:
        return None
    head.authors.extend(name for name in people if name not in head.authors)
    if head.date is None:
        head.date = parse_date(match.group("date"))
    head.found.append("byline")
    return match.end()


def _take_date_line(text: str, head: WireHead, start: int, limit: int) -> int | None:
    """A line that is nothing but the copy's date (and time), above its headline or dateline."""
    end = _line_end(text, start)
    line = text[start:end].strip()
    # (The weekday may come first: "Jeudi 12 mars 2026".)  The date printed wins over a crawler's stamp.
    dated = head.date is not None and head.found != ["header"]
    if dated or len(line) > DATE_LINE_LONGEST or not line[:1].isalnum():
        return None
    value = parse_date(ZONE_WORD.sub("", line))
    if value is None or len(value) < 10:
        return None
    head.date = value
    head.found.append("date line")
    return end


_DECK_WORDS = 25
#: A lead under the agency's credit is a sentence of so many words at least.
_LEAD_WORDS = 12
_PLACE_AND_DAY = 60
_DECK_STAMP = re.compile(r"\|\s*|(?:19|20)\d\d|\d:\d\d")
# A line of rules or table borders ("| |", "* * *") or a page's counter ("0" comments) in the head.
_DEBRIS = re.compile(r"[ \t]*(?:[^\w\n]+|\d{1,3})[ \t]*")


def _dated_below(text: str, position: int, limit: int) -> bool:
    """Whether the line after ``position`` is nothing but a date."""
    start = _skip_blanks(text, position)
    return start < limit and _take_date_line(text, WireHead(), start, limit) is not None


def _lead_below(text: str, position: int, limit: int) -> bool:
    """Whether the line after ``position`` is a lead, a sentence of a dozen words or more."""
    start = _skip_blanks(text, position)
    line = text[start : _line_end(text, start)].strip()
    return len(line.split()) >= _LEAD_WORDS and line.endswith((".", "”", '"', "»"))


def _take_name_line(text: str, head: WireHead, start: int, limit: int) -> int | None:
    """A reporter's name alone on its line, under the headline and above the dateline (no "By")."""
    end = _line_end(text, start)
    name = text[start:end].strip()
    if not is_person_name(name) or name.endswith(".") or len(name) > 60 or is_site_line(name):
        return None  # (nor a widget's label that reads like a name: "Profile Picture")
    after = _skip_blanks(text, end)
    if after >= limit or _take_dateline(text, WireHead(), after, limit) is None:
        return None
    head.authors.append(tidy_name(name))
    head.found.append("byline")
    return end


def _take_agency_date_line(text: str, head: WireHead, start: int, limit: int) -> int | None:
    """The agency and the date heading the copy: ``BELGA - 12/03/2025 11:47``."""
    match = AGENCY_DATE_LINE.match(text, start, limit)
    if head.date is not None and not ("header" in head.found and set(head.found) <= {"header", "date line"}):
        return None  # (the agency's date line under a crawler's date header gives the copy's own date)
    if match is None:
        found = agency_date_line(text, start, limit)
        if found is None:
            return None
        _set_agency(head, found[1])
        head.date = found[2]
        head.found.append("date line")
        return found[0]
    agency = canonical_agency(match.group("agency"))
    value = parse_date(match.group("date"), dayfirst=agency not in MONTH_FIRST)
    if value is None:
        return None
    _set_agency(head, agency)
    head.date = value
    head.found.append("date line")
    return match.end()


def _structured(text: str, position: int, limit: int) -> bool:
    """Whether a piece of the head (header, note, byline, dateline, date line) starts at ``position``."""
    scratch = WireHead()
    return bool(
        HEADER.match(text, position, limit)
        or PAREN_NOTE.match(text, position, limit)
        or LINE_NOTE.match(text, position, limit)
        or _take_byline(text, scratch, position, limit) is not None
        or _take_dateline(text, scratch, position, limit) is not None
        or _take_names_bar_date(text, scratch, position, limit) is not None
        or _take_date_line(text, scratch, position, limit) is not None
        or _take_agency_date_line(text, scratch, position, limit) is not None
        or _take_name_line(text, scratch, position, limit) is not None
    )


def _take_headline(text: str, head: WireHead, start: int, limit: int) -> int | None:
    """The headline, when a piece of the head or a paragraph follows it (a deck between is passed over)."""
    # Only a crawler's date stamp, notes, a date line, routing lines and a collection's source line may stand
    # above a headline.
    above = {"header", "note", "date line", "transmission", "e-mail"} | (
        {"agency credit"} if head.found[:1] == ["agency credit"] else set()
    )
    if head.title is not None or set(head.found) - above:
        return None
    end = _line_end(text, start)
    if end - start > _MAX_HEADLINE:
        return None
    candidate = text[start:end].strip()
    if not wire_title_like(candidate):
        return None
    if (
        len(candidate) <= _PLACE_AND_DAY
        and any(character.isdigit() for character in candidate)
        and (place := place_and_day(candidate)) is not None
        and _structured(text, _skip_blanks(text, end), limit)
    ):
        head.place = (
            head.place or place
        )  # "Baku, Azerbaijan, Aug. 23" over the byline: a dateline, no headline
        head.found.append("dateline")
        return end
    after = _skip_blanks(text, end)
    while after < limit and _DEBRIS.fullmatch(text, after, _line_end(text, after)):
        after = _skip_blanks(text, _line_end(text, after))
    if after >= limit or after == end:
        return None
    following = text[after : _line_end(text, after)]
    structured = _structured(text, after, limit)
    if not structured and after == end + 1:
        # A deck directly under the headline ("Utl.: … =", a sub-headline), then the dateline.
        deck = deck_end(text, after, limit)
        if deck is None:
            # … or a deck line run straight into the byline or dateline under it, no blank line between.
            line_end = _line_end(text, after)
            line = text[after:line_end].strip()
            short = len(line.split()) <= _DECK_WORDS and not line.endswith((".", ":", ";"))
            deck = line_end if short and line_end < limit else None
        if deck is not None and _structured(text, _skip_blanks(text, deck), limit):
            if text[after : after + 1].islower():  # the headline wrapped onto a second line
                candidate = f"{candidate} {text[after:deck].strip()}"
            structured, end = True, deck
    if not structured and after > end + 1:
        # A deck under the headline after a blank line, then the copy's head: "Eight planes to be shared …"
        deck_line_end = _line_end(text, after)
        below = _skip_blanks(text, deck_line_end)
        lone = following.strip()
        # (a site's stamp line, "Source: Xinhua| 2023-04-02 21:10:11|Editor: huaxia", is no deck)
        if (
            len(lone.split()) <= _DECK_WORDS
            and wire_title_like(lone)
            and not _DECK_STAMP.search(lone)
            and below < limit
            and _structured(text, below, limit)
        ):
            structured, end = True, deck_line_end
    if not structured and (len(following.split()) < 12 or "\n\n" not in text[end : after + 1]):
        return None
    if is_site_line(candidate):
        return None  # (a site's section name above the copy, "Breaking news", is passed over: no headline)
    head.title = SLUG.sub("", candidate).strip() or candidate
    head.found.append("headline")
    return end


def parse_head(text: str, limit: int = 3000) -> WireHead:
    """Read the top of ``text`` piece by piece until the body starts (``body_start`` stays 0 if none)."""
    head = WireHead()
    message = forwarded(text)
    if message.start:
        head.found.append("e-mail")  # the copy forwarded in a message: read from under its last header block
        head.sent = message.date
    limit = min(message.start + limit, len(text))
    position = _skip_blanks(text, message.start)
    for _ in range(12):
        if position >= limit:
            break
        header = HEADER.match(text, position, limit)
        if header is not None and "header" not in head.found:
            head.found.append("header")
            head.date = header.group("date") + (
                f"T{header.group('time'):0>5}" if header.group("time") else ""
            )
            by = header.group("by")
            if by:
                name = tidy_name(by)
                if is_person_name(name):
                    head.authors.append(name)
                else:
                    head.publisher = canonical_agency(by) if is_agency(by) else by.strip()
            position = _skip_blanks(text, header.end())
            continue
        above_headline = not set(head.found) - _ABOVE_ROUTING
        routing = read_transmission(text, position, limit) if above_headline else None
        if routing is not None:
            # The wire system's message number and routing codes above the headline.
            head.found.append("transmission")
            if routing.date and head.date is None:
                head.date = parse_date(routing.date)
            position = _skip_blanks(text, routing.end)
            continue
        syndicated = SYNDICATED.match(text, position, limit)
        if syndicated is not None and read_dateline(text, syndicated.end(), limit) is not None:
            head.found.append("note")  # the syndicator's bracket: the copy's own dateline follows
            position = syndicated.end()
            continue
        note = PAREN_NOTE.match(text, position, limit) or LINE_NOTE.match(text, position, limit)
        if note is not None:
            head.notes.append(note.group(0).strip())
            head.found.append("note")
            position = _skip_blanks(text, note.end())
            continue
        agency_line = AGENCY_LINE.match(text, position, limit)
        # A bare agency name is a credit under a byline or dateline ("Associated Press"), a collection's
        # source line above the copy's date ("Anadolu Agency, Turkey" / "June 26 2009") or the agency's credit
        # right over the lead ("STT" / "Yhdysvaltain ulkoministeri …"); a title otherwise.
        if agency_line is not None and (
            agency_line.group("colon")
            or agency_line.group("source")
            or agency_line.group("owner")
            or head.found
            or _dated_below(text, agency_line.end(), limit)
            # (an agency's name in capitals, "STT", not a word that may head a text, "Reuters", "Sputnik")
            or ((agency_line.group("agency") or "").isupper() and _lead_below(text, agency_line.end(), limit))
        ):
            _set_agency(
                head, agency_line.group("agency") or agency_line.group("source") or agency_line.group("owner")
            )
            head.found.append("agency credit")
            position = _skip_blanks(text, agency_line.end())
            continue
        if _DEBRIS.fullmatch(text, position, _line_end(text, position)):
            position = _skip_blanks(text, _line_end(text, position))
            continue
        takers = (
            _take_byline,
            _take_dateline,
            _take_date_line,
            _take_agency_date_line,
            _take_names_bar_date,
            _take_name_line,
        )
        for taker in (*takers, _take_headline):
            if taker is _take_name_line and not head.found:
                continue  # (the text's first line is its headline, however much it reads like a name)
            moved = taker(text, head, position, limit)
            if moved is not None:
                position = _skip_blanks(text, moved)
                break
        else:
            # A site's section name or share widget above the copy ("Politics", "Share") is passed over;
            # the body moves past it only if the copy's own head follows.
            end = _line_end(text, position)
            if not (is_site_line(text[position:end]) or CJK_CAPTION.fullmatch(text, position, end)):
                break
            position = _skip_blanks(text, end)
            continue
    if head.found:
        head.body_start = position
    return head

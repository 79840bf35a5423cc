"""The bottom of a page copied as text: where the article ends and the furniture under it begins."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.agencies import AGENCY_PATTERN, SELF_NAMED_AGENCY, is_agency
from ingest_builtins.formats.articles.furniture import (
    is_discussion_line,
    is_end_marker,
    is_furniture_line,
    is_read_also,
    reading_words,
    words,
)
from ingest_builtins.formats.articles.names import byline_names, is_person_name, line_credit_authors
from ingest_builtins.formats.articles.sentences import after_last_sentence, runs_on
from ingest_builtins.formats.articles.site_lines import (
    CONTACT_HEADING,
    is_affiliate_notice,
    is_developing_note,
    is_feedback_prompt,
    is_language_switch,
    is_rights_line,
    is_share_line,
)
from ingest_builtins.formats.articles.subscription import is_subscription_prompt
from ingest_builtins.formats.web_page.copied_page import CopiedPage
from ingest_builtins.formats.web_page.credits import (
    EDITOR_CREDIT,
    INPUTS_CREDIT,
    PRINT_CREDIT,
    REPORTER_ADDRESS,
    SOURCE_CREDIT,
    ends_signed_off,
    is_caption,
    reporter_of,
)
from ingest_builtins.formats.web_page.extraction.meta_lines import is_time_ago
from ingest_builtins.formats.web_page.head_lines import (
    BYLINE,
    BYLINE_WORDS,
    PARAGRAPH_WORDS,
    SENTENCE_END,
    is_paragraph,
    title_like,
)
from ingest_builtins.formats.web_page.page_lines import (
    is_cut_teaser,
    is_keyword_line,
    is_menu,
    is_tag_line,
    is_weather_line,
)
from ingest_builtins.formats.web_page.stamps import UPDATED, has_time, is_date_line, read_timestamp

__all__ = ["MARKER_LINES", "TAIL_LINES", "dated_teasers", "read_tail"]

#: How many non-blank lines at the end are examined for furniture.
TAIL_LINES = 40
#: How many non-blank lines at the end may follow a "Latest news" marker (lists of other stories).
MARKER_LINES = 80
_LONG_PROSE = 40
_CLOSING_CAPTION_WORDS = 12
_WEAK_TAIL = 2
#: A lone label under the story: so many words at most, under a sentence of so many words at least.
_LONE_WORDS = 4
_LONG_ABOVE = 8
#: A list of other stories: so many teasers at least, each a headline of a few words beside its date.
_TEASERS = 3
_TEASER_WORDS = (3, 30)
_LONGEST_STAMP = 120
_BARE_DATE = 40
_STAMP_WORDS = 12
_YEAR = re.compile(r"\d{4}")
# A web address's host ("indiatvnews.com", "Bakudaily.Az"), never a program's or a file's name ("Node.js").
_DOMAIN = re.compile(
    r"(?<![\w@/.-])[^\W_][\w-]*(?:\.[\w-]+)*\.(?!(?:js|md|py|txt|pdf|docx?|exe|sh|ts|css|html?|php|json|xml|csv)\b)"
    r"[A-Za-z]{2,6}(?![\w.@-])"
)
# A line sending the reader to the site by its address: "View on Almaghribtoday.net", "Read all … on x.com".
_TO_SITE = re.compile(r"(?:view|read|visit|more|follow|source|via|ver|lire|leer|mehr)\b", re.IGNORECASE)
_PROMO_WORDS = 20
_CLOCK = re.compile(r"\d\s?[:.hH]\s?\d")
#: A list of other stories' headlines with nothing beside them: so many, each of so many words.
_LISTED = 3
_LISTED_WORDS = (5, 25)
# A placeholder of a widget's template left in its text, in any language ("A %d blogueros les gusta esto:").
_PLACEHOLDER = re.compile(r"(?<![\w%])%[ds](?!\w)")
# (in a line of words, not of code: "printf("%d lines\n", n);" is a program's)
_CODE_SIGNS = frozenset('()"=;{}\\')
# Furniture read by name at the top: a page's, whose unnamed labels at the bottom may go too (a text's own
# short lines, a signature or a list, stay under a story with no such furniture).
_NAMED_HEAD = frozenset(
    ["time stamp", "publication date", "breadcrumb", "byline", "widget label", "masthead", "skip link",
     "caption", "credit", "repeated headline", "menu", "reading time", "ad label", "headline with teaser"]
)  # fmt: skip

# "© 2023 Eastnews.eu", "Copyright © 2011 TODAY.AZ. All rights reserved."
_COPYRIGHT_SITE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<site>[^\W_][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6})\b",
    re.IGNORECASE,
)


def _is_stamp_line(line: str) -> bool:
    """A line that dates a listed story to the hour: a stamp with its time, or how long ago it ran.

    (A date alone under a line is an event's in a newsletter or a release's in a changelog as often.)
    """
    if len(line) > _LONGEST_STAMP or len(line.split()) > _STAMP_WORDS:
        return False
    if is_time_ago(line):
        return True
    # (a date read has its year: four figures in a row)
    if _YEAR.search(line) is None or _CLOCK.search(line) is None:
        return False  # (a stamp to the hour has its year and its time: "12.05.2024 14:20", "10h15")
    return has_time(line)


def _teaser_mark(line: str) -> bool:
    """What a page sets beside a listed story's headline: its date, or its first words cut off."""
    return _is_stamp_line(line) or is_cut_teaser(line)


def dated_teasers(lines: list[str], start: int) -> frozenset[int]:
    """The headlines, from ``start`` on, of a list of other stories, each beside its date; else none.

    "US offers Saudi Arabia $100bn defense deal" / "- 32 minutes ago", or a headline over its first words
    cut off ("… دائیں بائیں…"), three times at least: a site's latest or most read stories, which no
    letter, speech or agency copy prints.
    """
    low, high = _TEASER_WORDS
    dated = [index for index in range(start, len(lines)) if _teaser_mark(lines[index])]
    # (the headline over its date or its teaser: a date over a line is a timeline's, "23 March 2020" / "…")
    near = {index - 1 for index in dated} - set(dated)
    teasers = frozenset(
        index
        for index in near
        if start <= index < len(lines) and title_like(lines[index]) and low <= words(lines[index]) <= high
    )
    return teasers if len(teasers) >= _TEASERS else _latest_first(lines, start)


def _latest_first(lines: list[str], start: int) -> frozenset[int]:
    """The headlines of a list of other stories, each over its bare date, the latest first; else none.

    "Рада ухвалила держбюджет на 2026 рік" / "3 Грудня 2025", three times at least, one under the
    other, their dates never rising: a site's latest stories. A newsletter's events run forward in time,
    and a changelog's versions are no headlines.
    """
    low, high = _TEASER_WORDS
    pairs: list[tuple[int, str]] = []
    for index in range(start + 1, len(lines)):
        stamp = read_timestamp(lines[index]) if len(lines[index]) <= _BARE_DATE else None
        headline = lines[index - 1]
        if stamp is None or not (title_like(headline) and low <= words(headline) <= high):
            continue
        if pairs and (pairs[-1][0] != index - 3 or stamp[0] > pairs[-1][1]):
            if len(pairs) >= _TEASERS:
                break
            pairs = []
        pairs.append((index - 1, stamp[0]))
    if len(pairs) < _TEASERS:
        return frozenset()
    above = lines[pairs[0][0] - 1] if pairs[0][0] > start else ""
    if above.endswith(":") or read_timestamp(above) is not None:
        return frozenset()  # a list the story introduces ("Previous fires:"), or dates set before their lines
    return frozenset(index for index, _ in pairs)


def _listed_headline(line: str) -> bool:
    """A line that can be another story's headline in a list, or the first words of its teaser cut off."""
    low, high = _LISTED_WORDS
    return is_cut_teaser(line) or (
        title_like(line)
        and low <= reading_words(line) <= high
        and not line.endswith(SENTENCE_END)
        and not is_person_name(line)  # (a signature's name over its title and office)
    )


def _headline_list(lines: list[str], start: int, last: int) -> int | None:
    """Where a list of other stories' headlines, ending at ``last``, starts under the story's last paragraph.

    Three headlines at least, no sentence among them, right under a paragraph of the story: a site's
    related or latest stories, printed without dates or labels. A poem's or a signature's lines follow no
    such paragraph, or are fewer words.
    """
    first = last
    while first > start and _listed_headline(lines[first]):
        first -= 1
    if last - first < _LISTED or not is_paragraph(lines[first]):
        return None
    return first + 1


def _lone_label(lines: list[str], index: int, start: int) -> bool:
    """Whether the last line is a few words standing alone under the story's closing sentence.

    "LIGA ONLINE", "Open in App", "(Euronews)": on a page whose furniture was read at the top, a line of
    four words at most that ends no sentence and holds no figure, right under a sentence of some length, is
    the page's. (A statement's place and date close it, "Accra, 25 November 2026", and a story may end on
    a rate or a number: "(£1 = 1.17 euros)", "Crimestoppers: 0800 555 111".)
    """
    line, above = lines[index], lines[index - 1]
    return (
        index - 1 > start
        and reading_words(line) <= _LONE_WORDS
        and (_enclosed(line) or not line.endswith(SENTENCE_END))
        and above.endswith(SENTENCE_END)
        and reading_words(above) >= _LONG_ABOVE
        and not any(character.isdigit() for character in line)  # a number, a rate, a date: the story's
    )


# The desk's and the editors' codes closing a story, as agencies and sites print them: "INP/J/H/LK",
# "(fat/jpnn)", "kom/ tnt/", "// APC /// LA PAZ //".
_CODE = r"[A-Za-z]{1,8}(?: [A-Z]{1,8})?"
_DESK_CODES = re.compile(rf"\(?\s*/{{0,3}}\s*{_CODE}(?:\s?/{{1,3}}\s?{_CODE}){{1,5}}\s?/{{0,3}}\s*\)?")
_DESK_CODES_LENGTH = 40


def _enclosed(line: str) -> bool:
    """A line in brackets, round, square or Japanese ("(Euronews)", "[Reuters]", "【福永方人】")."""
    return line[:1] in "([【" and line[-1:] in ")]】"


_NAMED_INITIALS = re.compile(r"(?P<name>[^()]{3,60}?)\s*\((?-i:[A-Z]{2,6})\)")


# A line naming the agency the story came from, and nothing but perhaps a label or a photographer before
# it: "(MTI)", "EFE", "Zdroj: TASR", "Jana Nováková Foto: TASR".
_AGENCY_CREDIT = re.compile(
    rf"(?:[^\n:/]{{0,40}}[:/][ \t]*)?[(\[]?©?[ ]?(?:{AGENCY_PATTERN}|{SELF_NAMED_AGENCY})"
    r"(?:-(?-i:[A-Z]{2,5}))?[)\]]?\.?",
    re.IGNORECASE,
)


# A release's contact block under the story: its heading, a telephone number or an address.
_CONTACT_LABEL = re.compile(rf"(?:{CONTACT_HEADING}):?", re.IGNORECASE)
_CONTACT_LINE = re.compile(
    r"\b(?:tel|puh|phone|telefon|téléphone|tél|teléfono|telefone|тел)\.?[ \t]*:?[ \t]*\+?\d[\d \t/().-]{6,}"
    r"|\[email[ \t]+protected\]",
    re.IGNORECASE,
)
_CONTACT_WORDS = 25
#: A signed paragraph is looked for among so many lines above the furniture at the bottom.
_SIGNED_TAIL_LINES = 12


def _signed_end(lines: list[str], start: int, end: int) -> int | None:
    """Where the copy ends, under a paragraph the agency signed off, or ``None``.

    ("… la Jasina til. (PAP)" with only short lines under it: an author's box, the desk's codes, a
    comment form.)
    """
    for index in range(end - 1, max(start, end - _SIGNED_TAIL_LINES) - 1, -1):
        if is_paragraph(lines[index]) and not ends_signed_off(lines[index]):
            return None  # (a paragraph of prose under it: more copy, or another story)
        if ends_signed_off(lines[index]):
            return index + 1 if index + 1 < end else None
    return None


def _agency_credit(line: str) -> bool:
    return len(line) <= _DESK_CODES_LENGTH and _AGENCY_CREDIT.fullmatch(line) is not None


def _closing_credit(line: str) -> bool:
    """A source's name in brackets closing the story ("(Euronews)", "[Reuters]"), or the desk's codes.

    Also an agency's name with its initials in brackets ("Miraj News Agency (MINA)").
    """
    if len(line) > _DESK_CODES_LENGTH or any(character.isdigit() for character in line):
        return False
    if _enclosed(line) and reading_words(line) <= _LONE_WORDS:
        return True
    named = _NAMED_INITIALS.fullmatch(line)
    if named is not None and is_agency(named.group("name")):
        return True
    return "/" in line and _DESK_CODES.fullmatch(line) is not None


def _tail_line(line: str, page: CopiedPage) -> str | None:
    """What a line at the bottom is: a time stamp or byline printed under the article, or furniture."""
    stamp = read_timestamp(line)
    if stamp is not None:
        # (read from the bottom up: the publication's stamp over the last update's replaces its date)
        if page.date is None or (page.dated_by_update and not UPDATED.search(line)):
            page.date = stamp[0]
            page.dated_by_update = UPDATED.search(line) is not None
        return "strong"
    if is_time_ago(line):
        return "strong"  # "3 hours ago" under a teaser (not "15 minutes", an agenda's item's length)
    if _PLACEHOLDER.search(line) and _CODE_SIGNS.isdisjoint(line):
        return "strong"  # a widget's template, its number never filled in: "%d bloggers like this:"
    byline = BYLINE.match(line) if words(line) <= BYLINE_WORDS else None
    if byline is not None:
        people, _ = byline_names(byline.group("names"))
        if people:
            page.add_authors(people)
            return "strong"
    if (credited := line_credit_authors(line)) is not None:
        # The agency's credit printed under the story ("Reporting by A; Editing by B"): agency copy's sign
        # as much as a page's, so cut but no sign of a page.
        page.add_authors(credited)
        return "weak"
    if (
        is_feedback_prompt(line)
        or is_share_line(line)
        or is_subscription_prompt(line)
        or is_tag_line(line)
        or is_weather_line(line)
    ):
        return "strong"
    if (reporter := reporter_of(line)) is not None and REPORTER_ADDRESS.fullmatch(line):
        page.add_authors([reporter])  # "장윤서 기자 lan4863@etomato.com"
        return "strong"
    if is_read_also(line) or is_rights_line(line) or is_developing_note(line) or is_affiliate_notice(line):
        return "strong"  # another story's link ("Baca Juga: …"), the rights, "Matéria em desenvolvimento…"
    # (a telephone number in a sentence is a story's appeal; a line of name, role and number is a contact's)
    contact = "[email" in line or (_CONTACT_LINE.search(line) is not None and not line.endswith(SENTENCE_END))
    if words(line) <= _CONTACT_WORDS and (contact or _CONTACT_LABEL.fullmatch(line)):
        return "strong"  # a release's contact block: "Lisätietoja" / "• Jane Roe, adviser, puh. 0295 350 834"
    if INPUTS_CREDIT.fullmatch(line):
        return "strong"  # "(With PTI inputs)"
    if _closing_credit(line):
        return "credit"  # "(Euronews)", "INP/J/H/LK": the page's only under the story, not among its lines
    if PRINT_CREDIT.fullmatch(line):
        return "weak"  # (an essay's own last line as often: cut only under a page's furniture)
    if (
        SOURCE_CREDIT.fullmatch(line)
        or EDITOR_CREDIT.fullmatch(line)
        or REPORTER_ADDRESS.fullmatch(line)
        or (is_caption(line) and words(line) <= _CLOSING_CAPTION_WORDS)
    ):
        # the agency the story came from ("Πηγή: ΑΠΕ-ΜΠΕ", "Fuente: EFE"), a photo's credit under the text
        return "strong"
    if (
        words(line) <= _PROMO_WORDS
        and not line.endswith(SENTENCE_END)
        and (domain := _DOMAIN.search(line)) is not None
        and (domain.group() == line or _TO_SITE.match(line))
    ):
        return "strong"  # the site by its address: "View on Almaghribtoday.net", "Bakudaily.Az"
    if is_keyword_line(line) or is_language_switch(line):
        return "weak"  # keywords, the site's language switch ("English" / "Français"), or a text's own list
    return "weak" if is_menu(line) else is_furniture_line(line)  # a footer's links on one line


def _cut_paragraph(line: str) -> bool:
    """A paragraph's worth of prose stopped mid-word, no sign of a cut: a copied page's last line."""
    return reading_words(line) >= PARAGRAPH_WORDS and line[-1:].isalnum()


def _named_furniture(line: str) -> bool:
    return (
        is_share_line(line) or is_feedback_prompt(line) or is_subscription_prompt(line) or is_tag_line(line)
    )


def read_tail(lines: list[str], start: int, page: CopiedPage, teasers: frozenset[int] = frozenset()) -> int:
    """Find where the article ends before the furniture at the bottom; return that index.

    ``teasers`` are the headlines of a list of other stories (:func:`dated_teasers`), cut with it.
    """
    end = len(lines)
    strong = False
    strong_below = True  # every line under this one is furniture read by name
    index = end - 1
    list_start = min(teasers, default=end)
    while index >= max(start, end - TAIL_LINES):
        if index - 1 in teasers and (_teaser_mark(lines[index]) or is_date_line(lines[index])):
            kind: str | None = "strong"  # a teaser's date, not the story's
        else:
            kind = _tail_line(lines[index], page)
        if kind == "credit":
            kind = "strong" if strong_below else "weak"
        elif (
            kind is None
            and index == end - 1
            and (bool(page.found) or (index > start and _named_furniture(lines[index - 1])))
            and _cut_paragraph(
                lines[index]
            )  # (under a page's signs or its furniture: no text's unfinished end)
        ):
            kind = "weak"  # the last line stopped mid-word: another story's start, if furniture is above
        if kind is None and (index in teasers or (list_start < index and not is_paragraph(lines[index]))):
            kind = "weak"  # a headline in the list of other stories, or the list's last line, cut off
        if (
            kind != "strong"
            and index == end - 1
            and not _NAMED_HEAD.isdisjoint(page.found)  # (an essay's title over its signature: no page)
            and _lone_label(lines, index, start)
        ):
            kind = "strong"  # under the story of a page: a label, a site's or a program's name, a credit
        if kind is None:
            break
        strong = strong or kind == "strong"
        strong_below = strong_below and kind == "strong"
        site = _COPYRIGHT_SITE.search(lines[index])
        if site is not None and page.publisher is None:
            page.publisher = site.group("site")
        index -= 1
    # Labels in words no table holds, a few in a row, go too; only furniture read by name is a page's sign.
    unnamed = not strong and end - index - 1 >= _WEAK_TAIL and not _NAMED_HEAD.isdisjoint(page.found)
    if strong or unnamed:
        end = index + 1
    listed = _headline_list(lines, start, index) if start <= index < len(lines) else None
    if listed is not None:
        page.found.append("headline list")
        if not (strong or unnamed):
            return listed  # (the list alone: no furniture read by name under it)
        end = listed
    signed = _signed_end(lines, start, end)
    if signed is not None:
        end = signed  # the agency's sign-off closes the copy: what the page sets under it is its furniture
    for marker in range(max(start + 1, end - MARKER_LINES), end):
        if is_end_marker(lines[marker]) and not (marker + 1 < end and runs_on(lines[marker + 1])):
            after = lines[marker + 1 : end]
            if not any(words(a) >= _LONG_PROSE and a.endswith(SENTENCE_END) for a in after):
                end, unnamed = marker, False
                # The share buttons, print link and last-updated line above the list go too.
                while end - 1 > start and _tail_line(lines[end - 1], page) in ("strong", "credit"):
                    end -= 1
                break
    # (the agency's credit alone under the story, "(MTI)", "Zdroj: TASR", is agency copy's sign, no page's)
    # (… nor is the writer's byline under copy the agency signed off: "… Czaputowicz. (PAP)" / "autor: …")
    signed = start < end <= len(lines) and ends_signed_off(lines[end - 1])
    credits = all(_agency_credit(line) or (signed and BYLINE.match(line)) for line in lines[end:])
    if end < len(lines) and not unnamed and not credits:
        page.found.append("furniture at the end")
        if any(is_discussion_line(line) for line in lines[end:]):
            page.found.append("discussion box")  # comments under the text: a blog's or a site's page
    # (the lines under the last sentence that end none go too: cleaning only, no sign of a page)
    return after_last_sentence(lines, start, end)

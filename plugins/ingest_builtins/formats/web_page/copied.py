"""Text copied from a web page: find the article among the page's furniture lines, and what they state."""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from ingest_builtins.cleaning.crawl_stamp import without_crawl_stamp
from ingest_builtins.formats.articles.agencies import (
    AGENCY_PATTERN,
    OUTLET_WORDS,
    canonical_agency,
    is_agency,
)
from ingest_builtins.formats.articles.furniture import (
    breadcrumb,
    is_ad_label,
    is_furniture_line,
    is_home,
    is_read_also,
    is_site_name,
    is_skip_link,
    is_widget_label,
    label_key,
    reading_words,
    words,
)
from ingest_builtins.formats.articles.names import byline_names
from ingest_builtins.formats.articles.site_lines import is_section_line, is_share_line
from ingest_builtins.formats.web_page.copied_page import (
    CopiedPage,
    dated_byline,
    dateline_date,
    figures_date,
    named_over_stamp,
    read_stamp,
    stamp_below,
    take_reporter_credit,
)
from ingest_builtins.formats.web_page.credits import (
    EDITOR_CREDIT,
    PHOTO_CREDIT,
    SOURCE_CREDIT,
    STAFF_CREDIT,
    captions_in_body,
    is_caption,
    reporter_of,
    signed_off,
)
from ingest_builtins.formats.web_page.extraction.meta_lines import is_time_line
from ingest_builtins.formats.web_page.folding import FollowingText, same_text
from ingest_builtins.formats.web_page.head_lines import (
    BYLINE,
    BYLINE_WORDS,
    SENTENCE_END,
    agency_credit,
    as_printed,
    credited_below,
    glued_trail,
    headline_date,
    is_dateline_line,
    is_kicker,
    section_label,
    site_name_above_navigation,
    site_suffix,
    title_like,
)
from ingest_builtins.formats.web_page.loose_head import up_to_first_paragraph, up_to_first_sentence
from ingest_builtins.formats.web_page.masthead import masthead_name
from ingest_builtins.formats.web_page.page_lines import (
    bullet_menu,
    is_button_row,
    is_cut_teaser,
    is_menu,
    is_numbered_label,
    is_weather_line,
    repeated_labels,
    vertical_trail,
)
from ingest_builtins.formats.web_page.page_tail import dated_teasers, read_tail
from ingest_builtins.formats.web_page.stamps import PUBLISHED, is_date_line, read_timestamp

__all__ = ["CopiedPage", "page_lines", "page_signs", "parse_copied_page", "same_text"]

#: How many non-blank lines at the top may be furniture before the article must have started.
HEAD_LINES = 30
_MIN_TEASER = 30
_LATER_CHARS = 20_000
_LONGEST_HEAD_LINE = 2_000
_WORD = re.compile(r"[^\W\d_]")
# What was taken for the headline may be a section's name, of a few words, when the headline follows.
_SECTION_WORDS = 5
#: A title that opens the next line is a headline over its teaser if it has as many words (a word opening
#: a sentence is no headline: "口上書" / "口上書(こうじょうしょ)とは…").
_TEASED_TITLE_WORDS = 3
#: The word closing a news outlet's name: "Dawn News Television", "Harbour Daily", "Gulf Times".
_OUTLET_NAME = re.compile(rf"\b(?:{OUTLET_WORDS})\Z|\.[a-z]{{2,4}}\Z", re.IGNORECASE)
#: So many lines that are buttons' or links' labels are a page's.
_WIDGET_LINES = 2
_LONGEST_LABEL = 60

_STANDFIRST_WORDS = 60
_TRAILING_OFF = ("...", "…")
# A byline naming an outlet with an agency rather than a person: "… avec AFP", "… with Reuters".
_OUTLET_BYLINE = re.compile(rf"\b(?:avec|with|and|y|e|und|mit|con|met)\s+(?:{AGENCY_PATTERN})\s*$")


def _contained_later(key: str, index: int, following: FollowingText) -> bool:
    """Whether line ``index`` (a teaser), folded as ``key``, is repeated in the text after it."""
    key = key.rstrip(".… ")
    return len(key) >= _MIN_TEASER and following.holds(index, key)


# What a cover prints between its title printed twice, and a deck does not: a date's figures, an author by
# the word "by" in the languages read ("Prepared by …", "St Mary's Church, 3 December 2023").
_CREDIT_OR_DATE = re.compile(r"\d|\b(?i:by|par|por|von|door|av|af|di|da)\b")
# A publication label opening a short line, a colon, and a date in figures however written.
_LABELLED_DATE = re.compile(r"[^\d:]{2,30}\s?:\s?\S[^:]{0,60}\d")
_LABELLED_DATE_WORDS = 12


def _dated_by_label(line: str) -> bool:
    """A page's publication label and a date in a calendar or a form the stamps are not read in."""
    label = _LABELLED_DATE.match(line)
    return (
        label is not None
        and words(line) <= _LABELLED_DATE_WORDS
        and PUBLISHED.search(line, 0, line.index(":")) is not None
    )


def _head(lines: list[str], page: CopiedPage) -> int:
    """Read the furniture at the top; return the index of the first body line."""
    labels: list[tuple[int, str]] = []
    stamp_at: int | None = None
    title_at: int | None = None
    trail: set[str] = set()  # the breadcrumb's parts: a section's name printed again is no headline
    index = 0
    following = FollowingText(lines, _LATER_CHARS)
    if lines and is_skip_link(lines[0]):
        page.found.append("skip link")  # "Skip to main content": only a web page opens so
    masthead = masthead_name(lines[:HEAD_LINES])
    if masthead is not None:
        # The site's name under the skip link (and a government's banner above it) is the publisher.
        page.publisher = masthead[1]
        index = masthead[0] + 1  # the masthead's lines: skip links, banner, name, tagline, navigation
        page.found.extend("widget label" for line in lines[:index] if is_skip_link(line))
        page.found.append("masthead")

    while index < min(len(lines), HEAD_LINES):
        line = lines[index]
        if len(line) > _LONGEST_HEAD_LINE:
            break
        key = same_text(line)
        stamp = read_timestamp(line)
        if stamp is not None:
            label = read_stamp(page, line, *stamp)
            if label:
                labels.append((index, label))
            stamp_at = index
        elif _dated_by_label(line):
            # "प्रकाशित मिति : बिहिबार, बैशाख १३, २०८१": the publication label over a calendar not read
            page.found.append("publication date")
        elif items := bullet_menu(lines, index):
            page.found.append("navigation menu")  # the site's sections, one bulleted item a line
            index += items - 1
        elif page.title is None and (items := vertical_trail(lines, index)):
            # A breadcrumb one item a line, above the headline: its last item is the section.
            trail.update(label_key(item) for item in lines[index : index + items])
            page.section = page.section or (lines[index + items - 1] if items > 1 else None)
            page.found.append("breadcrumb")
            index += items - 1
        elif page.title is not None and (site := site_suffix(page.title, line)) is not None:
            page.title = line  # the browser's "Headline | Site" above the headline itself
            page.publisher = page.publisher or site or None
            page.found.append("repeated headline")
        elif is_menu(line):
            page.found.append("menu")
        elif is_weather_line(line):
            page.found.append("weather widget")  # "9.5 C", "MIN 16º MÁX 22º": a portal's header
        elif (credit := agency_credit(line)) is not None:
            # Anadolu's "AA / Tunis / Salim Boussaïd": the agency, the place, the reporter (on the agency's
            # own site, its publisher); "Press Trust of India New Delhi": the agency and the place, a credit.
            if len(credit) > 1 or page.title is None:  # (above the headline, the agency's own site's name)
                page.publisher = page.publisher or canonical_agency(credit[0])
            page.add_authors(credit[1:])
            page.found.append("byline")
        elif (parts := breadcrumb(line)) is not None:
            if page.title is not None and is_home(page.title.split()[0]) and is_home(parts[0]):
                # The menu copied onto one line with single spaces ("Home Meetings & Statements …"), above
                # the trail from the same home page: no headline.
                page.found[page.found.index("headline")] = "menu"
                page.title = None
            elif page.title is not None and site_name_above_navigation(lines, index, page.title):
                # What was taken for the headline stands above the site's menu: it is the site's name.
                page.publisher = page.publisher or page.title
                page.found[page.found.index("headline")] = "site name"
                page.title = None
            if is_site_name(parts[0]) and page.publisher is None:
                page.publisher = parts[0]
            kept = [p for p in parts if not is_home(p) and not is_site_name(p)]
            if kept and page.section is None:
                page.section = kept[-1]
            trail.update(label_key(part) for part in parts)
            page.found.append("breadcrumb")
        elif page.title is not None and key == same_text(page.title):
            if index + 1 < len(lines) and lines[index + 1][:1].islower():
                break  # the line runs on into a sentence: the text's first line, not the headline again
            page.found.append("repeated headline")
        elif (
            title_at == index - 1
            and index + 2 < len(lines)
            and page.title is not None
            and same_text(lines[index + 1]) == same_text(page.title)
            and not lines[index + 2][:1].islower()
            and not _CREDIT_OR_DATE.search(line)  # (a report's or a sermon's cover: title, author or date)
        ):
            # A deck or a photo's caption between the headline and the headline printed again.
            page.found.append("repeated headline")
            index += 1
        elif (
            page.title is not None
            and title_at == index - 1
            and glued_trail(same_text(page.title), key)
            and title_like(line)
            and reading_words(line) >= _TEASED_TITLE_WORDS
        ):
            # The trail copied onto one line, spaces lost, ending in the headline printed under it:
            # "Home Festa del Cinema di Roma Roma 2013 – il programma del Festival" / "Roma 2013 – il …".
            page.title, title_at = line, index
            page.found.append("glued trail")  # (no sign of a page by itself: a label may be glued so too)
        elif (
            page.title is not None
            and key.startswith(same_text(page.title))
            and as_printed(line, page.title)
            and reading_words(page.title) >= _TEASED_TITLE_WORDS
        ):
            # The headline repeated as printed before its teaser; a first line that only reuses the
            # title's words in sentence case ("The Last Tram" / "The last tram leaves …") is text.
            page.found.append("headline with teaser")
        elif dated_byline(page, line):
            stamp_at = index  # "By Jane Roe | 12 March 2026 10:15"
        elif (byline := BYLINE.match(line)) is not None and words(line) <= BYLINE_WORDS:
            people, _ = byline_names(byline.group("names"))
            names = byline.group("names")
            if not people and not (_OUTLET_BYLINE.search(names) or is_agency(names)):
                break
            # (a byline naming the site and an agency, "Par Le Quotidien du Sud avec AFP", or the agency
            # alone, "Por EFE", names no author)
            page.add_authors(people)
            page.found.append("byline")
        elif take_reporter_credit(page, line):
            pass  # "양다훈 기자 yangbs@segye.com", "聯合報／ 記者唐筱恬／台北即時報導" under the headline
        elif page.title is not None and named_over_stamp(lines, index):
            page.add_authors([line])  # "Jane Roe" / "12 March 2026 · 2 min read": the writer's name alone
            page.found.append("byline")
        elif is_site_name(line):
            page.publisher = page.publisher or line
            page.found.append("site name")
        elif page.title is None and is_date_line(line):
            page.found.append("date line")  # the day the page was read, above its headline: no stamp
        elif page.title is None and is_furniture_line(line) == "strong":
            # a prompt above the headline: "Don't miss the latest developments"
            page.found.append("widget label")
        elif is_time_line(line):
            page.found.append("reading time")  # "Reading time: 3 min", "il y a 3 jours"
        elif (
            is_share_line(line)
            or is_button_row(line)
            or label_key(line) in ("email the author", "e-mail the author")
        ):
            page.found.append("widget label")
        elif page.title is None and is_section_line(line):
            labels.append((index, line))
            page.found.append("label")
        elif (
            page.title is not None
            and (words(page.title) <= _SECTION_WORDS or is_section_line(page.title))
            and index + 1 < len(lines)
            and same_text(lines[index + 1]) == key
            and key != same_text(page.title)
            and title_like(line)
            and words(line) >= 3
            and not is_caption(line)
        ):
            # The headline printed twice (the page's title above its heading): what was taken for the
            # headline above it was a section's name.
            labels.append((index - 1, page.title))
            page.title = line
            page.found.append("repeated headline")
        elif page.title is None and is_agency(line):
            page.publisher = page.publisher or canonical_agency(line)
            page.found.append("site name")
        elif page.title is not None and is_cut_teaser(line):
            page.found.append("teaser")
        elif (
            page.title is not None
            and title_at is not None
            and is_kicker(
                page.title, line, title_at == index - 1, title_at == index - 2 and stamp_at == index - 1
            )
        ):
            # A kicker in capitals above the headline ("PARLA IL MINISTRO"), or the site's or section's short
            # name above it, the date perhaps between them ("Dawn News Television" / date / headline).
            labels.append((title_at, page.title))
            if page.publisher is None and _OUTLET_NAME.search(page.title):
                page.publisher = page.title  # a name that says it is a newspaper's, a channel's or a site's
            page.title, title_at = line, index
        elif (
            page.title is None
            and title_like(line)
            and (reading_words(line) >= 3 or following.holds(index, key))
            and label_key(line) not in trail
            and not is_caption(line)
        ):
            page.title, title_at = line, index
            page.found.append("headline")
        elif PHOTO_CREDIT.search(line) or STAFF_CREDIT.fullmatch(line) or is_caption(line):
            page.found.append("caption")  # "… at the news conference. REUTERS/Name", "Reuters Staff"
        elif SOURCE_CREDIT.fullmatch(line) or EDITOR_CREDIT.fullmatch(line):
            page.found.append("credit")  # "Source: Xinhua", "Editor: huaxia": no section
        elif (
            reading_words(line) <= 4
            and (not line.endswith(SENTENCE_END) or line.endswith(_TRAILING_OFF))
            and not is_dateline_line(line)  # (the story's own dateline: "New Delhi, April 26:")
        ) or (is_numbered_label(line)):
            # (a few words trailing off, "ДЕШАВА СЕ...", are a label, not a sentence)
            labels.append((index, line))
            page.found.append("label")
        elif _contained_later(key, index, following):
            page.found.append("teaser")
        elif page.title is not None and words(line) <= _STANDFIRST_WORDS and credited_below(lines, index):
            page.found.append("standfirst")  # the summary under the headline, above the byline and the stamp
        else:
            break
        index += 1
    if (
        title_at is not None
        and stamp_at == title_at + 1
        and any(at == title_at - 1 and _WORD.search(label) for at, label in labels)
    ):
        # A section's label above the headline and the date under it: how a page sets a story's head.
        page.found.append("labelled and dated headline")
    page.section = page.section or section_label(labels, stamp_at)
    if page.date is None and page.title is not None:
        page.date = headline_date(page.title)
    return index


@attrs.frozen
class _Reading:
    """A page read once: its lines and what was found around the article.

    ``lines`` are stripped, ``positions`` index the non-blank ones, and
    ``start`` and ``end`` bound the article among those; ``repeated`` are the labels a page prints again
    and again in a row, which leave the text.
    """

    lines: tuple[str, ...]
    positions: tuple[int, ...]
    page: CopiedPage
    start: int
    end: int
    repeated: frozenset[str]


# The last text's reading is kept: identification and the furniture step read the same text (unless a
# shared cleaning step changed it in between), and it is read once.  Callers get copies of its page.
@lru_cache(maxsize=1)
def _read(text: str) -> _Reading:
    lines = [line.strip() for line in without_crawl_stamp(text).split("\n")]
    positions = [i for i, line in enumerate(lines) if line]
    page = CopiedPage(body=text)
    nonblank = [lines[i] for i in positions]
    start = _head(nonblank, page)
    start = up_to_first_sentence(nonblank, up_to_first_paragraph(nonblank, start, page), page)
    teasers = dated_teasers(nonblank, start + 1)
    end = read_tail(nonblank, start, page, teasers)
    repeated = repeated_labels(nonblank)
    page.found.extend(_widget_signs(nonblank, end))
    if repeated:
        page.found.append("repeated labels")
    if teasers:
        page.found.append("teaser list")
    if start < end and (reporter := reporter_of(nonblank[start])) is not None:
        page.add_authors([reporter])  # "[뉴스토마토 장윤서 기자] 정의용 외교부 장관은 …"
    return _Reading(tuple(lines), tuple(positions), page, start, end, repeated)


def _widget_signs(lines: list[str], end: int) -> list[str]:
    """An ad's label anywhere; two buttons' or links' labels, or a photo's caption, above the story's end.

    ("Share", "Read also: …"; the skip links and the furniture under the story are signs of their own.)
    """
    ad, widgets, captioned = False, 0, False
    for index, line in enumerate(lines):
        if len(line) <= _LONGEST_LABEL and not ad and is_ad_label(line):
            ad = True
        # a photo's caption with its credit between the paragraphs ("… RNZ / Peter de Graaf"), not the story's
        # last paragraph signed off by the agency ("… on Tuesday. (PAP)")
        if not captioned and index < end and is_caption(line) and not (index == end - 1 and signed_off(line)):
            captioned = True
        if index < end and (
            (len(line) <= _LONGEST_LABEL and is_widget_label(line) and not is_skip_link(line))
            or is_read_also(line)
        ):
            widgets += 1
    signs = (["ad label"] if ad else []) + (["widget labels"] if widgets >= _WIDGET_LINES else [])
    return signs + (["caption"] if captioned else [])


def parse_copied_page(text: str) -> CopiedPage:
    """Separate the article from the furniture of a page copied as text (lines, blank lines kept)."""
    reading = _read(text)
    if reading.end <= reading.start:
        return CopiedPage(body=text)
    found = attrs.evolve(reading.page, authors=list(reading.page.authors), found=list(reading.page.found))
    kept = reading.lines[reading.positions[reading.start] : reading.positions[reading.end - 1] + 1]
    nonblank = [reading.lines[i] for i in reading.positions]
    # (a time stamp in the story's first lines dates it: read here, when the text is taken as a page's)
    stamp = stamp_below(nonblank, reading.start, reading.end, found) if found.date is None else None
    if found.date is None:
        found.date = figures_date(nonblank, reading.start, reading.end) or dateline_date(
            nonblank[reading.start]
        )
    captions = captions_in_body(kept)
    body = "\n".join(
        line
        for index, line in enumerate(kept)
        if not is_widget_label(line)
        and index not in captions
        and not is_read_also(line)
        and line != stamp
        and line.strip() not in reading.repeated
    ).strip()
    return attrs.evolve(found, body=body)


def page_lines(text: str) -> list[str]:
    """The non-blank lines of a page copied as text, stripped, its crawler's stamp left out (read once)."""
    reading = _read(text)
    return [reading.lines[index] for index in reading.positions]


def page_signs(text: str) -> list[str]:
    """The furniture signs :func:`parse_copied_page` would list in ``found``; the article is not taken out."""
    reading = _read(text)
    return list(reading.page.found) if reading.end > reading.start else []

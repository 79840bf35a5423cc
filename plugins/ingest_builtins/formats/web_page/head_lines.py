"""Lines at the top of a copied page: headline, byline, agency credit, the site's name beside the headline."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.agencies import is_agency
from ingest_builtins.formats.articles.furniture import breadcrumb, is_widget_label, reading_words, words
from ingest_builtins.formats.articles.names import is_person_name
from ingest_builtins.formats.articles.sentences import SENTENCE_END
from ingest_builtins.formats.web_page.extraction.meta_lines import is_time_line
from ingest_builtins.formats.web_page.stamps import is_date_line, read_timestamp
from ingest_builtins.metadata.months import MONTH_ABBREVIATIONS, MONTHS

__all__ = [
    "BYLINE",
    "BYLINE_WORDS",
    "PARAGRAPH_WORDS",
    "SENTENCE_END",
    "agency_credit",
    "as_printed",
    "credited_below",
    "glued_trail",
    "headline_date",
    "is_dateline_line",
    "is_kicker",
    "is_paragraph",
    "section_label",
    "site_name_above_navigation",
    "site_suffix",
    "title_like",
]

#: A paragraph of a story has so many words at least, and ends as a sentence ends.
PARAGRAPH_WORDS = 15
_MENU_BARS = 3
_NO_HEADLINE_START = re.compile(r"https?://|www\.|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b")
# (a hyphen or an asterisk before a space: a Markdown list's item, or a menu copied as one)
_BULLETS = ("•", "▪", "◦", "‣", "●", "■", "►", "▸", "- ", "* ")
BYLINE = re.compile(
    r"^(?:[—–-]\s*)?(?:by|author|authors|written by|report(?:ed)? by|text|автор|müəllif|par"
    r"|por|von|di|بقلم(?:\s+الكاتبة?)?"
    r"|autor|autora|autore|auteur|penulis|wartawan|reporter|yazar|muhabir)\s*[:\-–]?\s+(?P<names>.+)$",
    re.IGNORECASE,
)
BYLINE_WORDS = 8
_KICKER_WORDS = 4
#: A name (a site's, a section's) above a headline of twice as many words and more: no headline.
_NAME_WORDS = 3
#: A line of prose under a byline has so many words.
_PROSE_WORDS = 15
_SITE_WORDS = 4
_SUFFIX = re.compile(r"\s+[|–—:-]\s+(?P<site>[^|]{1,60})")
_PREFIX = re.compile(r"(?P<site>[^|:]{1,60}?)\s+[|–—-]\s+")


def is_paragraph(line: str) -> bool:
    """A line that is a paragraph of a story: fifteen words or more, ending as a sentence ends."""
    return reading_words(line) >= PARAGRAPH_WORDS and line.endswith(SENTENCE_END)


_COUNTED_LABEL = re.compile(r"[^\d:]{1,40}:[ \t]*\d{1,6}")


def title_like(line: str) -> bool:
    """A line that can be a headline: a few words to a long line, no closing stop, no label or byline."""
    count = reading_words(line)
    return (
        2 <= count <= 40
        and len(line) <= 320
        and not line.rstrip("\"'”’»)").endswith(
            (".", ",", ";", ":", " -", "–", "—", "。", "．", "।", "۔")
        )  # (a dateline: "… (EFE) -"; the full stops of Chinese, Japanese, Hindi and Urdu)
        and not line.startswith(_BULLETS)  # an item of a list or a menu
        and line.count("|") < _MENU_BARS  # a menu, its items apart by bars
        and not _NO_HEADLINE_START.match(line)  # an address or a date in figures: a stamp's line
        and not (line.startswith("[") and line.endswith("]"))  # a placeholder: "[anuncio zona='1' /]"
        and not _COUNTED_LABEL.fullmatch(line)  # a tag and its count of stories: "Eurovision stiri: 503"
        and not is_date_line(line)  # the page's current date
        and not is_widget_label(line)
        and not BYLINE.match(line)
        and breadcrumb(line) is None
    )


def as_printed(line: str, title: str) -> bool:
    """Whether ``line`` starts with ``title`` letter for letter (spaces and quotation marks aside)."""
    return " ".join(line.split()).startswith(" ".join(title.split()).strip("\"'“”‘’«»"))


# A headline closed by its date in figures, day first: "Caraïbes - Signature de l'Accord (14.10.26)".
_HEADLINE_DATE = re.compile(r"\((?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{2}|\d{4})\)\s*\Z")


def headline_date(title: str) -> str | None:
    """The date in figures closing a headline, day first (``… (14.10.26)``), as ISO, or ``None``."""
    match = _HEADLINE_DATE.search(title)
    if match is None:
        return None
    day, month, year = int(match.group("day")), int(match.group("month")), match.group("year")
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{'20' + year if len(year) == 2 else year}-{month:02d}-{day:02d}"


#: How many lines under the breadcrumb the headline is looked for (a section label, a stamp may come first).
_HEADLINE_REACH = 5
#: Most words of a line of the site's navigation between its name and its breadcrumb.
_NAVIGATION_WORDS = 12


# An agency's name (up to four words) and its place (up to three): "Press Trust of India New Delhi".
_AGENCY_WORDS = 4
_PLACE_WORDS = 3
_CREDIT_WORDS = 7


def agency_credit(line: str) -> list[str] | None:
    """``[agency, reporter]`` from a credit line ``AGENCY / Place / Reporter``, or ``None``.

    A line naming the agency and its place (``Press Trust of India New Delhi``) gives ``[agency]``.
    """
    if " / " not in line:
        tokens = line.split()
        if not 2 <= len(tokens) <= _CREDIT_WORDS:
            return None
        for size in range(min(_AGENCY_WORDS, len(tokens) - 1), 0, -1):
            place = tokens[size:]
            if len(place) <= _PLACE_WORDS and all(word[:1].isupper() for word in place):
                agency = " ".join(tokens[:size])
                if is_agency(agency):
                    return [agency]
        return None
    parts = [part.strip() for part in line.split(" / ")]
    if not 2 <= len(parts) <= 3 or not is_agency(parts[0]) or words(line) > BYLINE_WORDS:
        return None
    reporter = parts[-1]
    return [parts[0], reporter] if len(parts) > 1 and is_person_name(reporter) else None


def site_name_above_navigation(lines: list[str], index: int, title: str) -> bool:
    """Whether ``title`` stands above the site's navigation and its breadcrumb (``index``), a headline below.

    Lines of navigation (a menu, the ministry's name, a search box) stand between; the headline, longer than
    the site's name, follows the breadcrumb, perhaps under the section's label.
    """
    above = next((at for at in range(index - 1, -1, -1) if lines[at] == title), None)
    if above is None or index - above < 2:
        return False
    between = lines[above + 1 : index]
    if any(
        words(line) > _NAVIGATION_WORDS or line.endswith(SENTENCE_END)
        for line in between
        if not is_widget_label(line)
    ):
        return False
    following = [
        line
        for line in lines[index + 1 : index + _HEADLINE_REACH]
        if words(line) > max(2, words(title)) and read_timestamp(line) is None and not is_time_line(line)
    ]
    return bool(following) and title_like(following[0])


def site_suffix(title: str, line: str) -> str | None:
    """The site's name when ``title`` is ``line`` plus one (``Headline | Site``, ``Site - Headline``).

    ``None`` when it is not; ``""`` when the suffix is there but does not read as a name.
    """
    if len(title) <= len(line):
        return None
    if not title.startswith(line):
        # … or the site's name first: "Site - Headline" (two capitalised words or more, no section's one).
        prefix = _PREFIX.fullmatch(title[: -len(line)]) if title.endswith(line) else None
        site = prefix.group("site").strip() if prefix is not None else ""
        named = 2 <= words(site) <= _SITE_WORDS and all(word[:1].isupper() for word in site.split())
        return site if named else None
    suffix = _SUFFIX.fullmatch(title[len(line) :])
    if suffix is None:
        # … or an agency's name glued on by a hyphen: "… with visiting U.S. officials-Xinhua".
        glued = title[len(line) :]
        if glued[:1] == "-" and is_agency(glued[1:].strip()):
            return glued[1:].strip()
        return None
    site = suffix.group("site").strip()
    return site if words(site) <= _SITE_WORDS and site[:1].isupper() else ""


def is_kicker(above: str, line: str, next_to: bool, stamp_between: bool) -> bool:
    """Whether ``above``, taken for the headline, is a kicker over ``line``, the headline, or a short name.

    A kicker in capitals ("PARLA IL MINISTRO") is right above the headline (``next_to``); a site's or a
    section's short name may have the date between (``stamp_between``).
    """
    if not title_like(line) or line.isupper() or words(line) <= _KICKER_WORDS:
        return False
    if above.isupper():
        return next_to and words(above) <= _KICKER_WORDS
    # (a short headline right over its standfirst keeps its place: only the date between tells a name)
    return stamp_between and words(above) <= _NAME_WORDS and words(line) >= 2 * words(above) + 2


def credited_below(lines: list[str], index: int) -> bool:
    """Whether a byline or a time stamp follows within the next two lines, and the story under them."""
    credited = any(
        (BYLINE.match(line) is not None and words(line) <= BYLINE_WORDS) or read_timestamp(line) is not None
        for line in lines[index + 1 : index + 3]
    )
    return credited and any(words(line) >= _PROSE_WORDS for line in lines[index + 2 : index + 7])


def section_label(labels: list[tuple[int, str]], stamp_at: int | None) -> str | None:
    """A label on the time stamp's line or beside it, or the only label at the top: the page's section."""
    if stamp_at is not None:
        for distance in (0, 1):
            for at, label in labels:
                if abs(at - stamp_at) == distance:
                    return label
    return labels[0][1] if len(labels) == 1 else None


def glued_trail(above: str, key: str) -> bool:
    """Whether folded line ``above`` is a trail glued to the folded line ``key`` under it, its last item."""
    if len(above) <= len(key) or not above.endswith(key) or above[-len(key) - 1] != " ":
        return False
    return not above[: -len(key)].rstrip().endswith(".")


_MONTH_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
# A dateline on a line of its own over the story's first paragraph: "New Delhi, April 26:", "PARIS, 3 mars -".
_DATELINE_LINE = re.compile(
    r"[A-ZÀ-Ý][\w.'’-]*(?:[ ][A-ZÀ-Ý][\w.'’-]*){0,2},[ ]+(?:(?P<day>\d{1,2})[ ]+)?"
    r"(?P<month>[^\W\d_]{3,10})\.?(?(day)|[ ]+\d{1,2})(?:,?[ ]+\d{4})?[ ]*[:–—-]?"
)


def is_dateline_line(line: str) -> bool:
    """A place and a day with its month, alone on the line: the story's dateline, which a page keeps."""
    dateline = _DATELINE_LINE.fullmatch(line)
    return dateline is not None and dateline.group("month").lower() in _MONTH_WORDS

"""The publication day of a page whose markup and text give the engine no date, found by htmldate."""

from __future__ import annotations

import logging

__all__ = ["htmldate_day"]

#: Longest page handed to htmldate (it parses the page again, with lxml).
_MAX_CHARS = 2_000_000


def htmldate_day(html: str) -> str | None:
    """The page's original publication day (``YYYY-MM-DD``) by htmldate's extensive search, or None.

    htmldate looks where the engine's own rules do not: URLs in the markup, comments,
    scripts and loose text patterns in many languages.  A day it only pads from a
    year (``YYYY-01-01``, as a copyright line gives) is no publication day and is
    not taken: a missing date is better than a wrong one.  None when htmldate is not
    installed or fails.
    """
    try:
        from htmldate import find_date
    except ImportError:
        return None
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        day = find_date(html[:_MAX_CHARS], original_date=True, extensive_search=True)
    except Exception:  # a page htmldate cannot read has no date from it
        return None
    if not isinstance(day, str) or len(day) != 10 or day.endswith("-01-01"):
        return None
    return day

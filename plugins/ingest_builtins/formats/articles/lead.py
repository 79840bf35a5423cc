"""Attribution phrases in a story's lead that name the agency: ``Trend reports``, ``Report informs``."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.agencies import AGENCY_PATTERN, canonical_agency, is_agency

__all__ = ["lead_attribution", "told_outlet"]

_REPORTS = re.compile(
    rf"(?:^|[,;.]\s+|\s[-–—]\s+)(?P<name>{AGENCY_PATTERN}|[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){{0,2}})"
    r"\s+(?:reports|informs)\b(?=\s*(?:[.,;:]|via\b|citing\b|with\s+reference|"
    r"on\s|from\s|quoting\b|\Z))",
    re.MULTILINE,
)
# An agency publishing others' words as they were: "Reuters has not edited the statements or confirmed
# their accuracy."
_UNEDITED = re.compile(rf"\b(?P<name>{AGENCY_PATTERN})\s+(?:has|have)\s+not\s+edited\b")
# The agency between slashes after the place and date opening the lead: "МОСКВА, 12 марта. /ТАСС/. …".
_SLASHED = re.compile(rf"^[^\n]{{0,160}}?\s/(?P<name>{AGENCY_PATTERN})/\.?\s")
# The agency's own correspondent named in the lead: "Як передає кореспондент УНІАН", "как передает
# корреспондент Trend".
_CORRESPONDENT = re.compile(
    rf"\b(?:корреспондент|кореспондент)(?:а|у)?\s+(?:агентства\s+)?(?P<name>{AGENCY_PATTERN})(?!\w)",
    re.IGNORECASE,
)
# Iranian agencies open every lead with their name: "به گزارش خبرگزاری مهر، …" (as the agency reports), or
# their reporter's: "به گزارش خبرنگار مهر، …", perhaps their desk's: "به گزارش حوزه سیاست خارجی خبرگزاری …".
_PERSIAN_AGENCY = re.compile(
    r"(?:^[^\n]{0,40}?|[.!?؟]\s+)به\s+گزارش\s+(?:(?:[^\s،,]+\s+){0,4}?(?P<kind>خبرگزاری|خبرنگار)\s+)?"
    r"(?P<name>[^\s،,]+(?:\s[^\s،,]+)?)\s*[،,]",
    re.MULTILINE,
)
# Azerbaijani and Turkish leads name the agency with a case ending after a hyphen or an apostrophe: "APA-nın
# yerli bürosuna verilən məlumata görə" (according to what APA's bureau was told), "Report-a açıqlamasında",
# "AA muhabirinin", "DHA'nın haberine göre".
_SUFFIXED = re.compile(
    r"(?<![\w-])(?P<name>[^\W\d_][\w.]{1,20}(?:\s[^\W\d_][\w.]{1,20})?)[-'’](?:n?[ıiuü]n|y?[ae]|d[ae]n?)\b"
    r"[^.\n]{0,60}?"
    r"\b(?:məlumatına\s+görə|məlumata\s+görə|bildirib|açıqlamasında|xəbərinə\s+görə|haberine\s+göre"
    r"|açıklamasında|açıklamada|açıklama\s+yapan|konuşan|bilgiye\s+göre|muhabirine)"
)
# Romanian copy names the agency passing the news on at the lead's end: "…, transmite Agerpres."
_PASSED_ON = re.compile(rf"\btransmite\s+(?P<name>{AGENCY_PATTERN})\s*[.,;]")
# The words each of those leads holds: an opening without one is not searched.
_SUFFIXED_CUES = ("görə", "göre", "bildirib", "açıqlama", "açıklama", "konuşan", "muhabir")
_TOLD = re.compile(
    rf"\btold\s+(?P<name>{AGENCY_PATTERN}|[A-Z][\w-]*\.[A-Za-z]{{2,4}}\b)(?:\s+(?:news\s+)?agency)?\s*[.,;]",
)
_OUTLET_WORD = re.compile(r"\b(?:News|Press|Agency|Post|Times|Daily)\b|\.[a-z]{2,4}\Z", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{3,}")
_PRONOUNS = frozenset(
    ["he", "she", "it", "they", "this", "that", "which", "who", "media", "sources", "source", "the"]
)


def _outlet(name: str) -> bool:
    if name.casefold() in _PRONOUNS:
        return False
    return is_agency(name) or bool(_OUTLET_WORD.search(name)) or bool(_ACRONYM.fullmatch(name))


def lead_attribution(text: str) -> str | None:
    """The agency the first paragraph attributes itself to, or ``None``.

    ``…, Azernews reports.``, the agency's own correspondent (``як передає кореспондент УНІАН``), an
    Iranian agency's opening (``به گزارش خبرگزاری مهر،``), the agency between slashes after the lead's place
    and date (``/ТАСС/``), or, in the first lines, an agency saying it publishes statements unedited.
    """
    top = text.lstrip()[:1500]
    lead = top.split("\n\n", 1)[0]
    # (each match holds "reports" or "informs", as written: the lead is searched only if it holds one)
    attributed = "reports" in lead or "informs" in lead
    for match in _REPORTS.finditer(lead) if attributed else ():
        name = match.group("name").strip()
        if name[:1].isupper() and _outlet(name):
            return canonical_agency(name)
    # (the agency names itself so in the lead or in the paragraph under a summary)
    opening = "\n\n".join(top.split("\n\n", 2)[:2])
    # (each match holds the word's stem; case-folded as the pattern's case-blind match folds it)
    correspondent = _CORRESPONDENT.search(opening) if "респондент" in opening.casefold() else None
    if correspondent is not None:
        return canonical_agency(correspondent.group("name"))
    persian = _PERSIAN_AGENCY.search(opening) if "به گزارش" in opening else None
    # (the agency's name alone, "به گزارش ایسنا،", only when it is one: "به گزارش روزنامه" is a paper's)
    if persian is not None and (persian.group("kind") or is_agency(persian.group("name"))):
        return canonical_agency(persian.group("name"))
    slashed = _SLASHED.match(lead) if "/" in lead[:200] else None
    if slashed is not None and is_agency(slashed.group("name")):
        return canonical_agency(slashed.group("name"))
    passed_on = _PASSED_ON.search(opening) if "transmite " in opening else None
    if passed_on is not None:
        return canonical_agency(passed_on.group("name"))
    for suffixed in _SUFFIXED.finditer(opening) if any(cue in opening for cue in _SUFFIXED_CUES) else ():
        name = suffixed.group("name")
        agency = next((n for n in (name, name.split()[-1]) if is_agency(n)), None)  # ("Nazir APA-nın")
        if agency is not None:
            return canonical_agency(agency)
    unedited = _UNEDITED.search(top) if "edited" in top else None
    if unedited is not None and unedited.group("name")[:1].isupper():
        return canonical_agency(unedited.group("name"))
    return None


def told_outlet(lead: str) -> str | None:
    """The outlet a source spoke to (``…, the ministry told News.Az.``), when it is an agency or a site."""
    head = lead[:3000]
    match = _TOLD.search(head) if "told" in head else None
    if match is None:
        return None
    name = match.group("name")
    if not name[:1].isupper():
        return None
    return canonical_agency(name) if is_agency(name) else name

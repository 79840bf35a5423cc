"""The end of agency copy: credit lines, sign-offs, notes, promotion lines and subscription prompts."""

from __future__ import annotations

import re

import attrs

from ingest_builtins.formats.articles.agencies import (
    AGENCY_PATTERN,
    SELF_NAMED_AGENCY,
    SOURCE_LABEL,
    canonical_agency,
    is_agency,
)
from ingest_builtins.formats.articles.furniture import is_furniture_line
from ingest_builtins.formats.articles.glued_credit import glued_credit
from ingest_builtins.formats.articles.mail import is_mail_disclaimer
from ingest_builtins.formats.articles.names import (
    CREDIT_WORDS,
    byline_names,
    contributor_authors,
    credit_authors,
    is_person_name,
    tidy_name,
)
from ingest_builtins.formats.articles.site_lines import RIGHTS_RESERVED, is_site_line, language_switch_start
from ingest_builtins.formats.articles.subscription import is_subscription_prompt

__all__ = ["WireTail", "closing_agency", "parse_tail"]

# A credit in brackets at the end, perhaps with brackets of its own inside: German copy adds the desks'
# addresses ("… unter berlin.newsroom@… (für Politik und Konjunktur) …").
_PAREN_CREDIT = re.compile(rf"\(\s*{CREDIT_WORDS}(?:[^()]|\([^()]{{0,200}}\)){{0,500}}\)\s*\Z", re.IGNORECASE)
_LINE_CREDIT = re.compile(
    rf"(?:\A|\n)[ \t]*(?:[-–—]+[ \t]*)?{CREDIT_WORDS}[^\n]{{0,500}}\s*\Z", re.IGNORECASE
)
_CONTRIBUTED = re.compile(
    r"(?:\A|\n|(?<=[.!?”\"]) )[ \t]*[^\n.]{0,300}(?:\bcontributed\s+(?:to\s+)?(?:this\s+)?"
    r"(?:report|story|article|reporting)\b"
    # … and in Spanish, Portuguese and French copy
    r"|\b(?:contribuy[óe]|colabor[óa])\s+(?:a|con|en)\s+(?:este|esta)\s+(?:despacho|reporte|informe|nota|informaci[óo]n)\b"
    r"|\bcontribu[íi]u?\s+(?:para|com)\s+(?:esta|este)\s+(?:reportagem|mat[ée]ria|texto)\b"
    r"|\ba\s+contribu[ée]\s+à\s+(?:cet|ce)\s+(?:article|reportage|texte)\b)"
    r"[^\n]{0,40}\s*\Z",
    re.IGNORECASE,
)
# A word every contribution line holds: a window without it is not searched for one.
_CONTRIBUTION_WORD = re.compile(r"contribu|colabor", re.IGNORECASE)
# Labelled credit lines at the end, as some agencies print them ("Pewarta: …", "Editor: …", PAP's "Autor:
# Name (PAP)"); the reporters are authors, the editors are not.
_LABELLED_CREDIT = re.compile(
    r"(?:\A|\n)[ \t]*(?P<label>reporters?|pewarta|penulis|wartawan|autor|autora|autorka|autorzy|editors?|"
    r"redaktur|redaksi|автор|авторы|автори|редактор)[ \t]*:[ \t]*"
    rf"(?P<names>[^\n:]{{2,80}}?)(?:[ \t]*\((?P<agency>{AGENCY_PATTERN})\))?\s*\Z",
    re.IGNORECASE,
)
_REPORTER_LABELS = frozenset(("reporter", "reporters", "pewarta", "penulis", "wartawan"))
_REPORTER_LABELS |= {"autor", "autora", "autorka", "autorzy", "автор", "авторы", "автори"}
# The same labels run together on one line once the copy's lines are joined ("Pewarta: A Editor: B …").
_REPORTER_IN_LINE = re.compile(
    r"\b(?:reporters?|pewarta|penulis|wartawan)[ \t]*:[ \t]*(?P<names>[^\n:]{2,80}?)"
    r"(?=[ \t]+(?:editors?|redaktur|redaksi|copyright|©)\b|[ \t]*©|\s*\Z)",
    re.IGNORECASE,
)
# A contact note in double brackets, or an address alone on the last line (sought only where "))" or "@" is).
_CONTACT = re.compile(r"\(\([^()]{0,400}\)\)\s*\Z|(?<=\n)[ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*\Z")
_SIGN_OFF = re.compile(
    rf"(?:(?<=\s)|\A|(?<=[.!?\"”»。」]))(?:(?P<agency>REUTERS?|AFP|XINHUA|AZERTAC|APA|TASS|ANSA|EFE)|"
    rf"/(?P<slashed>{AGENCY_PATTERN})/|"
    r"\(END\)|\(\*\)|END|Enditem|ENDITEM|-+\s*0\s*-+|#{3}|（完）|\(完\)|\(끝\)|"
    # AFP's closing slug of desk and journalists' initials: "burs-sjw/jm", "ab-cd/jm"
    # … and PAP's, with a space after each slash: "aw/ mhr/"
    r"(?<=\n)[a-z]{2,5}(?:[-/][ ]?[a-z]{2,5}){1,5}/?)\s*\Z"
)
# Any agency's name closing the copy: on its own line, perhaps between dashes or brackets and followed by
# the desk's initials or codes ("-- BERNAMA", "==Kyodo", "PTI ABC RDK RT", "--IANS abc/xyz"), or by
# a word for the end ("Lusa/Fim"), or in brackets after the last sentence ("… del testo. (ANSA).").
_AGENCY_SIGN_OFF = re.compile(
    rf"(?:(?<=\n)[ \t]*(?:[-–—=]{{1,2}}[ \t]*)?\(?©?[ ]?(?P<agency>{AGENCY_PATTERN})"
    rf"(?:-{AGENCY_PATTERN})?\)?\.?(?:/[A-Za-z]{{1,5}})?"
    rf"(?:[ \t]+[A-Za-z][A-Za-z0-9]{{0,4}}(?:/[A-Za-z]{{1,5}}){{0,3}}){{0,6}}"
    rf"|(?<=[.!?”\"»])[ \t]+(?:[—–-][ \t]*)?\((?P<bracketed>{AGENCY_PATTERN})\)\.?"
    # … or after a dash closing the last sentence, as newspapers print the agency's copy: "…Qatar.— KUNA".
    rf"|(?<=[.!?”\"»])[ \t]*(?:[—–]|--)[ \t]*(?P<dashed>{AGENCY_PATTERN})(?:/[A-Z]{{2,5}})?\.?"
    # … or bare after the last sentence, in capitals: "… öğrenildi. DHA", "… la agresión rusa. EFE".
    rf"|(?<=[.!?”\"»])[ \t]+(?=[A-Z]{{2}})(?P<bare>(?-i:[A-Z][A-Za-z-]{{1,15}}))"
    # … or under its label, on the last line: "Kaynak: DHA", "Fuente: EFE", "Πηγή: ΑΠΕ-ΜΠΕ".
    rf"|(?<=\n)[ \t]*(?i:{SOURCE_LABEL})[ \t]*[:：][ \t]*"
    rf"(?P<sourced>{AGENCY_PATTERN}|{SELF_NAMED_AGENCY})\.?)[ \t]*\Z"
)
# The desk's initials in brackets after the last sentence or on a line of their own ("… ujar Yusuf. (ant/KN)",
# "(DND/UN)", "(R/RE1/P2)", "(flo/jpnn)", "(Vam/Pn/Adnkronos)", "(万、NM)", "(rif/)"), or the source
# or translator credited there ("(来源:新华社)", "(翻訳 朱丹陽)", "-AA-").
_BRACKETED_DESK = re.compile(
    r"(?<=[.!?”\"»。」）)\n])[ \t]*(?:\((?:[A-Za-z][A-Za-z0-9]{0,9}/){1,3}(?:[A-Za-z][A-Za-z0-9-]{0,9})?\)"
    r"|[(（](?:来源|來源|source|fuente|fonte|quelle|翻訳|翻译|編集|编辑)[:：\s][^()（）\n]{1,30}[)）]"
    r"|[(（][\u4e00-\u9fff]{1,2}[、,][A-Z]{1,4}[)）]|-(?-i:[A-Z]{2,5})-|\((?-i:[A-Z][A-Z.]{1,4})\))[ \t|]*\Z",
    re.IGNORECASE,
)
# A line of routing codes or editors' initials closing the copy ("YK5-MRG", "ABC // JMR").
_ROUTING = re.compile(r"(?<=\n)[ \t]*[A-Z0-9]{2,6}(?:[ \t]*(?:-|/{1,2})[ \t]*[A-Z0-9]{2,6}){1,4}[ \t]*\Z")
_END_NOTE = re.compile(
    r"\((?:this\s+(?:story|version|article)|refiles?|refiled|corrects?|updates?|adds|fixes)"
    r"[^()]{0,400}\)\s*\Z",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    rf"(?:\A|\n)[^\n]{{0,60}}(?:©|\(c\)\s*\d{{4}}|copyright\b|{RIGHTS_RESERVED}|our standards:)"
    r"[^\n]{0,200}\s*\Z",
    re.IGNORECASE,
)
_LINKISH = re.compile(r"\[(?:www\.|https?:|ID:)|https?://|www\.\w|@\w{2,}|click here", re.IGNORECASE)
_PROMO_START = re.compile(
    r"[\"“]?(?:follow|click|sign\s+up|subscribe|download|like\s+us|join\s+us|watch|listen|read\s+more|"
    r"for\s+more|get\s+(?:the|our)|see\s+also|related)\b",
    re.IGNORECASE,
)
_PROMO_WORDS = re.compile(
    r"twitter|facebook|instagram|telegram|newsletter|\bapp\b|subscri|sign\s+up|click|visit|follow\s+us|"
    r"\.com\b|\.az\b|podcast|coverage",
    re.IGNORECASE,
)
# A picture's caption left under the copy: "PHOTO CAPTION: Farmers protest … (AP Photo/Czarek Sokolowski)".
_CAPTION_LINE = re.compile(
    r"(?:\A|\n)[ \t]*(?:(?:photo|picture|image|video)\s+)?caption\s*:[^\n]{0,600}\s*\Z"
    rf"|(?:\A|\n)[^\n]{{0,600}}\((?:{AGENCY_PATTERN}|EPA)\s+(?:Photo|Foto|Video)\b[^()\n]{{0,80}}\)\s*\Z",
    re.IGNORECASE,
)
# A photo's credit to the agency on the last line, perhaps after the photographer: "Jana Nováková Foto: TASR".
_PHOTO_CREDIT = re.compile(
    rf"(?:\A|\n)[^\n:]{{0,40}}\b(?:photo|foto|fotó|фото|zdjęcie)\s*:\s*(?:{AGENCY_PATTERN})\.?[ \t]*\Z",
    re.IGNORECASE,
)
# What every caption line holds: the word, or an agency's photo credit in brackets.
_CAPTION_MARK = re.compile(rf"caption|\((?:{AGENCY_PATTERN}|EPA)\s+(?:Photo|Foto|Video)\b", re.IGNORECASE)
# Where the bylined reporters filed from, closing AP copy: "Wilson reported from Barcelona.", "Roe and Doe
# reported from Kyiv and Wilson from Warsaw."
_REPORTED_FROM = re.compile(
    r"(?:\A|\n)[ \t]*[A-Z][\w'’.-]+(?:(?:,\s*|\s+(?:and|&)\s+)[A-Z][\w'’.-]+)*\s+reported\s+from\s+"
    r"(?:(?!\bthat\b)[^\n]){1,120}?\.\s*\Z"
)
_LABEL_LINE = re.compile(
    r"(?:\A|\n)[ \t]*(?:tags?|keywords?|topics?|related|email the author)\b[^\n]{0,200}\s*\Z", re.I
)


# A picture or copy credit glued to the last sentence: "…している。(c)AFP/Aminu ABUBAKAR".
_AGENCY_COPYRIGHT = re.compile(
    rf"(?:\(c\)|©)\s*(?:{AGENCY_PATTERN})(?:\s*/\s*[^\n/()]{{1,80}}){{0,3}}\s*\Z", re.IGNORECASE
)

# The wire system's lines closing the copy, told by their shape: routing codes and a transmission stamp
# ("Y4R-GAV/ S0A QBXB 12-MAR-26 16:48 NNNN", "111142 Mär 26"), an end word in brackets and the desk's
# initials ("(Schluss) bei/kan"), the initials alone ("kol mal", "ر ع/ح خ/ص ن").
_CODE_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9_/.:-]*")
_STAMP = re.compile(r"\d{4,6}[ \t]+[^\W\d_]{3,4}\.?[ \t]+\d{2,4}")
_INITIALS = re.compile(
    r"(?:\((?:schluss|ende|end|fin|fim|fine|konec|koniec|slut|loppu|einde)\)[ \t]*)?"
    r"(?:(?-i:[a-z]{2,5})|[\u0590-\u06ff]{1,3})"
    r"(?:[ \t]*[ /][ \t]*(?:(?-i:[a-z]{2,5})|[\u0590-\u06ff]{1,3})){1,9}/?"
    r"|\((?:schluss|ende|end|fin|fim|fine|konec|koniec|slut|loppu|einde)\)"
    # … an end word with the desk's initials in capitals: "(FIN) JCC/MAO"; a bulletin's page counter.
    r"(?:[ \t]*(?-i:[A-Z]{2,5})(?:/(?-i:[A-Z]{2,5})){0,5})?"
    r"|(?:page|p\.|seite|página|pagina|страница)[ \t]*\d{1,3}[ \t]*(?:/|of|sur|de|von|из)[ \t]*\d{1,3}"
    # … desk codes in mixed case or with figures, set apart by a slash: "mrc/PL", "Spr/Lux", "xa8/ads".
    r"|[a-z][a-z0-9]{1,4}(?:/[a-z][a-z0-9]{1,4}){1,3}",
    re.IGNORECASE,
)


_SLASHED_AGENCY = re.compile(rf"\A/(?:{AGENCY_PATTERN})/[ \t]*(?=\S)")


def _desk_paragraph(paragraph: str) -> bool:
    """A closing paragraph of routing codes, a transmission stamp, an end word or the desk's initials."""
    if len(paragraph) > 80:
        return False
    tokens = paragraph.split()
    if all(_CODE_TOKEN.fullmatch(token) for token in tokens) and (
        any(c.isdigit() for c in paragraph) or "NNNN" in tokens
    ):
        return True
    initials = _SLASHED_AGENCY.sub("", paragraph, count=1)  # "/العمانية/ ع خ / س ح"
    return bool(_STAMP.fullmatch(paragraph) or _INITIALS.fullmatch(initials))


def _desk_code(body: str, start: int, paragraph: str) -> bool:
    """The desk's codes in capitals ("MAZ", "NAM ZUL") under its initials ("Spr/Lux") or its sign-off."""
    if not _LONE_CODE.fullmatch(paragraph):
        return False
    above = _last_paragraph(body[:start].rstrip())[1]
    return _desk_paragraph(above) or _agency_sign_off("\n" + above.strip()) is not None


_LONE_CODE = re.compile(r"[ \t]*[A-Z]{2,4}(?:[ \t]+[A-Z]{2,4}){0,2}[ \t]*")


# Agerpres closes with the agency and its credits in brackets: "AGERPRES/(A - autor: …, editor: …)".
_AGENCY_CREDITS = re.compile(
    rf"(?:\A|\n|(?<=[.!?”\"»]) )[ \t]*(?P<agency>{AGENCY_PATTERN})/\((?P<credits>[^()\n]{{0,300}})\)[ \t]*\Z"
)
# The agency and its desk's names closing the copy ("WAM/Rola Alghoul/Hatem Mohamed"), or the reporter's
# name with the agency's in brackets ("Minh Đức (TTXVN)"): the reporter is the author.
_AGENCY_STAFF = re.compile(
    rf"(?:\A|\n)[ \t]*(?P<agency>{AGENCY_PATTERN})(?:/[^\W\d_][^\n/]{{1,40}}){{1,4}}[ \t]*\Z"
    rf"|(?:\A|\n)[ \t]*(?P<name>[^\W\d_][^\n()]{{2,50}}?)[ \t]*\((?P<bracketed>{AGENCY_PATTERN})\)[ \t]*\Z"
)
_AUTHOR_CREDIT = re.compile(r"\b(?:autor|autora|author|reporter)[ \t]*:[ \t]*(?P<names>[^,;:()]{2,60})", re.I)

_PROMPT_WINDOW = 20_000
_RULE = re.compile(r"[_\-=*~#]{3,}")


@attrs.define
class WireTail:
    """What the end of agency copy says, and where its body ends."""

    body_end: int
    authors: list[str] = attrs.field(factory=list)
    agency: str | None = None
    notes: list[str] = attrs.field(factory=list)
    found: list[str] = attrs.field(factory=list)


def _window(body: str, size: int) -> str:
    """The end of ``body``, cut to start at a line start, so that a pattern's start anchor means one."""
    if len(body) <= size:
        return body
    window = body[-size:]
    newline = window.find("\n")
    return window[newline:] if newline >= 0 else ""


def _search_with(mark: re.Pattern[str], pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, where every match of ``pattern`` holds a match of ``mark``, sought first."""
    return pattern.search(text) if mark.search(text) else None


def _last_paragraph(text: str) -> tuple[int, str]:
    start = text.rfind("\n\n") + 1 if "\n\n" in text else 0
    return start, text[start:].strip()


def _promo(paragraph: str) -> bool:
    words = len(paragraph.split())
    if words > 50:
        return False
    if _LINKISH.search(paragraph) and (words <= 25 or _PROMO_START.match(paragraph)):
        return True
    return bool(_PROMO_START.match(paragraph)) and words <= 30 and bool(_PROMO_WORDS.search(paragraph))


def _cut_prompts(text: str, tail: WireTail) -> str:
    """Drop subscription prompts at the end and whatever short furniture follows them."""
    cut = text.find("\n\n", max(0, len(text) - _PROMPT_WINDOW)) if len(text) > _PROMPT_WINDOW else 0
    if cut < 0:
        return text
    head, paragraphs = text[:cut], text[cut:].split("\n\n")
    first = len(paragraphs)
    for index in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 9), -1):
        if is_subscription_prompt(paragraphs[index]):
            first = index
        elif len(paragraphs[index].split()) > 40:
            break
    if first == len(paragraphs) or (first == 0 and not head):
        return text
    tail.found.append("subscription prompt")
    return head + "\n\n".join(paragraphs[:first])


def _is_furniture_paragraph(paragraph: str) -> bool:
    """Furniture after the article: a widget's line, a rule, a short line without words (a page number)."""
    kind = is_furniture_line(paragraph)
    if kind == "strong" or _RULE.fullmatch(paragraph):
        return True
    return kind == "weak" and not any(ch.isalpha() for ch in paragraph)


def _agency_sign_off(text: str) -> re.Match[str] | None:
    """The agency's sign-off closing ``text``; a bare word after the last sentence only if it names one."""
    closing = _AGENCY_SIGN_OFF.search(text)
    if closing is not None and closing.group("bare") and not is_agency(closing.group("bare")):
        return None
    return closing


def _signed_agency(closing: re.Match[str]) -> str | None:
    """The agency a sign-off names, in whichever of its forms."""
    named = closing.groupdict()
    return (
        named.get("agency")
        or named.get("bracketed")
        or named.get("dashed")
        or named.get("bare")
        or named.get("sourced")
    )


def _language_switch_at_end(text: str) -> int | None:
    """Where a site's language switch, run onto the text's last line after its last sentence, starts."""
    start = language_switch_start(text)
    if start is None:
        return None
    before = text[:start].rstrip()
    return len(before) if before.endswith((".", ")", "!", "?", "”", '"')) else None


def closing_agency(text: str) -> str | None:
    """The agency whose sign-off closes ``text`` on its last line, or ``None``.

    ("/ritzau/", "-- BERNAMA", "Kaynak: DHA", "AGERPRES/(A - autor: …)".)
    """
    end = text[-120:].rstrip()
    # (the sign-off stands over a photo's credit, or over the writer's line: "… (PAP)" / "autor: …")
    photo = _PHOTO_CREDIT.search(end)
    end = end[: photo.start()].rstrip() if photo is not None and photo.start() > 0 else end
    writer = _LABELLED_CREDIT.search(end)
    end = end[: writer.start()].rstrip() if writer is not None and writer.start() > 0 else end
    closing = _agency_sign_off(end)
    if closing is not None:
        name = _signed_agency(closing)
        return canonical_agency(name) if name else None
    sign_off = _SIGN_OFF.search(end[end.rfind("\n") + 1 :])
    name = sign_off.group("slashed") if sign_off is not None else None
    if name is None and ")" in end[-2:]:
        credits = _AGENCY_CREDITS.search(text[-360:].rstrip())  # "AGERPRES/(A - autor: …, editor: …)"
        name = credits.group("agency") if credits is not None else None
    return canonical_agency(name) if name else None


def parse_tail(text: str) -> WireTail:
    """Peel credit lines, sign-offs, notes, promotion and prompts off the end of ``text``."""
    tail = WireTail(body_end=len(text))
    body = text[: len(text.rstrip())]
    for _ in range(16):
        before = body
        match = (
            (_CONTACT.search(body) if "@" in body or "))" in body else None)
            or _PAREN_CREDIT.search(body)
            or _LINE_CREDIT.search(_window(body, 700))
            or _search_with(_CONTRIBUTION_WORD, _CONTRIBUTED, _window(body, 500))
        )
        if match is not None:
            piece = match.group(0)
            body = body[: len(body) - len(piece)]
            found = contributor_authors(piece) if match.re is _CONTRIBUTED else credit_authors(piece)
            tail.authors.extend(n for n in found if n not in tail.authors)
            tail.found.append("credit line")
        elif (labelled := _LABELLED_CREDIT.search(_window(body, 200))) is not None:
            body = body[: len(body) - len(labelled.group(0))]
            if labelled.group("label").lower() in _REPORTER_LABELS:
                people, _ = byline_names(labelled.group("names"))
                tail.authors[:0] = [n for n in people if n not in tail.authors]
            tail.found.append("credit line")
        elif (credits := _AGENCY_CREDITS.search(_window(body, 360))) is not None:
            body = body[: len(body) - len(credits.group(0))]
            if tail.agency is None:
                tail.agency = canonical_agency(credits.group("agency"))
            for credit_match in _AUTHOR_CREDIT.finditer(credits.group("credits")):
                people, _ = byline_names(credit_match.group("names"))
                tail.authors.extend(n for n in people if n not in tail.authors)
            tail.found.append("credit line")
        elif (staff := _AGENCY_STAFF.search(_window(body, 200))) is not None and (
            staff.group("agency") or is_person_name(tidy_name(staff.group("name")))
        ):
            body = body[: len(body) - len(staff.group(0))]
            if tail.agency is None:
                tail.agency = canonical_agency(staff.group("agency") or staff.group("bracketed"))
            if staff.group("name"):
                name = tidy_name(staff.group("name"))
                tail.authors.extend([name] if name not in tail.authors else [])
            tail.found.append("credit line")
        elif (credit := _AGENCY_COPYRIGHT.search(body[-200:])) is not None:
            body = body[: len(body) - len(credit.group(0))]
            tail.found.append("picture credit")
        elif (desk := _BRACKETED_DESK.search(body[-80:])) is not None:
            body = body[: len(body) - len(desk.group(0))]
            named = desk.group(0).strip(" \t\n|()-")  # (the initials may be an agency's: "(MTI)")
            tail.agency = tail.agency or (canonical_agency(named) if is_agency(named) else None)
            tail.found.append("sign-off")
        elif (closing := _agency_sign_off(body[-120:]) or _ROUTING.search(body[-60:])) is not None:
            agency = _signed_agency(closing)
            if agency and tail.agency is None:
                tail.agency = canonical_agency(agency)
            body = body[: len(body) - len(closing.group(0))]
            tail.found.append("sign-off")
        elif (sign_off := _SIGN_OFF.search(_window(body, 80) or body[-80:].rpartition(" ")[2])) is not None:
            agency = sign_off.group("agency") or sign_off.group("slashed")
            if agency and tail.agency is None:
                tail.agency = canonical_agency(agency)
            body = body[: len(body) - len(sign_off.group(0))]
            tail.found.append("sign-off")
        elif (glued := glued_credit(body)) is not None:
            body = body[: glued.start]
            tail.authors.extend(glued.reporters)
            tail.agency = tail.agency or glued.agency
            tail.found.append("sign-off")
        elif (switch := _language_switch_at_end(body)) is not None:
            body = body[:switch]
            tail.found.append("site lines")  # "… (QNA) English Français Deutsch Español"
        elif (note := _END_NOTE.search(body[-500:])) is not None:
            tail.notes.append(note.group(0).strip())
            body = body[: len(body) - len(note.group(0))]
            tail.found.append("note")
        elif (
            line := _COPYRIGHT.search(_window(body, 300))
            or _LABEL_LINE.search(_window(body, 300))
            or _search_with(_CAPTION_MARK, _CAPTION_LINE, _window(body, 700))
            or _REPORTED_FROM.search(_window(body, 300))
            or _PHOTO_CREDIT.search(_window(body, 120))
        ) is not None:
            body = body[: len(body) - len(line.group(0))]
            for reporter in _REPORTER_IN_LINE.finditer(line.group(0)):
                tail.authors.extend(
                    n for n in byline_names(reporter.group("names"))[0] if n not in tail.authors
                )
            tail.found.append("furniture")
        else:
            start, paragraph = _last_paragraph(body)
            if start and (
                _desk_paragraph(paragraph)
                or is_mail_disclaimer(paragraph)
                or _desk_code(body, start, paragraph)
            ):
                body = body[:start]
                tail.found.append("sign-off")
            elif start and _promo(paragraph):
                body = body[:start]
                tail.found.append("promotion")
            elif start and _is_furniture_paragraph(paragraph):
                body = body[:start]
                tail.found.append("furniture")
            elif start and all(is_site_line(line) for line in paragraph.splitlines() if line.strip()):
                body = body[:start]  # share widgets, feedback and subscription offers, section names
                tail.found.append("site lines")
            else:
                body = _cut_prompts(body, tail)
        body = body.rstrip()
        if body == before:
            break
    tail.body_end = len(body)
    return tail

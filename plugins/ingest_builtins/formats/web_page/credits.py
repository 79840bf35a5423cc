"""Credit lines of a copied page: photo captions and their credits, a staff, an editor or a source credit.

Captions and credits sit around the headline and under the text; they are no headline and no part of the
story, whatever the language (``Фото: ИТАР-ТАСС``, ``… (AFP)``, ``Source: Xinhua``, ``Editor: huaxia``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ingest_builtins.formats.articles.agencies import AGENCY_PATTERN, SOURCE_LABEL, is_agency
from ingest_builtins.formats.articles.furniture import words
from ingest_builtins.formats.articles.names import is_person_name
from ingest_builtins.formats.articles.teller import personal_words
from ingest_builtins.formats.web_page.head_lines import BYLINE_WORDS, SENTENCE_END

__all__ = [
    "EDITOR_CREDIT",
    "INPUTS_CREDIT",
    "PHOTO_CREDIT",
    "PRINT_CREDIT",
    "REPORTER_ADDRESS",
    "SOURCE_CREDIT",
    "STAFF_CREDIT",
    "captions_in_body",
    "ends_signed_off",
    "is_caption",
    "reporter_credit",
    "reporter_of",
    "signed_off",
]

# "Photo" as credit lines label it in the genres' languages (Bulgarian "снимка", Serbian "slika", Danish
# "billede", Arabic "صورة", Chinese "图片", Khmer "រូបភាព" …).
_PHOTO_WORDS = (
    "photos?|фото|foto|fotos|fotó|fotografía|fotografia|φωτογραφία|φωτό|снимка|снимки|фотография|світлина"
    "|fotoğraf|zdjęcie|kuva|bild|billede|bilde|mynd|slika|fénykép|nuotrauka|صورة|الصورة|عکس|تصویر|צילום"
    "|फोटो|फ़ोटो|ছবি|ภาพ|ảnh|picha|사진|写真|图片|圖片|摄影|攝影|រូបភាព|ფოტო|լուսանկար"
)
_CAPTION = re.compile(
    rf"(?:{_PHOTO_WORDS}|image|picture|video|credit|crédits?(?: photo)?|pictured)\s*(?:credit)?\s*[:：]"
    # … or "Photo/PSCU", "Photo by the press service" (not "Photos de Lena dans le dossier", a note's line).
    r"|(?:photos?|foto|fotos)(?:\s*/\s*(?=\w)|\s+by\s+)",
    re.IGNORECASE,
)
# A photo's caption ending with its agency credit, and an agency's staff credit in the byline's place.
PHOTO_CREDIT = re.compile(r"\b(?-i:REUTERS|AFP|AP|EPA|ANSA|XINHUA)(?:\s+Photo)?/[A-Z][\w .'-]{1,40}\W{0,3}$")
STAFF_CREDIT = re.compile(rf"(?:{AGENCY_PATTERN})\s+(?:staff|reporters?|correspondent)", re.IGNORECASE)
EDITOR_CREDIT = re.compile(
    r"\(?(?:(?:web\s+)?editors?|redaktion|rédaction|rédacteurs?|redacción|责任编辑|编辑|edición|edição|edizione"
    r"|urednik|urednica|uredila|uredio|редактор|редакторка|szerkesztő|toimittaja|redaktør|redaktor|penyunting"
    r"|biên tập|편집)\s*[:：]\s*[^\n.()]{1,60}\)?",
    re.I,
)
# A credit line naming the story's source under its label, in the languages of the sites read; the
# Vietnamese "according to" with the source after a slash ("Theo Hải Minh /VGP").
SOURCE_CREDIT = re.compile(
    rf"(?:{SOURCE_LABEL})\s*[:：]\s*(?:[^\n.]|\.(?=[^\W\d_]{{2,}}\b)){{1,60}}"  # (a site's dots: "bgnes.bg")
    # … or the source's site after the word alone: "Fonte Ansa.it", "Izvor Tanjug.rs".
    r"|(?:fonte|fuente|source|quelle|izvor|sumber|kilde|källa)\s+[\w-]+\.[a-z]{2,4}"
    r"|(?:forrás|nguồn)\s*:?\s+\S{2,60}|theo\s+[^/\n]{1,40}/\s*[\w.-]{2,20}|sursa(?:\s+articol)?(?:\s+(?:si|și)\s+foto)?\s*:\s*\S{2,60}",
    re.IGNORECASE,
)
# The agencies a story drew on, closing it on South Asian sites: "(With PTI inputs)", "( With inputs from
# ANI )".
INPUTS_CREDIT = re.compile(
    r"\(\s*with\s+(?:inputs?\s+from\s+[^()\n]{2,40}?|(?:[\w-]+\s+){1,2}inputs?)\s*\)\.?", re.IGNORECASE
)
# Where the story ran in print: "Published in Dawn, November 4th, 2019", "This article appeared in the print
# edition of …", "A version of this article appears in print on March 3, 2024".
PRINT_CREDIT = re.compile(
    r"(?:(?:this|a version of this)\s+(?:article|story)\s+(?:first\s+)?(?:appeared|appears|was published)"
    r"\s+in\s+(?:the\s+)?print\b[^\n]{0,100}|published\s+in\s+[A-Z][^,\n]{1,40},\s+[^\n]{3,30}\d{4}\.?)",
    re.IGNORECASE,
)
# The reporter's name and address closing the story: "양다훈 기자 yangbs@segye.com".
REPORTER_ADDRESS = re.compile(
    r"(?P<name>[^\W\d_]{2,15}(?:\s[^\W\d_]{2,15}){0,2}?)\s*(?P<reporter>기자|記者|记者)?"
    r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
# A Korean site's byline in brackets opening the story: the site, the reporter ("[뉴스토마토 장윤서 기자]").
_BRACKETED_REPORTER = re.compile(r"\[(?:[^\]\s]{1,20}\s)?(?P<name>[가-힣]{2,4})\s?기자\]")


# A Chinese byline on its line: the paper perhaps, the reporter, where the report was filed
# ("聯合報／ 記者唐筱恬／台北即時報導", "〔記者王小明／台北報導〕", "本报记者 李明／北京报道").
_HAN_REPORTER = re.compile(
    r"[〔(（\[]?(?:(?P<outlet>[^\s／/〔(（\[]{2,10})\s?[／/]\s?)?(?:本[报報])?[记記]者\s?(?P<name>[\u4e00-\u9fff]{2,4})"
    r"\s?[／/]\s?[\u4e00-\u9fff]{1,8}(?:報導|报道)[〕)）\]]?"
)


def reporter_credit(line: str) -> tuple[str | None, str] | None:
    """``(paper, reporter)`` from a reporter's credit line under the headline, or ``None``.

    "양다훈 기자 yangbs@segye.com" names the reporter; "聯合報／ 記者唐筱恬／台北即時報導" the paper too.
    """
    address = REPORTER_ADDRESS.fullmatch(line) if "@" in line else None
    if address is not None and address.group("reporter"):
        return None, address.group("name")
    han = _HAN_REPORTER.fullmatch(line)
    return None if han is None else (han.group("outlet"), han.group("name"))


def reporter_of(line: str) -> str | None:
    """The reporter a credit line names as such: "양다훈 기자 yangbs@…", "[뉴스토마토 장윤서 기자] …"."""
    credit = reporter_credit(line)
    if credit is not None:
        return credit[1]
    bracketed = _BRACKETED_REPORTER.match(line) if line.startswith("[") else None
    return bracketed.group("name") if bracketed is not None else None


# A photo's caption closed by its credit: "Сергей Лавров. Фото: ИТАР-ТАСС", "… Muttaqi. (AFP)",
# "… (Photo | PTI)", "… José Manuel Albares. / Jane Roe – Europa Press"; an image's alt text left by a
# search engine: "Image result for …".
_CREDIT_CLOSING = re.compile(
    rf"(?:^|[.!?)»”\s(])(?:{_PHOTO_WORDS}|photograph|image|crédit photo|credit)"
    r"\s*[:|]\s*[^!?:()]{1,60}\)?$"
    rf"|[.!?]\s+\((?:{AGENCY_PATTERN}|EPA|Getty\s+Images|File)\)$"
    r"|\((?:(?-i:[A-Z]{1,5})\s)?(?:photo|foto|фото|file\s+photo|archive\s+photo|archivbild|archivfoto|symbolbild"
    r"|symbolfoto)\b[^()]{0,40}\)$"
    rf"|\((?:{AGENCY_PATTERN})/[^()/]{{2,40}}\)$"
    rf"|[.!?]\s+/\s+[^/.!?]{{3,60}}\s+[–—-]\s+(?:{AGENCY_PATTERN})$"
    r"|^image\s+result\s+for\b",
    re.IGNORECASE,
)
# A caption closed by its source's initials and the photographer's name: "… at Waitangi. RNZ / Mark Papalii".
_INITIALS_CREDIT = re.compile(
    r"[.!?]\s+[A-Z]{2,6}\s?/\s?(?P<name>[A-Z][^\W\d_A-Z][\w'’-]*(?:\s(?:de\s|van\s|da\s)?[A-Z][^\W\d_A-Z][\w'’-]*){1,3})$"
)
_CAPTION_WORDS = 50
# A caption under a photo's label (not a video's: a story may introduce one so), of so many words at most.
_LABELLED_CAPTION_WORDS = 35
_LABELLED_CAPTION = re.compile(rf"(?:{_PHOTO_WORDS})\s*[:：]\s*\S", re.IGNORECASE)
# The photographer credited closing a Chinese or Japanese caption: "新华社记者 程一恒 摄", "（…日摄）。",
# "黒川晋史撮影" (alone, or before the enlarging link "拡大").
_CJK_PHOTOGRAPHER = re.compile(
    r"(?:记者|記者)\s?[^\s。，,]{1,12}\s?摄\s*$|[(（][^()（）]{0,20}(?:\d{1,2}日|记者\s?[^\s()（）]{1,12}\s?)摄[)）]。?$"
    r"|[^\s。]{2,12}撮影(?:\s+拡大|\s*$)"
)
# Every caption the pattern above reads holds one of these marks, or opens with "Image result": a line
# without any is passed over at once.
_CREDIT_MARKS = frozenset(":|(/")
_SPACED_SLASH = re.compile(r"\s/\s")
_SPACED_BY = re.compile(r"\sby\s", re.IGNORECASE)


_IMAGE_FILE = re.compile(r"\S{1,80}\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)", re.IGNORECASE)
# A camera's or a phone's name for the picture, left as its caption, spaces for its underscores:
# "IMG 20200914 WA0022", "DSC_0412", "WhatsApp Image 2021-03-02 at 10.15.22".
_CAMERA_FILE = re.compile(
    r"(?:IMG|DSC[NF]?|PXL|VID|WhatsApp\s+Image)[ _-]?\d{4,8}(?:[ _.-]+(?:[A-Z]{0,3}\d{2,8}|at))*",
    re.IGNORECASE,
)


def _may_close_with_credit(line: str) -> bool:
    """Whether ``line`` has what every form of ``_CREDIT_CLOSING`` needs (a cheap test before it).

    A label's colon or bar, a closing bracket, a slash between spaces, or "Image result" at the start.
    """
    return (
        ":" in line
        or "|" in line
        or line.endswith(")")
        or _SPACED_SLASH.search(line) is not None
        or line[:12].lower().startswith("image result")
    )


def is_caption(line: str) -> bool:
    """A photo's credit (``Photo: AFP``, ``Фото: ТАСС``), a caption closed by one, a picture's file.

    Also a caption under its label ("Foto: Sejumlah warga …"), and the photographer's credit as Chinese
    and Japanese captions close ("新华社记者 程一恒 摄", "(2015年12月24日摄)。", "黒川晋史撮影").
    """
    count = words(line)
    # (every form of the label has a colon, a slash or "by" after its word)
    labelled = ":" in line or "：" in line or "/" in line or _SPACED_BY.search(line) is not None
    if count <= BYLINE_WORDS + 4 and labelled and _CAPTION.match(line):
        return True
    if labelled and count <= _LABELLED_CAPTION_WORDS and _LABELLED_CAPTION.match(line):
        return not personal_words([line])  # ("Fotos: Wer noch Bilder hat, schickt sie uns …" asks the reader)
    if ("摄" in line or "撮影" in line) and _CJK_PHOTOGRAPHER.search(line):
        return True
    if (count == 1 and _IMAGE_FILE.fullmatch(line.strip())) or _CAMERA_FILE.fullmatch(line.strip()):
        return (
            True  # the picture's file name where its caption would be: "Cámara3.jpg", "IMG 20200914 WA0022"
        )
    if count > _CAPTION_WORDS:
        return False
    if _CREDIT_MARKS.isdisjoint(line) and not line[:12].lower().startswith("image result"):
        return False
    if _may_close_with_credit(line) and _CREDIT_CLOSING.search(line) is not None:
        return True
    credited = _INITIALS_CREDIT.search(line)
    return credited is not None and is_person_name(credited.group("name"))


_LONE_CREDIT_WORDS = 4
_SIGNED_PARAGRAPH_WORDS = 15
_AGENCY_SIGN_OFF = re.compile(rf"[.!?»”]\s*\((?:{AGENCY_PATTERN})\)\.?$")
_LONGEST_AGENCY = 40
#: A caption between two lone credits has so many lines at most (its title and its sentence).
_CAPTION_LINES = 2


def ends_signed_off(line: str) -> bool:
    """A line whose last sentence the agency signs off in brackets: "… la Jasina til. (PAP)"."""
    return _AGENCY_SIGN_OFF.search(line) is not None


def signed_off(line: str) -> bool:
    """A paragraph closed by the agency's name in brackets ("… on Tuesday. (IANS)"): no caption."""
    return words(line) >= _SIGNED_PARAGRAPH_WORDS and ends_signed_off(line)


def captions_in_body(lines: Sequence[str]) -> set[int]:
    """The indexes of a photo's or a source's credit among a story's ``lines``, and of the caption by it.

    ("… találkozója Washingtonban 2025. március 4-én" / "Forrás: MTI" / "Fotó: KKM": the caption ends no
    sentence, and its credits follow it on lines of their own. A caption may stand between two lone credits,
    the agency's name alone: "연합뉴스" / the photo's title / its sentence / "연합뉴스".)
    """
    found: set[int] = set()
    lone: list[int] = []
    last = max((index for index, line in enumerate(lines) if line), default=-1)
    for index, line in enumerate(lines):
        if index == last and signed_off(line):
            continue  # the story's last paragraph, signed off by the agency: "… on Tuesday. (IANS)"
        lone_agency = len(line) <= _LONGEST_AGENCY and is_agency(line)
        if not line or not (lone_agency or is_caption(line) or SOURCE_CREDIT.fullmatch(line)):
            continue
        found.add(index)
        if words(line) > _LONE_CREDIT_WORDS:
            continue  # (a caption closed by its credit: nothing over it is the picture's)
        lone.append(index)
        above = index - 1
        while above >= 0 and (not lines[above] or above in found):
            above -= 1
        caption = lines[above] if above >= 0 else ""
        if caption and words(caption) <= _CAPTION_WORDS and not caption.endswith(SENTENCE_END):
            found.add(above)
    for first, second in itertools.pairwise(lone):
        # (the same credit on both sides: between two credits of their own, paragraphs are the story's)
        between = [i for i in range(first + 1, second) if lines[i]]
        if (
            lines[first] == lines[second]
            and 0 < len(between) <= _CAPTION_LINES
            and all(words(lines[i]) <= _CAPTION_WORDS for i in between)
        ):
            found.update(between)
    return found

"""Notes from the desk to its clients, photo captions and ad labels between the paragraphs of agency copy."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.furniture import is_ad_label

__all__ = ["strip_desk_notes"]

# A note to the client editors as a paragraph of its own: "(ATTN: UPDATES with details in paras 4-5)",
# "(EDS: …)", "(ADVISORY: …)".
_NOTE = re.compile(r"\((?:ATTN|EDS?|ADVISORY|NOTE\s+TO\s+EDITORS)\s*:[^()\n]{0,400}\)")
# A photo's caption as a paragraph of its own: "This photo, provided by …, shows … (PHOTO NOT FOR SALE)
# (Yonhap)", "This file photo shows …", ending with the agency's or the photographer's credit in brackets.
_CAPTION = re.compile(
    r"(?:This|The\s+above|In\s+this)\s+(?:file\s+)?(?:photo|picture|image|undated\s+photo)\b[^\n]{0,500}?"
    r"\((?:PHOTO\s+NOT\s+FOR\s+SALE|[A-Z][\w.& -]{1,30}(?:\s+Photo)?(?:/[^()\n]{1,60})?)\)"
    r"(?:\s*\([A-Z][\w.& -]{1,30}\))?"
    # … or under its label: "PHOTO: The minister addresses journalists …", "Photo : Le ministre …".
    r"|(?i:(?:photo|picture)\s+caption|photo|foto|фото|picture|image|caption|légende|pie\s+de\s+foto)\s*:\s*\S[^\n]{0,300}"
    r"(?:\n[^\n]{1,300}){0,3}"
)


# A pointer to the caption printed below the copy: "(Read photo caption below)".
_CAPTION_POINTER = re.compile(
    r"[ \t]*\((?:read|see)\s+(?:the\s+)?(?:photo\s+)?caption\s+below\)", re.IGNORECASE
)


def strip_desk_notes(text: str) -> str:
    """``text`` without the paragraphs that are a note to editors, a photo caption or an ad's label.

    The first paragraph is always kept.
    """
    if "(" not in text and ":" not in text and "\n\n" not in text:
        return text
    if "caption" in text.lower():
        text = _CAPTION_POINTER.sub("", text)
    paragraphs = text.split("\n\n")
    kept = [paragraphs[0]] + [
        paragraph
        for paragraph in paragraphs[1:]
        if not (
            _NOTE.fullmatch(paragraph.strip())
            or _CAPTION.fullmatch(paragraph.strip())
            or is_ad_label(paragraph.strip())
        )
    ]
    return text if len(kept) == len(paragraphs) else "\n\n".join(kept)

"""Lines a page sets around an article's text: when it was published, how long it reads, who made it."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.site_lines import is_share_row

__all__ = ["PUBLICATION_LABEL", "is_credit_line", "is_share_box", "is_time_ago", "is_time_line"]

#: The label of a publication or update date, in the languages of the pages read ("Yayınlanma:", "Publié le").
PUBLICATION_LABEL = (
    r"(?:published|posted|postado|postada|updated|last updated|first published|publi[ée]|mis à jour|publicado"
    r"|actualizado"
    r"|atualizado|pubblicato|aggiornato|ultimo aggiornamento|ver[öo]ffentlicht|aktualisiert|publicerad"
    r"|uppdaterad|publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|gepubliceerd|bijgewerkt"
    r"|opublikowano|aktualizacja|data publikacji|publikováno|aktualizováno|vydáno|publikované|aktualizované"
    r"|yayınlanma(?: tarihi)?|yayın tarihi|güncelleme|güncellenme|опубликовано|обновлено|дата публикации"
    r"|опубліковано|оновлено|publicat|actualizat|publikálva|frissítve|közzétéve|diterbitkan|diperbarui"
    r"|dipublikasikan|cập nhật|ngày đăng|تاريخ النشر|نشر في|آخر تحديث|תאריך פרסום|עודכן)"
)

# How long ago or how long to read: "il y a 3 jours", "5 hours ago", "Lesezeit: 4 Min.", "2 min read".
_AGO = (
    r"(?:il y a|hace|vor|há)\s+\d+\s*\w+|\d+\s*\w+\s+(?:ago|fa|geleden|temu|назад|тому|önce|lalu|trước)"
    r"|\d+\s*(?:órája|perce|napja)"
    r"|\d+\s*(?:分|時間|日|小时|分钟|天|시간|분|일)\s*(?:前|전)|منذ\s+\S+(?:\s+\S+)?"
)
_READING = (
    r"(?:(?:(?:estimated\s+)?read(?:ing)?\s+time|lecture|temps de lecture|lesezeit|lesedauer|tempo di lettura"
    r"|tiempo de lectura|tempo de leitura|leestijd|czas czytania|время чтения|okuma süresi|lukuaika|lästid"
    r"|lesetid"
    r"|doba čtení|waktu baca)\s*:?\s*<?\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:min\w*\.?|мин\.?|dk\.?)?"
    r"|\d+\s*(?:min\w*|мин|dk)\.?"
    r"(?:\s+(?:read|de lecture|di lettura|de lectura|de leitura|Lesezeit|leestijd|czytania|чтения|okuma))?"
    r"|\d+\s*分で読め\w*)"
)
_TIME_LINE = re.compile(
    rf"(?:[-–•·][ \t]+)?(?:(?:{_AGO}|{_READING})\s*[.·•|–—,-]?\s*)+",  # (a list's item: "- 32 minutes ago")
    re.IGNORECASE,
)


_AGO_LINE = re.compile(rf"(?:[-–•·][ \t]+)?(?:{_AGO})\s*[.·•|–—,-]?", re.IGNORECASE)


def is_time_ago(text: str) -> bool:
    """A line holding only how long ago a story ran ("- 32 minutes ago", "il y a 3 jours")."""
    return len(text) <= 80 and _AGO_LINE.fullmatch(text.strip()) is not None


def is_time_line(text: str) -> bool:
    """A line holding only how long ago or how long to read ("il y a 3 jours · Lecture 2 min.")."""
    return len(text) <= 80 and _TIME_LINE.fullmatch(text.strip()) is not None


# A credit closing the text: the writer, photographer or editor under a label, or in parentheses
# ("Текст: Андрей Лыков", "Fot. Archiwum", "（责任编辑：王晓）"); a reporter's name alone in full-width
# parentheses closes Japanese and Chinese news ("（山口由紀）").
_CREDIT = re.compile(
    r"[(（]?\s*(?:(?:text|texto|testo|tekst|текст|photos?|fotos?|fot|фото|foto y texto|texto e fotos?|editor"
    r"|redakce|redakcja|redakteur|редактор|责任编辑|编辑|撰文|摄影|記者|记者|取材|写真)\s*[:：.]"
    r")\s*\S[^.!?。]{0,60}[)）]?|（[^\s（）。、，]{2,12}）",
    re.IGNORECASE,
)


def is_credit_line(text: str) -> bool:
    """A short line crediting the text's writer, photographer or editor, set after the text."""
    return len(text) <= 80 and _CREDIT.fullmatch(text.strip()) is not None


_SHARE_LABEL = re.compile(r"[^\W\d_][^\d:]{0,40}:\s*")


def is_share_box(text: str) -> bool:
    """A share box: a label and the networks only ("Sdílejte článek: Facebook X", "Share: X | Email")."""
    if len(text) > 120:
        return False
    label = _SHARE_LABEL.match(text)
    return is_share_row(text[label.end() :], least=1) if label else is_share_row(text)

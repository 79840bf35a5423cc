"""What follows an article's end on its page: teaser lists under their labels, closing and comment notices."""

from __future__ import annotations

import re

from ingest_builtins.formats.articles.site_lines import is_feedback_prompt

from .meta_lines import is_credit_line, is_share_box

__all__ = ["cut_closing_furniture", "drop_teaser_boxes"]

# The label of a list of other stories, of a video or gallery teaser, of a tag or topic list, of
# the comments or a sharing box: the label line alone, in the languages seen most.
_LIST_LABEL = re.compile(
    r"(?:(?:most |also )?(?:related|recent|popular|latest|recommended|similar|trending|featured|top|more)"
    r"(?: \w+)? (?:posts?|articles?|stories|news|videos?|galleries|reads?|links|content)"
    r"|more (?:from|on|in|about) .{1,40}|most (?:read|popular|viewed|shared|emailed|commented)"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read (?:more|next|also)|see also"
    r"|\w+ galleries|search this (?:blog|site)|topics|tags|filed under|categories"
    r"|share this(?: \w+)?|like this|leave a (?:reply|comment)|comments?|\d+ comments?|add a comment"
    r"|(?:lire|à lire) aussi|sur le même sujet|les plus lus|mehr zum thema|das könnte sie auch interessieren"
    r"|meistgelesen|leer más|lo más leído|noticias relacionadas|leia (?:também|mais)|mais lidas"
    r"|potrebbe interessarti|i più letti|lees ook|meest gelezen"
    # … and in more of the languages of the pages read
    r"|leggi anche|veja também|saiba mais|te puede interesar|lee también|ver también|lesen sie auch"
    r"|auch interessant|mohlo by vás zajímat|související (?:články|zprávy)|další zprávy|čtěte (?:také|též)"
    r"|czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|читайте также|по теме"
    r"|другие новости(?: раздела| по теме)?|похожие новости|関連記事|関連ニュース|相关(?:新闻|阅读|文章)"
    r"|延伸阅读|ilgili haberler|benzer haberler|yorumlar(?: \(\d+\))?)\s*:?",
    re.IGNORECASE,
)
# A closing notice about the article rather than of it.
_NOTICE = re.compile(
    r"(?:a version of this article appeared in print|this (?:entry|article|post) was posted (?:on|in)"
    r"|(?:posted|filed) (?:in|under) \S|\d+ min(?:ute)?s? read\b"
    r"|part of (?:our )?(?:complete|full|special|continuing) coverage (?:on|of)\b)",
    re.IGNORECASE,
)
# The preamble of a comment section: its house rules and the disclaimer that readers' views are theirs.
_COMMENT_NOTICE = re.compile(
    r"views expressed (?:below|in (?:the |these )?comments)|(?:comments?|community) (?:policy|guidelines)"
    r"|we welcome (?:lively|your|all) (?:discussion|debate|comments)|charte de (?:modération|commentaires)"
    r"|les commentaires (?:sont modérés|publiés)|normas de (?:participación|comentarios)|netiquette"
    r"|الآراء الواردة أدناه|التعليقات قبل نشرها",
    re.IGNORECASE,
)
# A subscription offer that ends a paywalled article's visible part ("Lesen Sie weiter mit ...+").
_PAYWALL = re.compile(
    r"(?:(?:jetzt )?weiter ?lesen mit|lesen sie weiter mit|läs vidare (?:[–-]|med)|les videre (?:[–-]|med)"
    r"|lees verder (?:met|[–-])|czytaj dalej z|continue reading with|subscribe (?:now )?to (?:continue|keep)"
    r" reading|already a subscriber|abonnez-vous pour (?:lire|continuer)|la suite (?:de cet article )?est"
    r" réservée aux abonnés|suscríbete para (?:seguir|continuar) leyendo"
    r"|abbonati per continuare a leggere)(?!\w)",
    re.IGNORECASE,
)
#: Longest line read as a subscription offer.
_OFFER_CHARS = 200
#: Share of the text that must come before a cut: a label early in the text is a sub-heading.
_MIN_SHARE = 0.5
_SENTENCE_END = tuple('.!?\u3002\uff01\uff1f"\u201d\u00bb)')


def _prose(para: str) -> bool:
    return len(para) >= 80 and para.endswith(_SENTENCE_END)


def _list_follows(paras: list[str]) -> bool:
    """Whether the lines after a label read as a list (titles, dates), not as the article going on."""
    following = paras[:3]
    return 2 * sum(_prose(p) for p in following) < len(following) or not following


# Labels of a list of terms rather than of stories: a directory's or a post's own "Categories: …".
_TERMS_LABEL = re.compile(r"(?:topics|tags|filed under|categories|comments?)\b", re.IGNORECASE)


def _closing_line(para: str, following: list[str]) -> bool:
    """Whether ``para`` ends the article: a notice, an offer, a list label, an end mark, a share box."""
    if _NOTICE.match(para) or (len(para) <= 400 and _COMMENT_NOTICE.search(para)):
        return True
    if len(para) <= _OFFER_CHARS and _PAYWALL.match(para):
        return True
    if not _list_follows(following):
        return False
    if len(para) <= 60 and _LIST_LABEL.fullmatch(para):
        return True
    label = _LIST_LABEL.match(para) if len(para) <= _BOX_CHARS else None
    if (
        label is not None
        and label.end() < len(para)
        and _runs_on(para, label.end())
        and _short_title(para)
        and not _TERMS_LABEL.match(para)
    ):
        return True  # the label with a title run on after it ("Mohlo by vás zajímat Silnice I/13 …")
    return is_share_box(para) or is_feedback_prompt(para)


def cut_closing_furniture(paras: list[str]) -> list[str]:
    """``paras`` up to a teaser-list label or a closing notice in their second half, without closing credits.

    After an article's last paragraph a page lists other stories, videos and
    tags under a short label, notes where the article appeared and where it
    is filed, offers a subscription to read on, asks whether the article
    helped, or sets a share box; the text stops at the first of these that
    comes after half of the text.  A label, a share box or a question followed by paragraphs of
    prose is the article's own (a sub-heading, a link line inside it) and is
    passed over.  Credit lines closing what is left (the writer's, the
    photographer's, the editor's name under its label) are dropped.
    """
    total = sum(len(p) for p in paras)
    seen = 0
    for i, para in enumerate(paras):
        if i and seen >= _MIN_SHARE * total and _closing_line(para, paras[i + 1 :]):
            paras = paras[:i]
            break
        seen += len(para)
    end = len(paras)
    while end > 1 and is_credit_line(paras[end - 1]):
        end -= 1
    return paras[:end]


#: Longest line of a teaser box: a label and a story's title or two.
_BOX_CHARS = 160
#: Most titles a teaser box lists before the article goes on.
_BOX_ITEMS = 4


def _short_title(para: str) -> bool:
    return len(para) <= _BOX_CHARS and not para.endswith(_SENTENCE_END)


def _runs_on(para: str, end: int) -> bool:
    """Whether titles run on after a label: the label ends with a colon or has words, and a title follows."""
    label = para[:end].strip()
    rest = para[end:].lstrip()
    return (label.endswith(":") or len(label.split()) >= 3) and rest[:1].isupper()


def drop_teaser_boxes(paras: list[str]) -> list[str]:
    """``paras`` without the teaser boxes set inside the article ("Read also:" and a title or two).

    A box is a list label (alone, or with the titles run on after it) and up to four short titles, with
    the article's prose going on after it, in the text's first half; a label later on is
    :func:`cut_closing_furniture`'s, which cuts the text there.
    """
    total = sum(len(p) for p in paras)
    kept: list[str] = []
    seen = 0
    i = 0
    while i < len(paras):
        para = paras[i]
        seen += len(para)
        early = seen < _MIN_SHARE * total
        label = _LIST_LABEL.match(para) if early and len(para) <= _BOX_CHARS else None
        if label is not None and label.end() < len(para) and not _runs_on(para, label.end()):
            label = None
        if label is not None and i and _short_title(para):
            end = i + 1
            if label.end() == len(para):  # the label alone: the titles follow as lines of their own
                while end < len(paras) and end - i <= _BOX_ITEMS and _short_title(paras[end]):
                    end += 1
            if end > i + (label.end() == len(para)) and end < len(paras) and _prose(paras[end]):
                seen += sum(len(p) for p in paras[i + 1 : end])
                i = end
                continue
        kept.append(para)
        i += 1
    return kept

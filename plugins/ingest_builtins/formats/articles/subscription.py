"""Offers and requests to the reader under a story: subscribe, sign in, or pay to read the rest."""

from __future__ import annotations

import re

from ingest_builtins.formats.text_keys import may_hold

__all__ = ["is_subscription_prompt"]

# Offers and requests addressed to the reader, not words a story about subscriptions would use: at the
# paragraph's start, or anywhere in it.
_PROMPT_START = re.compile(r"\W*(?:subscribe|sign\s+in|log\s*in|register)\b", re.IGNORECASE)
_PROMPT = re.compile(
    # Every offer begins with one of these letters: the search passes over any other character at once.
    r"(?=[abcdflmoprstu])(?:"
    r"subscribe\s+(?:now|today|here|to\s+(?:read|continue|our|the))|"
    r"(?:sign|log)\s*in\s+to\s+(?:read|continue|access)|register\s+(?:now|for\s+free|to\s+(?:read|continue))|"
    r"paywall|premium\s+(?:content|subscribers?|access)|full\s+(?:story|article|text|version)\s+is\s+available|"
    r"unlock\s+(?:this|the|full)|continue\s+reading|already\s+a\s+(?:member|subscriber)|become\s+a\s+subscriber|"
    r"(?:subscribers|members)\s+only|for\s+(?:subscribers|members)\b|to\s+read\s+(?:the\s+)?(?:full|more|rest)|"
    r"contact\s+us\s+(?:for|about)\s+(?:a\s+)?subscription|subscription\s+options|offered\s+to\s+subscribers|"
    # … and in the languages of agencies' sites: "Contactez-nous … pour vous abonner", "… a sus suscriptores".
    r"pour\s+vous\s+abonner|diffuse\s+à\s+ses\s+abonnés|a\s+sus\s+suscriptores|para\s+suscribirse|"
    r"abonelerine|per\s+abbonarsi|para\s+assinar|"
    # … and in the Nordic languages: "Skriv dig op her, og modtag pressemeddelelser", "Tilaa uutiskirje"
    r"skriv\s+dig\s+op|tilmeld\s+dig|prenumerera\s+på|tilaa\s+uutiskirje|meld\s+deg\s+på)",
    re.IGNORECASE,
)
# A word every offer above holds, whatever its case (those at the start too): a paragraph holding none is
# passed over at once.
_PROMPT_KEYS = (
    "subscri", "sign", "log", "register", "paywall", "premium", "available", "unlock", "read", "already",
    "members", "abonn", "suscri", "abonelerine", "abbonarsi", "assinar", "skriv", "tilmeld", "prenumer",
    "tilaa", "meld",
)  # fmt: skip
_PROMPT_WORDS = 45


def is_subscription_prompt(paragraph: str) -> bool:
    """A short paragraph asking the reader to subscribe, sign in or pay for the rest."""
    return (
        len(paragraph.split()) <= _PROMPT_WORDS
        and may_hold(paragraph, _PROMPT_KEYS)
        and bool(_PROMPT_START.match(paragraph) or _PROMPT.search(paragraph))
    )

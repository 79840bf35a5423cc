"""Organ names in English, French, Spanish and Russian, always reported by their English name."""

from __future__ import annotations

import re

__all__ = ["canonical_organs", "find_organs"]

_NAMES: dict[str, tuple[str, ...]] = {
    "General Assembly": (
        "general assembly", "assemblée générale", "asamblea general",
        # Russian, in the cases a title or request puts it in
        "генеральная ассамблея", "генеральной ассамблеи", "генеральной ассамблее", "大会", "الجمعية العامة",
    ),
    "Security Council": (
        "security council", "conseil de sécurité", "consejo de seguridad",
        "совет безопасности", "совета безопасности", "совету безопасности", "совете безопасности",
        "安全理事会", "مجلس الأمن",
    ),
    "Human Rights Council": (
        "human rights council",
        "conseil des droits de l'homme",
        "consejo de derechos humanos",
        "совет по правам человека", "совета по правам человека", "совету по правам человека",
        "مجلس حقوق الإنسان",
    ),
    "Economic and Social Council": (
        "economic and social council",
        "conseil économique et social",
        "consejo económico y social",
    ),
    "Commission on Human Rights": (
        "commission on human rights",
        "commission des droits de l'homme",
        "comisión de derechos humanos",
    ),
    "Trusteeship Council": (
        "trusteeship council",
        "conseil de tutelle",
        "consejo de administración fiduciaria",
    ),
    "Conference on Disarmament": (
        "conference on disarmament",
        "conférence du désarmement",
        "conferencia de desarme",
    ),
}  # fmt: skip
_BY_NAME = {name: organ for organ, names in _NAMES.items() for name in names}
# (the names are tried only where a word starts with a letter one of them starts with)
_FIRST_LETTERS = "".join(sorted({re.escape(name[0]) for name in _BY_NAME}))
_PATTERN = re.compile(
    rf"(?<!\w)(?=[{_FIRST_LETTERS}])("
    + "|".join(
        sorted(
            # a scan's text layer may read a space as a colon ("COMMISSION:ON HUMAN RIGHTS")
            (re.escape(n).replace(r"\ ", r"(?:\s+|\s*:\s*)").replace("'", "['’]") for n in _BY_NAME),
            key=len,
            reverse=True,
        )
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


def find_organs(text: str) -> list[str]:
    """English names of the organs named in ``text``, in order of first mention."""
    found: list[str] = []
    for match in _PATTERN.finditer(text):
        key = re.sub(r"\s*:\s*|\s+", " ", match.group(1).lower()).replace("’", "'")
        organ = _BY_NAME.get(key)
        if organ and organ not in found:
            found.append(organ)
    return found


def canonical_organs(*sources: list[str]) -> list[str]:
    """Merge organ lists, keeping the order of first appearance."""
    merged: list[str] = []
    for source in sources:
        for organ in source:
            if organ not in merged:
                merged.append(organ)
    return merged

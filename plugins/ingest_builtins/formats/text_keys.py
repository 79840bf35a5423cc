"""A cheap test before a case-blind pattern: whether a text holds one of the words every match needs."""

from __future__ import annotations

__all__ = ["CASE_ODDITIES", "may_hold"]

#: Letters that ``re.IGNORECASE`` takes for "i" or "s" and that ``str.lower`` does not turn into them.
CASE_ODDITIES = ("ı", "İ", "ſ")


def may_hold(text: str, keys: tuple[str, ...]) -> bool:
    """Whether ``text`` may match a case-blind pattern each match of which holds one of ``keys``.

    The keys are lower case. ``re.IGNORECASE`` takes "ı" and "İ" for "i" and "ſ" for "s": a text holding
    one of them may match.
    """
    if any(odd in text for odd in CASE_ODDITIES):
        return True
    lowered = text.lower()
    return any(key in lowered for key in keys)

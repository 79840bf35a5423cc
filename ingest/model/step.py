"""A named cleaning or metadata step, as format and shared plugins provide them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ingest.model.document import Document

__all__ = ["FINISH", "FORMAT", "PREPARE", "Step"]

#: Order of steps that undo how the text was transported (markup, mojibake, Unicode forms).
PREPARE = 100
#: Order of a format's own steps.
FORMAT = 500
#: Order of steps that work on the final text (whitespace, language).
FINISH = 900


def _first_doc_line(step: Step) -> str:
    doc = (step.function.__doc__ or "").strip()
    return doc.splitlines()[0] if doc else ""


@attrs.frozen
class Step:
    """A function from :class:`~ingest.Document` to ``Document``, with a name and a place in line.

    Steps of one stage run by ascending ``order`` (:data:`PREPARE`,
    :data:`FORMAT`, :data:`FINISH` are the conventional values), then in
    the order their plugins' hooks returned them.  ``name`` is what
    provenance and ``ingest inspect`` show, e.g. ``"un-letter.rebuild-paragraphs"``.
    A step returns the document unchanged when it has nothing to do.  It
    may raise :class:`~ingest.Rejected` to fail the document with a reason.
    ``plugin`` names the plugin the step belongs to; left ``None``, the
    pipeline fills in the plugin that defines ``function`` (the object a
    bound method is bound to, or the one plugin of its module or package).
    """

    name: str
    function: Callable[[Document], Document] = attrs.field(repr=False)
    order: int = FORMAT
    description: str = attrs.field(default=attrs.Factory(_first_doc_line, takes_self=True))
    plugin: str | None = None

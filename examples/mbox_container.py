"""A container plugin: every message of an mbox mailbox becomes a document of its own.

    python examples/mbox_container.py MAILBOX.mbox

Two hooks make a container: ``ingest_expand_source`` opens the collected
file into members named ``file:///…/box.mbox#/3.eml``, and
``ingest_read_source`` reads one member's bytes when its turn comes.  The
members end in ``.eml``, so the built-in e-mail reader decodes them (the
body as text, the headers in ``metadata["email"]``).
"""

from __future__ import annotations

import mailbox
import sys
from collections.abc import Iterable, Iterator

import ingest

_SUFFIX = ".mbox"


def _messages(path: str) -> mailbox.mbox:
    return mailbox.mbox(path, create=False)


@ingest.hookimpl
def ingest_expand_source(source: ingest.Source, options: ingest.Options) -> Iterable[ingest.Source] | None:
    """An ``.mbox`` file: one member per message (decided by name: this hook runs for every input)."""
    if source.path is None or not source.path.endswith(_SUFFIX):
        return None
    return _members(source)


def _members(source: ingest.Source) -> Iterator[ingest.Source]:
    assert source.path is not None
    box = _messages(source.path)
    try:
        for number in range(len(box)):
            yield ingest.Source(f"{source.uri}#/{number}.eml", None, within=source.path)
    finally:
        box.close()


@ingest.hookimpl(tryfirst=True)
def ingest_read_source(source: ingest.Source, options: ingest.Options) -> ingest.RawInput | None:
    """The bytes of one message; ``None`` for sources that are not mbox members."""
    container, _, member = source.uri.partition("#/")
    if not container.startswith("file://") or not container.endswith(_SUFFIX) or not member:
        return None
    box = _messages(container[len("file://") :])
    try:
        data = box.get_bytes(int(member.removesuffix(".eml")))
    except (KeyError, ValueError):
        raise ingest.Rejected(f"no message {member!r} in the mailbox") from None
    finally:
        box.close()
    return ingest.RawInput.from_bytes(source, data)


def main(path: str) -> int:
    """Print one line per message of the mailbox: its subject and the start of its text."""
    pipeline = ingest.Pipeline(plugins=[sys.modules[__name__]], autoload=False)
    for result in pipeline.run([path]):
        if isinstance(result, ingest.Record):
            subject = result.metadata.get("email", {}).get("subject")
            print(f"{result.source.uri.rsplit('#/', 1)[-1]}: {subject}: {result.text[:60]!r}")
        else:
            print(f"{result.source.uri}: failed: {result.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

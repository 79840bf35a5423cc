"""What news articles share in every shape: agencies, bylines, credit tails, page furniture, paragraphs.

A library for the ``news-wire``, ``web-page`` and ``plain-text`` formats, not a
plugin: format plugins never import one another, only this package and
:mod:`ingest_builtins.formats.un_documents`.
"""

"""The plugins that ship with ingest, registered through the ``ingest`` entry-point group.

Each sub-package holds the plugins of one pipeline stage — collecting,
reading, decoding, formats (identification with each format's cleaning and
metadata steps), shared cleaning and metadata steps, sinks — and uses only
the public API of :mod:`ingest`, exactly as a third-party plugin would.
"""

"""The ``plain-text`` format: the fallback for documents of no known format."""

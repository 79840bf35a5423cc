"""The ``web-page`` format: web pages, as raw HTML or as text copied with the page's furniture."""

"""An ingest plugin for press releases."""

__version__ = "1.0.0"

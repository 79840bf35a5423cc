"""Sinks: where records and failure records are written."""

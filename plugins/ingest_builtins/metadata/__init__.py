"""Metadata steps shared by every format."""

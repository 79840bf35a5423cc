"""Cleaning steps shared by every format."""

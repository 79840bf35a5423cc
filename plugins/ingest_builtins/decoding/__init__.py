"""Decoding: from bytes to text, with the encoding detected."""

"""Collecting: from a target on the command line to the sources it names."""

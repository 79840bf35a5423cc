"""Reading: from a source to its bytes."""

"""The ``note-verbale`` format: notes verbales, circulated by the UN or exchanged between governments."""

"""The ``un-letter`` format: letters to the Secretary-General or a President, circulated by the UN."""

"""What UN letters and notes verbales share: mastheads, symbols, organs, sessions, furniture, signatures."""

"""Reported practice of Kazakh authorities and courts, as risk flags (law pack data)."""

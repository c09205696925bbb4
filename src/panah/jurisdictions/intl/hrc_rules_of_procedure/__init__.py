"""Rules of procedure of the Human Rights Committee (law pack data)."""

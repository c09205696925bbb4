"""Rules of procedure of the Committee against Torture (law pack data)."""

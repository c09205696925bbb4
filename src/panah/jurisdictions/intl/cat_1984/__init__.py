"""Convention against Torture, 1984 (law pack data)."""

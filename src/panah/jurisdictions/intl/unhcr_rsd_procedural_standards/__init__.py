"""UNHCR procedural standards for refugee status determination (law pack data)."""

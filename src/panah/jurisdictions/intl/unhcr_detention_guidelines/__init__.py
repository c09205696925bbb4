"""UNHCR guidelines on the detention of asylum seekers, 1999 and 2012 (law pack data)."""

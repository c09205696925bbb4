"""Civil Code (General Part) of 27 December 1994: counting time limits (law pack data)."""

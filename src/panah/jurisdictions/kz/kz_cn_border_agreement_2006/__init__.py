"""Kazakhstan-China agreement on the border regime, 20 December 2006 (law pack data)."""

"""Kazakhstan-China security-service cooperation agreements of 2002 (law pack data)."""

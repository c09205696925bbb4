"""Republican budget laws: the monthly calculation index by date (law pack data)."""

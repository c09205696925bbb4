"""Law On Refugees No. 216-IV of 4 December 2009 (law pack data)."""

"""Convention relating to the Status of Refugees, 1951 (law pack data)."""

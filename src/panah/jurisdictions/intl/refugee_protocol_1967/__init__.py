"""Protocol relating to the Status of Refugees, 1967 (law pack data)."""

"""First Optional Protocol to the ICCPR, 1966: individual communications (law pack data)."""

"""Administrative Procedural and Process Code No. 350-VI of 29 June 2020 (law pack data)."""

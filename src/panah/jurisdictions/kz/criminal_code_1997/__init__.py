"""Criminal Code No. 167 of 16 July 1997, repealed from 2015 (law pack data)."""

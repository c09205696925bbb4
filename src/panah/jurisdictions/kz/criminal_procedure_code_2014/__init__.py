"""Criminal Procedure Code No. 231-V of 4 July 2014 (law pack data)."""

"""Criminal Code No. 226-V of 3 July 2014 (law pack data)."""

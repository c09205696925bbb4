"""Code on Administrative Offences No. 235-V of 5 July 2014 (law pack data)."""

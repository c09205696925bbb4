"""Government Decree No. 183 of 9 March 2010 on refugee status procedures (law pack data)."""

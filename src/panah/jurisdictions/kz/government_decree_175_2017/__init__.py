"""Government Decree No. 175 of 6 April 2017 on forced expulsion (law pack data)."""

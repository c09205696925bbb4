"""Supreme Court Normative Resolution No. 4 of 13 December 2013 on expulsion cases (law pack
data).
"""

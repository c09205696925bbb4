"""Law on Administrative Procedures No. 107-II of 27 November 2000, repealed 2021 (law pack
data).
"""

"""Rules for registering and examining refugee applications: Orders No. 496 (2010) and No. 118
(2022) (law pack data).
"""

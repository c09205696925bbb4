"""The Kazakhstan law pack: statutes, codes, decrees and the Kazakhstan–China border agreement."""

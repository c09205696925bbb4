"""Committee against Torture, General Comment No. 4 (2017) on article 3 (law pack data)."""

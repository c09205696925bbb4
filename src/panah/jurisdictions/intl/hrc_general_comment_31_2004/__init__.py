"""Human Rights Committee, General Comment No. 31 (2004) (law pack data)."""

"""UN positions and findings relevant to returns from Kazakhstan (law pack data)."""

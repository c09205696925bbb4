"""UN Special Procedures: communications and urgent appeals (law pack data)."""

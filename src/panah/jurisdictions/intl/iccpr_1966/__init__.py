"""International Covenant on Civil and Political Rights, 1966 (law pack data)."""

"""UNHCR guidance on article 31 of the Refugee Convention (law pack data)."""

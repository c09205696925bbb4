"""Panah: case files, law as code and filings for people at risk of refoulement."""

__version__ = "0.1.0"

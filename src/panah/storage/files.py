"""Case files on disk: read one, with errors that name the file."""

from __future__ import annotations

from pathlib import Path

from panah.core.case import Case
from panah.core.casefile import parse_case_bytes
from panah.core.errors import CaseFileError, Problem

__all__ = ["read_case_file"]


def read_case_file(path: str | Path) -> Case:
    """Load and check a case file (.yaml, .yml or .json)."""
    p = Path(path)
    name = str(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        problem = Problem(name, None, None, "", f"cannot read: {exc.strerror}")
        raise CaseFileError([problem]) from None
    return parse_case_bytes(raw, file=name, fmt="json" if p.suffix.lower() == ".json" else "yaml")

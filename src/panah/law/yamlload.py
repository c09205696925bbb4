"""The strict YAML reader for law-pack data (``instrument.yaml``, calendar overrides and the
``cases/*.yaml`` legal test cases).

It is the case-file reader's (:mod:`panah.core.strictyaml`: YAML 1.2 core rules, dates kept as
text, duplicate keys, aliases, merge keys and custom tags refused, every value located by
field path), with law-pack errors: :class:`LawPackError` lists every problem with file, line
and field.
"""

from __future__ import annotations

from panah.core.errors import PanahError, Problem
from panah.core.strictyaml import Located, Path, YamlError, format_path
from panah.core.strictyaml import read_yaml as _read_strict

__all__ = ["LawPackError", "Located", "Path", "format_path", "read_yaml"]

_MAX_DEPTH = 32


class LawPackError(PanahError):
    """A law pack (or a file of YAML legal cases) that cannot be loaded; carries Problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def read_yaml(text: str, *, file: str) -> Located:
    """Compose ``text`` strictly; raise :class:`LawPackError` on any YAML-level problem."""
    try:
        return _read_strict(text, file=file, what="law packs", max_depth=_MAX_DEPTH)
    except YamlError as exc:
        raise LawPackError(exc.problems) from None

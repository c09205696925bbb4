"""The exceptions Panah raises.

Exception tree::

    PanahError                      anything Panah itself refuses
    ├── CaseFileError               a case file that cannot be loaded; carries Problems
    ├── NotFoundError               an id (person, provision, template) that does not exist
    └── MissingFactsError           a document or rule needs facts the case does not have

Core code raises these; the CLI prints them and exits non-zero; the web layer translates them
into responses. No core code raises a web or database exception.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CaseFileError", "MissingFactsError", "NotFoundError", "PanahError", "Problem"]


class PanahError(Exception):
    """Base class of every error Panah raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a case file, with where it is."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {self.path}:" if self.path else ""
        return f"{where}: error:{field} {self.message}"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message,
        }


class CaseFileError(PanahError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class NotFoundError(PanahError):
    pass


class MissingFactsError(PanahError):
    def __init__(self, message: str, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(message + "".join(f"\n  - {m}" for m in missing))

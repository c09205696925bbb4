"""Collect the law packs' YAML legal cases (``<pack>/<instrument_pkg>/cases/*.yaml``) as tests.

Each case becomes one test, named ``<file>::<case name>``; a failure lists every expectation
that did not hold. See :mod:`panah.law.legalcases` for the format.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from panah.core.case import Case
from panah.core.casefile import parse_case
from panah.law.legalcases import LegalCase, check, parse_cases

ROOT = Path(__file__).resolve().parents[3]
_CASE_CACHE: dict[str, Case] = {}


def load_case_file(relative: str) -> Case:
    """A case file named from the repository root (e.g. the reference case), read once."""
    if relative not in _CASE_CACHE:
        path = ROOT / relative
        _CASE_CACHE[relative] = parse_case(path.read_text(encoding="utf-8"), file=relative)
    return _CASE_CACHE[relative]


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix in (".yaml", ".yml") and file_path.parent.name == "cases":
        return LegalCaseFile.from_parent(parent, path=file_path)
    return None


class LegalCaseFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        text = self.path.read_text(encoding="utf-8")
        rel = str(self.path.relative_to(ROOT))
        for case in parse_cases(text, file=rel):
            yield LegalCaseItem.from_parent(self, name=case.name, case=case)


class LegalCaseFailure(Exception):
    pass


class LegalCaseItem(pytest.Item):
    def __init__(self, *, case: LegalCase, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        errors = check(self.case, load=load_case_file)
        if errors:
            raise LegalCaseFailure(errors)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, LegalCaseFailure):
            errors = excinfo.value.args[0]
            where = f"{self.case.file}:{self.case.line}" if self.case.line else self.case.file
            return f"{where}: legal case {self.case.name!r} failed:\n" + "\n".join(
                f"  - {e}" for e in errors
            )
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, (self.case.line or 1) - 1, f"legal case: {self.case.name}"

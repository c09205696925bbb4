"""Calendars: which days are working days, for counting deadlines.

:class:`Calendar` is the port the deadline arithmetic talks to. :class:`KazakhstanCalendar`
implements it with the ``holidays`` package (``holidays.country_holidays("KZ")``: public holidays,
holidays moved off a weekend, and the days off the Government transfers by decree together with
the Saturdays or Sundays that become working days in exchange), plus an **override table** for
decrees the package does not know. Each row of the override table carries its own citation, so
a lawyer can see why a day was treated as it was.

The override table is YAML::

    overrides:
      - date: 2024-05-08
        kind: non_working        # non_working | working
        name: Day off moved from Saturday 4 May
        citation: "Government Decree No. … of …"

:class:`FixedCalendar` is the fake for tests: weekends plus the days it is given.

Pure apart from :func:`load_overrides`, which reads a file the caller names (nothing is read at
import).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from panah.core.errors import Problem
from panah.law.yamlload import LawPackError, read_yaml

__all__ = [
    "Calendar",
    "DayKind",
    "DayOverride",
    "FixedCalendar",
    "KazakhstanCalendar",
    "load_overrides",
    "parse_overrides",
]

_WEEKEND = frozenset({5, 6})  # Saturday, Sunday


class DayKind(StrEnum):
    WORKING = "working"
    NON_WORKING = "non_working"


class Calendar(Protocol):
    """What deadline arithmetic needs to know about days."""

    @property
    def name(self) -> str: ...

    def is_working_day(self, day: dt.date) -> bool: ...

    def day_note(self, day: dt.date) -> str | None:
        """Why the day is special (holiday name, transferred working day), or None."""
        ...


@dataclass(frozen=True, slots=True)
class DayOverride:
    """One row of the override table: a day the package gets wrong or does not know."""

    date: dt.date
    kind: DayKind
    name: str
    citation: str


def parse_overrides(text: str, *, file: str) -> tuple[DayOverride, ...]:
    """Read an override table (see the module docstring); every row needs a citation."""
    located = read_yaml(text, file=file)
    data = located.data
    problems: list[Problem] = []
    if not isinstance(data, dict) or set(data) != {"overrides"}:
        raise LawPackError([located.problem((), "expected a mapping with one key: overrides")])
    rows = data["overrides"] or []
    if not isinstance(rows, list):
        raise LawPackError([located.problem(("overrides",), "overrides must be a list")])
    out: list[DayOverride] = []
    seen: dict[dt.date, int] = {}
    for i, row in enumerate(rows):
        path: tuple[str | int, ...] = ("overrides", i)
        if not isinstance(row, dict):
            problems.append(located.problem(path, "each override is a mapping"))
            continue
        unknown = set(row) - {"date", "kind", "name", "citation"}
        missing = {"date", "kind", "name", "citation"} - set(row)
        if unknown:
            problems.append(located.problem(path, f"unknown keys: {', '.join(sorted(unknown))}"))
        if missing:
            problems.append(located.problem(path, f"missing keys: {', '.join(sorted(missing))}"))
            continue
        try:
            day = dt.date.fromisoformat(str(row["date"]))
        except ValueError:
            problems.append(located.problem((*path, "date"), f"{row['date']!r} is not a date"))
            continue
        try:
            kind = DayKind(str(row["kind"]))
        except ValueError:
            problems.append(
                located.problem((*path, "kind"), "kind must be 'working' or 'non_working'")
            )
            continue
        citation = str(row["citation"]).strip()
        if not citation or citation.upper() in ("TODO", "TBD", "..."):
            problems.append(located.problem((*path, "citation"), "a citation is required"))
            continue
        if day in seen:
            problems.append(
                located.problem((*path, "date"), f"{day} is already overridden (row {seen[day]})")
            )
            continue
        seen[day] = i
        out.append(DayOverride(day, kind, str(row["name"]), citation))
    if problems:
        raise LawPackError(problems)
    return tuple(out)


def load_overrides(path: str | Path) -> tuple[DayOverride, ...]:
    p = Path(path)
    return parse_overrides(p.read_text(encoding="utf-8"), file=str(p))


class FixedCalendar:
    """A calendar from explicit data: weekends, plus given holidays and working weekend days."""

    def __init__(
        self,
        *,
        holidays: Mapping[dt.date, str] | None = None,
        working_weekend_days: Iterable[dt.date] = (),
        name: str = "fixed",
    ) -> None:
        self._holidays = dict(holidays or {})
        self._working = frozenset(working_weekend_days)
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    def is_working_day(self, day: dt.date) -> bool:
        if day in self._working:
            return True
        return day.weekday() not in _WEEKEND and day not in self._holidays

    def day_note(self, day: dt.date) -> str | None:
        if day in self._working:
            return "transferred working day"
        return self._holidays.get(day)


class KazakhstanCalendar:
    """Kazakhstan's working days: the ``holidays`` package ("KZ") plus a cited override table."""

    def __init__(self, overrides: Iterable[DayOverride] = ()) -> None:
        import holidays as holidays_lib  # a pure-Python package; imported on first use

        self._holidays: Any = holidays_lib.country_holidays("KZ")
        self._overrides = {o.date: o for o in overrides}
        self._cache: dict[dt.date, bool] = {}

    @property
    def name(self) -> str:
        return "Kazakhstan (holidays package, country KZ, with override table)"

    @property
    def overrides(self) -> tuple[DayOverride, ...]:
        return tuple(sorted(self._overrides.values(), key=lambda o: o.date))

    def is_working_day(self, day: dt.date) -> bool:
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        override = self._overrides.get(day)
        if override is not None:
            result = override.kind == DayKind.WORKING
        else:
            result = bool(self._holidays.is_working_day(day))
        self._cache[day] = result
        return result

    def day_note(self, day: dt.date) -> str | None:
        override = self._overrides.get(day)
        if override is not None:
            return f"{override.name} ({override.citation})"
        name = self._holidays.get(day)
        if name:
            return str(name)
        if day.weekday() in _WEEKEND and self._holidays.is_working_day(day):
            return "working day transferred by Government decree"
        return None

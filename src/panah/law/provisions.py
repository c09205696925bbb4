"""The law as data: instruments, provisions with dated versions, parameters with dated values.

Frozen value objects built by :mod:`panah.law.packfile` from ``instrument.yaml`` files and held
by :class:`panah.law.registry.Registry`. Dates are inclusive: a version or value with
``valid_from=2025-09-17`` applies on 17 Sep 2025; ``valid_to=None`` means still in force.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from panah.core.errors import NotFoundError
from panah.law.citations import Citation, ProvisionId, Verification

__all__ = [
    "Instrument",
    "InstrumentVersion",
    "Parameter",
    "ParameterValue",
    "Provision",
    "ProvisionVersion",
    "Unit",
    "Value",
]

Value = int | float | bool | str


class Unit(StrEnum):
    """What a parameter's value counts. Deadline units say how the period is counted."""

    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"
    HOURS = "hours"
    TENGE = "tenge"  # an amount of money in Kazakhstani tenge
    MCI = "mci"  # a multiple of the monthly calculation index (МРП)
    COUNT = "count"  # a plain number
    RATIO = "ratio"  # e.g. days of sentence credited per day of custody
    BOOLEAN = "boolean"  # a yes/no rule, e.g. "a period ending on a holiday moves"
    TEXT = "text"  # a short text value, e.g. the competent authority

    @property
    def is_period(self) -> bool:
        return self in _PERIODS


_PERIODS = {
    Unit.CALENDAR_DAYS,
    Unit.WORKING_DAYS,
    Unit.WEEKS,
    Unit.MONTHS,
    Unit.YEARS,
    Unit.HOURS,
}


def _covers(start: dt.date, end: dt.date | None, on: dt.date) -> bool:
    return start <= on and (end is None or on <= end)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


@dataclass(frozen=True, slots=True)
class InstrumentVersion:
    """An edition of a whole act (e.g. the Law On Refugees as consolidated to 30 Dec 2022)."""

    id: str
    valid_from: dt.date
    valid_to: dt.date | None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "from": _iso(self.valid_from),
            "to": _iso(self.valid_to),
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Instrument:
    """A treaty, code, law, set of rules or guidance document; one Python package in a pack."""

    id: str
    pack: str
    kind: str
    title: str
    short_title: str
    official_source: str
    title_ru: str | None = None
    adopted: dt.date | None = None
    in_force: dt.date | None = None
    in_force_for_kz: dt.date | None = None
    note: str | None = None
    texts_read: tuple[str, ...] = ()
    versions: tuple[InstrumentVersion, ...] = ()
    file: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "pack": self.pack,
            "kind": self.kind,
            "title": self.title,
            "short_title": self.short_title,
            "title_ru": self.title_ru,
            "official_source": self.official_source,
            "adopted": _iso(self.adopted),
            "in_force": _iso(self.in_force),
            "in_force_for_kz": _iso(self.in_force_for_kz),
            "note": self.note,
            "texts_read": list(self.texts_read),
            "versions": [v.to_json() for v in self.versions],
        }


@dataclass(frozen=True, slots=True)
class ProvisionVersion:
    """The text of a provision in force from ``valid_from`` to ``valid_to`` (inclusive)."""

    valid_from: dt.date
    valid_to: dt.date | None
    summary: str | None = None
    source: str | None = None
    verification: Verification | None = None  # None: the provision's own level

    def covers(self, on: dt.date) -> bool:
        return _covers(self.valid_from, self.valid_to, on)

    def to_json(self) -> dict[str, Any]:
        return {
            "from": _iso(self.valid_from),
            "to": _iso(self.valid_to),
            "summary": self.summary,
            "source": self.source,
            "verification": self.verification.value if self.verification else None,
        }


@dataclass(frozen=True, slots=True)
class Provision:
    """One article, paragraph or rule, with its citation as data and its dated versions."""

    id: ProvisionId
    pack: str
    instrument: str
    title: str
    citation: str
    verification: Verification
    verification_note: str
    summary: str
    versions: tuple[ProvisionVersion, ...]
    article: str | None = None
    paragraph: str | None = None
    title_ru: str | None = None
    citation_ru: str | None = None
    official_source: str | None = None
    brief_ref: tuple[str, ...] = ()
    parameters: tuple[ProvisionId, ...] = ()
    tags: tuple[str, ...] = ()
    file: str = ""
    line: int | None = None

    def version_on(self, on: dt.date) -> ProvisionVersion | None:
        """The version in force on ``on``, or None if the provision was not in force then."""
        for version in self.versions:
            if version.covers(on):
                return version
        return None

    def in_force_on(self, on: dt.date) -> bool:
        return self.version_on(on) is not None

    def verification_on(self, on: dt.date) -> Verification:
        """The verification of the text in force on ``on``: the version's own level where it
        has one (e.g. art. 392 is primary before 17 Sep 2025 and secondary after), else the
        provision's."""
        version = self.version_on(on)
        if version is not None and version.verification is not None:
            return version.verification
        return self.verification

    def summary_on(self, on: dt.date) -> str | None:
        """The summary of the version in force on ``on`` (the main summary if it has none)."""
        version = self.version_on(on)
        if version is None:
            return None
        return version.summary or self.summary

    @property
    def first_in_force(self) -> dt.date:
        return self.versions[0].valid_from

    def cite(self) -> Citation:
        return Citation(
            provision=self.id,
            text=self.citation,
            verification=self.verification,
            text_ru=self.citation_ru,
            official_source=self.official_source,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "pack": self.pack,
            "instrument": self.instrument,
            "title": self.title,
            "title_ru": self.title_ru,
            "article": self.article,
            "paragraph": self.paragraph,
            "citation": self.citation,
            "citation_ru": self.citation_ru,
            "official_source": self.official_source,
            "verification": self.verification.value,
            "verification_note": self.verification_note,
            "brief_ref": list(self.brief_ref),
            "summary": self.summary,
            "versions": [v.to_json() for v in self.versions],
            "parameters": [str(p) for p in self.parameters],
            "tags": list(self.tags),
        }


@dataclass(frozen=True, slots=True)
class ParameterValue:
    """A parameter's value from ``valid_from`` to ``valid_to`` (inclusive), with its citation."""

    valid_from: dt.date
    valid_to: dt.date | None
    value: Value
    citation: Citation
    note: str | None = None

    @property
    def provision(self) -> ProvisionId:
        return self.citation.provision

    @property
    def verification(self) -> Verification:
        """The verification of this value (may differ from its provision's overall level)."""
        return self.citation.verification

    def covers(self, on: dt.date) -> bool:
        return _covers(self.valid_from, self.valid_to, on)

    def to_json(self) -> dict[str, Any]:
        return {
            "from": _iso(self.valid_from),
            "to": _iso(self.valid_to),
            "value": self.value,
            "provision": str(self.citation.provision),
            "citation": self.citation.text,
            "verification": self.citation.verification.value,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Parameter:
    """A time limit, amount or rule switch with a value per date, each value cited."""

    id: ProvisionId
    pack: str
    instrument: str
    title: str
    unit: Unit
    values: tuple[ParameterValue, ...]
    note: str | None = None
    file: str = ""
    line: int | None = None

    def find_value_on(self, on: dt.date) -> ParameterValue | None:
        """The value in force on ``on``, or None."""
        for value in self.values:
            if value.covers(on):
                return value
        return None

    def value_on(self, on: dt.date) -> ParameterValue:
        """The value in force on ``on`` with its citation; NotFoundError if there is none."""
        found = self.find_value_on(on)
        if found is None:
            spans = ", ".join(
                f"{_iso(v.valid_from)}..{_iso(v.valid_to) or ''}" for v in self.values
            )
            raise NotFoundError(f"parameter {self.id} has no value on {on.isoformat()} ({spans})")
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "pack": self.pack,
            "instrument": self.instrument,
            "title": self.title,
            "unit": self.unit.value,
            "note": self.note,
            "values": [v.to_json() for v in self.values],
        }

"""Dates as sources give them: a day, a month, a year, a range, approximate, before or after.

The written form is a subset of EDTF (ISO 8601-2, "Extended Date/Time Format"):

========================  =====================================================
``2019-10-06``            a day                         (precision ``day``)
``2019-10``               a month                       (precision ``month``)
``2019``                  a year                        (precision ``year``)
``2019-10~``              approximately October 2019    (``approximate``)
``2019-10?``              uncertain                     (``uncertain``)
``2019-10%``              approximate and uncertain
``2013-03/2017-11``       a range, start and end inclusive (precision ``range``)
``../2019-10``            before or in October 2019     (qualifier ``before``)
``2019-10/..``            in or after October 2019      (qualifier ``after``)
``2019-10-14T10:30+06:00`` a moment; the zone is required (no naive times)
========================  =====================================================

A :class:`FuzzyDate` knows its earliest and latest possible calendar day, which is what
sorting, "as of" filtering and conflict detection use.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from panah.core.i18n import gettext as _
from panah.core.i18n import pgettext

__all__ = ["DateError", "FuzzyDate", "Precision", "Qualifier"]


class DateError(ValueError):
    """A date string that does not follow the case-file date syntax."""


class Precision(StrEnum):
    TIME = "time"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"
    UNCERTAIN = "uncertain"
    APPROXIMATE_UNCERTAIN = "approximate-uncertain"
    BEFORE = "before"
    AFTER = "after"


_POINT = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<time>\d{2}:\d{2}(?::\d{2})?)(?P<tz>Z|[+-]\d{2}:\d{2}))?)?)?(?P<q>[~?%])?$"
)
_QUALIFIER_MARK = {
    "~": Qualifier.APPROXIMATE,
    "?": Qualifier.UNCERTAIN,
    "%": Qualifier.APPROXIMATE_UNCERTAIN,
}
_MARK_OF = {v: k for k, v in _QUALIFIER_MARK.items()}


@dataclass(frozen=True, slots=True)
class _Point:
    text: str
    precision: Precision
    earliest: dt.date
    latest: dt.date
    qualifier: Qualifier
    moment: dt.datetime | None


def _parse_point(text: str) -> _Point:
    m = _POINT.match(text)
    if m is None:
        raise DateError(
            _(
                "{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD "
                "(optionally ~ approximate, ? uncertain), a range A/B, ../B or A/.."
            ).format(text=text)
        )
    year = int(m["y"])
    if year < 1:
        raise DateError(_("{text!r}: year 0000 does not exist").format(text=text))
    qualifier = _QUALIFIER_MARK.get(m["q"] or "", Qualifier.EXACT)
    moment: dt.datetime | None = None
    if m["m"] is None:
        return _Point(
            text, Precision.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31), qualifier, None
        )
    month = int(m["m"])
    if not 1 <= month <= 12:
        raise DateError(
            _("{text!r}: month {month} is not between 01 and 12").format(text=text, month=month)
        )
    last_day = calendar.monthrange(year, month)[1]
    if m["d"] is None:
        return _Point(
            text,
            Precision.MONTH,
            dt.date(year, month, 1),
            dt.date(year, month, last_day),
            qualifier,
            None,
        )
    day = int(m["d"])
    if not 1 <= day <= last_day:
        raise DateError(
            _("{text!r}: day {day} does not exist in {month} {year}").format(
                text=text,
                day=day,
                month=pgettext("in month", calendar.month_name[month]),
                year=year,
            )
        )
    day_value = dt.date(year, month, day)
    precision = Precision.DAY
    if m["time"] is not None:
        try:
            moment = dt.datetime.fromisoformat(f"{m['y']}-{m['m']}-{m['d']}T{m['time']}{m['tz']}")
        except ValueError as exc:
            raise DateError(
                _("{text!r}: {details}").format(text=text, details=exc)
            ) from exc
        precision = Precision.TIME
    return _Point(text, precision, day_value, day_value, qualifier, moment)


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date with its precision, parsed from the case-file syntax (see module docstring)."""

    text: str
    precision: Precision
    qualifier: Qualifier
    earliest: dt.date | None
    """The earliest day it may denote; ``None`` for an open start (``../B``)."""
    latest: dt.date | None
    """The latest day it may denote; ``None`` for an open end (``A/..``)."""
    moment: dt.datetime | None = None

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        if not isinstance(text, str):
            raise DateError(_("{text!r} is not a date string").format(text=text))
        text = text.strip()
        if "/" not in text:
            p = _parse_point(text)
            return cls(text, p.precision, p.qualifier, p.earliest, p.latest, p.moment)
        start_text, _sep, end_text = text.partition("/")
        if start_text in ("..", "") and end_text in ("..", ""):
            raise DateError(_("{text!r}: a range needs at least one end").format(text=text))
        if start_text in ("..", ""):
            end = _parse_point(end_text)
            return cls(text, end.precision, Qualifier.BEFORE, None, end.latest, None)
        if end_text in ("..", ""):
            start = _parse_point(start_text)
            return cls(text, start.precision, Qualifier.AFTER, start.earliest, None, None)
        start, end = _parse_point(start_text), _parse_point(end_text)
        if end.latest < start.earliest:
            raise DateError(_("{text!r}: the range ends before it starts").format(text=text))
        qualifier = start.qualifier if start.qualifier != Qualifier.EXACT else end.qualifier
        return cls(text, Precision.RANGE, qualifier, start.earliest, end.latest, None)

    @classmethod
    def from_date(cls, day: dt.date) -> FuzzyDate:
        return cls(day.isoformat(), Precision.DAY, Qualifier.EXACT, day, day, None)

    # -- views ------------------------------------------------------------------------------
    @property
    def is_exact_day(self) -> bool:
        return (
            self.precision in (Precision.DAY, Precision.TIME)
            and self.qualifier == Qualifier.EXACT
        )

    @property
    def day(self) -> dt.date | None:
        """The calendar day when the date is a single day (exact or approximate), else None."""
        if self.precision in (Precision.DAY, Precision.TIME) and self.earliest == self.latest:
            return self.earliest
        return None

    def sort_key(self) -> tuple[dt.date, dt.date]:
        return (self.earliest or dt.date.min, self.latest or dt.date.max)

    def may_be_on_or_before(self, day: dt.date) -> bool:
        """True when some day this date may denote is on or before ``day``."""
        return self.earliest is None or self.earliest <= day

    def surely_before(self, day: dt.date) -> bool:
        return self.latest is not None and self.latest < day

    def overlaps(self, other: FuzzyDate) -> bool:
        a0, a1 = self.earliest or dt.date.min, self.latest or dt.date.max
        b0, b1 = other.earliest or dt.date.min, other.latest or dt.date.max
        return a0 <= b1 and b0 <= a1

    def iso(self) -> str:
        """ISO 8601 / EDTF text: ``2019-10-06``, ``2019-10``, ranges as ``start/end``."""
        return self.text

    def describe(self) -> str:
        """Human form: '6 Oct 2019', 'Oct 2019 (approx.)', '2013-03 to 2017-11'."""

        def fmt(d: dt.date | None, precision: Precision) -> str:
            if d is None:
                return "…"
            if precision == Precision.YEAR:
                return str(d.year)
            if precision == Precision.MONTH:
                return d.strftime("%b %Y")
            return f"{d.day} {d.strftime('%b %Y')}"

        if self.moment is not None:
            body = self.moment.strftime("%d %b %Y %H:%M %z").lstrip("0")
        elif self.qualifier == Qualifier.BEFORE:
            body = f"before or in {self.text[3:]}"
        elif self.qualifier == Qualifier.AFTER:
            body = f"in or after {self.text[:-3]}"
        elif self.precision == Precision.RANGE:
            start_text, _sep, end_text = self.text.partition("/")
            body = f"{start_text.rstrip('~?%')} to {end_text.rstrip('~?%')}"
        else:
            body = fmt(self.earliest, self.precision)
        if self.qualifier in (
            Qualifier.APPROXIMATE,
            Qualifier.UNCERTAIN,
            Qualifier.APPROXIMATE_UNCERTAIN,
        ):
            body += f" ({self.qualifier.value})"
        return body

    def __str__(self) -> str:
        return self.text

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.text,
            "precision": self.precision.value,
            "qualifier": self.qualifier.value,
            "start": self.earliest.isoformat() if self.earliest else None,
            "end": self.latest.isoformat() if self.latest else None,
        }

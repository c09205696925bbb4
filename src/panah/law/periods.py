"""Counting time limits: calendar days, working days, months, years and hours.

The default is Kazakhstan's Civil Code rule (arts. 172–176, law brief part 2 §7): a period
starts **the day after** the date or event that opens it; a period of months (or years) ends on
the **corresponding date** of the last month, or on the last day of that month when it has no
such date; and, where the law says so, a period whose last day is a non-working day ends on the
**next working day**. Whether that last rule applies is not decided here: it comes in a
:class:`CountingRule`, which the rule that builds the deadline fills from a cited parameter.

Periods in custody count the first day (Criminal Procedure Code art. 48): ``first_day_counts``.
Periods that end *before* an event ("one month before the status ends") count backwards.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from dataclasses import dataclass

from panah.law.calendar import Calendar
from panah.law.provisions import Unit

__all__ = [
    "CountingRule",
    "Period",
    "Unit",
    "add_months",
    "compute_due",
    "count_working_days",
    "next_working_day",
]

_MAX_SEARCH_DAYS = 366


@dataclass(frozen=True, slots=True)
class Period:
    amount: int
    unit: Unit

    def __post_init__(self) -> None:
        if not self.unit.is_period:
            raise ValueError(f"{self.unit.value} is not a unit of time")

    def describe(self) -> str:
        word = self.unit.value.replace("_", " ")
        if self.amount == 1:
            word = word.removesuffix("s")
        return f"{self.amount} {word}"


@dataclass(frozen=True, slots=True)
class CountingRule:
    """How a period is counted, with the citation for each choice."""

    move_if_non_working: bool
    """A last day that is not a working day moves to the next working day."""
    move_citation: str
    first_day_counts: bool = False
    """The day of the triggering event is day 1 (custody-type periods)."""
    backwards: bool = False
    """The period ends *before* the trigger (an application due one month before expiry)."""

    def describe(self) -> str:
        parts = []
        if self.backwards:
            parts.append("counted back from the trigger")
        elif self.first_day_counts:
            parts.append("the first day counts")
        else:
            parts.append("starts the day after the trigger")
        if self.move_if_non_working:
            parts.append(
                f"a non-working last day moves to the next working day ({self.move_citation})"
            )
        else:
            parts.append(f"the last day does not move ({self.move_citation})")
        return "; ".join(parts)


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding date ``months`` later (or earlier), else the last day of that month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = _cal.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def next_working_day(day: dt.date, calendar: Calendar) -> dt.date:
    """``day`` itself when it is a working day, else the next one."""
    d = day
    for _ in range(_MAX_SEARCH_DAYS):
        if calendar.is_working_day(d):
            return d
        d += dt.timedelta(days=1)
    raise ValueError(f"no working day within a year after {day}")  # pragma: no cover


def count_working_days(start: dt.date, n: int, calendar: Calendar) -> dt.date:
    """The n-th working day after ``start`` (``start`` itself not counted); n >= 0."""
    d = start
    counted = 0
    while counted < n:
        d += dt.timedelta(days=1)
        if calendar.is_working_day(d):
            counted += 1
    return d


@dataclass(frozen=True, slots=True)
class Due:
    """The last day of a period, and whether (and from what) it was moved."""

    day: dt.date
    unmoved: dt.date
    note: str | None = None

    @property
    def moved(self) -> bool:
        return self.day != self.unmoved


def compute_due(
    trigger: dt.date,
    period: Period,
    rule: CountingRule,
    calendar: Calendar,
) -> Due:
    """The last day on which the act can still be done (or the term still runs)."""
    n = period.amount
    sign = -1 if rule.backwards else 1
    if period.unit in (Unit.CALENDAR_DAYS, Unit.WEEKS):
        n = n * 7 if period.unit == Unit.WEEKS else n
        offset = n - 1 if rule.first_day_counts and n > 0 else n
        end = trigger + dt.timedelta(days=sign * offset)
    elif period.unit == Unit.HOURS:
        # Hours run from the moment of the trigger; with only its day known, the period can
        # end no later than the day ``ceil(n / 24)`` days after it.
        days = -(-n // 24)
        end = trigger + dt.timedelta(days=sign * days)
    elif period.unit == Unit.WORKING_DAYS:
        if rule.backwards:
            end = trigger
            counted = 0
            while counted < n:
                end -= dt.timedelta(days=1)
                if calendar.is_working_day(end):
                    counted += 1
        else:
            start = trigger - dt.timedelta(days=1) if rule.first_day_counts else trigger
            end = count_working_days(start, n, calendar)
    else:
        months = n * 12 if period.unit == Unit.YEARS else n
        end = add_months(trigger, sign * months)
        if rule.first_day_counts:
            end -= dt.timedelta(days=1)
    if not rule.move_if_non_working or calendar.is_working_day(end):
        return Due(end, end)
    moved = next_working_day(end, calendar)
    why = calendar.day_note(end) or ("a weekend" if end.weekday() >= 5 else "a non-working day")
    return Due(moved, end, f"{end.isoformat()} is {why}; moved to {moved.isoformat()}")

"""Counting periods: calendar days, working days, months, years, hours; moving a last day."""

from __future__ import annotations

import datetime as dt

import pytest

from panah.law.calendar import FixedCalendar, KazakhstanCalendar
from panah.law.periods import (
    CountingRule,
    Period,
    Unit,
    add_months,
    compute_due,
    count_working_days,
    next_working_day,
)

D = dt.date
CIVIL = CountingRule(move_if_non_working=True, move_citation="Civil Code art. 175")
FIXED = CountingRule(move_if_non_working=False, move_citation="validity term")
CUSTODY = CountingRule(
    move_if_non_working=False, move_citation="CPC art. 48", first_day_counts=True
)
BACK = CountingRule(move_if_non_working=False, move_citation="art. 11(5)", backwards=True)


@pytest.fixture(scope="module")
def kz() -> KazakhstanCalendar:
    return KazakhstanCalendar()


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(D(2019, 10, 29), 3, D(2020, 1, 29), id="plain"),
        pytest.param(D(2019, 11, 30), 3, D(2020, 2, 29), id="end-of-month-leap-year"),
        pytest.param(D(2018, 11, 30), 3, D(2019, 2, 28), id="end-of-month-common-year"),
        pytest.param(D(2020, 1, 31), 1, D(2020, 2, 29), id="31-jan-plus-1"),
        pytest.param(D(2020, 3, 31), -1, D(2020, 2, 29), id="backwards-end-of-month"),
        pytest.param(D(2020, 2, 29), 12, D(2021, 2, 28), id="leap-day-plus-a-year"),
        pytest.param(D(2021, 10, 16), -1, D(2021, 9, 16), id="one-month-before"),
        pytest.param(D(2019, 12, 31), 1, D(2020, 1, 31), id="year-boundary"),
    ],
)
def test_add_months(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("trigger", "period", "rule", "expected"),
    [
        pytest.param(D(2019, 10, 14), Period(7, Unit.CALENDAR_DAYS), FIXED, D(2019, 10, 21),
                     id="7-days-from-detention"),
        pytest.param(D(2019, 10, 1), Period(5, Unit.CALENDAR_DAYS), CIVIL, D(2019, 10, 7),
                     id="5-days-ending-sunday-moves-to-monday"),
        pytest.param(D(2019, 10, 1), Period(5, Unit.CALENDAR_DAYS), FIXED, D(2019, 10, 6),
                     id="5-days-ending-sunday-not-moved"),
        pytest.param(D(2019, 11, 16), Period(1, Unit.MONTHS), CIVIL, D(2019, 12, 18),
                     id="month-ending-on-independence-day-moves-two-days"),
        pytest.param(D(2019, 11, 16), Period(1, Unit.MONTHS), FIXED, D(2019, 12, 16),
                     id="month-ending-on-independence-day-not-moved"),
        pytest.param(D(2019, 12, 13), Period(5, Unit.WORKING_DAYS), CIVIL, D(2019, 12, 24),
                     id="working-days-skip-independence-day"),
        pytest.param(D(2019, 12, 31), Period(3, Unit.WORKING_DAYS), CIVIL, D(2020, 1, 8),
                     id="working-days-count-transferred-sunday"),
        pytest.param(D(2019, 10, 6), Period(24, Unit.HOURS), FIXED, D(2019, 10, 7),
                     id="24-hours-from-a-day"),
        pytest.param(D(2019, 10, 6), Period(48, Unit.HOURS), FIXED, D(2019, 10, 8),
                     id="48-hours-from-a-day"),
        pytest.param(D(2021, 10, 16), Period(1, Unit.MONTHS), BACK, D(2021, 9, 16),
                     id="one-month-before-expiry"),
        pytest.param(D(2020, 10, 16), Period(1, Unit.YEARS), FIXED, D(2021, 10, 16),
                     id="one-year-status-term-saturday-not-moved"),
        pytest.param(D(2020, 10, 16), Period(1, Unit.YEARS), CIVIL, D(2021, 10, 18),
                     id="one-year-act-deadline-saturday-moved"),
        pytest.param(D(2019, 10, 14), Period(7, Unit.CALENDAR_DAYS), CUSTODY, D(2019, 10, 20),
                     id="custody-first-day-counts"),
        pytest.param(D(2019, 10, 14), Period(3, Unit.MONTHS), CUSTODY, D(2020, 1, 13),
                     id="custody-months-first-day-counts"),
        pytest.param(D(2019, 12, 20), Period(2, Unit.WORKING_DAYS), BACK, D(2019, 12, 18),
                     id="working-days-backwards-skip-weekend"),
    ],
)
def test_compute_due(
    kz: KazakhstanCalendar, trigger: dt.date, period: Period, rule: CountingRule, expected: dt.date
) -> None:
    assert compute_due(trigger, period, rule, kz).day == expected


def test_moved_due_says_why(kz: KazakhstanCalendar) -> None:
    due = compute_due(D(2019, 11, 16), Period(1, Unit.MONTHS), CIVIL, kz)
    assert due.moved
    assert due.unmoved == D(2019, 12, 16)
    assert due.note == "2019-12-16 is Independence Day; moved to 2019-12-18"
    weekend = compute_due(D(2019, 10, 1), Period(5, Unit.CALENDAR_DAYS), CIVIL, kz)
    assert weekend.note == "2019-10-06 is a weekend; moved to 2019-10-07"
    assert not compute_due(D(2019, 10, 14), Period(7, Unit.CALENDAR_DAYS), CIVIL, kz).moved


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(D(2019, 12, 13), D(2019, 12, 13), id="already-working"),
        pytest.param(D(2019, 12, 14), D(2019, 12, 18), id="weekend-then-two-holidays"),
        pytest.param(D(2020, 1, 4), D(2020, 1, 5), id="saturday-then-working-sunday"),
    ],
)
def test_next_working_day(kz: KazakhstanCalendar, day: dt.date, expected: dt.date) -> None:
    assert next_working_day(day, kz) == expected


def test_count_working_days_zero_is_the_start() -> None:
    cal = FixedCalendar()
    assert count_working_days(D(2024, 1, 5), 0, cal) == D(2024, 1, 5)
    assert count_working_days(D(2024, 1, 5), 1, cal) == D(2024, 1, 8)


def test_period_and_rule_describe_themselves() -> None:
    assert Period(1, Unit.MONTHS).describe() == "1 month"
    assert Period(7, Unit.CALENDAR_DAYS).describe() == "7 calendar days"
    assert "next working day (Civil Code art. 175)" in CIVIL.describe()
    assert "does not move" in FIXED.describe()
    assert "counted back" in BACK.describe()
    assert "first day counts" in CUSTODY.describe()

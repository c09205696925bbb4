"""The calendar port: Kazakhstan's working days (holidays package + cited overrides)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from panah.law.calendar import (
    DayKind,
    DayOverride,
    FixedCalendar,
    KazakhstanCalendar,
    load_overrides,
    parse_overrides,
)
from panah.law.yamlload import LawPackError

D = dt.date


@pytest.fixture(scope="module")
def kz() -> KazakhstanCalendar:
    return KazakhstanCalendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [
        pytest.param(D(2019, 10, 21), True, id="2019-10-21-ordinary-monday"),
        pytest.param(D(2019, 10, 19), False, id="2019-10-19-saturday"),
        pytest.param(D(2019, 12, 16), False, id="2019-12-16-independence-day"),
        pytest.param(D(2019, 12, 17), False, id="2019-12-17-independence-day-2"),
        pytest.param(D(2019, 12, 18), True, id="2019-12-18-after-independence-day"),
        pytest.param(D(2020, 1, 3), False, id="2020-01-03-friday-day-off-by-decree"),
        pytest.param(D(2020, 1, 5), True, id="2020-01-05-sunday-transferred-working-day"),
        pytest.param(D(2019, 5, 4), True, id="2019-05-04-saturday-transferred-working-day"),
        pytest.param(D(2019, 5, 10), False, id="2019-05-10-friday-day-off-by-decree"),
        pytest.param(D(2020, 3, 23), False, id="2020-03-23-nauryz"),
        pytest.param(D(2021, 7, 5), False, id="2021-07-05-day-off-before-capital-day"),
        pytest.param(D(2021, 7, 3), True, id="2021-07-03-saturday-transferred-working-day"),
        pytest.param(D(2020, 2, 29), False, id="2020-02-29-leap-day-saturday"),
    ],
)
def test_kazakhstan_working_days(kz: KazakhstanCalendar, day: dt.date, working: bool) -> None:
    assert kz.is_working_day(day) is working


def test_day_notes_name_the_reason(kz: KazakhstanCalendar) -> None:
    assert kz.day_note(D(2019, 12, 16)) == "Independence Day"
    assert kz.day_note(D(2020, 1, 5)) == "working day transferred by Government decree"
    assert kz.day_note(D(2019, 10, 21)) is None


OVERRIDES = """\
overrides:
  - date: 2019-10-21
    kind: non_working
    name: Test day off
    citation: "Test decree No. 1 of 1 Oct 2019"
  - date: 2019-10-19
    kind: working
    name: Test working Saturday
    citation: "Test decree No. 1 of 1 Oct 2019"
"""


def test_overrides_win_over_the_package() -> None:
    cal = KazakhstanCalendar(parse_overrides(OVERRIDES, file="t.yaml"))
    assert not cal.is_working_day(D(2019, 10, 21))
    assert cal.is_working_day(D(2019, 10, 19))
    assert cal.day_note(D(2019, 10, 21)) == "Test day off (Test decree No. 1 of 1 Oct 2019)"
    assert [o.kind for o in cal.overrides] == [DayKind.WORKING, DayKind.NON_WORKING]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "overrides:\n  - {date: 2019-10-21, kind: non_working, name: x}\n",
            "missing keys: citation",
            id="no-citation",
        ),
        pytest.param(
            "overrides:\n  - {date: 2019-10-21, kind: non_working, name: x, citation: TODO}\n",
            "a citation is required",
            id="placeholder-citation",
        ),
        pytest.param(
            "overrides:\n  - {date: 2019-10-21, kind: holiday, name: x, citation: c}\n",
            "kind must be",
            id="bad-kind",
        ),
        pytest.param(
            "overrides:\n  - {date: 2019-02-30, kind: working, name: x, citation: c}\n",
            "is not a date",
            id="bad-date",
        ),
        pytest.param(
            "overrides:\n  - {date: 2019-10-21, kind: working, name: x, citation: c}\n"
            "  - {date: 2019-10-21, kind: working, name: y, citation: c}\n",
            "already overridden",
            id="duplicate-day",
        ),
        pytest.param(
            "overrides:\n  - {date: 2019-10-21, kind: working, name: x, citation: c, why: z}\n",
            "unknown keys: why",
            id="unknown-key",
        ),
        pytest.param("days: []\n", "one key: overrides", id="wrong-top-level"),
    ],
)
def test_override_table_is_checked(text: str, message: str) -> None:
    with pytest.raises(LawPackError, match=message):
        parse_overrides(text, file="t.yaml")


def test_shipped_override_table_loads() -> None:
    root = Path(__file__).resolve().parents[2] / "src" / "panah" / "jurisdictions" / "kz"
    rows = load_overrides(root / "calendar-overrides.yaml")
    assert all(isinstance(r, DayOverride) and r.citation for r in rows)


def test_fixed_calendar() -> None:
    cal = FixedCalendar(holidays={D(2024, 1, 1): "New Year"}, working_weekend_days=[D(2024, 1, 6)])
    assert not cal.is_working_day(D(2024, 1, 1))
    assert cal.is_working_day(D(2024, 1, 6))
    assert not cal.is_working_day(D(2024, 1, 7))
    assert cal.day_note(D(2024, 1, 1)) == "New Year"
    assert cal.day_note(D(2024, 1, 6)) == "transferred working day"

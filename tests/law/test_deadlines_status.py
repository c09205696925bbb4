"""Deadline status on a date (N-1 / N / N+1) and deadlines from disputed trigger dates."""

from __future__ import annotations

import datetime as dt

import pytest

from panah.law.calendar import FixedCalendar
from panah.law.citations import Verification
from panah.law.deadlines import (
    DeadlineKind,
    DeadlineSpec,
    DeadlineStatus,
    TriggerDate,
    build_deadline,
    status_on,
)
from panah.law.periods import CountingRule, Period, Unit

D = dt.date
ACT, TERM = DeadlineKind.ACT, DeadlineKind.TERM
S = DeadlineStatus
DUE = D(2019, 10, 21)


@pytest.mark.parametrize(
    ("kind", "as_of", "done", "expected"),
    [
        pytest.param(ACT, D(2019, 10, 20), None, S.RUNNING, id="act-N-1-running"),
        pytest.param(ACT, D(2019, 10, 21), None, S.RUNNING, id="act-N-running"),
        pytest.param(ACT, D(2019, 10, 22), None, S.MISSED, id="act-N+1-missed"),
        pytest.param(ACT, D(2019, 10, 25), D(2019, 10, 21), S.MET, id="act-done-on-N-met"),
        pytest.param(ACT, D(2019, 10, 25), D(2019, 10, 22), S.MISSED, id="act-done-on-N+1-missed"),
        pytest.param(ACT, D(2019, 10, 20), D(2019, 10, 22), S.RUNNING,
                     id="act-done-later-not-yet-known"),
        pytest.param(TERM, D(2019, 10, 21), None, S.RUNNING, id="term-N-running"),
        pytest.param(TERM, D(2019, 10, 22), None, S.EXPIRED, id="term-N+1-expired"),
        pytest.param(TERM, D(2019, 10, 25), D(2019, 10, 20), S.MET, id="term-ended-early-met"),
        pytest.param(TERM, D(2019, 10, 25), D(2019, 10, 23), S.EXPIRED, id="term-ended-late"),
    ],
)
def test_status_on(kind: DeadlineKind, as_of: dt.date, done: dt.date | None,
                   expected: DeadlineStatus) -> None:
    assert status_on(kind, DUE, as_of, done) == expected


SPEC = DeadlineSpec(
    id="t", provision="kz/law-on-refugees-2009/art-10/para-1", title="Apply",
    period=Period(5, Unit.CALENDAR_DAYS),
    counting=CountingRule(move_if_non_working=True, move_citation="Civil Code art. 175"),
    kind=ACT, actor="person", verification=Verification.PRIMARY,
)
CAL = FixedCalendar()


def test_not_started_without_a_trigger() -> None:
    d = build_deadline(SPEC, as_of=D(2024, 1, 10), calendar=CAL, trigger=None,
                       trigger_label="", trigger_dates=())
    assert d.status == S.NOT_STARTED
    assert d.due is None
    assert d.to_json()["due"] is None


def test_disputed_trigger_shows_every_due_and_the_earliest() -> None:
    d = build_deadline(
        SPEC, as_of=D(2024, 1, 10), calendar=CAL, trigger="e", trigger_label="crossing",
        trigger_dates=(TriggerDate(D(2024, 1, 4), ("c2",), ("S2",)),
                       TriggerDate(D(2024, 1, 1), ("c1",), ("S1",))),
    )
    assert d.disputed
    assert [(a.starts_on, a.due, a.status) for a in d.alternatives] == [
        (D(2024, 1, 1), D(2024, 1, 8), S.MISSED),  # Sat 6 Jan moves to Mon 8 Jan
        (D(2024, 1, 4), D(2024, 1, 9), S.MISSED),
    ]
    assert d.due == D(2024, 1, 8)
    assert "the earliest is shown" in (d.note or "")
    assert "2024-01-06 is a weekend; moved to 2024-01-08" in (d.note or "")


def test_a_working_value_picks_the_due() -> None:
    d = build_deadline(
        SPEC, as_of=D(2024, 1, 10), calendar=CAL, trigger="e", trigger_label="crossing",
        trigger_dates=(TriggerDate(D(2024, 1, 1), ("c1",), ("S1",)),
                       TriggerDate(D(2024, 1, 4), ("c2",), ("S2",), working=True)),
    )
    assert d.due == D(2024, 1, 9)
    assert d.starts_on == D(2024, 1, 4)
    assert "the working value's is shown" in (d.note or "")


def test_json_shape() -> None:
    d = build_deadline(SPEC, as_of=D(2024, 1, 2), calendar=CAL, trigger="e",
                       trigger_label="arrival", trigger_dates=(TriggerDate(D(2024, 1, 1)),))
    data = d.to_json()
    assert {k: data[k] for k in ("id", "provision", "trigger", "starts_on", "due", "unit",
                                 "status", "verification")} == {
        "id": "t", "provision": "kz/law-on-refugees-2009/art-10/para-1", "trigger": "e",
        "starts_on": "2024-01-01", "due": "2024-01-08", "unit": "calendar_days",
        "status": "running", "verification": "primary",
    }
    assert data["days_left"] == 6

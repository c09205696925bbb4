"""Deadlines: time limits that run from an event, with their status on the assessment date.

Two kinds:

* an **act** deadline is the last day for someone to do something (file an application, decide,
  appeal). It is ``running`` until its last day (inclusive), then ``met`` if the act was done by
  then or ``missed`` if not;
* a **term** is a period during which something lasts (a certificate's validity, a status, a
  hand-over window). It is ``running`` until its last day, then ``expired``; it is ``met`` when
  what it waited for happened in time (a certificate superseded by a decision, a window closed
  by the act it allowed).

``not_started`` is a deadline whose triggering event has not happened by the assessment date.
When the sources disagree on the trigger's date, every candidate is computed
(:class:`Alternative`) and the deadline's own ``due`` is the **earliest** (the safe one for a
lawyer); the disagreement is shown, never hidden.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from panah.law.calendar import Calendar
from panah.law.citations import Verification
from panah.law.i18n import current_language
from panah.law.i18n import gettext as _
from panah.law.periods import CountingRule, Due, Period, Unit, compute_due

__all__ = [
    "Alternative",
    "Deadline",
    "DeadlineKind",
    "DeadlineSpec",
    "DeadlineStatus",
    "TriggerDate",
    "build_deadline",
    "status_on",
]


class DeadlineStatus(StrEnum):
    RUNNING = "running"
    MET = "met"
    MISSED = "missed"
    EXPIRED = "expired"
    NOT_STARTED = "not_started"


class DeadlineKind(StrEnum):
    ACT = "act"
    TERM = "term"


@dataclass(frozen=True, slots=True)
class DeadlineSpec:
    """What a rule knows about a time limit before it meets a case."""

    id: str
    provision: str
    title: str
    period: Period
    counting: CountingRule
    kind: DeadlineKind
    actor: str
    """Who must act or whose term it is: 'person', 'authority', 'state', 'court'."""
    verification: Verification
    parameter: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Alternative:
    """The deadline computed from one of several disputed trigger dates."""

    starts_on: dt.date
    due: dt.date
    status: DeadlineStatus
    claims: tuple[str, ...]
    sources: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "starts_on": self.starts_on.isoformat(),
            "due": self.due.isoformat(),
            "status": self.status.value,
            "claims": list(self.claims),
            "sources": list(self.sources),
        }


@dataclass(frozen=True, slots=True)
class Deadline:
    id: str
    provision: str
    title: str
    trigger: str | None
    """The id of the event the period runs from (None when not started)."""
    trigger_label: str
    starts_on: dt.date | None
    due: dt.date | None
    unit: Unit
    amount: int
    status: DeadlineStatus
    verification: Verification
    kind: DeadlineKind
    actor: str
    counting: str
    parameter: str | None = None
    completed_by: str | None = None
    completed_on: dt.date | None = None
    facts_used: tuple[str, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    note: str | None = None
    days_left: int | None = None
    details: dict[str, object] = field(default_factory=dict)

    @property
    def disputed(self) -> bool:
        return len(self.alternatives) > 1

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "provision": self.provision,
            "title": self.title,
            "trigger": self.trigger,
            "trigger_label": self.trigger_label,
            "starts_on": self.starts_on.isoformat() if self.starts_on else None,
            "due": self.due.isoformat() if self.due else None,
            "unit": self.unit.value,
            "amount": self.amount,
            "status": self.status.value,
            "verification": self.verification.value,
            "kind": self.kind.value,
            "actor": self.actor,
            "counting": self.counting,
            "parameter": self.parameter,
            "completed_by": self.completed_by,
            "completed_on": self.completed_on.isoformat() if self.completed_on else None,
            "days_left": self.days_left,
            "disputed": self.disputed,
            "alternatives": [a.to_json() for a in self.alternatives],
            "facts_used": list(self.facts_used),
            "note": self.note,
            "details": dict(self.details),
        }


def _move_note(due: Due, calendar: Calendar) -> str:
    """Why the last day moved ('2019-10-05 is a weekend; moved to 2019-10-07'), in words."""
    if current_language() == "en" or due.note is None:
        return due.note or ""
    why = calendar.day_note(due.unmoved) or (
        _("a weekend") if due.unmoved.weekday() >= 5 else _("a non-working day"))
    return _("{day} is {why}; moved to {moved}").format(
        day=due.unmoved.isoformat(), why=why, moved=due.day.isoformat())


@functools.lru_cache(maxsize=1024)
def _counting_text(period: Period, rule: CountingRule) -> str:
    return f"{period.describe()}; {rule.describe()}"


def status_on(
    kind: DeadlineKind, due: dt.date, as_of: dt.date, completed_on: dt.date | None
) -> DeadlineStatus:
    """The status on ``as_of`` of a deadline ending on ``due`` (inclusive)."""
    if completed_on is not None and completed_on <= as_of:
        if completed_on <= due:
            return DeadlineStatus.MET
        return DeadlineStatus.MISSED if kind == DeadlineKind.ACT else DeadlineStatus.EXPIRED
    if as_of <= due:
        return DeadlineStatus.RUNNING
    return DeadlineStatus.MISSED if kind == DeadlineKind.ACT else DeadlineStatus.EXPIRED


@dataclass(frozen=True, slots=True)
class TriggerDate:
    """A candidate day for the trigger, with where it comes from."""

    day: dt.date
    claims: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    working: bool = False
    """The case team chose this date as the working value."""


def build_deadline(
    spec: DeadlineSpec,
    *,
    as_of: dt.date,
    calendar: Calendar,
    trigger: str | None,
    trigger_label: str,
    trigger_dates: tuple[TriggerDate, ...],
    completed_by: str | None = None,
    completed_on: dt.date | None = None,
    facts_used: tuple[str, ...] = (),
    note: str | None = None,
    details: dict[str, object] | None = None,
    id_suffix: str = "",
    opens_on: dt.date | None = None,
) -> Deadline:
    """Compute a deadline from its trigger's candidate dates; ``()`` means not started.

    ``opens_on`` overrides ``starts_on`` for periods counted back from their trigger (an
    application due one month before a status ends opens when the status is granted).
    """
    ident = spec.id + id_suffix
    notes = [n for n in (spec.note, note) if n]
    if not trigger_dates:
        return Deadline(
            id=ident,
            provision=spec.provision,
            title=spec.title,
            trigger=trigger,
            trigger_label=trigger_label,
            starts_on=None,
            due=None,
            unit=spec.period.unit,
            amount=spec.period.amount,
            status=DeadlineStatus.NOT_STARTED,
            verification=spec.verification,
            kind=spec.kind,
            actor=spec.actor,
            counting=_counting_text(spec.period, spec.counting),
            parameter=spec.parameter,
            facts_used=facts_used,
            note="; ".join(notes) or None,
            details=details or {},
        )
    alternatives = []
    move_notes = []
    for td in sorted(trigger_dates, key=lambda t: t.day):
        due = compute_due(td.day, spec.period, spec.counting, calendar)
        if due.note:
            move_notes.append(_move_note(due, calendar))
        alternatives.append(
            Alternative(
                td.day,
                due.day,
                status_on(spec.kind, due.day, as_of, completed_on),
                td.claims,
                td.sources,
            )
        )
    ordered = sorted(trigger_dates, key=lambda t: t.day)
    working = [a for a, t in zip(alternatives, ordered, strict=True) if t.working]
    first = working[0] if working else min(alternatives, key=lambda a: a.due)
    notes.extend(dict.fromkeys(move_notes))
    if len(alternatives) > 1:
        dues = ", ".join(
            _("{due} (from {start})").format(due=a.due.isoformat(), start=a.starts_on.isoformat())
            for a in alternatives
        )
        notes.append(
            (_("the sources disagree on the trigger's date: due {dues}; the working value's is "
               "shown") if working else
             _("the sources disagree on the trigger's date: due {dues}; the earliest is shown")
             ).format(dues=dues))
    return Deadline(
        id=ident,
        provision=spec.provision,
        title=spec.title,
        trigger=trigger,
        trigger_label=trigger_label,
        starts_on=opens_on or first.starts_on,
        due=first.due,
        unit=spec.period.unit,
        amount=spec.period.amount,
        status=first.status,
        verification=spec.verification,
        kind=spec.kind,
        actor=spec.actor,
        counting=_counting_text(spec.period, spec.counting),
        parameter=spec.parameter,
        completed_by=completed_by if completed_on is not None and completed_on <= as_of else None,
        completed_on=completed_on if completed_on is not None and completed_on <= as_of else None,
        facts_used=facts_used,
        alternatives=tuple(alternatives) if len(alternatives) > 1 else (),
        note="; ".join(notes) or None,
        days_left=(first.due - as_of).days if first.status == DeadlineStatus.RUNNING else None,
        details=details or {},
    )

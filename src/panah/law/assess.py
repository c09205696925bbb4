"""The assessment: every rule of the law packs applied to each person of a case, as of a date.

:func:`assess` builds one :class:`~panah.law.context.Context` per person (facts known by the
date, the law in force on the relevant dates), runs the rules in order (each returns findings
and deadlines; later rules may read earlier findings), then the alert rules, which see
everything. The result is a plain tree of findings, deadlines and alerts that the CLI, the web
app and generated documents all render.

Rules are plain functions listed in a :class:`Rulebook`; the law packs provide the default one
(:func:`default_rulebook`), imported on first use so that importing the engine does no work.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from panah.core.case import Case, CaseIndex
from panah.core.catalogue import Role
from panah.core.errors import NotFoundError
from panah.law.alerts import Alert
from panah.law.calendar import Calendar
from panah.law.context import Context, EventFact, FactValue, law_index
from panah.law.deadlines import Deadline
from panah.law.findings import Finding
from panah.law.registry import Registry

__all__ = [
    "AlertRule",
    "Assessment",
    "PersonAssessment",
    "Rule",
    "RuleResult",
    "Rulebook",
    "assess",
    "default_rulebook",
]

RULEBOOK_MODULE = "panah.jurisdictions.rulebook"
AT_RISK_ROLES = frozenset({Role.CLIENT, Role.CO_DEFENDANT, Role.FAMILY_MEMBER})
"""Roles assessed by default; lawyers, officials and others only when named with ``person``."""


@dataclass(frozen=True, slots=True)
class RuleResult:
    findings: tuple[Finding, ...] = ()
    deadlines: tuple[Deadline, ...] = ()

    def __add__(self, other: RuleResult) -> RuleResult:
        return RuleResult(self.findings + other.findings, self.deadlines + other.deadlines)


Rule = Callable[[Context], RuleResult]
AlertRule = Callable[[Context, Sequence[Finding], Sequence[Deadline]], Sequence[Alert]]


@dataclass(frozen=True, slots=True)
class Rulebook:
    rules: tuple[Rule, ...]
    alert_rules: tuple[AlertRule, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonAssessment:
    person: str
    name: str
    findings: tuple[Finding, ...]
    deadlines: tuple[Deadline, ...]
    alerts: tuple[Alert, ...]

    def finding(self, provision_prefix: str) -> Finding | None:
        """The first finding (anywhere in the trees) whose provision starts with the prefix."""
        for top in self.findings:
            found = top.find(provision_prefix)
            if found is not None:
                return found
        return None

    def deadline(self, ident: str) -> Deadline | None:
        return next((d for d in self.deadlines if d.id == ident), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "name": self.name,
            "findings": [f.to_json() for f in self.findings],
            "deadlines": [d.to_json() for d in self.deadlines],
            "alerts": [a.to_json() for a in self.alerts],
        }


@dataclass(frozen=True, slots=True)
class Assessment:
    as_of: dt.date
    case: str
    title: str
    people: tuple[PersonAssessment, ...]
    calendar: str = ""
    notes: tuple[str, ...] = field(default=())

    def person(self, ident: str) -> PersonAssessment:
        for p in self.people:
            if p.person == ident:
                return p
        raise NotFoundError(f"no person {ident!r} in this assessment")

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "case": self.case,
            "title": self.title,
            "calendar": self.calendar,
            "notes": list(self.notes),
            "people": [p.to_json() for p in self.people],
        }


def default_rulebook() -> Rulebook:
    """The rules of the shipped law packs (imported on first call)."""
    module = importlib.import_module(RULEBOOK_MODULE)
    book = module.rulebook()
    assert isinstance(book, Rulebook)
    return book


def default_calendar() -> Calendar:
    module = importlib.import_module(RULEBOOK_MODULE)
    cal = module.calendar()
    return cal  # type: ignore[no-any-return]


def assess(
    case: Case,
    *,
    as_of: dt.date,
    person: str | None = None,
    registry: Registry | None = None,
    calendar: Calendar | None = None,
    rulebook: Rulebook | None = None,
    index: CaseIndex | None = None,
) -> Assessment:
    """Assess the people at risk in ``case`` (clients, co-defendants, family members), or only
    ``person`` (any role), as of ``as_of``."""
    if registry is None:
        from panah.law.registry import default_registry

        registry = default_registry()
    book = rulebook if rulebook is not None else default_rulebook()
    cal = calendar if calendar is not None else default_calendar()
    idx = index if index is not None else case.index()
    people = tuple(p for p in case.people if set(p.roles) & AT_RISK_ROLES)
    if person is not None:
        people = tuple(p for p in case.people if p.id == person)
        if not people:
            ids = ", ".join(p.id for p in case.people)
            raise NotFoundError(f"no person {person!r} in case {case.id} (people: {ids})")
    results = []
    shared: dict[str, EventFact | None] = {}
    shared_facts: dict[str, FactValue] = {}
    lookup = law_index(registry)
    for p in people:
        ctx = Context(case=case, index=idx, person=p, as_of=as_of, registry=registry,
                      calendar=cal, shared=shared, lookup=lookup, shared_facts=shared_facts)
        findings: list[Finding] = []
        deadlines: list[Deadline] = []
        for rule in book.rules:
            out = rule(ctx)
            ctx.remember(out.findings)
            findings.extend(out.findings)
            deadlines.extend(out.deadlines)
        alerts: list[Alert] = []
        for alert_rule in book.alert_rules:
            alerts.extend(alert_rule(ctx, findings, deadlines))
        alerts.sort(key=lambda a: (a.severity.rank, a.id))
        deadlines.sort(key=lambda d: (d.due or dt.date.max, d.id))
        results.append(
            PersonAssessment(
                person=p.id,
                name=p.display_name(),
                findings=tuple(findings),
                deadlines=tuple(deadlines),
                alerts=tuple(alerts),
            )
        )
    return Assessment(
        as_of=as_of, case=case.id, title=case.title, people=tuple(results), calendar=cal.name
    )

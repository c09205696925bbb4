"""Asylum-seeker certificate: 3 months, renewed in 3-month steps while the examination runs.

Each term is a deadline (a term of validity: it ends on its last day, it does not move). Terms
follow one another from the day of issue (issue + 3, + 6, + 9 months…) until the decision. A
past term counts as renewed (``met``) when the case shows it: a recorded extension, or a
``valid_until`` claim reaching its end; otherwise it is ``expired`` and lawful stay on the
certificate alone is in doubt. The decision closes the chain (the term in which it falls is
``met``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from panah.core.catalogue import EventType
from panah.core.dates import DateError, FuzzyDate
from panah.jurisdictions.kz import counting
from panah.law.assess import RuleResult
from panah.law.citations import Verification
from panah.law.context import Context, EventFact
from panah.law.deadlines import Deadline, DeadlineKind, DeadlineStatus, status_on
from panah.law.i18n import gettext as _
from panah.law.periods import add_months

__all__ = ["TERM", "evaluate"]


@dataclass(frozen=True, slots=True)
class _Term:
    id: str
    title: str


TERM = "kz/refugee-application-rules/certificate-term"
PARAMETER = "kz/refugee-application-rules/certificate-term-months"
E = EventType
_MAX_TERMS = 12  # the decision is due within a year; a chain longer than that is not a term


def _valid_until(ctx: Context, events: list[EventFact]) -> tuple[dt.date | None, tuple[str, ...]]:
    """The latest day any known ``valid_until`` claim on the certificates reaches."""
    best: dt.date | None = None
    claims: list[str] = []
    for ev in events:
        fact = ctx.event_detail(ev, "valid_until")
        for value in fact.values():
            try:
                latest = FuzzyDate.parse(str(value)).latest
            except DateError:
                continue
            if latest is not None and (best is None or latest > best):
                best = latest
        claims.extend(fact.claims)
    return best, tuple(claims)


def evaluate(ctx: Context) -> RuleResult:
    issued = ctx.first(E.ASYLUM_CERTIFICATE_ISSUED)
    if issued is None or not ctx.in_force(TERM, issued.earliest):
        return RuleResult()
    period, value = ctx.period(PARAMETER, issued.earliest)
    extensions = [
        e for e in ctx.events(E.ASYLUM_CERTIFICATE_EXTENDED) if e.earliest >= issued.earliest
    ]
    until, until_claims = _valid_until(ctx, [issued, *extensions])
    decisions = ctx.events(E.REFUGEE_STATUS_GRANTED, E.REFUGEE_STATUS_REFUSED, E.ASYLUM_DECISION)
    decided = next((e for e in decisions if e.earliest >= issued.earliest), None)
    level = Verification.weakest([ctx.provision(TERM).verification_on(issued.earliest),
                                  value.verification])
    day0 = issued.chosen.day if issued.chosen else issued.earliest
    deadlines: list[Deadline] = []
    start = day0
    rule = counting.term("a certificate is valid to the last day of its term")
    counting_text = f"{period.describe()}; {rule.describe()}"
    for k in range(1, _MAX_TERMS + 1):
        due = add_months(day0, period.amount * k)
        spec = _Term(f"kz-asylum-certificate-term-{k}",
                     _("Asylum-seeker certificate, term {k}").format(k=k))
        renewal = next((e for e in extensions if start <= e.earliest <= due), None)
        completed: dt.date | None = None
        by: str | None = None
        note = None
        if decided is not None and decided.earliest <= due:
            completed, by = decided.earliest, decided.id
            note = _("the decision ({date}) ends the need for the certificate").format(
                date=decided.describe_date())
        elif renewal is not None:
            completed, by = renewal.earliest, renewal.id
            note = _("renewed ({date})").format(date=renewal.describe_date())
        elif until is not None and until >= due:
            completed = due
            note = _("a later certificate or its validity to {date} is recorded").format(
                date=until.isoformat())
        elif ctx.as_of > due:
            note = _("no renewal recorded: lawful stay on the certificate alone is in doubt")
        used = (*issued.claims, *until_claims, *(renewal.claims if renewal else ()))
        # Terms are counted from the first issue (issue + 3k months), not chained, so that a
        # certificate issued on the 31st keeps its day where the month has one.
        status = status_on(DeadlineKind.TERM, due, ctx.as_of, completed)
        done = completed is not None and completed <= ctx.as_of
        deadlines.append(Deadline(
            id=spec.id, provision=TERM, title=spec.title, trigger=issued.id,
            trigger_label=issued.event.title, starts_on=start, due=due, unit=period.unit,
            amount=period.amount, status=status, verification=level, kind=DeadlineKind.TERM,
            actor="authority", counting=counting_text, parameter=PARAMETER,
            completed_by=by if done else None, completed_on=completed if done else None,
            facts_used=tuple(dict.fromkeys(used)), note=note,
            days_left=(due - ctx.as_of).days if status == DeadlineStatus.RUNNING else None,
        ))
        if (decided is not None and decided.earliest <= due) or ctx.as_of <= due:
            break
        start = due
    return RuleResult(deadlines=tuple(deadlines))


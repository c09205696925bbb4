"""Law On Refugees art. 11: the decision and the status term.

* Para. 1: the decision is due 3 months after registration; if extra checks are needed it may
  be deferred, for at most 1 year. The law does not say from when the year runs: it is counted
  from registration, which is why that limit is only 'partial'.
* Para. 5: status is granted for 1 year and extended year by year on the refugee's application
  filed **one month before** the term ends; the refugee certificate is issued within 5 working
  days of the decision. Without an extension the status ends with its term (art. 14(2)).
"""

from __future__ import annotations

import datetime as dt

from panah.core.catalogue import EventType
from panah.jurisdictions.kz import counting
from panah.jurisdictions.kz.law_on_refugees_2009.art_10 import registration
from panah.law.assess import RuleResult
from panah.law.context import Context, EventFact
from panah.law.deadlines import Deadline, DeadlineKind, TriggerDate
from panah.law.evidence import status_grant
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome
from panah.law.periods import compute_due
from panah.law.words import day

__all__ = ["decision", "evaluate", "status_end"]

P = "kz/law-on-refugees-2009"
DECISION = f"{P}/art-11/para-1"
STATUS = f"{P}/art-11/para-5"
EXPIRY = f"{P}/art-14/para-2"

E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def decision(ctx: Context, after: EventFact) -> EventFact | None:
    """The first decision on the application on or after its registration."""
    found = [
        e
        for e in ctx.events(
            E.ASYLUM_DECISION, E.REFUGEE_STATUS_GRANTED, E.REFUGEE_STATUS_REFUSED
        )
        if e.latest >= after.earliest
    ]
    return found[0] if found else None


def status_end(ctx: Context, grant: EventFact) -> tuple[dt.date, str]:
    """The last day of the status term that started with ``grant``, and the parameter used."""
    param = f"{P}/status-term"
    period, _ = ctx.period(param, grant.earliest)
    day_granted = grant.chosen.day if grant.chosen else grant.earliest
    return compute_due(day_granted, period, counting.term(), ctx.calendar).day, param


def _decision_deadlines(ctx: Context) -> list[Deadline]:
    registered = registration(ctx)
    if registered is None or not ctx.in_force(DECISION, registered.earliest):
        return []
    decided = decision(ctx, registered)
    rule, level = counting.act(ctx, registered.earliest)
    note = (_("registration taken as the day the certificate was issued (art. 10(6))")
            if registered.type == E.ASYLUM_CERTIFICATE_ISSUED else None)
    return [
        ctx.deadline(
            ident="kz-refugees-decision", provision=DECISION, parameter=f"{P}/decision-period",
            trigger=registered, counting=rule, counting_verification=level,
            kind=DeadlineKind.ACT, actor="authority", title=_("Decision on refugee status"),
            completion=decided, note=note,
        ),
        ctx.deadline(
            ident="kz-refugees-decision-maximum", provision=DECISION,
            parameter=f"{P}/decision-period-maximum", trigger=registered, counting=rule,
            counting_verification=level, kind=DeadlineKind.ACT, actor="authority",
            title=_("Deferred decision: outer limit"), completion=decided,
            note=(note + "; " if note else "")
            + _("the law does not say from when the year runs: counted from registration"),
        ),
    ]


def _status(ctx: Context) -> tuple[list[Finding], list[Deadline]]:
    grant = status_grant(ctx)
    if grant is None:
        return [], []
    end, param = status_end(ctx, grant)
    extended = [e for e in ctx.events(E.REFUGEE_STATUS_EXTENDED) if e.earliest > grant.earliest]
    term = ctx.deadline(
        ident="kz-refugees-status-term", provision=STATUS, parameter=param, trigger=grant,
        counting=counting.term("a status ends on the last day of its term"),
        kind=DeadlineKind.TERM, actor="person", title=_("Refugee status term"),
        completion=extended[0] if extended else None,
    )
    lead_param = f"{P}/extension-application-lead"
    # The application itself when it is recorded; otherwise an extension shows one was made.
    applied = [
        e
        for e in ctx.events(E.REFUGEE_STATUS_EXTENSION_APPLIED)
        if e.earliest > grant.earliest
    ]
    made = applied[0] if applied else (extended[0] if extended else None)
    extension_day: dt.date | None = None
    if made is not None:
        extension_day = min(made.earliest, end)
    apply = ctx.deadline(
        ident="kz-refugees-extension-application", provision=STATUS, parameter=lead_param,
        trigger=grant, trigger_dates=(TriggerDate(end, grant.date_claims),),
        opens_on=grant.earliest,
        counting=counting.backwards("counted back from the end of the status term"),
        kind=DeadlineKind.ACT, actor="person", title=_("Apply to extend refugee status"),
        completion=made, completed_on=extension_day,
        note=(_("one month before the status ends on {date}; the application is recorded")
              if applied else
              _("one month before the status ends on {date}; the status was extended, so an "
                "application was made") if extended else
              _("one month before the status ends on {date}; no application is recorded in "
                "the case")).format(date=end.isoformat()),
    )
    certificate = ctx.deadline(
        ident="kz-refugees-refugee-certificate", provision=STATUS,
        parameter=f"{P}/refugee-certificate-period", trigger=grant,
        counting=counting.act(ctx, grant.earliest)[0], kind=DeadlineKind.TERM,
        actor="authority", title=_("Issue the refugee certificate"),
        note=_("whether and when the certificate was issued is not recorded"),
    )
    if ctx.as_of <= end:
        finding = ctx.finding(
            STATUS, H,
            _("Refugee status granted {date} for one year, to {end}. It is extended year by year "
              "on the refugee's application, due one month before the term ends "
              "({due}).").format(date=grant.describe_date(), end=day(end),
                                 due=day(apply.due) if apply.due else _("not computed")),
            facts_used=grant.claims, on=grant.earliest,
        )
    elif extended:
        finding = ctx.finding(STATUS, H, _("The status granted {date} was extended "
                                           "({extended}).").format(
                                             date=grant.describe_date(),
                                             extended=extended[0].describe_date()),
                              facts_used=(*grant.claims, *extended[0].claims))
    else:
        finding = ctx.finding(
            EXPIRY, H,
            _("The status granted {date} ended with its term on {end}: no extension is "
              "recorded. The person must then leave within one month (art. 18(1)) unless the "
              "status is extended or another ground of stay applies.").format(
                date=grant.describe_date(), end=day(end)),
            facts_used=grant.claims,
            missing=[_("whether an extension was applied for or granted")],
        )
    return [finding], [term, apply, certificate]


def evaluate(ctx: Context) -> RuleResult:
    deadlines = _decision_deadlines(ctx)
    findings, status_deadlines = _status(ctx)
    return RuleResult(findings=tuple(findings), deadlines=tuple(deadlines + status_deadlines))

"""Law On Refugees art. 15 with the APPK: challenging a refusal, a non-extension or a withdrawal.

Before 1 Jul 2021 the appeal went to the superior authorised body "and (or)" to a court (the
pre-trial step was optional; the court deadline of the old Civil Procedure Code was not read, so
no deadline is computed). From 1 Jul 2021 the APPK applies: a pre-trial complaint within 3 months
of learning of the act (art. 92), which suspends its execution (art. 96), then a court claim
within 1 month of the complaint decision (art. 136). A body that does not act in time is deemed
to have refused on the day its time ran out (art. 91(2)): the complaint period then runs from
that day.
"""

from __future__ import annotations

import datetime as dt

from panah.core.catalogue import EventType
from panah.jurisdictions.kz import counting
from panah.jurisdictions.kz.law_on_refugees_2009.art_10 import registration
from panah.jurisdictions.kz.law_on_refugees_2009.art_11 import decision
from panah.law.assess import RuleResult
from panah.law.context import Context, EventFact
from panah.law.deadlines import Deadline, DeadlineKind, DeadlineStatus, TriggerDate
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome
from panah.law.periods import compute_due
from panah.law.words import day

__all__ = ["APPEAL", "evaluate"]

P = "kz/law-on-refugees-2009"
APPEAL = f"{P}/art-15"
APPK = "kz/administrative-procedure-code-2020"
INACTION = f"{APPK}/art-91/part-2"
COMPLAINT = f"{APPK}/art-92"
SUSPENSION = f"{APPK}/art-96"
CLAIM = f"{APPK}/art-136"

E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def _deemed_refusal(ctx: Context) -> tuple[dt.date, EventFact] | None:
    """The day the decision period ran out with no decision, when the APPK was in force."""
    registered = registration(ctx)
    if registered is None or decision(ctx, registered) is not None:
        return None
    period, _value = ctx.period(f"{P}/decision-period", registered.earliest)
    rule, _level = counting.act(ctx, registered.earliest)
    due = compute_due(registered.earliest, period, rule, ctx.calendar).day
    refused_on = due + dt.timedelta(days=1)
    if refused_on > ctx.as_of or not ctx.in_force(INACTION, refused_on):
        return None
    return refused_on, registered


def _appk(ctx: Context, act_day: dt.date, act: EventFact, label: str) -> list[Deadline]:
    rule, level = counting.act(ctx, act_day, inferred=False)
    complained = next((e for e in ctx.events(E.APPEAL_FILED) if e.earliest >= act_day), None)
    out = [ctx.deadline(
        ident="kz-appk-complaint", provision=COMPLAINT,
        parameter=f"{APPK}/complaint-period", trigger=act,
        trigger_dates=(TriggerDate(act_day, act.date_claims),), on=act_day,
        counting=rule, counting_verification=level, kind=DeadlineKind.ACT, actor="person",
        title=_("Pre-trial complaint against {act}").format(act=label), completion=complained,
        note=_("counted from the day the person learned of the act; the date of learning is "
               "taken as the act's date"),
    )]
    reviewed = next((e for e in ctx.events(E.APPEAL_DECIDED) if e.earliest >= act_day), None)
    if reviewed is not None:
        out.append(ctx.deadline(
            ident="kz-appk-court-claim", provision=CLAIM, parameter=f"{APPK}/claim-period",
            trigger=reviewed, counting=rule, counting_verification=level,
            kind=DeadlineKind.TERM, actor="person",
            title=_("Court claim after the complaint decision"),
            note=_("counted from delivery of the complaint decision (taken as its date)"),
        ))
    return out


def evaluate(ctx: Context) -> RuleResult:
    negative = ctx.last(E.REFUGEE_STATUS_REFUSED, E.REFUGEE_STATUS_WITHDRAWN)
    grant = ctx.last(E.REFUGEE_STATUS_GRANTED)
    findings: list[Finding] = []
    deadlines: list[Deadline] = []
    if negative is not None and (grant is None or negative.earliest > grant.earliest):
        on = negative.earliest
        if not ctx.in_force(APPEAL, on):
            return RuleResult()
        if ctx.in_force(COMPLAINT, on):
            deadlines = _appk(ctx, on, negative, _("the negative decision"))
            complaint = deadlines[0]
            text = _("The decision ({date}) can be challenged under the APPK: a pre-trial "
                     "complaint by {due}, which suspends its execution (art. 96), then a court "
                     "claim within one month of the complaint decision.").format(
                date=negative.describe_date(),
                due=day(complaint.due) if complaint.due else "?")
            subs = [ctx.finding(SUSPENSION, H,
                                _("A complaint suspends the execution of the act."),
                                on=on)] if ctx.in_force(SUSPENSION, on) else []
            findings.append(ctx.finding(APPEAL, H, text, facts_used=negative.claims, on=on,
                                        subs=subs))
        else:
            findings.append(ctx.finding(
                APPEAL, H,
                _("The decision ({date}) can be appealed to the superior authorised body and/or "
                  "to a court (the pre-trial step is optional before 1 Jul 2021). The court "
                  "deadline under the old Civil Procedure Code was not read: no deadline is "
                  "computed; act at once.").format(date=negative.describe_date()),
                facts_used=negative.claims, on=on,
                missing=[_("the court deadline before 1 Jul 2021 (old Civil Procedure Code)")],
            ))
    deemed = _deemed_refusal(ctx)
    if deemed is not None:
        refused_on, registered = deemed
        findings.append(ctx.finding(
            INACTION, H,
            _("No decision was taken within the statutory period after registration ({date}): "
              "the authority is deemed to have refused on {refused}, and that deemed refusal "
              "can be challenged.").format(date=registered.describe_date(),
                                           refused=day(refused_on)),
            facts_used=registered.claims, on=refused_on,
        ))
        deadlines += [
            d for d in _appk(ctx, refused_on, registered, _("the deemed refusal"))
            if d.status != DeadlineStatus.NOT_STARTED
        ]
    return RuleResult(findings=tuple(findings), deadlines=tuple(deadlines))

"""CoAO art. 832: appeal against an administrative expulsion ruling within 10 days of delivery.

The ruling is delivered within 3 days (art. 829-16(2)); the day of delivery is not recorded in
the catalogue, so the period is counted from the ruling and the note says so. A timely
complaint suspends execution (art. 834(1)), **but** an expulsion ruling takes effect when it is
announced (art. 883(4)): whether the appeal stops the removal in practice is not verified, which
is why the alert for a pending expulsion order is critical. The CoAO's own counting article was
not read: the Civil Code rule is applied by inference.
"""

from __future__ import annotations

from panah.core.catalogue import EventType, ProceedingKind
from panah.jurisdictions.kz import counting
from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.deadlines import DeadlineKind
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome

__all__ = ["APPEAL", "evaluate"]

A = "kz/administrative-offences-code-2014"
APPEAL = f"{A}/art-832"
SUSPENSION = f"{A}/art-834/part-1"
IN_FORCE_ON_ANNOUNCEMENT = f"{A}/art-883/para-4"
EXPULSION = f"{A}/art-51"
E = EventType
H, U = Outcome.HOLDS, Outcome.UNDETERMINED


def evaluate(ctx: Context) -> RuleResult:
    steps = {s for pr in ctx.proceedings(ProceedingKind.ADMINISTRATIVE_EXPULSION)
             for s in pr.steps}
    orders = [e for e in ctx.events(E.EXPULSION_ORDERED) if e.id in steps]
    if not orders or not ctx.in_force(APPEAL, orders[-1].earliest):
        return RuleResult()
    order = orders[-1]
    on = order.earliest
    appeal = next((e for e in ctx.events(E.APPEAL_FILED) if e.earliest >= on), None)
    rule, level = counting.act(ctx, on)
    deadline = ctx.deadline(
        ident="kz-coao-expulsion-appeal", provision=APPEAL, parameter=f"{A}/appeal-period",
        trigger=order, counting=rule, counting_verification=level, kind=DeadlineKind.ACT,
        actor="person", title=_("Appeal against the administrative expulsion ruling"),
        completion=appeal,
        note=_("counted from the ruling: the day of delivery (within 3 days, art. 829-16) is "
               "not recorded; the period runs from delivery, so this is the earliest it can "
               "end"),
    )
    subs = [
        ctx.finding(IN_FORCE_ON_ANNOUNCEMENT, H, _("An expulsion ruling takes effect when it is "
                                                   "announced: removal can follow before the "
                                                   "appeal is decided."), on=on),
        ctx.finding(SUSPENSION, U, _("A timely complaint suspends execution of the ruling; how "
                                     "this interacts with art. 883(4) in practice is not "
                                     "verified."), on=on,
                    missing=[_("case law on suspension of expulsion rulings on appeal")]),
    ]
    finding = ctx.finding(
        EXPULSION, H,
        _("A court ordered administrative expulsion ({date}). Appeal within 10 days of delivery "
          "and ask for suspension at once; return to the country of origin would breach "
          "non-refoulement.").format(date=order.describe_date()),
        facts_used=order.claims, subs=subs, on=on,
    )
    return RuleResult(findings=(finding,), deadlines=(deadline,))

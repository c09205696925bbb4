"""Law On Refugees art. 18: no return to persecution; voluntary departure; forced expulsion.

* Para. 2, second paragraph: asylum seekers and refugees must not be returned or expelled to a
  country where their life or freedom is threatened on the listed grounds (which add
  "citizenship" to the Convention's); the law states **no exception**. An asylum seeker is a
  person who has expressed the wish to seek asylum, until the final decision (art. 1(6)), and
  has the right to stay until the procedure ends, appeal periods included (art. 8(1)(5)).
* Para. 1: after a refusal, non-extension, withdrawal or termination the person must leave with
  the family within one month of the decision.
* Para. 2, first paragraph: forced expulsion by the police; from 8 Apr 2022 only to enforce a
  court decision in force.
"""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.jurisdictions.kz import counting
from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.deadlines import Deadline, DeadlineKind
from panah.law.evidence import asylum_start, final_refusal, persecution, status_grant
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome

__all__ = ["NON_REFOULEMENT", "evaluate"]

P = "kz/law-on-refugees-2009"
NON_REFOULEMENT = f"{P}/art-18/para-2/indent-2"
DEPARTURE = f"{P}/art-18/para-1"
ASYLUM_SEEKER = f"{P}/art-1/para-6"
RIGHT_TO_STAY = f"{P}/art-8/para-1/subpara-5"
PRINCIPLE = f"{P}/art-4/para-6"

E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def _seeker(ctx: Context) -> Finding | None:
    start = asylum_start(ctx)
    if start is None or not ctx.in_force(ASYLUM_SEEKER):
        return None
    grant = status_grant(ctx)
    refusal = final_refusal(ctx)
    if grant is not None:
        text = _("An asylum seeker from {start} until the decision granting refugee status "
                 "({granted}); now a refugee.").format(start=start.describe_date(),
                                                      granted=grant.describe_date())
        return ctx.finding(ASYLUM_SEEKER, N, text, facts_used=(*start.claims, *grant.claims))
    if refusal is not None:
        text = _("The application made {start} was refused ({refused}); the person remains an "
                 "asylum seeker only until the refusal is final (appeal periods included, "
                 "art. 8(1)(5)).").format(start=start.describe_date(),
                                         refused=refusal.describe_date())
        return ctx.finding(ASYLUM_SEEKER, U, text, facts_used=(*start.claims, *refusal.claims),
                           missing=[_("whether the refusal was appealed or became final")])
    return ctx.finding(
        ASYLUM_SEEKER, H,
        _("An asylum seeker since {date} ({event}): the status starts when the wish is "
          "expressed, not at registration, and lasts until the final decision.").format(
            date=start.describe_date(), event=start.event.title), facts_used=start.claims,
    )


def _right_to_stay(ctx: Context, seeker: Finding | None) -> Finding | None:
    if seeker is None or seeker.outcome == N or not ctx.in_force(RIGHT_TO_STAY):
        return None
    return ctx.finding(
        RIGHT_TO_STAY, seeker.outcome,
        _("The asylum seeker may stay in Kazakhstan until the procedure ends, appeal periods "
          "included. No express clause suspends criminal or administrative expulsion, "
          "extradition or hand-over while the application is pending (law brief part 2): rely "
          "on this right and on art. 18(2)."), facts_used=seeker.facts_used,
    )


def evaluate(ctx: Context) -> RuleResult:
    seeker = _seeker(ctx)
    grant = status_grant(ctx)
    stay = _right_to_stay(ctx, seeker)
    findings: list[Finding] = []
    deadlines: list[Deadline] = []
    if (seeker is not None or grant is not None) and ctx.in_force(NON_REFOULEMENT):
        serious, other = persecution(ctx)
        who = _("a refugee") if grant is not None else _("an asylum seeker")
        if serious or other:
            outcome = H
            text = _("The person is {who}, and the case records a threat in the country of "
                     "origin: Kazakh law forbids returning or expelling them to the border of "
                     "that country. The law lists no exception (unlike Refugee Convention "
                     "art. 33(2)).").format(who=who)
            missing: list[str] = []
        else:
            outcome = U
            text = _("The person is {who}; the ban on return applies to a country where life "
                     "or freedom is threatened, which the case does not show yet.").format(who=who)
            missing = [_("facts of the threat in the country of origin")]
        subs = [f for f in (seeker, stay) if f is not None]
        if ctx.in_force(PRINCIPLE):
            subs.append(ctx.finding(PRINCIPLE, H, _("Non-expulsion of asylum seekers and "
                                                    "refugees is a principle of the state's "
                                                    "refugee policy.")))
        used = [c for e in serious + other for c in e.claims]
        findings.append(ctx.finding(NON_REFOULEMENT, outcome, text, subs=subs, facts_used=used,
                                    missing=missing))
    negative = ctx.last(E.REFUGEE_STATUS_REFUSED, E.REFUGEE_STATUS_WITHDRAWN,
                        E.REFUGEE_STATUS_ENDED)
    if negative is not None and (grant is None or negative.earliest >= grant.earliest):
        rule, level = counting.act(ctx, negative.earliest)
        deadlines.append(ctx.deadline(
            ident="kz-refugees-voluntary-departure", provision=DEPARTURE,
            parameter=f"{P}/departure-period", trigger=negative, counting=rule,
            counting_verification=level, kind=DeadlineKind.TERM, actor="person",
            title=_("Leave voluntarily after the negative decision (unless appealed)"),
            note=_("an appeal keeps the right to stay (art. 8(1)(5)); forced expulsion needs a "
                   "court decision in force from 8 Apr 2022 (art. 18(2))"),
        ))
    return RuleResult(findings=tuple(findings), deadlines=tuple(deadlines))

"""Law On Refugees art. 10: filing the application, detainees' applications, the certificate.

* Para. 1: apply within 5 calendar days of arrival. Para. 3, second paragraph: after a forced
  irregular crossing where there is no checkpoint, within one day. Filing late is a missed
  deadline, but art. 12 does not list lateness among the grounds for refusal.
* Para. 4: when a person detained for illegal entry says they want to apply, the detaining body
  notifies the deciding body within 1 day of the detention, and that body registers the
  application within 2 days (so at the latest on the third day after the detention).
* Para. 6: the certificate is issued on the day of registration (so a certificate's date is the
  registration date when no separate registration is recorded); until 2020 the asylum seeker
  then had 5 working days to register with the police (moot while in custody).
"""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.jurisdictions.kz import counting
from panah.law.assess import RuleResult
from panah.law.citations import Verification
from panah.law.context import Context, EventFact
from panah.law.deadlines import Deadline, DeadlineKind, DeadlineSpec, build_deadline
from panah.law.evidence import custody, entry
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome
from panah.law.periods import Period
from panah.law.provisions import Unit
from panah.law.words import days, period

__all__ = ["application", "evaluate", "registration"]

P = "kz/law-on-refugees-2009"
FILING = f"{P}/art-10/para-1"
FORCED_CROSSING = f"{P}/art-10/para-3/indent-2"
DETAINEES = f"{P}/art-10/para-4"
CERTIFICATE = f"{P}/art-10/para-6"
REFUSAL_GROUNDS = f"{P}/art-12"

E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def application(ctx: Context) -> EventFact | None:
    """The first expression of the wish to apply, or the application itself."""
    return ctx.first(E.ASYLUM_WISH_EXPRESSED, E.ASYLUM_APPLICATION_FILED)


def registration(ctx: Context) -> EventFact | None:
    """The registration of the application; the certificate's issue when it is not recorded."""
    return ctx.first(E.ASYLUM_APPLICATION_REGISTERED) or ctx.first(E.ASYLUM_CERTIFICATE_ISSUED)


def _filing(ctx: Context) -> tuple[list[Finding], list[Deadline]]:
    crossing = entry(ctx)
    if crossing is None or crossing.type == E.BORDER_CROSSING_AT_CHECKPOINT:
        return [], []
    applied = application(ctx)
    if crossing.type == E.BORDER_CROSSING_OUTSIDE_CHECKPOINT:
        provision, parameter = FORCED_CROSSING, f"{P}/filing-period-forced-crossing"
        ident = "kz-refugees-filing-after-forced-crossing"
    else:
        provision, parameter = FILING, f"{P}/filing-period"
        ident = "kz-refugees-filing-after-arrival"
    if not ctx.in_force(provision, crossing.earliest):
        return [], []
    rule, level = counting.act(ctx, crossing.earliest)
    deadline = ctx.deadline(
        ident=ident, provision=provision, parameter=parameter, trigger=crossing,
        counting=rule, counting_verification=level, kind=DeadlineKind.ACT, actor="person",
        title=_("Apply for refugee status"), completion=applied,
    )
    if applied is None:
        return [], [deadline]
    dues = [a.due for a in deadline.alternatives] or ([deadline.due] if deadline.due else [])
    lateness = sorted({(applied.earliest - d).days for d in dues})
    if all(n <= 0 for n in lateness):
        outcome, text = H, _("The application ({date}) was made in time.").format(
            date=applied.describe_date())
    else:
        late = _(" or ").join(days(n) for n in lateness if n > 0)
        outcome = N
        text = _(
            "The application ({date}) came {late} after the time limit (entry {entry}). The law "
            "states no consequence for a late application, and lateness is not among the "
            "grounds for refusal in art. 12; it matters for the promptness of presentation "
            "under Refugee Convention art. 31."
        ).format(date=applied.describe_date(), late=late, entry=crossing.describe_date())
    finding = ctx.finding(
        provision, outcome, text, facts_used=(*crossing.claims, *applied.claims),
        disputed=[crossing.dispute(_("date of entry"))] if crossing.conflict else (),
        on=crossing.earliest, title=_("Application filed within the time limit"),
        details={"days_late": lateness},
    )
    return [finding], [deadline]


def _detainee(ctx: Context) -> list[Deadline]:
    held = custody(ctx)
    applied = application(ctx)
    if held is None or applied is None or applied.latest < held.detention.earliest:
        return []
    if held.release is not None and applied.earliest > held.release.latest:
        return []
    on = held.detention.earliest
    if not ctx.in_force(DETAINEES, on):
        return []
    notice_period, notice_value = ctx.period(f"{P}/detention-notice-period", on)
    reg_period, reg_value = ctx.period(f"{P}/detention-registration-period", on)
    rule, level = counting.act(ctx, on)
    notice = ctx.deadline(
        ident="kz-refugees-detainee-notice", provision=DETAINEES,
        parameter=f"{P}/detention-notice-period", trigger=held.detention,
        counting=counting.term("no event records the notice; the period ends on its last day"),
        kind=DeadlineKind.TERM, actor="authority",
        title=_("Detaining body notifies the deciding body of the wish to apply"),
        note=_("whether and when the notice was given is not recorded"),
    )
    prov = ctx.provision(DETAINEES)
    spec = DeadlineSpec(
        id="kz-refugees-detainee-registration",
        provision=DETAINEES,
        title=_("Deciding body registers the detainee's application"),
        period=Period(notice_period.amount + reg_period.amount, Unit.CALENDAR_DAYS),
        counting=rule,
        kind=DeadlineKind.ACT,
        actor="authority",
        verification=Verification.weakest(
            [prov.verification, notice_value.verification, reg_value.verification, level]
        ),
        parameter=f"{P}/detention-registration-period",
        note=_("{notice} for the notice, then {register} to register, counted from the "
               "detention").format(notice=period(notice_period), register=period(reg_period)),
    )
    registered = registration(ctx)
    done = registered.earliest if registered is not None else None
    reg = build_deadline(
        spec, as_of=ctx.as_of, calendar=ctx.calendar, trigger=held.detention.id,
        trigger_label=held.detention.event.title, trigger_dates=held.detention.trigger_dates(),
        completed_by=registered.id if registered else None, completed_on=done,
        facts_used=(*held.detention.claims, *(registered.claims if registered else ())),
        note=(_("registration taken as the day the certificate was issued (art. 10(6))")
              if registered is not None and registered.type == E.ASYLUM_CERTIFICATE_ISSUED
              else None),
    )
    return [notice, reg]


def _police_registration(ctx: Context) -> list[Deadline]:
    cert = ctx.first(E.ASYLUM_CERTIFICATE_ISSUED)
    if cert is None:
        return []
    param = f"{P}/police-registration-period"
    if ctx.parameter(param).find_value_on(cert.earliest) is None:
        return []
    held = custody(ctx)
    if held is not None and held.detention.earliest <= cert.earliest and (
        held.release is None or held.release.earliest > cert.earliest
    ):
        return []  # in custody on the day: the duty to register with the police is moot
    rule, level = counting.act(ctx, cert.earliest)
    return [
        ctx.deadline(
            ident="kz-refugees-police-registration", provision=CERTIFICATE, parameter=param,
            trigger=cert, counting=rule, counting_verification=level, kind=DeadlineKind.TERM,
            actor="person", title=_("Register with the police after receiving the certificate"),
            note=_("whether the person registered is not recorded"),
        )
    ]


def evaluate(ctx: Context) -> RuleResult:
    findings, deadlines = _filing(ctx)
    deadlines += _detainee(ctx)
    deadlines += _police_registration(ctx)
    return RuleResult(findings=tuple(findings), deadlines=tuple(deadlines))


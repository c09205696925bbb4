"""Criminal Code art. 392(1): illegal crossing of the state border, in the version of the day.

The version applied is the one in force on the **day of the offence** (the crossing): up to
16 Sep 2025 a fine up to 1,000 MCI or up to 1 year, with expulsion for 5 years; from 17 Sep 2025
up to 2,000 MCI or 3 years. A fine in MCI is converted at the MCI of the offence day (art. 41(1)).
When the sources disagree on the crossing date the finding says whether that matters.

Expulsion sits inside the 2015–2025 sanction, but courts have left it out (2018, 2020): the
engine treats it as *available*, not automatic, and reads the verdict (claim
``expulsion_applied``). Art. 51: expulsion is executed after the main punishment, by force, with
a 5-year entry ban.

The prosecution of a person seeking protection collides with Refugee Convention art. 31(1):
that **conflict of norms is a finding**, resolved by CC art. 1(3) (ratified treaties prevail
over the Code) and Law On Refugees art. 20 (liability "except as ratified treaties provide").
"""

from __future__ import annotations

import datetime as dt

from panah.core.catalogue import EventType
from panah.law.assess import RuleResult
from panah.law.context import Context, EventFact
from panah.law.evidence import asylum_start, charges, entry, is_pending
from panah.law.findings import Finding, FindingKind
from panah.law.i18n import gettext as _
from panah.law.i18n import ngettext, pgettext
from panah.law.logic import Outcome
from panah.law.words import number

__all__ = ["CONFLICT", "OFFENCE", "evaluate", "expulsion_available"]

C = "kz/criminal-code-2014"
OFFENCE = f"{C}/art-392/part-1"
NOTE = f"{C}/art-392/note"
FINE_MCI_DAY = f"{C}/art-41/part-1"
EXPULSION = f"{C}/art-51"
CONFLICT = f"{C}/art-1/part-3"
OLD_OFFENCE = "kz/criminal-code-1997/art-330"
LAW_LIABILITY = "kz/law-on-refugees-2009/art-20/indent-2"
LAW_TREATIES = "kz/law-on-refugees-2009/art-3/para-2"
RC31 = "intl/refugee-convention-1951/art-31/para-1"
MCI = "kz/republican-budget-laws/mci-tenge"

E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def _offence(ctx: Context) -> tuple[EventFact | None, bool]:
    """(the crossing, whether a charge under art. 392 is recorded)."""
    charged = any(c and c.startswith(f"{C}/art-392") for _, c in charges(ctx))
    crossing = entry(ctx)
    if crossing is not None and crossing.type != E.BORDER_CROSSING_OUTSIDE_CHECKPOINT:
        crossing = None if not charged else crossing
    return crossing, charged


def _sanction(ctx: Context, on: dt.date) -> tuple[str, list[str]]:
    """The sanction in force on ``on`` in words, and the parameters behind it."""
    prison = ctx.parameter_value(f"{C}/art-392-part-1-max-imprisonment", on)
    fine = ctx.parameter_value(f"{C}/art-392-part-1-max-fine", on)
    fine_mci = number(fine.value) if isinstance(fine.value, int) else str(fine.value)
    prison_years = int(prison.value) if isinstance(prison.value, int) else 0
    words = _("a fine of up to {fine} MCI or deprivation of liberty for up to {years}").format(
        fine=fine_mci,
        years=(ngettext("{n} year", "{n} years", prison_years).format(n=prison.value)
               if isinstance(prison.value, int) else str(prison.value)))
    mci = ctx.parameter(MCI).find_value_on(on)
    if mci is not None and isinstance(fine.value, int) and isinstance(mci.value, int):
        words += _(" (the fine cap is {cap} tenge at the MCI of {mci} tenge in force on the "
                   "offence day, art. 41(1))").format(cap=number(fine.value * mci.value),
                                                      mci=number(mci.value))
    expulsion = ctx.parameter(f"{C}/art-392-expulsion-term").find_value_on(on)
    if expulsion is not None:
        words += _(", with expulsion of a foreigner for {years} years").format(
            years=expulsion.value)
    else:
        words += _("; whether expulsion is still part of the sanction is not verified")
    return words, [f"{C}/art-392-part-1-max-imprisonment", f"{C}/art-392-part-1-max-fine"]


def expulsion_available(ctx: Context, on: dt.date) -> bool:
    """Whether the art. 392(1) sanction in force on ``on`` includes expulsion."""
    return ctx.parameter(f"{C}/art-392-expulsion-term").find_value_on(on) is not None


def _offence_finding(ctx: Context, crossing: EventFact | None, charged: bool) -> Finding | None:
    if crossing is None and not charged:
        return None
    days = crossing.days if crossing is not None else (ctx.as_of,)
    first = min(days)
    if not ctx.in_force(OFFENCE, first):
        if ctx.in_force(OLD_OFFENCE, first):
            when = crossing.describe_date() if crossing is not None else _("date unknown")
            return ctx.finding(OLD_OFFENCE, H, _("The crossing ({date}) predates the 2014 Code: "
                                                 "the 1997 Code's art. 330 applied.").format(
                                                     date=when), on=first)
        return None
    versions = {ctx.applied_version(OFFENCE, d) for d in days}
    sanction, _params = _sanction(ctx, first)
    disputed = []
    if crossing is not None and crossing.conflict:
        disputed.append(crossing.dispute(
            _("date of the crossing (the offence date)"), decisive=len(versions) > 1))
    what = (_("charged under art. 392(1)") if charged else
            _("the crossing outside a checkpoint falls within art. 392(1)"))
    when = crossing.describe_date() if crossing is not None else _("date not recorded")
    text = _("Offence date {date}; {what}. The version in force then provides {sanction}.").format(
        date=when, what=what, sanction=sanction)
    if len(versions) > 1:
        text += _(" The sources' dates fall under different versions of the article: the date "
                  "decides which sanction applies.")
    elif crossing is not None and crossing.conflict:
        text += _(" Every date the sources give falls under the same version: the dispute does "
                  "not change the law applied.")
    subs: list[Finding] = []
    mci = ctx.parameter(MCI).find_value_on(first)
    if mci is not None and ctx.in_force(FINE_MCI_DAY, first):
        subs.append(ctx.finding(
            FINE_MCI_DAY, H, _("A fine is converted at the MCI in force on the offence day: "
                               "{mci} tenge on {date} ({citation}, {level}).").format(
                mci=number(mci.value) if isinstance(mci.value, int) else mci.value,
                date=first.isoformat(), citation=mci.citation.text,
                level=pgettext("verification level", mci.verification.value)), on=first,
            details={"mci_tenge": mci.value}))
    if ctx.in_force(NOTE, first):
        subs.append(ctx.finding(
            NOTE, U, _("A 2025 secondary source reports a note exempting asylum seekers who "
                       "apply voluntarily; its text and conditions are not verified."), on=first,
            missing=[_("the text of the note to art. 392 in force on the offence date")]))
    used = list(crossing.claims) if crossing is not None else []
    used += [c for ev, _ in charges(ctx) for c in ev.claims]
    return ctx.finding(OFFENCE, H, text, facts_used=used, disputed=disputed, subs=subs, on=first)


def _expulsion(ctx: Context, crossing: EventFact | None) -> Finding | None:
    pending, charge, verdict = is_pending(ctx)
    if charge is None:
        return None
    on = min(crossing.days) if crossing is not None else charge.earliest
    if verdict is not None and not pending:
        applied = ctx.event_detail(verdict, "expulsion_applied")
        if applied.value is False:
            return ctx.finding(
                EXPULSION, N,
                _("The verdict ({date}) did not impose expulsion, although the sanction of "
                  "art. 392(1) includes it (courts may leave it out; the legal basis, e.g. "
                  "art. 55, is not verified).").format(date=verdict.describe_date()),
                facts_used=(*verdict.claims, *applied.claims), on=verdict.earliest)
        if applied.value is True:
            return ctx.finding(
                EXPULSION, H,
                _("The verdict ({date}) imposed expulsion: it is executed by force after the "
                  "main punishment, with a 5-year entry ban. Expulsion to China would breach "
                  "non-refoulement.").format(date=verdict.describe_date()),
                facts_used=(*verdict.claims, *applied.claims), on=verdict.earliest)
        return ctx.finding(EXPULSION, U, _("A verdict is recorded, but not whether it imposed "
                                           "expulsion."), facts_used=verdict.claims,
                           missing=[_("whether the verdict imposed expulsion")],
                           on=verdict.earliest)
    if not expulsion_available(ctx, on):
        return None
    return ctx.finding(
        EXPULSION, H,
        _("The criminal case is pending (charge {date}) and the sanction of art. 392(1) "
          "includes expulsion for 5 years: a conviction can end in forced removal after the "
          "sentence, with a 5-year entry ban.").format(date=charge.describe_date()),
        facts_used=charge.claims, on=on,
        details={"expulsion_available": True},
    )


def _conflict(ctx: Context, crossing: EventFact | None) -> Finding | None:
    pending, charge, verdict = is_pending(ctx)
    seeker = asylum_start(ctx)
    rc31 = ctx.recall(RC31)
    if charge is None or rc31 is None:
        return None
    subs: list[Finding] = [rc31]
    for pid, text in (
        (LAW_LIABILITY, _("Asylum seekers and refugees are liable for offences like citizens, "
                          "except where ratified treaties provide otherwise: Refugee Convention "
                          "art. 31(1) is such a treaty rule.")),
        (LAW_TREATIES, _("A ratified treaty prevails over the Law On Refugees.")),
    ):
        if ctx.in_force(pid):
            subs.append(ctx.finding(pid, H, text))
    stage = (_("is pending") if pending else
             _("ended in a conviction ({date})").format(date=verdict.describe_date()) if verdict
             else _("is recorded"))
    claim = (_("; the person sought asylum ({date})").format(date=seeker.describe_date())
             if seeker else _("; no asylum application is recorded yet"))
    if rc31.outcome == H:
        text = _("The prosecution for the crossing {stage}{claim}. Art. 31(1)'s conditions are "
                 "met, so it is a penalty the Convention forbids; the treaty prevails over the "
                 "Code (art. 1(3)). Object to the prosecution on that ground.").format(
            stage=stage, claim=claim)
    elif rc31.outcome == U:
        gaps = rc31.details.get("gap_days")
        gap_text = (_(" ({gaps} days between entry and presentation)").format(
            gaps=_(" or ").join(str(g) for g in gaps)) if isinstance(gaps, list) and gaps
            else "")
        text = _("The prosecution for the crossing {stage}{claim}. If art. 31(1)'s conditions "
                 "are met it is a penalty the Convention forbids, and the treaty prevails over "
                 "the Code (art. 1(3)); the open question is promptness{gaps}, a question of "
                 "fact for the court.").format(stage=stage, claim=claim, gaps=gap_text)
    else:
        text = _("The prosecution for the crossing {stage}; art. 31(1) does not protect the "
                 "person on the facts recorded.").format(stage=stage)
    return ctx.finding(
        CONFLICT, rc31.outcome, text, kind=FindingKind.CONFLICT, subs=subs,
        title=_("Conflict of norms: prosecution under art. 392(1) against Refugee Convention "
                "art. 31(1)"),
        facts_used=charge.claims, on=charge.earliest,
    )


def evaluate(ctx: Context) -> RuleResult:
    crossing, charged = _offence(ctx)
    found = [
        f
        for f in (
            _offence_finding(ctx, crossing, charged),
            _expulsion(ctx, crossing),
            _conflict(ctx, crossing),
        )
        if f is not None
    ]
    return RuleResult(findings=tuple(found))


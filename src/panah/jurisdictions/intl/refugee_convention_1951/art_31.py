"""Refugee Convention art. 31: no penalties for illegal entry; restrictions only if necessary.

Para. 1 has three conditions besides the illegal entry itself: coming directly from a territory
of threat, presenting oneself **without delay**, and showing good cause. "Without delay" has no
number in the treaty and UNHCR treats it as a question of fact and degree: this rule never
decides it, it shows the gap in days between entry and presentation (every candidate, when the
sources disagree on either date) and leaves the finding undetermined.

Para. 2: restrictions on the movement of such refugees only when necessary (detention of an
asylum seeker is the usual case).
"""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.law.assess import RuleResult
from panah.law.context import Context, EventFact
from panah.law.evidence import custody, entry, persecution
from panah.law.findings import DisputedFact, Finding, FindingKind
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome, all_of
from panah.law.words import days, listing

__all__ = ["NO_PENALTIES", "RESTRICTIONS", "evaluate", "presentation"]

NO_PENALTIES = "intl/refugee-convention-1951/art-31/para-1"
RESTRICTIONS = "intl/refugee-convention-1951/art-31/para-2"
COMING_DIRECTLY = "intl/unhcr-article-31-guidance/coming-directly"
WITHOUT_DELAY = "intl/unhcr-article-31-guidance/without-delay"
GOOD_CAUSE = "intl/unhcr-article-31-guidance/good-cause"
NO_DETENTION = "intl/unhcr-article-31-guidance/no-penalty-no-detention"
DETENTION_EXCEPTIONAL = "intl/unhcr-detention-guidelines/guideline-2"
DETENTION_NOT_ARBITRARY = "intl/unhcr-detention-guidelines/guideline-4"

H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED
E = EventType


def presentation(ctx: Context) -> EventFact | None:
    """The first time the person went to the authorities or asked for asylum."""
    found = ctx.events(
        E.PRESENTATION_TO_AUTHORITIES, E.ASYLUM_WISH_EXPRESSED, E.ASYLUM_APPLICATION_FILED
    )
    if not found:
        return None
    first_day = found[0].earliest
    same_day = [f for f in found if f.earliest == first_day]
    return next((f for f in same_day if f.type == E.PRESENTATION_TO_AUTHORITIES), same_day[0])


def _illegal_entry(ctx: Context, crossing: EventFact | None) -> Finding:
    title = _("Entry or presence without authorisation")
    if crossing is None:
        return ctx.finding(NO_PENALTIES, U, _("No entry into the country is recorded."),
                           missing=[_("how and when the person entered")], title=title)
    if crossing.type == E.BORDER_CROSSING_OUTSIDE_CHECKPOINT:
        return ctx.finding(
            NO_PENALTIES, H,
            _("The person crossed the border outside a checkpoint ({date}).").format(
                date=crossing.describe_date()),
            facts_used=crossing.claims, title=title,
        )
    return ctx.finding(
        NO_PENALTIES, U,
        _("The entry recorded is not a crossing outside a checkpoint; whether it was "
          "unauthorised (false documents, overstay) is not recorded."),
        facts_used=crossing.claims, title=title,
        missing=[_("whether the entry or stay was unauthorised")],
    )


def _directly(ctx: Context, crossing: EventFact | None) -> Finding:
    serious, _other = persecution(ctx)
    if crossing is None:
        return ctx.finding(COMING_DIRECTLY, U, _("No entry is recorded."),
                           missing=[_("the route from the country of origin")])
    if not serious:
        return ctx.finding(
            COMING_DIRECTLY, U,
            _("The entry is recorded, but not yet a threat in the territory the person came "
              "from."),
            facts_used=crossing.claims, missing=[_("the threat in the territory left")],
        )
    return ctx.finding(
        COMING_DIRECTLY, H,
        _("The person came from the country where the harm recorded took place ({events}) and "
          "crossed into this country ({date}); no stay in a third country is recorded. A short "
          "transit would not defeat 'coming directly'.").format(
            events=listing(e.event.title for e in serious), date=crossing.describe_date()),
        facts_used=(*crossing.claims, *(c for e in serious for c in e.claims)),
    )


def _without_delay(ctx: Context, crossing: EventFact | None, came: EventFact | None) -> Finding:
    if crossing is None or came is None:
        missing = []
        if crossing is None:
            missing.append(_("the date of entry"))
        if came is None:
            missing.append(_("when the person presented themselves to the authorities"))
        return ctx.finding(
            WITHOUT_DELAY, U,
            _("The gap between entry and presentation cannot be measured yet."),
            kind=FindingKind.QUESTION_OF_FACT, missing=missing,
        )
    gaps: dict[tuple[str, str], int] = {}
    for c in crossing.candidates:
        for p in came.candidates:
            gaps[(c.date.text, p.date.text)] = (p.day - c.day).days
    values = sorted(set(gaps.values()))
    working: int | None = None
    if crossing.chosen is not None and came.chosen is not None:
        working = (came.chosen.day - crossing.chosen.day).days
    disputed: list[DisputedFact] = []
    if crossing.conflict:
        consequence = {c.day: _("gap of {days}").format(days=days((came.earliest - c.day).days))
                       for c in crossing.candidates}
        disputed.append(crossing.dispute(_("date of entry"), consequence))
    if came.conflict:
        consequence = {p.day: _("gap of {days}").format(
            days=days((p.day - crossing.earliest).days)) for p in came.candidates}
        disputed.append(came.dispute(_("date of presentation"), consequence))
    if len(values) == 1:
        gap_text = days(values[0])
    elif working is not None:
        others = _(" or ").join(days(v) for v in values if v != working)
        gap_text = _("{working} on the working values; {others} on the other dates the "
                     "sources give").format(working=days(working), others=others)
    else:
        gap_text = _("{gaps} (the sources disagree on the dates)").format(
            gaps=_(" or ").join(days(v) for v in values))
    detained_first = [
        d for d in ctx.events(E.DETENTION_HOST) if d.latest < came.earliest
    ]
    extra = (_(" The person was detained ({date}) before presenting.").format(
        date=detained_first[0].describe_date()) if detained_first else "")
    text = (
        _("Entry {entry}; presentation to the authorities {presented} ({event}): a gap of "
          "{gap}. The Convention sets no number of days: whether this is 'without delay' is a "
          "question of fact and degree (what the person did meanwhile, fear, access to "
          "information and help).").format(
            entry=crossing.describe_date(), presented=came.describe_date(),
            event=came.event.title, gap=gap_text)
        + extra
    )
    return ctx.finding(
        WITHOUT_DELAY, U, text,
        kind=FindingKind.QUESTION_OF_FACT,
        facts_used=(*crossing.date_claims, *came.date_claims),
        disputed=disputed,
        missing=[_("what the person did between entry and presentation, and why")],
        details={"gap_days": values, "gap_days_working": working,
                 "gaps": [{"entry": k[0], "presentation": k[1], "days": v}
                          for k, v in sorted(gaps.items())]},
    )


def _good_cause(ctx: Context) -> Finding:
    serious, _other = persecution(ctx)
    # UNHCR's reading of "good cause" dates from 2024; before that, the treaty words alone.
    if ctx.in_force(GOOD_CAUSE):
        pid, title = GOOD_CAUSE, None
    else:
        pid, title = NO_PENALTIES, _("Good cause for the illegal entry or presence")
    if serious:
        return ctx.finding(
            pid, H,
            _("The person fled the harm recorded to seek protection; fleeing persecution is good "
              "cause for entering without authorisation."),
            facts_used=[c for e in serious for c in e.claims], title=title,
        )
    return ctx.finding(pid, U, _("The reasons for the unauthorised entry are not recorded."),
                       missing=[_("why the person entered without authorisation")],
                       title=title)


def _detention_standard(ctx: Context) -> Finding | None:
    """UNHCR's standard on detaining asylum seekers, in the version of the date."""
    if ctx.in_force(NO_DETENTION):
        return ctx.finding(NO_DETENTION, U, _("Refugees meeting art. 31(1) should not be "
                                              "detained for irregular entry, including for "
                                              "deterrence."))
    for pid in (DETENTION_NOT_ARBITRARY, DETENTION_EXCEPTIONAL):
        if ctx.in_force(pid):
            return ctx.finding(
                pid, U,
                _("Detaining an asylum seeker is exceptional: it needs an individual assessment "
                  "of necessity, reasonableness and proportionality, and must not be "
                  "automatic."),
                missing=[_("an individual assessment of the need to detain")],
            )
    return None


def _restrictions(ctx: Context) -> Finding | None:
    held = custody(ctx)
    if held is None:
        return None
    span = (_("from {start} to {end}").format(start=held.detention.describe_date(),
                                               end=held.release.describe_date())
            if held.release else
            _("from {start}, still held").format(start=held.detention.describe_date()))
    standard = _detention_standard(ctx)
    return ctx.finding(
        RESTRICTIONS, U,
        _("The person was deprived of liberty ({event}, {span}). Restrictions on refugees who "
          "entered irregularly must be necessary and last only until their status is "
          "regularised; detention must not be automatic or a penalty for irregular entry. "
          "Necessity is not shown by the facts recorded.").format(
            event=held.detention.event.title, span=span),
        facts_used=(*held.detention.claims, *(held.release.claims if held.release else ())),
        missing=[_("the reasons given for detention and whether alternatives were considered")],
        subs=(standard,) if standard is not None else (),
    )


def evaluate(ctx: Context) -> RuleResult:
    crossing = entry(ctx)
    came = presentation(ctx)
    parts = [
        _illegal_entry(ctx, crossing),
        _directly(ctx, crossing),
        _without_delay(ctx, crossing, came),
        _good_cause(ctx),
    ]
    if crossing is None and came is None:
        return RuleResult()
    outcome = all_of(p.outcome for p in parts)
    raw = parts[2].details.get("gap_days")
    gaps = [g for g in raw if isinstance(g, int)] if isinstance(raw, list) else []
    if outcome == U and all(p.outcome != U for i, p in enumerate(parts) if i != 2):
        text = (_("Art. 31(1) bars penalties for the illegal entry if the person presented "
                  "themselves without delay: {gaps} passed between entry and presentation, a "
                  "question of fact for the court; the other conditions hold.").format(
                    gaps=_(" or ").join(days(g) for g in gaps)) if gaps else
                _("Art. 31(1) bars penalties for the illegal entry if the person presented "
                  "themselves without delay: a question of fact for the court; the other "
                  "conditions hold."))
    elif outcome == H:
        text = _("All conditions of art. 31(1) are met: no penalties for the illegal entry.")
    elif outcome == N:
        text = _("A condition of art. 31(1) is not met.")
    else:
        open_parts = listing(p.title.lower() for p in parts if p.outcome == U)
        text = _("Not yet determined: {parts}.").format(parts=open_parts)
    findings: list[Finding] = [
        ctx.finding(
            NO_PENALTIES, outcome, text, subs=parts,
            facts_used=[c for p in parts for c in p.facts_used],
            missing=[m for p in parts for m in p.missing_facts],
            disputed=[d for p in parts for d in p.disputed],
            details={"gap_days": gaps} if gaps else None,
        )
    ]
    restriction = _restrictions(ctx)
    if restriction is not None:
        findings.append(restriction)
    return RuleResult(findings=tuple(findings))


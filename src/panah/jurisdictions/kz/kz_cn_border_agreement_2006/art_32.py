"""KZ–CN border-regime agreement art. 32: hand-over of border violators within seven days.

A citizen of the other Party detained as a border violator is to be handed over within seven
days of the detention (para. 1); nationals of the detaining State are not (para. 2); a violator
who committed *other* crimes may be held for their prosecution (para. 3, permissive: the
crossing itself is not "another" crime). The seven-day window is a deadline that runs from the
detention.

For a person at risk the hand-over collides with non-refoulement (Refugee Convention art. 33(1),
CAT art. 3, Law On Refugees art. 18(2)). That **conflict of norms is a finding**: the agreement
itself keeps the Parties' other treaty obligations (art. 50) and the rights of violators under
common treaties (art. 33(1)); UNHCR's position is that non-refoulement prevails over hand-over
and extradition agreements; Criminal Code art. 1(3) gives ratified treaties priority over the
Code but does not decide between two treaties.
"""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.jurisdictions.kz import counting
from panah.law.assess import RuleResult
from panah.law.context import Context, EventFact
from panah.law.deadlines import DeadlineKind
from panah.law.evidence import custody, entry
from panah.law.findings import Finding, FindingKind
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome, any_of
from panah.law.words import country, day, listing

__all__ = ["CONFLICT", "HAND_OVER", "evaluate"]

A = "kz/kz-cn-border-agreement-2006"
HAND_OVER = f"{A}/art-32"
OWN_NATIONALS = f"{A}/art-32/para-2"
OTHER_CRIMES = f"{A}/art-32/para-3"
COMMON_TREATIES = f"{A}/art-33/para-1"
CONFLICT = f"{A}/art-50"
UNHCR_POSITION = "intl/un-positions/unhcr-non-refoulement-over-extradition"
CC_TREATIES = "kz/criminal-code-2014/art-1/part-3"
LAW_NON_REFOULEMENT = "kz/law-on-refugees-2009/art-18/para-2/indent-2"
RC33 = "intl/refugee-convention-1951/art-33/para-1"
CAT3 = "intl/cat-1984/art-3"

PARTIES = {"KZ", "CN"}
E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def _violator_detention(ctx: Context) -> EventFact | None:
    crossing = entry(ctx)
    held = custody(ctx)
    if crossing is None or held is None:
        return None
    if crossing.type != E.BORDER_CROSSING_OUTSIDE_CHECKPOINT:
        return None
    if held.detention.latest < crossing.earliest:
        return None
    return held.detention


def _conflict(ctx: Context, detention: EventFact) -> Finding:
    protections = [f for f in (ctx.recall(RC33), ctx.recall(CAT3)) if f is not None]
    law = [f for f in (ctx.recall(LAW_NON_REFOULEMENT),) if f is not None]
    subs = [
        *protections,
        *law,
        ctx.finding(
            CONFLICT, H,
            _("The agreement does not affect the Parties' rights and obligations under other "
              "treaties: the hand-over clause yields to the Refugee Convention and CAT."),
            on=detention.earliest,
        ),
        ctx.finding(
            COMMON_TREATIES, H,
            _("Border violators keep the rights given by national law and by the treaties both "
              "States are parties to (whether both are parties to the Refugee Convention and "
              "CAT was not checked in the law brief)."),
            on=detention.earliest,
        ),
        ctx.finding(
            UNHCR_POSITION, H,
            _("UNHCR: non-refoulement prevails over bilateral or multilateral extradition and "
              "hand-over agreements."),
        ),
        ctx.finding(
            CC_TREATIES, U,
            _("Ratified treaties take priority over the Criminal Code, but this does not decide "
              "a conflict between two treaties; the answer comes from art. 50 of the agreement "
              "and the absolute character of non-refoulement."),
        ),
    ]
    outcome = any_of(p.outcome for p in protections) if protections else U
    held = [p.citation for p in protections if p.outcome == H]
    if outcome == H:
        text = _(
            "A hand-over to China under art. 32 would return a person protected by {basis}. "
            "Non-refoulement prevails: the agreement itself leaves other treaty obligations "
            "untouched (art. 50) and UNHCR holds that non-refoulement overrides hand-over "
            "agreements. The hand-over must not take place."
        ).format(basis=listing(held))
    else:
        text = _(
            "Whether a hand-over under art. 32 would breach non-refoulement depends on findings "
            "still open (refugee definition, risk of torture). The agreement leaves other "
            "treaty obligations untouched (art. 50)."
        )
    return ctx.finding(
        CONFLICT, outcome, text, kind=FindingKind.CONFLICT, subs=subs, on=detention.earliest,
        title=_("Conflict of norms: hand-over (art. 32) against non-refoulement"),
        facts_used=detention.claims,
    )


def evaluate(ctx: Context) -> RuleResult:
    detention = _violator_detention(ctx)
    if detention is None or not ctx.in_force(HAND_OVER, detention.earliest):
        return RuleResult()
    countries, cit_claims = ctx.citizenship()
    if not PARTIES & set(countries):
        return RuleResult()
    if "KZ" in countries:
        own = ctx.finding(OWN_NATIONALS, H, _("The person is a citizen of Kazakhstan, the "
                                              "detaining State: not handed over."),
                          facts_used=cit_claims, on=detention.earliest)
        return RuleResult(findings=(own,))
    handed = ctx.first(E.HANDOVER_CARRIED_OUT)
    window = ctx.deadline(
        ident="kz-cn-hand-over-window", provision=HAND_OVER,
        parameter=f"{A}/hand-over-period", trigger=detention,
        counting=counting.treaty("the agreement sets no counting rule: counted from the day "
                                 "after the detention, the last day not moved"),
        kind=DeadlineKind.TERM, actor="state", title=_("Hand-over window under the agreement"),
        completion=handed,
    )
    due = window.due
    assert due is not None
    closed = ctx.as_of > due
    other = ctx.finding(
        OTHER_CRIMES, N,
        _("Para. 3 lets the detaining State hold a violator for *other* crimes; the prosecution "
          "for the crossing itself is not another crime, so it does not extend the window."),
        on=detention.earliest,
    )
    own = ctx.finding(OWN_NATIONALS, N, _("The person is a citizen of {countries}, not of "
                                          "Kazakhstan: the exception for the detaining State's "
                                          "nationals does not apply.").format(
                                            countries=listing(country(c) for c in countries)),
                      facts_used=cit_claims, on=detention.earliest)
    text = (
        _("A citizen of China detained in Kazakhstan after crossing outside a checkpoint "
          "({date}): the agreement provides for hand-over within seven days of the detention, "
          "by {due}. ").format(date=detention.describe_date(), due=day(due))
        + (_("That window closed on {due}; no hand-over took place in it.").format(due=day(due))
           if closed and handed is None else
           _("A hand-over took place ({date}).").format(date=handed.describe_date())
           if handed is not None else
           _("The window is open until {due}.").format(due=day(due)))
    )
    rule = ctx.finding(HAND_OVER, H, text, facts_used=(*detention.claims, *cit_claims),
                       subs=(own, other), on=detention.earliest,
                       details={"window_closes": due.isoformat()})
    return RuleResult(findings=(rule, _conflict(ctx, detention)), deadlines=(window,))

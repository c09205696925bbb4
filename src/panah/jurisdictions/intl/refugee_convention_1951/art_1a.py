"""Refugee Convention art. 1A(2): who is a refugee; with the art. 1F exclusion clauses.

The definition's elements are sub-findings: outside the country of nationality, a well-founded
fear of persecution, a Convention ground, and no exclusion under art. 1F. Recognition is
declaratory, so the finding speaks of the person's situation, not of a decision.
"""

from __future__ import annotations

from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.evidence import entry, host_country, persecution, protected_characteristics
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome, all_of, not_
from panah.law.words import country, listing

__all__ = ["DEFINITION", "EXCLUSION", "evaluate"]

DEFINITION = "intl/refugee-convention-1951/art-1a/para-2"
EXCLUSION = "intl/refugee-convention-1951/art-1f"

H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def _outside(ctx: Context) -> Finding:
    title = _("Outside the country of nationality")
    countries, cit_claims = ctx.citizenship()
    crossing = entry(ctx)
    host = host_country(ctx)
    missing = []
    if not countries:
        missing.append(_("the person's citizenship (claim property 'citizenship')"))
    if crossing is None:
        missing.append(
            _("how and when the person left that country (a crossing or arrival event)"))
    if missing:
        return ctx.finding(DEFINITION, U, _("Not yet shown that the person is outside the "
                                            "country of nationality."),
                           missing=missing, title=title, facts_used=cit_claims)
    assert crossing is not None
    if host is not None and host in countries:
        return ctx.finding(DEFINITION, N, _("The person is a citizen of {country}, the state "
                                            "where the case is.").format(country=country(host)),
                           facts_used=cit_claims, title=title)
    return ctx.finding(
        DEFINITION,
        H,
        (_("A citizen of {countries}, the person left that country ({event}, {date}) and is "
           "in {host}.") if host else
         _("A citizen of {countries}, the person left that country ({event}, {date}).")).format(
            countries=listing(country(c) for c in countries), event=crossing.event.title,
            date=crossing.describe_date(), host=country(host) if host else host),
        facts_used=(*cit_claims, *crossing.claims),
        title=title,
    )


def _fear(ctx: Context) -> Finding:
    title = _("Well-founded fear of being persecuted")
    serious, other = persecution(ctx)
    used = [c for e in serious + other for c in e.claims]
    if serious:
        what = listing(f"{e.event.title} ({e.describe_date()})" for e in serious)
        extra = (_("; also {events}").format(events=listing(e.event.title for e in other))
                 if other else "")
        return ctx.finding(
            DEFINITION, H,
            _("The case records serious harm in the country of origin: {what}{extra}. Past "
              "persecution is strong evidence that the fear of further persecution is well "
              "founded.").format(what=what, extra=extra),
            facts_used=used, title=title,
        )
    if other:
        return ctx.finding(
            DEFINITION, U,
            _("The case records {events}, but no detention, internment or torture; whether the "
              "fear is well founded needs assessment.").format(
                events=listing(e.event.title for e in other)),
            facts_used=used, title=title,
            missing=[_("evidence of the seriousness of the harm feared (detention, internment, "
                       "torture, or country information on people in the same situation)")],
        )
    return ctx.finding(
        DEFINITION, U,
        _("The case records no persecution or risk in the country of origin yet."),
        missing=[_("facts of persecution or risk in the country of origin")], title=title,
    )


def _ground(ground: str) -> str:
    """The Convention ground's label (from :func:`protected_characteristics`) in words."""
    labels = {"race or nationality (ethnicity)": _("race or nationality (ethnicity)"),
              "religion": _("religion")}
    return labels.get(ground, ground)


def _grounds(ctx: Context, fear: Finding) -> Finding:
    title = _("For reasons of a Convention ground")
    found = protected_characteristics(ctx)
    if not found:
        return ctx.finding(
            DEFINITION, U, _("The case records no ethnicity, religion, nationality, political "
                             "opinion or social group for the person."),
            missing=[_("the person's ethnicity, religion or political opinion, and why they "
                       "are targeted")], title=title,
        )
    used = [c for _g, _v, claims in found for c in claims]
    text = listing(f"{_ground(ground)}: {value}" for ground, value, _claims in found)
    if fear.outcome != H:
        return ctx.finding(
            DEFINITION, U,
            _("The case records {grounds}, but not yet persecution linked to it.").format(
                grounds=text),
            facts_used=used,
            missing=[_("how the harm feared is linked to these characteristics")],
            title=title,
        )
    return ctx.finding(
        DEFINITION, H,
        _("The case records {grounds}; the harm recorded is the kind directed at people for "
          "these characteristics. The link (nexus) must still be shown in the claim "
          "itself.").format(grounds=text),
        facts_used=used, title=title,
    )


def exclusion(ctx: Context) -> Finding:
    """Art. 1F: no fact in the case points to the exclusion clauses (it is for the state)."""
    return ctx.finding(
        EXCLUSION,
        N,
        _("No fact in the case gives serious reasons for considering that the person committed "
          "a crime against peace, a war crime or a crime against humanity, a serious "
          "non-political crime before admission, or acts contrary to the purposes of the UN. "
          "Accusations by the country of origin alone are not such reasons. Exclusion would not "
          "lift the bar on return to torture (CAT art. 3)."),
    )


def evaluate(ctx: Context) -> RuleResult:
    outside = _outside(ctx)
    fear = _fear(ctx)
    grounds = _grounds(ctx, fear)
    excluded = exclusion(ctx)
    outcome = all_of([outside.outcome, fear.outcome, grounds.outcome, not_(excluded.outcome)])
    if outcome == H:
        text = _("On the facts recorded the person meets the refugee definition: outside the "
                 "country of nationality, with a well-founded fear of persecution for a "
                 "Convention ground, and not excluded. Recognition is declaratory.")
    elif outcome == N:
        text = _("On the facts recorded the person does not meet the refugee definition.")
    else:
        open_parts = [f.title.lower() for f in (outside, fear, grounds) if f.outcome == U]
        text = _("Not yet determined: {parts} still to be shown.").format(
            parts=listing(open_parts))
    finding = ctx.finding(
        DEFINITION, outcome, text, subs=(outside, fear, grounds, excluded),
        facts_used=[c for f in (outside, fear, grounds) for c in f.facts_used],
        missing=[m for f in (outside, fear, grounds) for m in f.missing_facts],
    )
    return RuleResult(findings=(finding,))

"""Refugee Convention art. 33: non-refoulement (para. 1) and its exceptions (para. 2).

Para. 1 protects refugees, and asylum seekers while their claim is pending, since recognition
is declaratory. Para. 2 lifts the protection only for a danger to the security of the country,
or for a person finally convicted of a particularly serious crime who is a danger to the
community. A conviction for crossing the border irregularly is not, on its face, such a crime
(an interpretation the law brief marks as unverified); other convictions are left open.
"""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.evidence import asylum_start, charges, final_refusal, status_grant
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome, all_of, any_of, not_
from panah.law.words import listing

__all__ = ["EXCEPTIONS", "NON_REFOULEMENT", "evaluate", "exceptions"]

NON_REFOULEMENT = "intl/refugee-convention-1951/art-33/para-1"
EXCEPTIONS = "intl/refugee-convention-1951/art-33/para-2"
DEFINITION = "intl/refugee-convention-1951/art-1a/para-2"

H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED

# Offences that are, on their face, not "particularly serious": irregular border crossing.
_MINOR_CHARGE_MARKERS = ("art-392", "art-514", "art-517", "border")


def exceptions(ctx: Context) -> Finding:
    verdicts = ctx.events(EventType.VERDICT, EventType.SENTENCE)
    if not verdicts:
        return ctx.finding(
            EXCEPTIONS, N,
            _("No final conviction is recorded, and no fact suggests the person is a danger to "
              "the security of the country: neither exception of art. 33(2) applies."),
        )
    charged = [c for _, c in charges(ctx)]
    used = [c for v in verdicts for c in v.claims]
    if charged and all(c and any(m in c for m in _MINOR_CHARGE_MARKERS) for c in charged):
        return ctx.finding(
            EXCEPTIONS, N,
            _("The conviction recorded ({dates}) is for crossing the border irregularly "
              "({charges}). That is not, on its face, a 'particularly serious crime', and nothing "
              "shows a danger to the community; the exception does not apply. (This reading is "
              "an interpretation, not a verified rule.)").format(
                dates=listing(v.describe_date() for v in verdicts),
                charges=listing(c for c in charged if c)),
            facts_used=used,
        )
    return ctx.finding(
        EXCEPTIONS, U,
        _("A conviction is recorded; whether it is for a particularly serious crime and "
          "whether the person is a danger to the community must be assessed."),
        facts_used=used,
        missing=[_("the offence of conviction and its gravity"),
                 _("evidence on danger to the community")],
    )


def evaluate(ctx: Context) -> RuleResult:
    definition = ctx.recall(DEFINITION)
    seeker = asylum_start(ctx)
    grant = status_grant(ctx)
    refusal = final_refusal(ctx)
    paths: list[Outcome] = []
    reasons: list[str] = []
    used: list[str] = []
    if grant is not None:
        paths.append(H)
        reasons.append(_("the person was recognised as a refugee ({date})").format(
            date=grant.describe_date()))
        used.extend(grant.claims)
    if seeker is not None and refusal is None:
        paths.append(H)
        reasons.append(
            _("the person sought asylum ({event}, {date}) and the claim has not been finally "
              "refused; pending determination an asylum seeker is protected, because "
              "recognition is declaratory").format(
                event=seeker.event.title, date=seeker.describe_date())
        )
        used.extend(seeker.claims)
    if definition is not None:
        paths.append(definition.outcome)
        if definition.outcome == H:
            reasons.append(_("on the facts recorded the person meets the refugee definition"))
    protected = any_of(paths)
    para2 = exceptions(ctx)
    outcome = all_of([protected, not_(para2.outcome)])
    subs = [s for s in (definition, para2) if s is not None]
    if outcome == H:
        text = _("Protected against expulsion or return to the frontiers of territories where "
                 "life or freedom would be threatened: {reasons}; no exception of art. 33(2) "
                 "applies.").format(reasons=listing(reasons))
        missing: list[str] = []
    elif protected == N:
        text = _("Not shown to be a refugee or an asylum seeker.")
        missing = [_("a claim to asylum, or facts meeting the refugee definition")]
    elif para2.outcome == H:
        text = _("An exception of art. 33(2) applies; CAT art. 3 still bars return to torture.")
        missing = []
    else:
        text = (_("Not yet determined: the exception of art. 33(2) must be assessed.")
                if protected == H else
                _("Not yet determined: whether the person is a refugee or asylum seeker is still "
                  "open."))
        missing = [m for s in subs for m in s.missing_facts]
    if refusal is not None:
        text += _(" The claim was refused ({date}); the protection follows the facts, not the "
                  "decision, if the person is in fact a refugee.").format(
            date=refusal.describe_date())
        used.extend(refusal.claims)
    finding = ctx.finding(NON_REFOULEMENT, outcome, text, facts_used=used, missing=missing,
                          subs=subs)
    return RuleResult(findings=(finding,))

"""CAT art. 3: no expulsion, return or extradition where there is a danger of torture.

Substantial grounds come from the person's own history (past torture, internment, detention by
the authorities of the country of return) read with art. 1's definition of torture. Art. 3 has
no exception. General Comment No. 4 reads "expel, return or extradite" to cover every form of
transfer, including a hand-over at the border, so a border agreement is within its reach.
"""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.law.assess import RuleResult
from panah.law.context import Context, EventFact
from panah.law.evidence import persecution
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome
from panah.law.words import listing

__all__ = ["DEFINITION", "DEPORTATION_SCOPE", "NON_REFOULEMENT", "evaluate", "torture"]

NON_REFOULEMENT = "intl/cat-1984/art-3"
DEFINITION = "intl/cat-1984/art-1"
DEPORTATION_SCOPE = "intl/cat-general-comment-4-2017/deportation-scope"

H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED
E = EventType


def torture(ctx: Context) -> Finding:
    """Art. 1: does the harm recorded amount to torture?"""
    acts = ctx.events(E.TORTURE)
    if acts:
        methods: list[str] = []
        for a in acts:
            treatment = ctx.event_detail(a, "treatment")
            methods.extend(str(v) for v in treatment.values() if v)
        dates = listing(a.describe_date() for a in acts)
        return ctx.finding(
            DEFINITION, H,
            (_("The case records torture ({methods}) ({dates}): severe pain or suffering "
               "inflicted on purpose by or with the consent of officials.") if methods else
             _("The case records torture ({dates}): severe pain or suffering inflicted on "
               "purpose by or with the consent of officials.")).format(
                methods=listing(methods), dates=dates),
            facts_used=[c for a in acts for c in a.claims],
        )
    ill = ctx.events(E.ILL_TREATMENT, E.CAMP_INTERNMENT)
    if ill:
        return ctx.finding(
            DEFINITION, U,
            _("The case records {events}; whether the treatment reached the severity of torture "
              "is not recorded.").format(events=listing(e.event.title for e in ill)),
            facts_used=[c for e in ill for c in e.claims],
            missing=[_("what was done to the person, by whom, and its effects")],
        )
    return ctx.finding(DEFINITION, U, _("No torture or ill-treatment is recorded."),
                       missing=[_("the person's account of treatment in detention")])


def _grounds(serious: list[EventFact], other: list[EventFact]) -> str:
    parts = [f"{e.event.title} ({e.describe_date()})" for e in serious]
    if other:
        parts.append(listing(e.event.title for e in other))
    return listing(parts)


def evaluate(ctx: Context) -> RuleResult:
    serious, other = persecution(ctx)
    definition = torture(ctx)
    scope = ctx.finding(
        DEPORTATION_SCOPE, H,
        _("Any transfer counts: expulsion, extradition, forcible return, hand-over at the "
          "border, rejection at the frontier. A hand-over under a border agreement is within "
          "art. 3."),
    )
    used = [c for e in serious + other for c in e.claims]
    if serious or definition.outcome == H:
        outcome = H
        text = _("Substantial grounds for believing the person would be in danger of torture "
                 "if returned: {grounds}. The prohibition is absolute: no exception for "
                 "security, crime or exclusion, and it covers any form of transfer.").format(
            grounds=_grounds(serious, other))
        missing: list[str] = []
    elif other:
        outcome = U
        text = _("The case records {grounds}; whether that gives substantial grounds for a "
                 "personal, present and foreseeable risk of torture needs more.").format(
            grounds=_grounds(serious, other))
        missing = [_("evidence of a personal risk of torture on return (past torture, "
                     "detention, or the treatment of people in the same situation)")]
    else:
        outcome = U
        text = _("No facts about a risk of torture in the country of return are recorded yet.")
        missing = [_("facts of past ill-treatment or of a risk of torture on return")]
    finding = ctx.finding(NON_REFOULEMENT, outcome, text, facts_used=used, missing=missing,
                          subs=(definition, scope))
    return RuleResult(findings=(finding,))

"""Refugee Convention art. 32: a refugee lawfully in the territory may be expelled only on
grounds of national security or public order, by due process, with a reasonable period to seek
admission elsewhere. A recognised refugee is lawfully in the territory; an asylum seeker holding
a certificate of lawful stay arguably is too (left undetermined)."""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.evidence import status_grant
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome

__all__ = ["EXPULSION", "evaluate"]

EXPULSION = "intl/refugee-convention-1951/art-32"
E = EventType


def evaluate(ctx: Context) -> RuleResult:
    grant = status_grant(ctx)
    if grant is not None:
        return RuleResult(findings=(ctx.finding(
            EXPULSION, Outcome.HOLDS,
            _("Recognised as a refugee ({date}), the person is lawfully in the territory: "
              "expulsion only on national-security or public-order grounds, by a decision "
              "reached by due process, with time to seek admission elsewhere.").format(
                date=grant.describe_date()),
            facts_used=grant.claims),))
    cert = ctx.first(E.ASYLUM_CERTIFICATE_ISSUED)
    if cert is not None:
        return RuleResult(findings=(ctx.finding(
            EXPULSION, Outcome.UNDETERMINED,
            _("The asylum-seeker certificate ({date}) confirms lawful stay; whether that makes "
              "the person 'lawfully in' the territory for art. 32 is arguable.").format(
                date=cert.describe_date()),
            facts_used=cert.claims,
            missing=[_("whether an asylum seeker with a certificate is 'lawfully in' the "
                       "territory")]),))
    return RuleResult()

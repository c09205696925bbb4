"""Law On Refugees art. 6 (and art. 6-1 from 8 Apr 2022): who registers and decides.

The competent body is a dated parameter: the Interior Ministry's migration service until
7 Apr 2022, the local executive body (akimat) through its refugee-status commission from
8 Apr 2022. The rule names the body competent on the day the application was made, and the one
competent on the assessment date when they differ.
"""

from __future__ import annotations

from panah.jurisdictions.kz.law_on_refugees_2009.art_10 import application
from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome

__all__ = ["COMPETENCE", "evaluate"]

P = "kz/law-on-refugees-2009"
COMPETENCE = f"{P}/art-6"
COMMISSIONS = f"{P}/art-6-1"
PARAMETER = f"{P}/competent-authority"


def evaluate(ctx: Context) -> RuleResult:
    applied = application(ctx)
    if applied is None or not ctx.in_force(COMPETENCE, applied.earliest):
        return RuleResult()
    then = ctx.parameter_value(PARAMETER, applied.earliest)
    now = ctx.parameter(PARAMETER).find_value_on(ctx.as_of)
    text = _("On the day of the application ({date}) the competent body was: {body}.").format(
        date=applied.describe_date(), body=_(str(then.value)))
    if now is not None and now.value != then.value:
        text += _(" On {date} it is: {body}.").format(date=ctx.as_of.isoformat(),
                                                    body=_(str(now.value)))
    subs = []
    if ctx.in_force(COMMISSIONS):
        subs.append(ctx.finding(COMMISSIONS, Outcome.HOLDS, _(
            "Local executive bodies create the refugee-status commissions that decide.")))
    finding = ctx.finding(COMPETENCE, Outcome.HOLDS, text, facts_used=applied.claims,
                          on=applied.earliest, subs=subs,
                          details={"competent_body": str(then.value)})
    return RuleResult(findings=(finding,))

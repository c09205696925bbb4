"""ICCPR Optional Protocol: communications to the Human Rights Committee against Kazakhstan.

In force for Kazakhstan 3 months after its ratification of 30 Jun 2009 (art. 9(2): 30 Sep 2009),
for acts and omissions after that day (its declaration). The same matter must not be examined
under another international procedure, and domestic remedies must be exhausted (art. 5(2)).
Interim measures may be requested on registration (the rule's current number is not verified).
"""

from __future__ import annotations

import datetime as dt

from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.i18n import gettext as _
from panah.law.i18n import pgettext
from panah.law.logic import Outcome
from panah.law.periods import CountingRule, compute_due
from panah.law.words import day, period

__all__ = ["COMMUNICATIONS", "evaluate"]

COMMUNICATIONS = "intl/iccpr-optional-protocol-1966/art-1"
ADMISSIBILITY = "intl/iccpr-optional-protocol-1966/art-5/para-2"
ENTRY_INTO_FORCE = "intl/iccpr-optional-protocol-1966/art-9/para-2"
INTERIM = "intl/hrc-rules-of-procedure/interim-measures"
ART_7 = "intl/iccpr-1966/art-7"
# Kazakhstan deposited its ratification on 30 Jun 2009 (law brief 4.1).
KZ_RATIFICATION = dt.date(2009, 6, 30)
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def evaluate(ctx: Context) -> RuleResult:
    art7 = ctx.recall(ART_7)
    if art7 is None or "kz" not in ctx.case.jurisdictions:
        return RuleResult()
    delay, value = ctx.period("intl/iccpr-optional-protocol-1966/entry-into-force-delay",
                              KZ_RATIFICATION)
    in_force = compute_due(KZ_RATIFICATION, delay,
                           CountingRule(False, "treaty dates are not moved"), ctx.calendar).day
    timely = ctx.finding(
        ENTRY_INTO_FORCE, H if ctx.as_of > in_force else N,
        _("In force for Kazakhstan {delay} after ratification ({ratified}), i.e. {date} "
          "({level}); only later acts and omissions can be complained of - a present risk of "
          "removal is later.").format(
            delay=period(delay), ratified=day(KZ_RATIFICATION), date=in_force.isoformat(),
            level=pgettext("verification level", value.verification.value)),
        details={"in_force_for_kz": in_force.isoformat()})
    subs = [
        timely,
        ctx.finding(ADMISSIBILITY, U, _("Not if the same matter is before another "
                                        "international procedure (choose this or the Committee "
                                        "against Torture); domestic remedies exhausted unless "
                                        "ineffective."),
                    missing=[_("other procedures used"), _("domestic remedies used")]),
    ]
    if ctx.in_force(INTERIM):
        subs.append(ctx.finding(INTERIM, art7.outcome, _(
            "The Committee's Special Rapporteur can ask the State not to remove the author while "
            "the communication is pending (observed within 1-14 days).")))
    outcome = art7.outcome if timely.outcome == H else N
    finding = ctx.finding(
        COMMUNICATIONS, outcome,
        _("A communication to the Human Rights Committee is open against Kazakhstan on the risk "
          "of treatment contrary to ICCPR art. 7.") if outcome == H else
        _("A communication to the Human Rights Committee is open against Kazakhstan."),
        subs=subs)
    return RuleResult(findings=(finding,))

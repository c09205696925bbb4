"""UN Special Procedures: an urgent appeal by the Special Rapporteur on torture.

Available on credible information of a risk of torture, including imminent deportation; no need
to exhaust domestic remedies or for the State to have ratified a treaty; the mandate can act in
less than 24 hours. Events older than two years are usually not taken up: a deadline shows when
the most recent torture or ill-treatment recorded passes that age.
"""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.deadlines import DeadlineKind
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome
from panah.law.periods import CountingRule

__all__ = ["URGENT_APPEAL", "evaluate"]

URGENT_APPEAL = "intl/un-special-procedures/urgent-appeal"
COMMUNICATIONS = "intl/un-special-procedures/communications"
CHANNEL = "intl/un-special-procedures/submission-channel"
CAT3 = "intl/cat-1984/art-3"
E = EventType
H, U = Outcome.HOLDS, Outcome.UNDETERMINED


def evaluate(ctx: Context) -> RuleResult:
    cat3 = ctx.recall(CAT3)
    if cat3 is None or cat3.outcome == Outcome.DOES_NOT_HOLD:
        return RuleResult()
    subs = [
        ctx.finding(COMMUNICATIONS, H, _("No need to exhaust domestic remedies; anonymous "
                                         "submissions are not considered; the source is kept "
                                         "confidential.")),
        ctx.finding(CHANNEL, H, _("Submit through the OHCHR online form or the urgent-action "
                                  "address; it stays confidential until the joint "
                                  "communications report.")),
    ]
    finding = ctx.finding(
        URGENT_APPEAL, cat3.outcome,
        _("An urgent appeal to the Special Rapporteur on torture is available now: the risk of "
          "torture on return is shown.") if cat3.outcome == H else
        _("An urgent appeal to the Special Rapporteur on torture is available once the risk of "
          "torture is shown."), subs=subs)
    deadlines = []
    harm = ctx.last(E.TORTURE, E.ILL_TREATMENT)
    if harm is not None:
        deadlines.append(ctx.deadline(
            ident="un-sp-allegation-age", provision=COMMUNICATIONS,
            parameter="intl/un-special-procedures/staleness-limit", trigger=harm,
            counting=CountingRule(False, "a practice, not a rule: nothing moves"),
            kind=DeadlineKind.TERM, actor="person",
            title=_("Torture allegation still recent enough for the mandate (practice)"),
            note=_("a practice of the torture mandate, not a time limit; urgent appeals about a "
                   "future risk are not affected"),
        ))
    return RuleResult(findings=(finding,), deadlines=tuple(deadlines))

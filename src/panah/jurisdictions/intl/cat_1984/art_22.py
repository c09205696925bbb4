"""CAT art. 22 and the Committee's rules: the individual complaint, interim measures (Rule 114),
the State's six-month reply and the 90-day follow-up after a decision.

Kazakhstan made the art. 22 declaration in 2008 (the day is not verified, so the complaint is
taken as open from 2009). A complaint is available when CAT art. 3 holds or is open; the
Committee may ask the State not to remove the person while it is pending (Rule 114). The same
matter must not be examined under another international procedure, and domestic remedies must
be exhausted unless ineffective (art. 22(5)). Deadlines: the State replies within 6 months of
transmission (taken as the Rule 114 request, when one is recorded) and reports within 90 days of
a decision finding a violation.
"""

from __future__ import annotations

import datetime as dt

from panah.core.catalogue import EventType
from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.deadlines import Deadline, DeadlineKind
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome
from panah.law.periods import CountingRule

__all__ = ["COMPLAINT", "evaluate"]

COMPLAINT = "intl/cat-1984/art-22"
INADMISSIBLE = "intl/cat-1984/art-22/para-2"
REPLY = "intl/cat-1984/art-22/para-3"
ADMISSIBILITY = "intl/cat-1984/art-22/para-5"
INTERIM = "intl/cat-rules-of-procedure/rule-114"
FOLLOW_UP = "intl/cat-rules-of-procedure/follow-up"
CAT3 = "intl/cat-1984/art-3"
# Kazakhstan's declaration under art. 22 was made in 2008 (law brief INT-CAT-04); its day is not
# verified, so complaints are treated as open from the first day after that year.
KZ_DECLARATION_EFFECTIVE = dt.date(2009, 1, 1)
UN_RULE = CountingRule(move_if_non_working=False, move_citation="UN periods are not moved")
E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED


def evaluate(ctx: Context) -> RuleResult:
    cat3 = ctx.recall(CAT3)
    if cat3 is None or cat3.outcome == N or "kz" not in ctx.case.jurisdictions:
        return RuleResult()
    if ctx.as_of < KZ_DECLARATION_EFFECTIVE:
        return RuleResult(findings=(ctx.finding(
            COMPLAINT, U, _("Kazakhstan's declaration accepting individual complaints dates from "
                            "2008 (day not verified)."),
            missing=[_("the day of the art. 22 declaration")]),))
    subs: list[Finding] = [
        ctx.finding(INTERIM, cat3.outcome,
                    _("Once a complaint is received the Committee can ask Kazakhstan not to "
                      "remove the person while it is pending (no fixed time; observed within 11 "
                      "days).")),
        ctx.finding(ADMISSIBILITY, U,
                    _("Admissible if the same matter is not before another international "
                      "procedure (so not also the Human Rights Committee) and domestic remedies "
                      "are exhausted or ineffective (e.g. no suspensive effect on removal)."),
                    missing=[_("which domestic remedies were used, and whether they suspend "
                               "removal")]),
        ctx.finding(INADMISSIBLE, N, _("A complaint by or for an identified person, not "
                                       "abusive and within the Convention, is not inadmissible "
                                       "on these grounds.")),
    ]
    deadlines: list[Deadline] = []
    interim = ctx.first(E.UN_INTERIM_MEASURES)
    if interim is not None:
        deadlines.append(ctx.deadline(
            ident="cat-state-reply", provision=REPLY, parameter="intl/cat-1984/state-reply-period",
            trigger=interim, counting=UN_RULE, kind=DeadlineKind.TERM, actor="state",
            title=_("State's written explanations on the complaint"),
            note=_("counted from the transmission of the complaint, taken as the "
                   "interim-measures request"),
        ))
    decision = ctx.first(E.UN_DECISION)
    if decision is not None:
        deadlines.append(ctx.deadline(
            ident="cat-follow-up", provision=FOLLOW_UP,
            parameter="intl/cat-rules-of-procedure/follow-up-period", trigger=decision,
            counting=UN_RULE, kind=DeadlineKind.TERM, actor="state",
            title=_("State's report on the steps taken after the decision"),
        ))
    finding = ctx.finding(
        COMPLAINT, cat3.outcome,
        _("A complaint to the Committee against Torture is open against Kazakhstan (art. 22 "
          "declaration, 2008): the risk of torture on return is shown (CAT art. 3).")
        if cat3.outcome == H else
        _("A complaint to the Committee against Torture is open against Kazakhstan (art. 22 "
          "declaration, 2008); whether the risk of torture is shown is still open."),
        subs=subs,
    )
    return RuleResult(findings=(finding,), deadlines=tuple(deadlines))

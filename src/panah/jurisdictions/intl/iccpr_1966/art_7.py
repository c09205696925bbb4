"""ICCPR arts. 6 and 7 read with General Comment No. 31 para. 12: no removal to a real risk of
irreparable harm (torture, ill-treatment, death). Non-derogable; the test is a personal, real
risk, with a high threshold."""

from __future__ import annotations

from panah.core.catalogue import EventType
from panah.law.assess import RuleResult
from panah.law.context import Context
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome

__all__ = ["evaluate"]

ART_7 = "intl/iccpr-1966/art-7"
ART_6 = "intl/iccpr-1966/art-6"
GC31 = "intl/hrc-general-comment-31-2004/para-12"
E = EventType
H, U = Outcome.HOLDS, Outcome.UNDETERMINED


def evaluate(ctx: Context) -> RuleResult:
    harm = ctx.events(E.TORTURE, E.ILL_TREATMENT, E.CAMP_INTERNMENT, E.DETENTION_ORIGIN)
    if not harm and not ctx.events(E.THREAT):
        return RuleResult()
    severe = [e for e in harm if e.type in (E.TORTURE, E.CAMP_INTERNMENT)]
    outcome = H if severe else U
    what = ", ".join(f"{e.event.title} ({e.describe_date()})" for e in harm) or _("threats")
    subs = []
    if ctx.in_force(GC31):
        subs.append(ctx.finding(
            GC31, outcome, _("States must not remove a person where there are substantial "
                             "grounds for believing there is a real risk of irreparable harm "
                             "such as that in arts. 6 and 7."),
            missing=[] if severe else [_("evidence of a personal, real risk")]))
    subs.append(ctx.finding(
        ART_6, U, _("A risk to life on return is not shown by the facts recorded."),
        missing=[_("facts of a risk to life (deaths in custody, death threats)")]))
    text = (_("The case records {what}: a real, personal risk of treatment contrary to art. 7 "
              "on return is shown. The prohibition is non-derogable.") if severe else
            _("The case records {what}: a real, personal risk of treatment contrary to art. 7 "
              "on return may exist; more is needed. The prohibition is non-derogable.")).format(
        what=what)
    finding = ctx.finding(ART_7, outcome, text, facts_used=[c for e in harm for c in e.claims],
                          subs=subs,
                          missing=[] if severe else [_("evidence of the risk on return")])
    return RuleResult(findings=(finding,))

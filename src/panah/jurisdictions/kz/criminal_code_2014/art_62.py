"""Criminal Code art. 62(3): credit for pre-trial custody, and the end of the sentence.

A day in pre-trial custody counts as 2 days in a minimum-security institution, 1.5 in medium
security and 1 in maximum security. The rule reads the verdict's ``term`` (ISO duration), the
institution from its ``penalty`` text, and the custody credited from ``custody_credit`` when
it states a duration ("3 months 3 days", or ISO), else from the detention and verdict dates.
The sentence then ends ``term - ratio x custody`` after the verdict. A release recorded before
that day is shown as such (parole, amnesty or another count: the reason is not in the case).

Art. 51: criminal expulsion is executed after the main punishment, with a 5-year entry ban
(an entry-ban deadline runs from an expulsion carried out).
"""

from __future__ import annotations

import datetime as dt
import re

from panah.core.catalogue import EventType
from panah.core.properties import parse_duration
from panah.jurisdictions.kz import counting
from panah.law.assess import RuleResult
from panah.law.citations import Verification
from panah.law.context import Context, EventFact
from panah.law.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineSpec,
    TriggerDate,
    build_deadline,
)
from panah.law.evidence import custody
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome
from panah.law.periods import Period, add_months
from panah.law.provisions import Unit
from panah.law.words import day, months_and_days

__all__ = ["CREDIT", "evaluate", "months_days"]

C = "kz/criminal-code-2014"
CREDIT = f"{C}/art-62"
EXPULSION = f"{C}/art-51"
E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED

_INSTITUTIONS = (
    ("minimum", f"{C}/custody-credit-minimum-security"),
    ("medium", f"{C}/custody-credit-medium-security"),
    ("maximum", f"{C}/custody-credit-maximum-security"),
)
_WORDS = re.compile(r"(?:(\d+)\s*years?)?\s*(?:(\d+)\s*months?)?\s*(?:(\d+)\s*days?)?")


def months_days(text: str) -> tuple[int, int] | None:
    """'3 months 3 days' or 'P3M3D' -> (months, days); None when no duration is stated."""
    try:
        parts = parse_duration(text.strip())
        return parts.get("y", 0) * 12 + parts.get("mo", 0), parts.get("d", 0) + 7 * parts.get(
            "w", 0
        )
    except ValueError:
        pass
    for m in _WORDS.finditer(text):
        if any(m.groups()):
            y, mo, d = (int(g) if g else 0 for g in m.groups())
            return y * 12 + mo, d
    return None


def _between(start: dt.date, end: dt.date) -> tuple[int, int]:
    """Whole months and remaining days from ``start`` to ``end`` (first day counts)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    rest = (end - add_months(start, months)).days + 1
    return months, rest


def _sentence(ctx: Context, verdict: EventFact) -> tuple[list[Finding], list[Deadline]]:
    term_fact = ctx.event_detail(verdict, "term")
    penalty = " ".join(str(v) for v in ctx.event_detail(verdict, "penalty").values()).lower()
    term = months_days(str(term_fact.value)) if term_fact.value else None
    ratio_param = next((p for word, p in _INSTITUTIONS if word in penalty), None)
    if term is None or ratio_param is None:
        missing = []
        if term is None:
            missing.append(_("the length of the sentence (claim 'term' on the verdict)"))
        if ratio_param is None:
            missing.append(_("the security level of the institution (claim 'penalty')"))
        return [ctx.finding(CREDIT, U, _("The credit for pre-trial custody cannot be computed."),
                            facts_used=verdict.claims, missing=missing,
                            on=verdict.earliest)], []
    ratio_value = ctx.parameter_value(ratio_param, verdict.earliest)
    ratio = float(ratio_value.value)
    credit_fact = ctx.event_detail(verdict, "custody_credit")
    stated = next((months_days(str(v)) for v in credit_fact.values() if v), None)
    held = custody(ctx)
    source = _("as stated in the verdict")
    if stated is None and held is not None and held.detention.earliest < verdict.earliest:
        stated = _between(held.detention.earliest, verdict.earliest - dt.timedelta(days=1))
        source = _("counted from the detention to the day before the verdict")
    if stated is None:
        return [ctx.finding(CREDIT, U, _("The pre-trial custody to credit is not recorded."),
                            facts_used=verdict.claims, on=verdict.earliest,
                            missing=[_("the period of pre-trial custody")])], []
    months, days_ = stated
    credited_days = round((months * 30.4375 + days_) * ratio)
    credit_m, credit_d = int(months * ratio), int(days_ * ratio + (months * ratio % 1) * 30)
    remaining_m = term[0] - credit_m
    remaining_d = term[1] - credit_d
    while remaining_d < 0 and remaining_m > 0:
        remaining_m -= 1
        remaining_d += 30
    end = add_months(verdict.earliest, max(remaining_m, 0)) + dt.timedelta(
        days=max(remaining_d, 0) - 1
    )
    release = next((r for r in ctx.events(E.RELEASE) if r.earliest >= verdict.earliest), None)
    spec = DeadlineSpec(
        id="kz-cc-sentence-end", provision=CREDIT,
        title=_("End of the sentence after custody credit"),
        period=Period(max((end - verdict.earliest).days + 1, 0), Unit.CALENDAR_DAYS),
        counting=counting.custody(), kind=DeadlineKind.TERM, actor="state",
        verification=Verification.weakest([ctx.provision(CREDIT).verification_on(
            verdict.earliest), ratio_value.verification]),
        parameter=ratio_param,
    )
    note = _("term {term} minus {custody} of custody x {ratio} ({source}) = {remaining} from "
             "the verdict").format(
        term=months_and_days(term[0], term[1]), custody=months_and_days(months, days_),
        ratio=f"{ratio:g}", source=source, remaining=months_and_days(remaining_m, remaining_d))
    if release is not None and release.earliest < end:
        note += _("; released {date}, before the computed end (parole, amnesty or another "
                  "count: not recorded)").format(date=release.describe_date())
    deadline = build_deadline(
        spec, as_of=ctx.as_of, calendar=ctx.calendar, trigger=verdict.id,
        trigger_label=verdict.event.title,
        trigger_dates=(TriggerDate(verdict.earliest, verdict.date_claims),),
        completed_by=release.id if release else None,
        completed_on=release.earliest if release else None,
        facts_used=(*verdict.claims, *(release.claims if release else ())), note=note,
        details={"credited_days_approx": credited_days},
    )
    finding = ctx.finding(
        CREDIT, H,
        _("Pre-trial custody of {custody} counts {ratio} times in this institution; of the "
          "{term}-month sentence, {remaining} remained after the verdict ({date}), to "
          "{end}.").format(
            custody=months_and_days(months, days_), ratio=f"{ratio:g}", term=term[0],
            remaining=months_and_days(remaining_m, remaining_d), date=verdict.describe_date(),
            end=day(end)),
        facts_used=(*verdict.claims, *credit_fact.claims), on=verdict.earliest,
    )
    return [finding], [deadline]


def _entry_ban(ctx: Context) -> list[Deadline]:
    expelled = ctx.first(E.EXPULSION_CARRIED_OUT)
    if expelled is None or not ctx.in_force(EXPULSION, expelled.earliest):
        return []
    return [ctx.deadline(
        ident="kz-entry-ban", provision=EXPULSION, parameter=f"{C}/expulsion-entry-ban",
        trigger=expelled, counting=counting.term("an entry ban ends on its last day"),
        kind=DeadlineKind.TERM, actor="state", title=_("Entry ban after expulsion"),
    )]


def evaluate(ctx: Context) -> RuleResult:
    verdict = ctx.last(E.VERDICT, E.SENTENCE)
    findings: list[Finding] = []
    deadlines: list[Deadline] = []
    if verdict is not None and ctx.in_force(CREDIT, verdict.earliest):
        term = ctx.event_detail(verdict, "term")
        if term.known:
            findings, deadlines = _sentence(ctx, verdict)
    deadlines += _entry_ban(ctx)
    return RuleResult(findings=tuple(findings), deadlines=tuple(deadlines))

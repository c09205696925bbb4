"""Alert rules: which risks are live on the assessment date, and what a lawyer can do.

They run after every rule, so they read the findings (non-refoulement, expulsion in the
sanction, the hand-over window) and the deadlines, plus the signals of removal in the case:

* **formal removal steps** (expulsion ordered, hand-over or extradition requested, expulsion
  imposed by a verdict) not yet carried out: critical;
* an **official statement** announcing return or hand-over, or a pending prosecution whose
  sanction includes expulsion while the person is held: high;
* a pending prosecution with expulsion available, or detention alone: medium.

Refugee status in force lowers the risk; a verdict without expulsion removes that signal.
Deadlines give their own alerts: a person's time limit close or missed, a status term ending,
an authority's decision overdue.
"""

from __future__ import annotations

from collections.abc import Sequence

from panah.core.catalogue import EventType, ProceedingKind
from panah.law.alerts import Action, Alert, Severity
from panah.law.context import Context, EventFact
from panah.law.deadlines import Deadline, DeadlineStatus
from panah.law.evidence import custody, is_pending, state_actors, status_grant
from panah.law.findings import Finding
from panah.law.i18n import gettext as _
from panah.law.i18n import pgettext
from panah.law.logic import Outcome
from panah.law.words import day, days, listing, tidy

__all__ = ["deadline_alerts", "refoulement_risk", "removal_statements"]

E = EventType
H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED

RC33 = "intl/refugee-convention-1951/art-33/para-1"
CAT3 = "intl/cat-1984/art-3"
KZ_NON_REFOULEMENT = "kz/law-on-refugees-2009/art-18/para-2/indent-2"
EXPULSION = "kz/criminal-code-2014/art-51"
RC31_CONFLICT = "kz/criminal-code-2014/art-1/part-3"
HAND_OVER = "kz/kz-cn-border-agreement-2006/art-32"
HAND_OVER_CONFLICT = "kz/kz-cn-border-agreement-2006/art-50"
STATUS_ENDED = "kz/law-on-refugees-2009/art-14/para-2"

CAT_INTERIM = "intl/cat-rules-of-procedure/rule-114"
CAT_COMPLAINT = "intl/cat-1984/art-22"
HRC_INTERIM = "intl/hrc-rules-of-procedure/interim-measures"
SAME_MATTER = "intl/iccpr-optional-protocol-1966/art-5/para-2"
URGENT_APPEAL = "intl/un-special-procedures/urgent-appeal"
UNHCR = "intl/un-positions/unhcr-non-refoulement-over-extradition"
DETENTION = "intl/unhcr-detention-guidelines/guideline-4"
RC31_DETENTION = "intl/refugee-convention-1951/art-31/para-2"
EXTEND = "kz/law-on-refugees-2009/art-11/para-5"

_REMOVAL_WORDS = ("hand", "return", "deport", "expel", "extradit", "send back", "sent back",
                  "выда", "депорт", "выдвор", "вернут", "передат")
_REMOVAL_PROCEEDINGS = {ProceedingKind.HANDOVER, ProceedingKind.EXTRADITION,
                        ProceedingKind.ADMINISTRATIVE_EXPULSION}
_FORMAL_STEPS = (E.EXPULSION_ORDERED, E.HANDOVER_REQUESTED, E.EXTRADITION_REQUESTED,
                 E.EXTRADITION_DETENTION, E.EXTRADITION_DECISION)
_CARRIED_OUT = (E.EXPULSION_CARRIED_OUT, E.HANDOVER_CARRIED_OUT)


def _action(ctx: Context, ident: str, text: str, provision: str | None) -> Action | None:
    if provision is not None and not ctx.in_force(provision):
        return None
    level = ctx.provision(provision).verification_on(ctx.as_of) if provision else None
    return Action(ident, text, provision, level)


def _actions(ctx: Context, *items: tuple[str, str, str | None]) -> tuple[Action, ...]:
    out = [_action(ctx, ident, text, pid) for ident, text, pid in items]
    return tuple(a for a in out if a is not None)


def removal_statements(ctx: Context) -> list[EventFact]:
    """Official statements announcing the person's return, hand-over or expulsion."""
    in_removal = {
        step
        for pr in ctx.proceedings(*_REMOVAL_PROCEEDINGS)
        for step in pr.steps
    }
    found = []
    for ev in ctx.events(E.OFFICIAL_STATEMENT):
        words = " ".join(str(v) for v in ctx.event_detail(ev, "statement").values()).lower()
        if ev.id in in_removal or any(w in words for w in _REMOVAL_WORDS):
            found.append(ev)
    return found


def _protection(findings: dict[str, Finding]) -> tuple[Outcome, list[Finding]]:
    held = [findings[p] for p in (RC33, CAT3, KZ_NON_REFOULEMENT) if p in findings]
    if not held:
        return U, []
    if any(f.outcome == H for f in held):
        return H, held
    if all(f.outcome == N for f in held):
        return N, held
    return U, held


def refoulement_risk(
    ctx: Context, findings: Sequence[Finding], deadlines: Sequence[Deadline]
) -> list[Alert]:
    by_id = ctx.findings  # every finding of the tree, first by provision (Context.remember)
    protected, basis = _protection(by_id)
    if protected == N:
        return []
    carried = ctx.events(*_CARRIED_OUT)
    formal = [e for e in ctx.events(*_FORMAL_STEPS)
              if not any(c.earliest >= e.earliest for c in carried)]
    statements = removal_statements(ctx)
    pending, charge, verdict = is_pending(ctx)
    expulsion = by_id.get(EXPULSION)
    expulsion_live = expulsion is not None and expulsion.outcome == H
    held = custody(ctx)
    in_custody = held is not None and held.ongoing
    grant = status_grant(ctx)
    reasons: list[str] = []
    used: list[str] = []
    if carried:
        severity = Severity.CRITICAL
        reasons.append(_("removal carried out: {events}").format(
            events=listing(e.event.title for e in carried)))
    elif formal:
        severity = Severity.CRITICAL
        steps = listing(f"{e.event.title} ({e.describe_date()})" for e in formal)
        reasons.append(_("formal removal step: {steps}").format(steps=steps))
    elif expulsion_live and verdict is not None and not pending:
        severity = Severity.CRITICAL
        reasons.append(_("the verdict imposed expulsion"))
    elif (statements and (pending or in_custody)) or (pending and expulsion_live and in_custody):
        severity = Severity.HIGH
    elif statements:
        severity = Severity.MEDIUM  # announced, but no case or custody to carry it out now
    elif (pending and expulsion_live) or in_custody:
        severity = Severity.MEDIUM
    else:
        return []
    for st in statements:
        speakers = [o.display_name() for o in state_actors(ctx, st)]
        if speakers:
            reasons.append(_("official statement by {speakers} announcing removal ({date})").format(
                speakers=listing(speakers), date=st.describe_date()))
        else:
            reasons.append(_("official statement announcing removal ({date})").format(
                date=st.describe_date()))
        used.extend(st.claims)
    if pending and charge is not None:
        reasons.append(
            (_("a criminal case is pending (charge {date}) with expulsion in the sanction")
             if expulsion_live else _("a criminal case is pending (charge {date})")).format(
                date=charge.describe_date()))
        used.extend(charge.claims)
    if in_custody and held is not None:
        reasons.append(_("in custody since {date}").format(date=held.detention.describe_date()))
        used.extend(held.detention.claims)
    if verdict is not None and not pending and expulsion is not None and expulsion.outcome == N:
        reasons.append(_("the verdict ({date}) did not impose expulsion").format(
            date=verdict.describe_date()))
    if grant is not None and severity in (Severity.MEDIUM, Severity.HIGH):
        severity = Severity.MEDIUM if severity == Severity.HIGH else Severity.LOW
        reasons.append(_("refugee status granted {date} (lowers the risk)").format(
            date=grant.describe_date()))
    protected_by = (listing(f.citation for f in basis if f.outcome == H)
                    or _("non-refoulement"))
    message = (
        _("Refoulement risk ({severity}): the person is protected by {basis} (not yet "
          "determined), and {reasons}.") if protected == U else
        _("Refoulement risk ({severity}): the person is protected by {basis}, and {reasons}.")
    ).format(severity=pgettext("severity", severity.value), basis=protected_by,
             reasons=listing(reasons))
    items: list[tuple[str, str, str | None]] = [
        ("cat-complaint-interim-measures",
         _("Lodge a complaint with the UN Committee against Torture (CAT art. 22; Kazakhstan "
           "accepts individual complaints) with a request for interim measures under Rule 114: "
           "no removal while the complaint is pending."), CAT_INTERIM),
        ("hrc-communication-interim-measures",
         _("Or, instead of the CAT route (not both: the same matter may not be examined by two "
           "international procedures), a communication to the Human Rights Committee under the "
           "ICCPR Optional Protocol with a request for interim measures."), HRC_INTERIM),
        ("urgent-appeal-sr-torture",
         _("Send an urgent appeal to the UN Special Rapporteur on torture: no need to exhaust "
           "domestic remedies; the mandate can act within 24 hours."), URGENT_APPEAL),
        ("contact-unhcr",
         _("Contact UNHCR (Central Asia office): non-refoulement prevails over hand-over and "
           "extradition agreements."), UNHCR),
    ]
    if HAND_OVER in by_id:
        window = next((d for d in deadlines if d.provision == HAND_OVER), None)
        if (window is not None and window.due is not None
                and window.status == DeadlineStatus.EXPIRED):
            oppose = _("Oppose any hand-over under art. 32 of the KZ-CN agreement: art. 50 "
                       "keeps the obligations under the Refugee Convention and CAT; the "
                       "seven-day window closed on {date}.").format(date=day(window.due))
        else:
            oppose = _("Oppose any hand-over under art. 32 of the KZ-CN agreement: art. 50 "
                       "keeps the obligations under the Refugee Convention and CAT.")
        items.append(("oppose-hand-over", oppose, HAND_OVER_CONFLICT))
    if pending:
        items.append((
            "object-to-prosecution",
            _("Object to the prosecution for the crossing citing Refugee Convention art. 31(1), "
              "Criminal Code art. 1(3) and Law On Refugees art. 20; argue that the time taken "
              "to present was 'without delay' on the facts."), RC31_CONFLICT))
        if expulsion_live:
            items.append((
                "ask-court-not-to-expel",
                _("Ask the court not to impose expulsion: return to China would breach "
                  "non-refoulement (Law On Refugees art. 18(2); Refugee Convention art. 33(1); "
                  "CAT art. 3)."), KZ_NON_REFOULEMENT))
    if in_custody:
        items.append((
            "challenge-detention",
            _("Challenge the detention as unnecessary for an asylum seeker (Refugee Convention "
              "art. 31(2); UNHCR Detention Guidelines)."), RC31_DETENTION))
    return [
        Alert(
            id="refoulement-risk",
            severity=severity,
            message=tidy(message),
            findings=tuple(f.provision for f in basis)
            + tuple(p for p in (EXPULSION, HAND_OVER_CONFLICT, RC31_CONFLICT) if p in by_id),
            deadlines=tuple(d.id for d in deadlines if d.provision == HAND_OVER),
            actions=_actions(ctx, *items),
            reasons=tuple(reasons),
            facts_used=tuple(dict.fromkeys(used)),
        )
    ]


def deadline_alerts(
    ctx: Context, findings: Sequence[Finding], deadlines: Sequence[Deadline]
) -> list[Alert]:
    alerts: list[Alert] = []
    for d in deadlines:
        if d.due is None:
            continue
        left = (d.due - ctx.as_of).days
        if d.id == "kz-refugees-extension-application":
            if d.status == DeadlineStatus.RUNNING:
                severity = (Severity.HIGH if left <= 14 else Severity.MEDIUM if left <= 60
                            else Severity.LOW)
                message = _("Apply to extend refugee status by {date} ({left} left): the status "
                            "ends with its term unless extended.").format(
                    date=day(d.due), left=days(left))
            elif d.status == DeadlineStatus.MISSED:
                severity = Severity.HIGH
                message = _("No application to extend refugee status is recorded; it was due "
                            "{date}. Apply now, before the status ends.").format(date=day(d.due))
            else:
                continue
            alerts.append(Alert(
                id=f"deadline-{d.id}", severity=severity, message=message, deadlines=(d.id,),
                findings=(d.provision,),
                actions=_actions(ctx, ("apply-extension",
                                       _("Apply to extend refugee status (Law On Refugees "
                                         "art. 11(5))."), EXTEND)),
            ))
            continue
        if d.actor == "person" and d.status == DeadlineStatus.RUNNING and left <= 14:
            alerts.append(Alert(
                id=f"deadline-{d.id}",
                severity=Severity.HIGH if left <= 3 else Severity.MEDIUM,
                message=_("{title}: due {date} ({left} left).").format(
                    title=d.title, date=day(d.due), left=days(left)),
                deadlines=(d.id,), findings=(d.provision,),
            ))
        elif d.actor == "authority" and d.status == DeadlineStatus.MISSED and (
            d.completed_on is None
        ):
            alerts.append(Alert(
                id=f"deadline-{d.id}", severity=Severity.MEDIUM,
                message=_("{title}: overdue since {date}; nothing recorded yet. Ask the "
                          "authority in writing and consider a complaint about the delay.").format(
                    title=d.title, date=day(d.due)),
                deadlines=(d.id,), findings=(d.provision,),
            ))
    ended = ctx.findings.get(STATUS_ENDED)
    if ended is not None and ended.outcome == H:
        alerts.append(Alert(
            id="status-ended", severity=Severity.CRITICAL,
            message=_("Refugee status has ended with its term and no extension is recorded: the "
                      "person may be required to leave within one month."),
            findings=(STATUS_ENDED,),
            actions=_actions(ctx, ("apply-extension", _("Apply for extension or a new "
                                                         "determination at once."), EXTEND),
                             ("contact-unhcr", _("Contact UNHCR."), UNHCR)),
        ))
    return alerts

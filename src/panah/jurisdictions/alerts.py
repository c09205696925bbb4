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
from panah.law.logic import Outcome
from panah.law.words import day, days, listing

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
        reasons.append(f"removal carried out: {listing(e.event.title for e in carried)}")
    elif formal:
        severity = Severity.CRITICAL
        steps = listing(f"{e.event.title} ({e.describe_date()})" for e in formal)
        reasons.append(f"formal removal step: {steps}")
    elif expulsion_live and verdict is not None and not pending:
        severity = Severity.CRITICAL
        reasons.append("the verdict imposed expulsion")
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
        who = f" by {listing(speakers)}" if speakers else ""
        reasons.append(f"official statement{who} announcing removal ({st.describe_date()})")
        used.extend(st.claims)
    if pending and charge is not None:
        reasons.append(f"a criminal case is pending (charge {charge.describe_date()})"
                       + (" with expulsion in the sanction" if expulsion_live else ""))
        used.extend(charge.claims)
    if in_custody and held is not None:
        reasons.append(f"in custody since {held.detention.describe_date()}")
        used.extend(held.detention.claims)
    if verdict is not None and not pending and expulsion is not None and expulsion.outcome == N:
        reasons.append(f"the verdict ({verdict.describe_date()}) did not impose expulsion")
    if grant is not None and severity in (Severity.MEDIUM, Severity.HIGH):
        severity = Severity.MEDIUM if severity == Severity.HIGH else Severity.LOW
        reasons.append(f"refugee status granted {grant.describe_date()} (lowers the risk)")
    protected_by = listing(f.citation for f in basis if f.outcome == H) or "non-refoulement"
    message = (f"Refoulement risk ({severity.value}): the person is protected by {protected_by}"
               f"{' (not yet determined)' if protected == U else ''}, and "
               f"{listing(reasons)}.")
    items: list[tuple[str, str, str | None]] = [
        ("cat-complaint-interim-measures",
         "Lodge a complaint with the UN Committee against Torture (CAT art. 22; Kazakhstan "
         "accepts individual complaints) with a request for interim measures under Rule 114: "
         "no removal while the complaint is pending.", CAT_INTERIM),
        ("hrc-communication-interim-measures",
         "Or, instead of the CAT route (not both: the same matter may not be examined by two "
         "international procedures), a communication to the Human Rights Committee under the "
         "ICCPR Optional Protocol with a request for interim measures.", HRC_INTERIM),
        ("urgent-appeal-sr-torture",
         "Send an urgent appeal to the UN Special Rapporteur on torture: no need to exhaust "
         "domestic remedies; the mandate can act within 24 hours.", URGENT_APPEAL),
        ("contact-unhcr",
         "Contact UNHCR (Central Asia office): non-refoulement prevails over hand-over and "
         "extradition agreements.", UNHCR),
    ]
    if HAND_OVER in by_id:
        window = next((d for d in deadlines if d.provision == HAND_OVER), None)
        closed = (f"; the seven-day window closed on {day(window.due)}"
                  if window is not None and window.due is not None
                  and window.status == DeadlineStatus.EXPIRED else "")
        items.append((
            "oppose-hand-over",
            "Oppose any hand-over under art. 32 of the KZ-CN agreement: art. 50 keeps the "
            f"obligations under the Refugee Convention and CAT{closed}.", HAND_OVER_CONFLICT))
    if pending:
        items.append((
            "object-to-prosecution",
            "Object to the prosecution for the crossing citing Refugee Convention art. 31(1), "
            "Criminal Code art. 1(3) and Law On Refugees art. 20; argue that the time taken to "
            "present was 'without delay' on the facts.", RC31_CONFLICT))
        if expulsion_live:
            items.append((
                "ask-court-not-to-expel",
                "Ask the court not to impose expulsion: return to China would breach "
                "non-refoulement (Law On Refugees art. 18(2); Refugee Convention art. 33(1); "
                "CAT art. 3).", KZ_NON_REFOULEMENT))
    if in_custody:
        items.append((
            "challenge-detention",
            "Challenge the detention as unnecessary for an asylum seeker (Refugee Convention "
            "art. 31(2); UNHCR Detention Guidelines).", RC31_DETENTION))
    return [
        Alert(
            id="refoulement-risk",
            severity=severity,
            message=message,
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
                message = (f"Apply to extend refugee status by {day(d.due)} ({days(left)} left): "
                           "the status ends with its term unless extended.")
            elif d.status == DeadlineStatus.MISSED:
                severity = Severity.HIGH
                message = (f"No application to extend refugee status is recorded; it was due "
                           f"{day(d.due)}. Apply now, before the status ends.")
            else:
                continue
            alerts.append(Alert(
                id=f"deadline-{d.id}", severity=severity, message=message, deadlines=(d.id,),
                findings=(d.provision,),
                actions=_actions(ctx, ("apply-extension",
                                       "Apply to extend refugee status (Law On Refugees "
                                       "art. 11(5)).", EXTEND)),
            ))
            continue
        if d.actor == "person" and d.status == DeadlineStatus.RUNNING and left <= 14:
            alerts.append(Alert(
                id=f"deadline-{d.id}",
                severity=Severity.HIGH if left <= 3 else Severity.MEDIUM,
                message=f"{d.title}: due {day(d.due)} ({days(left)} left).",
                deadlines=(d.id,), findings=(d.provision,),
            ))
        elif d.actor == "authority" and d.status == DeadlineStatus.MISSED and (
            d.completed_on is None
        ):
            alerts.append(Alert(
                id=f"deadline-{d.id}", severity=Severity.MEDIUM,
                message=f"{d.title}: overdue since {day(d.due)}; nothing recorded yet. Ask the "
                "authority in writing and consider a complaint about the delay.",
                deadlines=(d.id,), findings=(d.provision,),
            ))
    ended = ctx.findings.get(STATUS_ENDED)
    if ended is not None and ended.outcome == H:
        alerts.append(Alert(
            id="status-ended", severity=Severity.CRITICAL,
            message="Refugee status has ended with its term and no extension is recorded: the "
            "person may be required to leave within one month.",
            findings=(STATUS_ENDED,),
            actions=_actions(ctx, ("apply-extension", "Apply for extension or a new "
                                   "determination at once.", EXTEND),
                             ("contact-unhcr", "Contact UNHCR.", UNHCR)),
        ))
    return alerts

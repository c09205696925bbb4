"""Read-only views of a case: the conflicts between sources, and the timeline.

Both return plain JSON-ready dictionaries (ISO 8601 dates, ranges as ``start/end``) so the
CLI, the web app and generated documents render the same thing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from panah.core.case import Case, CaseIndex, Claim
from panah.core.catalogue import EVENT_PHASE, ClaimStatus
from panah.core.dates import DateError, FuzzyDate
from panah.core.facts import Resolution, claim_known_on, natural_key, resolve

__all__ = ["conflicts", "timeline"]


def _claim_json(index: CaseIndex, c: Claim) -> dict[str, Any]:
    src = index.sources.get(c.source)
    out: dict[str, Any] = {
        "id": c.id,
        "source": c.source,
        "source_title": src.title if src else None,
        "status": c.status.value,
        "confidence": c.confidence.value,
    }
    if c.as_of is not None:
        out["as_of"] = c.as_of.text
    if c.locator is not None:
        out["locator"] = c.locator.model_dump(mode="json", exclude_none=True)
    return out


def _resolution_json(index: CaseIndex, r: Resolution) -> dict[str, Any]:
    w = r.working
    return {
        "subject": r.subject,
        "subject_label": index.label(r.subject),
        "subject_kind": index.by_id.get(r.subject, ("?", None))[0],
        "property": r.prop,
        "agreement": r.agreement.value,
        "values": [
            {
                "value": g.value,
                "sources": g.sources,
                "claims": [_claim_json(index, c) for c in g.claims],
            }
            for g in r.groups
        ],
        "working_value": None
        if w is None
        else {
            "value": w.value,
            "chosen_by": w.chosen_by,
            "chosen_on": w.chosen_on.text,
            "reason": w.reason,
            "claims": list(w.claims),
        },
        "status": "chosen" if w is not None else "not chosen",
    }


def conflicts(case: Case, *, known_by: dt.date | None = None) -> dict[str, Any]:
    """Every (subject, property) with more than one claimed value."""
    index = case.index()
    pairs = sorted(
        {(c.subject, c.property) for c in case.claims},
        key=lambda sp: (natural_key(sp[0]), sp[1]),
    )
    order = {ident: n for n, (ident, _, _) in enumerate(case.entities())}
    found = []
    for subject, prop in pairs:
        r = resolve(index, subject, prop, known_by=known_by)
        if r.conflict:
            found.append(r)
    found.sort(key=lambda r: (order.get(r.subject, 1 << 30), r.prop))
    return {
        "case": case.id,
        "known_by": known_by.isoformat() if known_by else None,
        "conflicts": [_resolution_json(index, r) for r in found],
    }


def _event_date(r: Resolution) -> tuple[FuzzyDate | None, str]:
    if not r.groups and r.working is None:
        return None, "undated"
    chosen = r.date()
    if r.working is not None:
        return chosen, "working_value"
    if chosen is not None:
        return chosen, "single"
    # Conflict without a working value: place it at its earliest candidate.
    candidates = []
    for g in r.groups:
        try:
            candidates.append(FuzzyDate.parse(str(g.value)))
        except DateError:
            continue
    return (min(candidates, key=FuzzyDate.sort_key) if candidates else None), "conflict"


def timeline(case: Case, *, known_by: dt.date | None = None) -> dict[str, Any]:
    """Events in date order, each with its date's precision, sources and conflicts."""
    index = case.index()
    steps_of: dict[str, list[str]] = {}
    for pr in case.proceedings:
        for step in pr.steps:
            steps_of.setdefault(step, []).append(pr.id)
    rows: list[tuple[tuple[int, dt.date, dt.date, int], dict[str, Any]]] = []

    def known(c: Claim) -> bool:
        if known_by is None:
            return True  # everything counts: no need to date the claim
        day = claim_known_on(index, c)
        return day is None or day <= known_by

    for n, e in enumerate(case.events):
        date_r = resolve(index, e.id, "date", known_by=known_by)
        date, how = _event_date(date_r)
        if known_by is not None and (date is None or not date.may_be_on_or_before(known_by)):
            continue  # not yet happened, or not yet known, on that day
        about = [
            c
            for c in index.claims_about(e.id)
            if c.status != ClaimStatus.RETRACTED and known(c)
        ]
        extra = [index.claims[cid] for cid in e.claims if cid in index.claims]
        used = {c.id: c for c in about + extra if known(c)}
        disputed = []
        details = {}
        for prop in sorted({c.property for c in about}):
            r = date_r if prop == "date" else resolve(index, e.id, prop, known_by=known_by)
            if r.conflict:
                disputed.append(_resolution_json(index, r))
            if prop != "date" and r.decided:
                details[prop] = r.value
        row: dict[str, Any] = {
            "id": e.id,
            "type": e.type.value,
            "phase": EVENT_PHASE[e.type],
            "title": e.title,
            "date": date.to_json() if date else None,
            "date_basis": how,
            "details": details,
            "participants": [
                {"who": p.who, "name": index.label(p.who), "role": p.role} for p in e.participants
            ],
            "proceedings": steps_of.get(e.id, []),
            "sources": sorted({c.source for c in used.values()}, key=natural_key),
            "claims": sorted(used, key=natural_key),
            "conflicts": disputed,
        }
        sort_date = date.sort_key() if date else (dt.date.max, dt.date.max)
        rows.append(((0 if date else 1, *sort_date, n), row))
    rows.sort(key=lambda r: r[0])
    return {
        "case": case.id,
        "title": case.title,
        "known_by": known_by.isoformat() if known_by else None,
        "events": [r for _, r in rows],
    }

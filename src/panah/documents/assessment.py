"""The assessment section of a document, from the JSON of ``panah assess``.

The engine's output is taken as data (the shape in issue 3): ``as_of`` and, per person,
``findings`` (provision, outcome, verification, explanation, facts_used, missing_facts,
sub_findings), ``deadlines`` (id, provision, trigger, starts_on, due, unit, status,
verification) and ``alerts`` (severity, message, actions). A document shows each finding with
its citation and verification level, and cites the sources of the claims it used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from panah.core.errors import NotFoundError, PanahError
from panah.core.facts import natural_key
from panah.documents.facts import FactWriter
from panah.documents.specs import TemplateSpec

__all__ = ["assessment_block", "person_assessment"]

_PERSON_KEYS = ("person", "person_id", "id")


def person_assessment(assessment: Mapping[str, Any], person_id: str) -> Mapping[str, Any]:
    """The part of an assessment about one person (whole-case or single-person JSON)."""
    for key in ("people", "persons"):
        group = assessment.get(key)
        if isinstance(group, Mapping):
            if person_id in group and isinstance(group[person_id], Mapping):
                return group[person_id]  # type: ignore[no-any-return]
        elif isinstance(group, list):
            for entry in group:
                if isinstance(entry, Mapping) and any(
                    entry.get(k) == person_id for k in _PERSON_KEYS
                ):
                    return entry
                if (
                    isinstance(entry, Mapping)
                    and isinstance(entry.get("person"), Mapping)
                    and entry["person"].get("id") == person_id
                ):
                    return entry
    if "findings" in assessment:
        who = next((assessment[k] for k in _PERSON_KEYS if k in assessment), None)
        if who in (None, person_id):
            return assessment
    raise NotFoundError(f"the assessment has no entry for person {person_id!r}")


def _matches(provision: str, prefixes: tuple[str, ...]) -> bool:
    return any(provision.startswith(p) for p in prefixes)


def _text(value: object) -> str:
    if isinstance(value, Mapping):
        for key in ("label", "title", "text", "action", "description", "message", "id"):
            if value.get(key):
                return str(value[key])
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


class _Writer:
    def __init__(self, w: FactWriter, spec: TemplateSpec) -> None:
        self.w = w
        self.lab = w.labels
        self.spec = spec

    def level(self, item: Mapping[str, Any], provision: str) -> dict[str, Any]:
        level = item.get("verification")
        if level is None:
            info = self.w.provisions(provision)
            level = info.verification if info is not None else "unverified"
        level = str(level)
        label = self.lab.lookup("verification", level)
        mark = "" if level == "primary" else f" ({self.lab.word('verification')}: {label})"
        return {"verification": level, "verification_label": label, "mark": mark}

    def claims_cite(self, used: object) -> str:
        ids: list[str] = []
        if isinstance(used, list):
            for u in used:
                if isinstance(u, str):
                    ids.append(u)
                elif isinstance(u, Mapping):
                    ident = u.get("claim") or u.get("id")
                    if ident:
                        ids.append(str(ident))
        sources = self.w.sources_of_claims(ids)
        return self.w.cite(sources) if sources else ""

    def finding(self, f: Mapping[str, Any], depth: int = 0) -> dict[str, Any]:
        provision = str(f.get("provision", ""))
        outcome = str(f.get("outcome", "undetermined"))
        subs = f.get("sub_findings") or f.get("subfindings") or []
        return {
            "provision": provision,
            "title": str(f.get("title") or ""),
            "citation": self.citation(f, provision),
            **self.level(f, provision),
            "outcome": outcome,
            "outcome_label": self.lab.lookup("outcome", outcome),
            "explanation": str(f.get("explanation") or ""),
            "missing": [_text(m) for m in f.get("missing_facts") or []],
            "cite": self.claims_cite(f.get("facts_used")),
            "disputed": [
                self.disputed(d) for d in f.get("disputed") or [] if isinstance(d, Mapping)
            ],
            "sub": [self.finding(s, depth + 1) for s in subs if isinstance(s, Mapping)]
            if depth < 1
            else [],
        }

    def citation(self, item: Mapping[str, Any], provision: str) -> str:
        """The lookup's citation in the document's language; else the engine's own text."""
        if not provision:
            return str(item.get("citation") or "")
        info = self.w.provisions(provision)
        if info is None and item.get("citation"):
            self.w.provision_text(provision)  # still listed among the provisions cited
            return str(item["citation"])
        return self.w.provision_text(provision)

    def disputed(self, d: Mapping[str, Any]) -> dict[str, Any]:
        """A disputed fact the engine used: every value with its sources."""
        values = []
        for v in d.get("values") or []:
            if not isinstance(v, Mapping):
                continue
            sources = [str(s) for s in v.get("sources") or []]
            if not sources:
                sources = self.w.sources_of_claims([str(c) for c in v.get("claims") or []])
            values.append(
                {
                    "value": self.lab.value(v.get("value")),
                    "cite": self.w.cite(sources) if sources else "",
                    "consequence": str(v.get("consequence") or ""),
                }
            )
        text = f" {self.lab.word('or')} ".join(f"{v['value']} {v['cite']}".strip() for v in values)
        return {
            "label": str(d.get("label") or d.get("property") or ""),
            "values": values,
            "text": text,
            "decisive": bool(d.get("decisive", True)),
        }

    def day(self, value: object) -> str:
        if value is None:
            return "—"
        return self.lab.date(str(value))

    def deadline(self, d: Mapping[str, Any]) -> dict[str, Any]:
        provision = str(d.get("provision", ""))
        trigger = d.get("trigger_label") or d.get("trigger")
        if isinstance(trigger, Mapping):
            trigger = trigger.get("event") or trigger.get("id") or _text(trigger)
        trigger_text = str(trigger) if trigger is not None else ""
        if trigger_text in self.w.index.by_id:
            trigger_text = self.w.index.label(trigger_text)
        status = str(d.get("status", ""))
        unit = str(d.get("unit", ""))
        return {
            "id": str(d.get("id", "")),
            "title": str(d.get("title") or d.get("id") or ""),
            "provision": provision,
            "citation": self.citation(d, provision),
            **self.level(d, provision),
            "trigger": trigger_text,
            "starts_on": self.day(d.get("starts_on")),
            "due": self.day(d.get("due")),
            "due_iso": str(d.get("due") or ""),
            "unit": self.lab.lookup("deadline_unit", unit),
            "status_key": status,
            "status": self.lab.lookup("deadline_status", status),
        }

    def alert(self, a: Mapping[str, Any]) -> dict[str, Any]:
        severity = str(a.get("severity", "info"))
        actions = a.get("actions") or a.get("recommended_actions") or []
        return {
            "severity_key": severity,
            "severity": self.lab.lookup("severity", severity),
            "message": str(a.get("message", "")),
            "reasons": [str(r) for r in a.get("reasons") or []],
            "actions": [_text(x) for x in actions],
        }


def assessment_block(
    assessment: Mapping[str, Any],
    person_id: str,
    as_of: dt.date,
    spec: TemplateSpec,
    w: FactWriter,
) -> dict[str, Any]:
    stated = assessment.get("as_of")
    if stated is not None and str(stated)[:10] != as_of.isoformat():
        raise PanahError(
            f"the assessment is as of {stated}, the document as of {as_of.isoformat()}: "
            "assess the case as of the document's date"
        )
    mine = person_assessment(assessment, person_id)
    out = _Writer(w, spec)
    findings = [f for f in mine.get("findings") or [] if isinstance(f, Mapping)]
    shown = [f for f in findings if _matches(str(f.get("provision", "")), spec.findings)]
    deadlines = [d for d in mine.get("deadlines") or [] if isinstance(d, Mapping)]
    shown_deadlines = [d for d in deadlines if _matches(str(d.get("provision", "")), spec.findings)]
    shown_deadlines.sort(key=lambda d: natural_key(str(d.get("due") or "9999")))
    alerts = [a for a in mine.get("alerts") or [] if isinstance(a, Mapping)]
    return {
        "available": True,
        "notice": None,
        "as_of": w.labels.day(as_of),
        "findings": [out.finding(f) for f in shown],
        "findings_total": len(findings),
        "deadlines": [out.deadline(d) for d in shown_deadlines],
        "alerts": [out.alert(a) for a in alerts],
    }

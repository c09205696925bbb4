"""Add a source drafted from a text (``panah.ingest``) to a stored case, after review.

:func:`reviewed_patch` applies a reviewer's decisions (accept, edit or reject each drafted
claim; add each drafted person as new, merge it into a person of the case, or leave it out)
to a patch made by :func:`panah.ingest.make_patch`. :func:`case_source_ingest` adds the
result to the case in one transaction with one audit entry (``case_source_ingest``): the new
source carries the sha256 of its text as ``content_hash``, the claims keep their
character-span locators, and the whole case is read back through the case-file loader, so
nothing is saved unless it passes every check ``panah validate`` applies. The text itself is
never written to the audit log or the case.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from panah.core.case import Case
from panah.core.casefile import parse_case
from panah.ingest import apply_patch
from panah.storage.django_orm.actions import StaleCaseError, case_content_save
from panah.storage.django_orm.models import CaseRecord

__all__ = ["ClaimDecision", "case_source_ingest", "reviewed_patch", "text_hash"]

NEW = "new"
SKIP = "skip"


@dataclass(frozen=True, slots=True)
class ClaimDecision:
    accept: bool
    value: Any
    property: str
    subject: str


def text_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _case_data(case: Case) -> dict[str, Any]:
    data = case.model_dump(mode="json", exclude_defaults=True)
    return {"format_version": case.format_version, **data}


def reviewed_patch(
    patch: Mapping[str, Any],
    case: Case,
    *,
    claims: Mapping[str, ClaimDecision],
    people: Mapping[str, str],
) -> dict[str, Any]:
    """The patch with the reviewer's decisions applied.

    ``claims``: drafted claim id -> decision (a claim without a decision is rejected).
    ``people``: drafted new person id -> ``"new"``, ``"skip"`` or the id of a person of the
    case to merge it into (a person without a decision is added as new).
    """
    out = copy.deepcopy(dict(patch))
    existing = {p.id: {n.value for n in p.names} for p in case.people}
    renames: dict[str, str] = {}
    dropped: set[str] = set()
    kept_people: list[dict[str, Any]] = []
    names_new: list[dict[str, Any]] = list(out.get("names_new", []))
    for person in out.get("people_new", []):
        choice = people.get(person["id"], NEW)
        relatives = person.get("relatives", [])
        if choice == SKIP:
            dropped.add(person["id"])
            dropped.update(r["id"] for r in relatives)
        elif choice in existing:
            renames[person["id"]] = choice
            for nv in person.get("names", []):
                if nv["value"] not in existing[choice]:
                    names_new.append({"person": choice, "name": dict(nv, preferred=False)})
            names_new.extend({"person": choice, "relative": r} for r in relatives)
        else:
            kept_people.append(person)

    def r(ident: str) -> str:
        return renames.get(ident, ident)

    accepted: list[dict[str, Any]] = []
    for claim in out.get("claims", []):
        decision = claims.get(claim["id"])
        if decision is None or not decision.accept:
            continue
        subject = r(decision.subject)
        if subject in dropped:
            continue
        accepted.append(
            dict(claim, subject=subject, property=decision.property, value=decision.value)
        )
    ids = {c["id"] for c in accepted}
    subjects = {c["subject"] for c in accepted}

    def keep_claims(item: dict[str, Any]) -> dict[str, Any]:
        if "claims" in item:
            item = dict(item, claims=[c for c in item["claims"] if c in ids])
            if not item["claims"]:
                del item["claims"]
        return item

    for person in kept_people:
        person["names"] = [keep_claims(n) for n in person.get("names", [])]
        person["relatives"] = [
            dict(keep_claims(rel), names=[keep_claims(n) for n in rel.get("names", [])])
            if rel.get("names")
            else keep_claims(rel)
            for rel in person.get("relatives", [])
        ]
        if not person["relatives"]:
            del person["relatives"]
        person.update(keep_claims({"claims": person.get("claims", [])}))
        if not person.get("claims"):
            person.pop("claims", None)
    kept_names = []
    for item in names_new:
        if "name" in item:
            kept_names.append(dict(item, name=keep_claims(item["name"])))
        else:
            kept_names.append(dict(item, relative=keep_claims(item["relative"])))
    # a drafted organisation enters only with an accepted claim about it (its name)
    organisations = []
    for org in out.get("organisations_new", []):
        if org["id"] in subjects:
            organisations.append(dict(org, names=[keep_claims(n) for n in org["names"]]))
        else:
            dropped.add(org["id"])
    events = []
    for event in out.get("events", []):
        if event["id"] not in subjects:
            dropped.add(event["id"])
            continue  # no accepted claim tells anything about it
        participants = [
            dict(p, who=r(p["who"]))
            for p in event.get("participants", [])
            if p["who"] not in dropped
        ]
        events.append(keep_claims(dict(event, participants=participants)))
    # a proceeding enters with the steps that entered; its number only with its claim
    proceedings = []
    for pr in out.get("proceedings", []):
        steps = [x for x in pr.get("steps", []) if x not in dropped]
        if not steps:
            dropped.add(pr["id"])
            continue
        item = keep_claims(dict(pr, steps=steps))
        concerns = [r(x) for x in pr.get("concerns", []) if x not in dropped]
        item.pop("concerns", None)
        if concerns:
            item["concerns"] = list(dict.fromkeys(concerns))
        if item.get("authority") in dropped:
            del item["authority"]
        if "number" in item and not item.get("claims"):
            del item["number"]
        proceedings.append(item)
    for item in proceedings:
        relations = [x for x in item.get("relations", []) if x["proceeding"] not in dropped]
        item.pop("relations", None)
        if relations:
            item["relations"] = relations
    out.update(
        people_new=kept_people,
        names_new=kept_names,
        claims=accepted,
        events=events,
        organisations_new=organisations,
        proceedings=proceedings,
    )
    return out


def case_source_ingest(
    *,
    actor: Any,
    record: CaseRecord,
    patch: Mapping[str, Any],
    text: str,
    expected_version: int,
) -> Case:
    """Add a reviewed patch (see :func:`reviewed_patch`) and its source to the case.

    Raises :class:`~panah.core.errors.CaseFileError` with every problem located, or
    :class:`~panah.storage.django_orm.actions.StaleCaseError`; either way nothing changes.
    """
    if record.version != expected_version:
        raise StaleCaseError(
            f"the case was changed (version {record.version}, you had {expected_version})"
        )
    patch = dict(patch, source=dict(patch["source"], content_hash=text_hash(text)))
    data = apply_patch(_case_data(record.to_domain()), patch)
    checked = parse_case(
        json.dumps(data, ensure_ascii=False), file=f"case {record.key}", fmt="json"
    )
    case_content_save(
        actor=actor,
        record=record,
        case=checked,
        expected_version=expected_version,
        action="case_source_ingest",
    )
    return checked

"""Drafted organisations and proceedings through review (issue 7): they enter the case only
with what the reviewer accepted, and every reference in the result resolves."""

from __future__ import annotations

import json
from typing import Any

import pytest

TEXT = (
    "Arman Testov, a Chinese citizen, was detained by the KNB in Almaty on 20 November 2019. "
    "He applied for refugee status on 25 November 2019. On 10 December 2019 the Medeu "
    "District Court sentenced him to one year in prison. His lawyer appealed the verdict on "
    "15 December 2019, but the Almaty City Court upheld it on 20 January 2020."
)


def _patch(case_obj: Any) -> dict[str, Any]:
    from panah.ingest import NoBackend, SourceMeta, draft_case, make_patch

    draft = draft_case(
        TEXT, lang="en", meta=SourceMeta(title="T", date="2020-02-01"), backend=NoBackend()
    )
    return make_patch(draft, case_obj)


def _decisions(patch: dict[str, Any], reject: set[str]) -> dict[str, Any]:
    from panah.storage.django_orm.actions_ingest import ClaimDecision

    return {
        c["id"]: ClaimDecision(c["subject"] not in reject, c["value"], c["property"], c["subject"])
        for c in patch["claims"]
    }


def _loads(case_obj: Any, out: dict[str, Any]) -> Any:
    from panah.core.casefile import parse_case
    from panah.ingest import apply_patch
    from panah.storage.django_orm.actions_ingest import _case_data

    data = apply_patch(_case_data(case_obj), out)
    return parse_case(json.dumps(data, ensure_ascii=False), file="t", fmt="json")


def test_the_draft_has_organisations_and_proceedings(case_obj: Any) -> None:
    patch = _patch(case_obj)
    kinds = {p["kind"] for p in patch["proceedings"]}
    assert {"criminal", "asylum", "appeal"} <= kinds
    appeal = next(p for p in patch["proceedings"] if p["kind"] == "appeal")
    criminal = next(p for p in patch["proceedings"] if p["kind"] == "criminal")
    assert appeal["relations"] == [{"kind": "appeals", "proceeding": criminal["id"]}]
    assert {o["kind"] for o in patch["organisations_new"]} >= {"court", "security_service"}
    props = {c["property"] for c in patch["claims"]}
    assert {"citizenship", "penalty", "term"} <= props


def test_everything_accepted_loads(case_obj: Any) -> None:
    from panah.storage.django_orm.actions_ingest import reviewed_patch

    patch = _patch(case_obj)
    out = reviewed_patch(patch, case_obj, claims=_decisions(patch, set()), people={})
    case = _loads(case_obj, out)
    assert {p.kind.value for p in case.proceedings} >= {"criminal", "asylum", "appeal"}
    court = next(o for o in case.organisations if o.display_name() == "Medeu District Court")
    criminal = next(p for p in case.proceedings if p.kind.value == "criminal")
    assert criminal.authority == court.id


@pytest.mark.parametrize("what", ["organisation", "events", "person"])
def test_rejected_parts_leave_no_dangling_reference(what: str, case_obj: Any) -> None:
    from panah.storage.django_orm.actions_ingest import reviewed_patch

    patch = _patch(case_obj)
    court = next(o for o in patch["organisations_new"] if o["kind"] == "court")
    criminal = next(p for p in patch["proceedings"] if p["kind"] == "criminal")
    people: dict[str, str] = {}
    reject: set[str] = set()
    if what == "organisation":
        reject = {court["id"]}
    elif what == "events":
        reject = set(criminal["steps"])
    else:
        people = {p["id"]: "skip" for p in patch["people_new"]}
    out = reviewed_patch(patch, case_obj, claims=_decisions(patch, reject), people=people)
    case = _loads(case_obj, out)
    ids = {ident for ident, _k, _e in case.entities()}
    if what == "organisation":
        assert court["id"] not in ids
        assert all(p.authority != court["id"] for p in case.proceedings)
    elif what == "events":
        assert criminal["id"] not in ids
        appeal = next(p for p in case.proceedings if p.kind.value == "appeal")
        assert not appeal.relations
    else:
        assert all(pid not in p.concerns for p in case.proceedings for pid in people)

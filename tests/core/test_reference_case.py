"""The reference case, shipped in examples/: it loads, and its conflicts come out as reported."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from panah.core.case import Case
from panah.core.facts import resolve
from panah.core.views import conflicts, timeline
from panah.storage.files import read_case_file
from tests.conftest import REFERENCE_CASE


@pytest.fixture(scope="module")
def case() -> Case:
    return read_case_file(REFERENCE_CASE)


@pytest.fixture(scope="module")
def found(case: Case) -> dict[tuple[str, str], dict[str, Any]]:
    return {(c["subject"], c["property"]): c for c in conflicts(case)["conflicts"]}


def test_shape(case: Case) -> None:
    assert [p.id for p in case.people][:2] == ["p-kaster", "p-murager"]
    assert [s.id for s in case.sources] == ["S1", "S2", "S3", "S4", "S5", "S6"]
    kinds = {pr.kind.value for pr in case.proceedings}
    assert {"criminal", "asylum"} <= kinds
    scripts = {n.script for n in case.people[0].names}
    assert {"Cyrl", "Latn"} <= scripts
    assert any(n.value == "Қастер Мұсаханұлы" for n in case.people[0].names)


def test_every_claim_cites_a_source(case: Case) -> None:
    sources = {s.id for s in case.sources}
    assert all(c.source in sources for c in case.claims)


def values(conflict: dict[str, Any]) -> dict[str, list[str]]:
    return {json.dumps(v["value"]): v["sources"] for v in conflict["values"]}


def test_crossing_date_conflict(found: dict[tuple[str, str], dict[str, Any]]) -> None:
    crossing = next(c for (s, p), c in found.items() if p == "date" and "cross" in s)
    assert values(crossing) == {'"2019-10-06"': ["S1", "S2"], '"2019-10-01"': ["S4"]}
    assert crossing["agreement"] == "contradictory"
    assert crossing["working_value"]["value"] == "2019-10-06"
    assert crossing["working_value"]["reason"]


def test_detention_month_conflict_left_open(found: dict[tuple[str, str], dict[str, Any]]) -> None:
    detention = found[("ev-detention-2019", "date")]
    assert values(detention) == {'"2019-09"': ["S1", "S4"], '"2019-08"': ["S2"]}
    assert detention["status"] == "not chosen"


def test_camp_duration_and_ages(found: dict[tuple[str, str], dict[str, Any]]) -> None:
    assert set(values(found[("ev-camp", "duration")])) == {'"P4Y8M"', '"P5Y"'}
    age = found[("p-kaster", "age")]
    assert values(age) == {"30": ["S2", "S4"], "31": ["S3"]}
    assert age["agreement"] == "compatible"  # 30 in late 2019 and 31 in Jan 2020 can both hold


@pytest.mark.parametrize(
    ("person", "spellings"),
    [
        ("p-kaster", {"Quster Musakhanuly", "Qaster Musakhanuly", "Kaster Musakhanuly",
                      "Kaster Musakhan"}),
        ("p-murager", {"Murager Alimuly", "Murager Alymuly"}),
        ("p-akhatova", {"Lyazzat Akhatova", "Lazzat Akhat"}),
    ],
)
def test_name_spellings_side_by_side(
    found: dict[tuple[str, str], dict[str, Any]], person: str, spellings: set[str]
) -> None:
    names = found[(person, "name")]
    assert names["agreement"] == "spelling_variants"
    assert {v["value"] for v in names["values"]} == spellings


def test_timeline_runs_from_camp_to_refugee_status(case: Case) -> None:
    events = timeline(case)["events"]
    dated = [e for e in events if e["date"]]
    starts = [e["date"]["start"] for e in dated]
    assert starts == sorted(starts)
    assert dated[-1]["type"] == "refugee_status_granted"
    assert dated[-1]["date"]["date"] == "2020-10-16"
    crossing = next(e for e in events if e["type"] == "border_crossing_outside_checkpoint")
    assert crossing["date_basis"] == "working_value" and crossing["conflicts"]


def test_as_of_december_2019(case: Case) -> None:
    events = timeline(case, known_by=dt.date(2019, 12, 15))["events"]
    types = {e["type"] for e in events}
    assert "detention_host" in types and "official_statement" in types
    assert "verdict" not in types and "refugee_status_granted" not in types
    index = case.index()
    detention = next(e for e in case.events if e.type.value == "detention_host")
    assert resolve(index, detention.id, "date", known_by=dt.date(2019, 10, 13)).value is None
    assert resolve(index, detention.id, "date", known_by=dt.date(2019, 10, 14)).value == (
        "2019-10-14"
    )

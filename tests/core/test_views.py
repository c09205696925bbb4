"""Facts from claims: conflicts, working values, the timeline, 'as of' filtering."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from panah.core.case import Case
from panah.core.casefile import parse_case
from panah.core.facts import Agreement, resolve
from panah.core.views import conflicts, timeline
from tests.conftest import minimal_case


def load(data: dict[str, Any]) -> Case:
    return parse_case(yaml.safe_dump(data, allow_unicode=True), file="c.yaml")


def test_conflicting_dates_are_kept_side_by_side(case_data: dict[str, Any]) -> None:
    out = conflicts(load(case_data))
    by_prop = {(c["subject"], c["property"]): c for c in out["conflicts"]}
    crossing = by_prop[("e-cross", "date")]
    assert crossing["agreement"] == "contradictory"
    assert [v["value"] for v in crossing["values"]] == ["2019-10-01", "2019-10-06"]
    assert crossing["values"][0]["claims"][0]["locator"] == {"quote": "on 1 October"}
    assert crossing["working_value"] is None and crossing["status"] == "not chosen"


def test_ages_a_year_apart_can_both_be_true(case_data: dict[str, Any]) -> None:
    out = conflicts(load(case_data))
    age = next(c for c in out["conflicts"] if c["property"] == "age")
    assert age["agreement"] == "compatible"


def test_ages_that_cannot_both_be_true(case_data: dict[str, Any]) -> None:
    case_data["claims"][4]["value"] = 35
    age = next(c for c in conflicts(load(case_data))["conflicts"] if c["property"] == "age")
    assert age["agreement"] == "contradictory"


def test_working_value_records_who_and_why(case_data: dict[str, Any]) -> None:
    case_data["working_values"] = [
        {"subject": "e-cross", "property": "date", "value": "2019-10-06", "claims": ["c2"],
         "chosen_by": "case team", "chosen_on": "2020-01-15", "reason": "two sources agree"}
    ]
    case = load(case_data)
    crossing = conflicts(case)["conflicts"][-1]
    assert crossing["status"] == "chosen"
    assert crossing["working_value"]["reason"] == "two sources agree"
    r = resolve(case.index(), "e-cross", "date")
    assert r.value == "2019-10-06" and r.decided and r.conflict
    # Before the team chose, the conflict was open.
    before = resolve(case.index(), "e-cross", "date", known_by=dt.date(2020, 1, 14))
    assert before.value is None and not before.decided


def test_working_value_claims_must_match_subject(case_data: dict[str, Any]) -> None:
    case_data["working_values"] = [
        {"subject": "e-cross", "property": "date", "value": "2019-10-06", "claims": ["c3"],
         "chosen_by": "team", "chosen_on": "2020-01-15", "reason": "r"}
    ]
    with pytest.raises(Exception, match=r"is about e-present\.date"):
        load(case_data)


def test_retracted_claims_do_not_count(case_data: dict[str, Any]) -> None:
    case_data["claims"][0]["status"] = "retracted"
    case = load(case_data)
    r = resolve(case.index(), "e-cross", "date")
    assert not r.conflict and r.value == "2019-10-06" and r.agreement == Agreement.SINGLE


def test_known_by_ignores_claims_dated_later(case_data: dict[str, Any]) -> None:
    case = load(case_data)
    r = resolve(case.index(), "e-cross", "date", known_by=dt.date(2019, 10, 3))
    assert r.value == "2019-10-01"  # the other source dates the crossing to 6 Oct
    # A report published later still tells what had happened by then.
    r = resolve(case.index(), "e-cross", "date", known_by=dt.date(2019, 12, 1))
    assert r.conflict


def test_claims_about_an_event_count_from_its_date(case_data: dict[str, Any]) -> None:
    case_data["claims"].append(
        {"id": "c9", "subject": "e-present", "property": "place", "value": "Almaty",
         "source": "S2"}
    )
    case = load(case_data)
    assert resolve(case.index(), "e-present", "place", known_by=dt.date(2019, 10, 13)).value is None
    assert resolve(case.index(), "e-present", "place", known_by=dt.date(2019, 10, 14)).value == (
        "Almaty"
    )


def test_age_counts_from_its_source_date(case_data: dict[str, Any]) -> None:
    case = load(case_data)
    r = resolve(case.index(), "p1", "age", known_by=dt.date(2019, 12, 31))
    assert r.value == 30  # the second age is given as of 9 Jan 2020


@pytest.mark.parametrize(
    ("values", "agreement"),
    [
        (("2019-10", "2019-10-06"), Agreement.COMPATIBLE),
        (("2019-08", "2019-09"), Agreement.CONTRADICTORY),
        (("2013/2017", "2013-03/2017-11"), Agreement.COMPATIBLE),
    ],
)
def test_date_agreement(
    case_data: dict[str, Any], values: tuple[str, str], agreement: Agreement
) -> None:
    case_data["claims"][0]["value"], case_data["claims"][1]["value"] = values
    assert resolve(load(case_data).index(), "e-cross", "date").agreement == agreement


def test_name_spellings_are_variants(case_data: dict[str, Any]) -> None:
    case_data["claims"] += [
        {"id": "n1", "subject": "p1", "property": "name", "value": "Aigerim Nurlankyzy",
         "source": "S1"},
        {"id": "n2", "subject": "p1", "property": "name", "value": "Aygerim Nurlanqyzy",
         "source": "S2"},
    ]
    r = resolve(load(case_data).index(), "p1", "name")
    assert r.agreement == Agreement.SPELLING_VARIANTS


def test_timeline_orders_events_and_marks_conflicts(case_data: dict[str, Any]) -> None:
    out = timeline(load(case_data))
    ids = [e["id"] for e in out["events"]]
    assert ids == ["e-cross", "e-present"]
    cross, present = out["events"]
    assert cross["date_basis"] == "conflict" and cross["date"]["date"] == "2019-10-01"
    assert cross["sources"] == ["S1", "S2"] and cross["conflicts"]
    assert cross["participants"] == [
        {"who": "p1", "name": "Әйгерім Нұрланқызы", "role": "subject"}
    ]
    assert present["date"] == {
        "date": "2019-10-14", "precision": "day", "qualifier": "exact",
        "start": "2019-10-14", "end": "2019-10-14",
    }
    assert present["date_basis"] == "single" and not present["conflicts"]


def test_timeline_as_of_hides_future_events(case_data: dict[str, Any]) -> None:
    out = timeline(load(case_data), known_by=dt.date(2019, 10, 10))
    assert [e["id"] for e in out["events"]] == ["e-cross"]  # the presentation was on 14 Oct
    out = timeline(load(case_data), known_by=dt.date(2019, 12, 31))
    assert [e["id"] for e in out["events"]] == ["e-cross", "e-present"]


def test_undated_event_goes_last() -> None:
    data = minimal_case()
    data["events"].insert(0, {"id": "e-x", "type": "threat", "title": "Threatened"})
    out = timeline(load(data))
    assert out["events"][-1]["id"] == "e-x" and out["events"][-1]["date"] is None

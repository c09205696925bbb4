"""The assessment engine on a fictional case shaped like the reference case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from panah.core.case import Case
from panah.core.errors import NotFoundError
from panah.law.assess import Assessment, Rulebook, RuleResult, assess
from panah.law.calendar import FixedCalendar
from panah.law.context import Context
from panah.law.findings import Finding
from panah.law.logic import Outcome
from panah.storage.files import read_case_file

DATA = Path(__file__).parent / "data"
D = dt.date
RC33 = "intl/refugee-convention-1951/art-33/para-1"
RC31 = "intl/refugee-convention-1951/art-31/para-1"
CAT3 = "intl/cat-1984/art-3"
LEVELS = {"primary", "secondary", "partial", "unverified"}


@pytest.fixture(scope="module")
def case() -> Case:
    return read_case_file(DATA / "border-crossers.yaml")


def run(case: Case, on: dt.date, person: str | None = None) -> Assessment:
    return assess(case, as_of=on, person=person)


def walk(findings: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for f in findings:
        yield f
        yield from walk(f["sub_findings"])


def test_every_finding_in_the_tree_carries_a_verification_level(case: Case) -> None:
    data = run(case, D(2020, 10, 20)).to_json()
    seen = 0
    for person in data["people"]:
        for f in walk(person["findings"]):
            seen += 1
            assert f["verification"] in LEVELS, f["provision"]
            assert f["outcome"] in {"holds", "does_not_hold", "undetermined"}
            assert f["provision"].count("/") >= 2
            assert f["explanation"]
    assert seen > 10


def _delay(case: Case, on: dt.date) -> Finding:
    found = run(case, on, "p-erlan").people[0].finding(
        "intl/unhcr-article-31-guidance/without-delay"
    )
    assert found is not None
    return found


def test_the_gap_shows_every_candidate_date_until_a_working_value_is_chosen(case: Case) -> None:
    before = _delay(case, D(2019, 12, 15))
    assert before.details["gap_days"] == [8, 13]
    assert before.details["gap_days_working"] is None
    assert [v.value for v in before.disputed[0].values] == ["2019-10-01", "2019-10-06"]
    assert before.disputed[0].values[1].sources == ("A3",)
    assert before.disputed[0].working_value is None
    assert "8 days or 13 days (the sources disagree" in before.explanation
    # The working value (6 Oct) is chosen on 15 Jan 2020; both dates stay visible.
    after = _delay(case, D(2020, 1, 21))
    assert after.details["gap_days"] == [8, 13]
    assert after.details["gap_days_working"] == 8
    assert after.disputed[0].working_value == "2019-10-06"
    assert "8 days on the working values; 13 days on the other" in after.explanation


def test_events_after_the_date_are_ignored(case: Case) -> None:
    # 3 Oct 2019: the 1 October crossing had happened, the 6 October one had not.
    early = run(case, D(2019, 10, 3), "p-erlan").people[0]
    rc31 = early.finding(RC31)
    assert rc31 is not None
    assert "1 Oct 2019" in rc31.sub_findings[0].explanation
    assert early.finding("intl/unhcr-article-31-guidance/without-delay") is not None
    delay = early.finding("intl/unhcr-article-31-guidance/without-delay")
    assert delay is not None
    assert delay.details == {}  # no presentation yet: no gap
    assert early.finding("intl/refugee-convention-1951/art-31/para-2") is None  # not detained


def test_nothing_is_assessed_before_anything_happened(case: Case) -> None:
    result = run(case, D(2013, 1, 1))
    for p in result.people:
        assert p.deadlines == ()
        assert p.finding(RC31) is None


def test_without_delay_is_never_decided(case: Case) -> None:
    finding = run(case, D(2020, 10, 20), "p-erlan").people[0].finding(RC31)
    assert finding is not None
    assert finding.outcome == Outcome.UNDETERMINED
    assert "question of fact" in finding.explanation
    delay = finding.find("intl/unhcr-article-31-guidance/without-delay")
    assert delay is not None
    assert delay.kind.value == "question_of_fact"


@pytest.mark.parametrize(
    ("person", "provision", "outcome"),
    [
        pytest.param("p-erlan", RC33, Outcome.HOLDS, id="erlan-rc33-holds"),
        pytest.param("p-erlan", CAT3, Outcome.HOLDS, id="erlan-cat3-holds"),
        pytest.param("p-serik", RC33, Outcome.HOLDS, id="serik-rc33-holds-as-asylum-seeker"),
        pytest.param("p-serik", CAT3, Outcome.UNDETERMINED, id="serik-cat3-no-torture-facts"),
        pytest.param("p-serik", "intl/refugee-convention-1951/art-1a/para-2",
                     Outcome.UNDETERMINED, id="serik-definition-open"),
    ],
)
def test_findings_per_person(case: Case, person: str, provision: str, outcome: Outcome) -> None:
    finding = run(case, D(2019, 12, 15), person).people[0].finding(provision)
    assert finding is not None
    assert finding.outcome == outcome


def test_conviction_for_crossing_is_not_an_art_33_2_exception(case: Case) -> None:
    finding = run(case, D(2020, 1, 21), "p-erlan").people[0].finding(
        "intl/refugee-convention-1951/art-33/para-2"
    )
    assert finding is not None
    assert finding.outcome == Outcome.DOES_NOT_HOLD
    assert "particularly serious" in finding.explanation


def test_unknown_person_is_refused(case: Case) -> None:
    with pytest.raises(NotFoundError, match="p-erlan, p-serik"):
        run(case, D(2020, 1, 1), "nobody")


def test_custom_rulebook_and_calendar(case: Case) -> None:
    seen: list[str] = []

    def rule(ctx: Context) -> RuleResult:
        seen.append(ctx.person.id)
        return RuleResult()

    result = assess(case, as_of=D(2020, 1, 1), rulebook=Rulebook(rules=(rule,)),
                    calendar=FixedCalendar(name="test"))
    assert seen == ["p-erlan", "p-serik"]
    assert result.calendar == "test"
    assert result.to_json()["people"][0]["findings"] == []

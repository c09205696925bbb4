"""The YAML legal-case runner: it must fail on wrong expectations and refuse malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from panah.core.case import Case
from panah.core.casefile import parse_case
from panah.law.legalcases import check, parse_cases, story_case
from panah.law.registry import Registry, default_registry
from panah.law.yamlload import LawPackError

ROOT = Path(__file__).resolve().parents[2]


def load(relative: str) -> Case:
    return parse_case((ROOT / relative).read_text(encoding="utf-8"), file=relative)


STORY = """\
stories:
  crossed:
    events:
      - {id: cross, type: border_crossing_outside_checkpoint, date: "2019-10-06"}
      - {id: held, type: detention_host, date: "2019-10-14"}
cases:
"""


def run(body: str) -> list[str]:
    (case,) = parse_cases(STORY + body, file="t.yaml")
    return check(case, load=load)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


def test_a_matching_case_passes() -> None:
    assert run("""\
  - name: ok
    provisions: [kz/kz-cn-border-agreement-2006/art-32]
    as_of: 2019-10-21
    story: crossed
    expect:
      deadlines: [{id: kz-cn-hand-over-window, due: 2019-10-21, status: running}]
""") == []


@pytest.mark.parametrize(
    ("expect", "message"),
    [
        pytest.param("deadlines: [{id: kz-cn-hand-over-window, due: 2019-10-22}]",
                     "due is 2019-10-21, expected 2019-10-22", id="wrong-due"),
        pytest.param("deadlines: [{id: kz-cn-hand-over-window, status: expired}]",
                     "status is running, expected expired", id="wrong-status"),
        pytest.param("deadlines: [{id: nothing}]", "no deadline nothing", id="missing-deadline"),
        pytest.param("no_deadlines: [kz-cn-hand-over-window]",
                     "unexpected deadline kz-cn-hand-over-window", id="unexpected-deadline"),
        pytest.param("findings: [{provision: kz/kz-cn-border-agreement-2006/art-32, "
                     "outcome: does_not_hold}]", "outcome is holds", id="wrong-outcome"),
        pytest.param("findings: [{provision: kz/kz-cn-border-agreement-2006/art-32, "
                     "verification: secondary}]", "verification is primary",
                     id="wrong-verification"),
        pytest.param("findings: [{provision: kz/kz-cn-border-agreement-2006/art-32, "
                     "explanation_contains: nowhere}]", "explanation lacks 'nowhere'",
                     id="wrong-explanation"),
        pytest.param("findings: [{provision: kz/law-on-refugees-2009/art-11/para-5}]",
                     "no finding on kz/law-on-refugees-2009/art-11/para-5", id="missing-finding"),
        pytest.param("alerts: [{id: refoulement-risk, severity: low}]", "severity is medium",
                     id="wrong-severity"),
        pytest.param("alerts: [{id: refoulement-risk, actions_include: [fly-to-the-moon]}]",
                     "actions lack ['fly-to-the-moon']", id="missing-action"),
    ],
)
def test_wrong_expectations_fail(expect: str, message: str) -> None:
    errors = run(f"""\
  - name: wrong
    provisions: [kz/kz-cn-border-agreement-2006/art-32]
    as_of: 2019-10-21
    story: crossed
    expect:
      {expect}
""")
    assert any(message in e for e in errors), errors


@pytest.mark.parametrize(
    ("law", "message"),
    [
        pytest.param("{provision: kz/criminal-code-2014/art-392/part-1, on: 2025-09-17, "
                     "verification: primary}", "verification is secondary", id="version-level"),
        pytest.param("{provision: kz/law-on-refugees-2009/art-6-1, on: 2022-04-07, "
                     "in_force: true}", "in force on 2022-04-07 is False", id="not-in-force"),
        pytest.param("{parameter: kz/republican-budget-laws/mci-tenge, on: 2020-04-01, "
                     "value: 2651}", "value is 2778", id="mci-mid-year"),
        pytest.param("{parameter: kz/no-such/parameter, on: 2020-04-01, value: 1}",
                     "no parameter", id="unknown-parameter"),
        pytest.param("{provision: kz/criminal-code-2014/art-392/part-2, on: 2025-09-17, "
                     "summary_contains: up to 5 years}", "summary lacks", id="summary"),
    ],
)
def test_wrong_law_checks_fail(law: str, message: str) -> None:
    (case,) = parse_cases(f"cases:\n  - name: law\n    provisions: [x]\n    law:\n      - {law}\n",
                          file="t.yaml")
    errors = check(case, load=load)
    assert any(message in e for e in errors), errors


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("cases: {}\n", "top-level 'cases:' list", id="not-a-list"),
        pytest.param("cases: []\nother: 1\n", "top-level keys", id="unknown-top-level"),
        pytest.param("cases:\n  - {provisions: [x], law: []}\n", "needs a 'name'", id="no-name"),
        pytest.param("cases:\n  - {name: a, law: []}\n", "needs 'provisions'", id="no-provisions"),
        pytest.param("cases:\n  - {name: a, provisions: [x], law: []}\n"
                     "  - {name: a, provisions: [x], law: []}\n", "duplicate case name",
                     id="duplicate-name"),
        pytest.param("cases:\n  - {name: a, provisions: [x], as_of: 2020-01-01, story: nope, "
                     "expect: {}}\n", "no story", id="unknown-story"),
        pytest.param("cases:\n  - {name: a, provisions: [x], as_of: 2020-01-01, story: {}, "
                     "expect: {bogus: []}}\n", "'expect' takes", id="bad-expect"),
        pytest.param("cases:\n  - {name: a, provisions: [x], story: {}, expect: {}}\n",
                     "needs 'as_of'", id="no-date"),
        pytest.param("cases:\n  - {name: a, provisions: [x], law: [], colour: red}\n",
                     "unknown keys: colour", id="unknown-key"),
    ],
)
def test_malformed_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(LawPackError, match=message):
        parse_cases(text, file="t.yaml")


def test_story_expands_disputes_working_values_and_facts() -> None:
    data = story_case("t", {
        "events": [{"id": "cross", "type": "border_crossing_outside_checkpoint",
                    "date": ["2019-10-01", "2019-10-06"], "working": "2019-10-06",
                    "facts": {"manner": "on foot"}}],
    })
    case = parse_case(__import__("json").dumps(data), file="t", fmt="json")
    dates = sorted((c.value, c.source) for c in case.claims if c.property == "date")
    assert dates == [("2019-10-01", "S1"), ("2019-10-06", "S2")]
    assert case.working_values[0].value == "2019-10-06"
    assert any(c.property == "manner" for c in case.claims)


def test_every_provision_has_a_yaml_case(registry: Registry) -> None:
    assert registry.case_problems() == ()
    uncovered = [str(p.id) for p in registry.all() if not registry.cases_for(p.id)]
    assert uncovered == [], f"provisions without a YAML legal case: {uncovered}"


def test_every_rule_provision_exists_in_the_registry(registry: Registry) -> None:
    from panah.law.assess import assess

    case = load("examples/reference-case/kazakhstan-2019.yaml")
    for on in ("2019-10-14", "2019-12-15", "2020-01-21", "2020-06-22", "2020-10-20",
               "2021-09-20"):
        import datetime as dt

        result = assess(case, as_of=dt.date.fromisoformat(on), registry=registry)
        for person in result.people:
            for d in person.deadlines:
                assert d.provision in registry, d.provision
            for a in person.alerts:
                for act in a.actions:
                    assert act.provision is None or act.provision in registry

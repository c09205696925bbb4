"""Drafts from the evaluation texts: valid case files, exact locators, sources as given."""

from __future__ import annotations

import json

import pytest
import yaml

from panah.core.casefile import parse_case
from panah.core.dates import FuzzyDate
from panah.core.properties import check_value
from panah.ingest import NoBackend, SourceMeta, draft_case
from tests.ingest.conftest import TEXTS, draft_of, load_sample


@pytest.mark.parametrize("name", TEXTS)
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_the_draft_is_a_valid_case_file(name: str, fmt: str) -> None:
    case = draft_of(name).case
    text = (
        json.dumps(case, ensure_ascii=False)
        if fmt == "json"
        else yaml.safe_dump(case, allow_unicode=True)
    )
    parsed = parse_case(text, file=f"draft.{fmt}", fmt=fmt)  # type: ignore[arg-type]
    assert parsed.sources[0].id == "S1"
    assert parsed.people


@pytest.mark.parametrize("name", TEXTS)
def test_every_locator_quotes_the_text_exactly(name: str) -> None:
    text = load_sample(name).text
    claims = draft_of(name).case["claims"]
    assert claims
    for claim in claims:
        loc = claim["locator"]
        start, end = loc["span"]
        assert 0 <= start < end <= len(text)
        assert text[start:end] == loc["quote"], claim["id"]
        assert len(loc["quote"]) <= 300


@pytest.mark.parametrize("name", TEXTS)
def test_claim_values_have_the_shape_of_their_property(name: str) -> None:
    for claim in draft_of(name).case["claims"]:
        assert check_value(claim["property"], claim["value"]) is None, claim


@pytest.mark.parametrize("name", TEXTS)
def test_ages_are_as_of_the_source_date(name: str) -> None:
    sample = load_sample(name)
    for claim in draft_of(name).case["claims"]:
        if claim["property"] == "age":
            assert claim["as_of"] == str(sample.expected["meta"]["date"])


def test_a_date_the_text_does_not_give_stays_undetermined() -> None:
    """'A week later' from a month cannot be a day: the court's custody order, a step of its
    own after the police detention, has no date claim at all."""
    text = (
        "Gulnar Serikkyzy was detained in Almaty last September. A week later the court "
        "placed her in extradition custody."
    )
    draft = draft_case(text, lang="en", meta=SourceMeta(date="2021-03-15"))
    dated = {c["subject"] for c in draft.case["claims"] if c["property"] == "date"}
    custody = [e for e in draft.case["events"] if e["type"] == "extradition_detention"]
    assert len(custody) == 1 and custody[0]["id"] not in dated
    held = [e for e in draft.case["events"] if e["type"] == "detention_host"]
    assert len(held) == 1 and held[0]["id"] in dated
    values = [c["value"] for c in draft.case["claims"] if c["property"] == "date"]
    assert values == ["2020-09"]
    assert any("too coarse" in r.message for r in draft.review)


def test_without_a_source_date_relative_dates_are_not_resolved() -> None:
    text = "Last October Aigerim Nurlankyzy crossed the border illegally near Zharkent."
    draft = draft_case(text, lang="en")
    assert not [c for c in draft.case["claims"] if c["property"] == "date"]
    assert any("no date" in r.message for r in draft.review)


def test_a_date_is_not_shared_across_a_clause_boundary() -> None:
    text = (
        "Aigerim Nurlankyzy was detained on 3 May 2018 after China asked Kazakhstan to "
        "extradite her."
    )
    case = draft_case(text, lang="en", meta=SourceMeta(date="2018-06-01")).case
    dates = {c["subject"]: c["value"] for c in case["claims"] if c["property"] == "date"}
    typed = {e["type"]: dates.get(e["id"]) for e in case["events"]}
    assert typed["extradition_detention"] == "2018-05-03"
    assert typed["extradition_requested"] is None


def test_modal_and_negated_events_are_not_drafted() -> None:
    text = (
        "Daniyar Seitkali, a KNB deputy chief, said on 5 December 2019 that Erlan "
        "Qozhakhmetuly would be handed over to China. The court did not order his expulsion."
    )
    case = draft_case(text, lang="en", meta=SourceMeta(date="2019-12-10")).case
    types = {e["type"] for e in case["events"]}
    assert "handover_carried_out" not in types
    assert "expulsion_ordered" not in types
    assert "official_statement" in types


def test_a_charge_becomes_a_provision_id() -> None:
    text = "Erlan Qozhakhmetuly was charged under article 392, part 1, of the Criminal Code."
    case = draft_case(text, lang="en", meta=SourceMeta(date="2019-12-10")).case
    charges = [c["value"] for c in case["claims"] if c["property"] == "charge"]
    assert charges == ["kz/criminal-code-2014/art-392/part-1"]


def test_a_charge_in_another_code_is_left_to_the_reviewer() -> None:
    text = "Erlan Qozhakhmetuly was charged under article 120 of China's Criminal Code."
    case = draft_case(text, lang="en", meta=SourceMeta(date="2019-12-10")).case
    assert not [c for c in case["claims"] if c["property"] == "charge"]


def test_the_source_record_carries_the_given_metadata() -> None:
    meta = SourceMeta(
        id="S7",
        kind="testimony",
        title="Testimony",
        date="2021-05",
        publisher="A group",
        url="https://example.org/t",
        author="Interviewer",
    )
    draft = draft_case("My name is Yerbol Kenzhebekuly.", lang="en", meta=meta, backend=NoBackend())
    assert draft.case["sources"] == [
        {
            "id": "S7",
            "kind": "testimony",
            "title": "Testimony",
            "publisher": "A group",
            "author": "Interviewer",
            "date": "2021-05",
            "url": "https://example.org/t",
            "lang": "en",
        }
    ]
    assert draft.case["people"][0]["names"][0]["value"] == "Yerbol Kenzhebekuly"


def test_a_text_without_people_is_an_incomplete_draft() -> None:
    draft = draft_case("Nothing happened here.", lang="en")
    assert not draft.complete
    assert any("no person" in r.message for r in draft.review)


def test_the_drafting_note_has_the_drafting_day() -> None:
    import datetime as dt

    draft = draft_case("My name is Yerbol Kenzhebekuly.", lang="en", drafted_on=dt.date(2024, 1, 2))
    assert draft.case["notes"][0]["date"] == "2024-01-02"
    parse_case(json.dumps(draft.case), fmt="json")


@pytest.mark.parametrize("name", TEXTS)
def test_dates_are_case_file_dates(name: str) -> None:
    for claim in draft_of(name).case["claims"]:
        if claim["property"] in ("date", "end_date", "valid_until", "birth_date"):
            FuzzyDate.parse(claim["value"])

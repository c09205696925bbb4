"""Claim kinds besides dated events: organisations, proceedings, citizenship, ethnicity,
penalties and case numbers, each with the span it was read from and a confidence."""

from __future__ import annotations

from typing import Any

import pytest

from panah.ingest import SourceMeta, draft_case
from panah.ingest.organisations import find_organisations, nominative_court
from tests.ingest.conftest import backend_for

EN = (
    "Aibek Serikov, an ethnic Kazakh and a Chinese citizen, was detained by the KNB in Almaty "
    "on 11 February 2024. On 3 April 2024 the Medeu District Court sentenced him to two years "
    "in prison followed by expulsion from Kazakhstan (criminal case No. 2475-24-00-1/215). "
    "His lawyer appealed the verdict on 10 April 2024. Human Rights Watch urged the "
    "authorities on 12 April 2024 to release him."
)
RU = (
    "Гражданина КНР Айбека Серикова задержали сотрудники КНБ 11 февраля 2024 года. "
    "3 апреля 2024 года Медеуский районный суд приговорил его к двум годам ограничения "
    "свободы. 2 мая 2024 года апелляционная коллегия Алматинского городского суда оставила "
    "приговор в силе. В 2019 году его оштрафовали на 10 000 тенге."
)


def _draft(text: str, lang: str) -> dict[str, Any]:
    meta = SourceMeta(date="2024-05-10")
    return draft_case(text, lang=lang, meta=meta, backend=backend_for(lang)).case


def _claims(case: dict[str, Any], prop: str) -> list[dict[str, Any]]:
    return [c for c in case["claims"] if c["property"] == prop]


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (RU, "ru")])
def test_every_claim_has_a_locator_and_a_confidence(text: str, lang: str) -> None:
    for c in _draft(text, lang)["claims"]:
        start, end = c["locator"]["span"]
        assert text[start:end] == c["locator"]["quote"]
        assert c["confidence"] in ("high", "medium", "low")


def test_organisations_with_kinds_and_names() -> None:
    case = _draft(EN, "en")
    orgs = {o["names"][0]["value"]: o["kind"] for o in case["organisations"]}
    assert orgs == {
        "National Security Committee": "security_service",
        "Medeu District Court": "court",
        "Human Rights Watch": "ngo",
    }
    court = next(o for o in case["organisations"] if o["kind"] == "court")
    verdict = next(e for e in case["events"] if e["type"] == "verdict")
    assert {"who": court["id"], "role": "authority"} in verdict["participants"]
    appeal = next(e for e in case["events"] if e["type"] == "ngo_appeal")
    assert any(p["role"] == "author" for p in appeal["participants"])


def test_russian_court_names_are_put_in_the_nominative() -> None:
    orgs = find_organisations(RU, "ru")
    names = {m.name for o in orgs for m in o.mentions}
    assert "Медеуский районный суд" in names
    assert "Алматинский городской суд" in names
    assert nominative_court(["областного"]) == "Областной суд"
    assert nominative_court(["Специализированного", "межрайонного"]) == (
        "Специализированный межрайонный суд"
    )


def test_citizenship_and_ethnicity_go_to_the_person_named() -> None:
    en = _draft(EN, "en")
    assert [c["value"] for c in _claims(en, "citizenship")] == ["CN"]
    assert [c["value"] for c in _claims(en, "ethnicity")] == ["Kazakh"]
    person = en["people"][0]
    assert {c["id"] for c in _claims(en, "citizenship")} <= set(person["claims"])
    ru = _draft(RU, "ru")
    assert [c["value"] for c in _claims(ru, "citizenship")] == ["CN"]


def test_penalties_amounts_and_expulsion_applied() -> None:
    en = _draft(EN, "en")
    verdict = next(e["id"] for e in en["events"] if e["type"] == "verdict")
    by_prop = {c["property"]: c["value"] for c in en["claims"] if c["subject"] == verdict}
    assert by_prop["penalty"] == "imprisonment"
    assert by_prop["term"] == "P2Y"
    assert by_prop["expulsion_applied"] is True
    ru = _draft(RU, "ru")
    assert "restriction of freedom" in [c["value"] for c in _claims(ru, "penalty")]
    assert [c["value"] for c in _claims(ru, "amount")] == ["10000 KZT"]


def test_proceedings_group_the_steps_and_keep_the_case_number() -> None:
    en = _draft(EN, "en")
    by_kind = {p["kind"]: p for p in en["proceedings"]}
    criminal, appeal = by_kind["criminal"], by_kind["appeal"]
    verdict = next(e["id"] for e in en["events"] if e["type"] == "verdict")
    assert verdict in criminal["steps"]
    assert criminal["number"] == "2475-24-00-1/215"
    assert criminal["concerns"] == [en["people"][0]["id"]]
    assert appeal["relations"] == [{"kind": "appeals", "proceeding": criminal["id"]}]
    numbers = _claims(en, "x-case-number")
    assert [c["subject"] for c in numbers] == [criminal["id"]]
    assert "status" not in criminal  # the text does not say; nothing is invented


def test_nothing_is_drafted_from_a_text_without_these_facts() -> None:
    case = _draft("Aibek Serikov lives in Almaty with his family.", "en")
    assert "organisations" not in case
    assert "proceedings" not in case
    assert not [c for c in case["claims"] if c["property"] not in ("name",)]

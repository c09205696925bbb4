"""--into: a draft as a patch to an existing case, people matched by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from panah.core.casefile import parse_case
from panah.ingest import Match, apply_patch, draft_case, identity_compare, make_patch
from panah.ingest.patch import fold
from tests.ingest.conftest import draft_of

REFERENCE = (
    Path(__file__).resolve().parents[2] / "examples" / "reference-case" / "kazakhstan-2019.yaml"
)


@pytest.fixture(scope="module")
def reference() -> tuple[str, object]:
    text = REFERENCE.read_text("utf-8")
    return text, parse_case(text, file=str(REFERENCE))


@pytest.mark.parametrize("name", ["ref-en", "ref-ru"])
def test_people_of_the_retold_story_match_the_reference_case(
    name: str, reference: tuple[str, object]
) -> None:
    _text, case = reference
    patch = make_patch(draft_of(name), case)  # type: ignore[arg-type]
    matched = {m["existing"] for m in patch["people_matched"]}
    assert {"p-kaster", "p-murager"} <= matched
    assert patch["source"]["id"] == "S7"
    subjects = {c["subject"] for c in patch["claims"]}
    assert "p-kaster" in subjects


@pytest.mark.parametrize("name", ["ref-en", "ref-ru", "fict-en-extradition"])
def test_the_patched_case_is_valid(name: str, reference: tuple[str, object]) -> None:
    text, case = reference
    patch = make_patch(draft_of(name), case)  # type: ignore[arg-type]
    merged = apply_patch(yaml.safe_load(text), patch)
    parse_case(json.dumps(merged, ensure_ascii=False, default=str), fmt="json")


def test_a_fictional_person_is_new(reference: tuple[str, object]) -> None:
    _text, case = reference
    patch = make_patch(draft_of("fict-en-extradition"), case)  # type: ignore[arg-type]
    assert not patch["people_matched"]
    assert {p["names"][0]["value"] for p in patch["people_new"]} >= {"Gulnar Serikkyzy"}


def test_new_spellings_of_a_matched_person_are_proposed(reference: tuple[str, object]) -> None:
    _text, case = reference
    draft = draft_case("Quster Musakhanov was detained on 14 October 2019.", lang="en")
    patch = make_patch(
        draft,
        case,  # type: ignore[arg-type]
        compare=lambda a, b: (
            Match(1.0, "same") if "Musakh" in a and "Musakh" in b else Match(0.0, "different")
        ),
    )
    assert patch["people_matched"][0]["existing"] == "p-kaster"
    assert patch["names_new"][0]["name"]["value"] == "Quster Musakhanov"


def test_a_failing_compare_falls_back_to_folding(reference: tuple[str, object]) -> None:
    _text, case = reference

    def broken(a: str, b: str) -> Match:
        raise RuntimeError("bug in a comparer")

    patch = make_patch(draft_of("ref-ru"), case, compare=broken)  # type: ignore[arg-type]
    assert "p-kaster" in {m["existing"] for m in patch["people_matched"]}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Кастер Мусаханулы", "Kaster Musakhanuly", id="cyrillic-latin"),
        pytest.param("Қастер Мұсаханұлы", "Qaster Musakhanuly", id="kazakh-q"),
    ],
)
def test_fold_brings_scripts_together(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_the_identity_comparer_is_used_when_present() -> None:
    compare = identity_compare()
    if compare is None:
        pytest.skip("panah.identity has no compare function in this checkout")
    assert compare("Кастер Мусаханулы", "Kaster Musakhanuly").verdict == "same"
    assert compare("Кастер Мусаханулы", "Murager Alimuly").verdict != "same"

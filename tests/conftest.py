"""Shared fixtures: personas with mixed-script names, and a small case-file builder."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_CASE = ROOT / "examples" / "reference-case" / "kazakhstan-2019.yaml"

# Fictional personas; names in the scripts they are written in.
PERSONAS: dict[str, list[dict[str, str]]] = {
    "aigerim": [
        {"value": "Әйгерім Нұрланқызы", "script": "Cyrl", "lang": "kk", "kind": "legal"},
        {"value": "Aigerim Nurlankyzy", "script": "Latn", "lang": "en", "kind": "press"},
        {"value": "ئايگەرىم نۇرلانقىزى", "script": "Arab", "lang": "kk-Arab", "kind": "alias"},
        {"value": "艾格丽姆", "script": "Hans", "lang": "zh", "kind": "chinese_id"},
    ],
    "erlan": [
        {"value": "Ерлан Қожахметұлы", "script": "Cyrl", "lang": "kk", "kind": "legal"},
        {"value": "Erlan Qozhakhmetuly", "script": "Latn", "lang": "kk-Latn", "kind": "press"},
        {"value": "Ерлан Кожахметов", "script": "Cyrl", "lang": "ru", "kind": "alias"},
    ],
}


def minimal_case() -> dict[str, Any]:
    """A small valid case: two people, two sources, a disputed crossing date."""
    return copy.deepcopy(
        {
            "format_version": "1.0",
            "id": "test-case",
            "title": "Test case",
            "people": [
                {"id": "p1", "names": PERSONAS["aigerim"]},
                {"id": "p2", "names": PERSONAS["erlan"], "roles": ["client", "co_defendant"]},
            ],
            "sources": [
                {"id": "S1", "kind": "news_article", "title": "First report", "date": "2019-12"},
                {"id": "S2", "kind": "testimony", "title": "Testimony", "date": "2020-01-09"},
            ],
            "claims": [
                {"id": "c1", "subject": "e-cross", "property": "date", "value": "2019-10-01",
                 "source": "S1", "locator": {"quote": "on 1 October"}},
                {"id": "c2", "subject": "e-cross", "property": "date", "value": "2019-10-06",
                 "source": "S2"},
                {"id": "c3", "subject": "e-present", "property": "date", "value": "2019-10-14",
                 "source": "S1"},
                {"id": "c4", "subject": "p1", "property": "age", "value": 30, "source": "S1"},
                {"id": "c5", "subject": "p1", "property": "age", "value": 31, "source": "S2"},
            ],
            "events": [
                {"id": "e-cross", "type": "border_crossing_outside_checkpoint",
                 "title": "Crossed the border", "participants": [{"who": "p1", "role": "subject"}]},
                {"id": "e-present", "type": "presentation_to_authorities",
                 "title": "Presented to the border service"},
            ],
        }
    )


@pytest.fixture
def case_data() -> dict[str, Any]:
    return minimal_case()


@pytest.fixture
def write_case(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a case dict (or raw text) to a file and return its path."""

    def write(data: dict[str, Any] | str, name: str = "case.yaml") -> Path:
        path = tmp_path / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        elif name.endswith(".json"):
            import json

            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return path

    return write

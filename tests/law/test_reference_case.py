"""The reference case through `panah assess`: the acceptance contract, as tests.

Runs the real command (``panah.cli.main.main``) and reads its JSON, exactly as the shared
acceptance check does. The dated expectations for every assessment date of the issue are in
the YAML case ``kz/law_on_refugees_2009/cases/reference_case.yaml``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from panah.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
REF = ROOT / "examples" / "reference-case" / "kazakhstan-2019.yaml"
LEVELS = {"primary", "secondary", "partial", "unverified"}


def assess_json(capsys: pytest.CaptureFixture[str], as_of: str, *extra: str) -> dict[str, Any]:
    code = main(["assess", str(REF), "--as-of", as_of, "--format", "json", *extra])
    out = capsys.readouterr().out
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def findings(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    def walk(fs: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for f in fs:
            yield f
            yield from walk(f["sub_findings"])

    for person in data["people"]:
        yield from walk(person["findings"])


def objects(node: object) -> Iterator[dict[str, Any]]:
    """Every JSON object anywhere in the document."""
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from objects(v)
    elif isinstance(node, list):
        for v in node:
            yield from objects(v)


def test_december_2019(capsys: pytest.CaptureFixture[str]) -> None:
    data = assess_json(capsys, "2019-12-15")
    assert data["as_of"] == "2019-12-15"
    assert data["case"] == "kz-2019-zaysan"
    # The clients are assessed; their lawyers and the official are not.
    assert [p["person"] for p in data["people"]] == ["p-kaster", "p-murager"]
    deadlines = [d for p in data["people"] for d in p["deadlines"]]
    assert any(d["due"] == "2019-10-21" and "art-32" in d["provision"] for d in deadlines)
    every = list(findings(data))
    assert any(
        re.search(r"refugee-convention.*art-33", f["provision"]) and f["outcome"] == "holds"
        for f in every
    )
    assert any(re.search(r"cat.*art-3", f["provision"]) and f["outcome"] == "holds" for f in every)
    assert all(f["verification"] in LEVELS for f in every)
    alerts = [a for p in data["people"] for a in p["alerts"]]
    assert any(a["severity"] in ("high", "critical") for a in alerts)


@pytest.mark.parametrize("person", ["p-kaster", "p-murager"])
def test_december_2019_for_each_client(capsys: pytest.CaptureFixture[str], person: str) -> None:
    data = assess_json(capsys, "2019-12-15", "--person", person)
    (p,) = data["people"]
    window = [d for d in p["deadlines"] if "art-32" in d["provision"]]
    assert [(d["starts_on"], d["due"], d["status"]) for d in window] == [
        ("2019-10-14", "2019-10-21", "expired")
    ]
    assert any(a["severity"] == "high" for a in p["alerts"])
    actions = {act["id"] for a in p["alerts"] for act in a["actions"]}
    assert {"cat-complaint-interim-measures", "urgent-appeal-sr-torture", "contact-unhcr",
            "object-to-prosecution"} <= actions


def test_before_the_detention_no_hand_over_window(capsys: pytest.CaptureFixture[str]) -> None:
    data = assess_json(capsys, "2019-10-10")
    dues = [o["due"] for o in objects(data) if isinstance(o.get("due"), str)]
    assert not [d for d in dues if d.startswith("2019-10-21")]
    assert all(f["verification"] in LEVELS for f in findings(data))


def test_october_2020_status_term_and_extension(capsys: pytest.CaptureFixture[str]) -> None:
    data = assess_json(capsys, "2020-10-20")
    dues = {o["due"] for o in objects(data) if isinstance(o.get("due"), str)}
    assert "2021-10-16" in dues
    assert "2021-09-16" in dues
    assert all(f["verification"] in LEVELS for f in findings(data))


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_text_and_markdown_show_the_same_trace(
    capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    assert main(["assess", str(REF), "--as-of", "2019-12-15", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "kz/kz-cn-border-agreement-2006/art-32" in out
    assert "2019-10-21" in out
    assert "[partial - check the text]" in out  # non-primary levels are flagged
    assert "8 days or 13 days" in out


def test_unknown_person_fails_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(REF), "--as-of", "2019-12-15", "--person", "nobody"]) == 1
    assert "no person 'nobody'" in capsys.readouterr().err

"""docs/rule-catalogue.md is generated from the packs; it must not drift."""

from __future__ import annotations

from pathlib import Path

from panah.law.catalogue import render_markdown
from panah.law.registry import default_registry

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "docs" / "rule-catalogue.md"


def test_rule_catalogue_is_current() -> None:
    expected = render_markdown()
    actual = CATALOGUE.read_text(encoding="utf-8") if CATALOGUE.is_file() else ""
    assert actual == expected, (
        "docs/rule-catalogue.md is out of date: run `.venv/bin/panah law catalogue --write`"
    )


def test_catalogue_names_every_provision_and_parameter() -> None:
    text = render_markdown()
    reg = default_registry()
    for p in reg.all():
        assert f"#### `{p.id}`" in text
    for param in reg.parameters():
        assert f"`{param.id}`" in text


def test_catalogue_is_deterministic() -> None:
    assert render_markdown() == render_markdown()

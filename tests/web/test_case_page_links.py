"""The case page links to the case's history for every member, viewers included."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["lawyer", "viewer"])
def test_case_page_links_to_history(team: dict[str, Any], client_for: Any, role: str) -> None:
    record = team["record"]
    body = client_for(team["users"][role]).get(f"/cases/{record.key}/").content.decode()
    assert f'href="/cases/{record.key}/history/"' in body


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "sees"), [("caseworker", True), ("viewer", False)])
def test_representation_and_notes_sections(
    team: dict[str, Any], client_for: Any, role: str, sees: bool
) -> None:
    record = team["record"]
    body = client_for(team["users"][role]).get(f"/cases/{record.key}/").content.decode()
    assert 'id="representation"' in body
    assert 'id="notes"' in body
    for path in ("representation/new/", "notes/new/"):
        assert (f'href="/cases/{record.key}/{path}"' in body) is sees

"""Catalogue values on the case page (roles, statuses, kinds, outcomes, verification levels,
severities) are shown as labels in the page's language, never as raw catalogue values; the
CSS classes keep the values."""

from __future__ import annotations

from typing import Any

import pytest

from panah.law.labels import label
from tests.web.test_engine_language import _case_page, _whole_assessment


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_catalogue_values_shown_as_labels(team: dict[str, Any], client_for: Any, lang: str) -> None:
    client = client_for(team["users"]["lawyer"])
    # the case page, and the findings it loads when opened (all of them on one page)
    body = _case_page(client, team["record"], lang)
    body += _whole_assessment(client, team["record"], lang)
    for value, catalogue in [
        ("does_not_hold", "Outcome"),
        ("primary", "Verification"),
        ("news_article", "SourceKind"),
        ("detained", "RelativeStatus"),
    ]:
        shown = label(value, catalogue, lang=lang)
        assert f">{shown}<" in body or f"{shown} ·" in body, (value, shown)
    proceeding = f"{label('asylum', 'ProceedingKind', lang=lang)} · " + label(
        "pending", "ProceedingStatus", lang=lang
    )
    assert proceeding in body
    assert ">does_not_hold<" not in body
    assert 'class="finding outcome-does_not_hold"' in body  # the class keeps the value
    if lang == "ru":
        assert label("news_article", "SourceKind", lang="ru") != "news article"

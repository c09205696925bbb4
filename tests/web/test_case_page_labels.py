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


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_date_precision_and_conflict_headings_shown_as_labels(
    team: dict[str, Any], client_for: Any, lang: str
) -> None:
    """The timeline's date precision and qualifier, and each conflict's property and agreement,
    in the page's language (they showed as 'month', 'year, after', 'name · spelling_variants')."""
    import re

    body = _case_page(client_for(team["users"]["lawyer"]), team["record"], lang)
    precisions = re.findall(r'<span class="precision">([^<]*)</span>', body)
    assert precisions
    allowed = {label(p, "Precision", lang=lang) for p in ("time", "day", "month", "year", "range")}
    qualifiers = {
        label(q, "Qualifier", lang=lang)
        for q in ("approximate", "uncertain", "approximate-uncertain", "before", "after")
    }
    for shown in precisions:
        head, _, tail = shown.partition(", ")
        assert head in allowed, shown
        assert not tail or tail in qualifiers, shown
    headings = re.findall(
        r'<article class="conflict">\s*<h3[^>]*>.*?<small>(.*?)</small>', body, re.S
    )
    assert headings
    agreements = {
        label(a, "Agreement", lang=lang)
        for a in ("single", "compatible", "spelling_variants", "contradictory")
    }
    for h in headings:
        _code, prop, agreement = h.split(" · ")
        assert agreement in agreements, h
        assert "_" not in prop, h
    if lang != "en":
        assert "spelling_variants" not in body
        assert label("month", "Precision", lang=lang) != "month"
        assert label("spelling_variants", "Agreement", lang=lang) != "spelling variants"

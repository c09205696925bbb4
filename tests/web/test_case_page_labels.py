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


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_claim_properties_shown_as_labels(
    team: dict[str, Any], case_obj: Any, client_for: Any, lang: str
) -> None:
    """The claims page and the whole assessment name a claim's property in the page's
    language (they showed 'citizenship', 'end_date'); a custom x- property as written."""
    from panah.core.case import Claim
    from panah.storage.django_orm import actions

    extra = (
        Claim(id="c-cit", subject="p-arman", property="citizenship", value="CN", source="S1"),
        Claim(id="c-note", subject="p-arman", property="x-note", value="a note", source="S1"),
    )
    case = actions.recheck(
        case_obj.model_copy(update={"claims": (*case_obj.claims, *extra)}), file="test"
    )
    record = team["record"]
    actions.case_replace(
        actor=team["users"]["administrator"], record=record, case=case, expected_version=1
    )
    client = client_for(team["users"]["lawyer"])
    client.cookies["django_language"] = lang
    body = client.get(f"/cases/{record.key}/claims/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    citizenship = label("citizenship", "ClaimProperty", lang=lang)
    assert f"<td>{citizenship}</td>" in body
    assert "<td>x-note</td>" in body
    assert "<th>id</th>" not in body
    date = label("date", "ClaimProperty", lang=lang)
    assert f"<td>{date}</td>" in body
    if lang != "en":
        assert citizenship != "citizenship"
        assert "<td>citizenship</td>" not in body
    whole = _whole_assessment(client, record, lang)
    assert f" · {date} = " in whole
    assert " · date = " not in whole or lang == "en"

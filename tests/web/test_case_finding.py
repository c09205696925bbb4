"""The case page's findings load when opened: the page carries what a reader scans of each
finding (outcome, title, citation, verification level, disputed facts, its explanation on one
line) and links each to its own view, ``/cases/<key>/assessment/findings/<person>/<provision>/``,
which gives the finding's body to htmx and a page of its own to a browser without
JavaScript, for the page's date and language; ``/cases/<key>/assessment/`` has every finding
in full. Permissions and audit entries: ``test_permissions.py``, ``test_audit.py``."""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

import pytest
from django.urls import resolve
from django.utils import timezone, translation

from panah.law import i18n
from panah.law.assess import assess
from panah.web.assessment import assessment_for, finding_ids, forget_assessments
from panah.web.templatetags.panah_findings import finding_body_html, findings_html

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _fresh() -> Any:
    forget_assessments()
    yield
    forget_assessments()


def _get(client: Any, url: str, lang: str = "en", **extra: Any) -> Any:
    client.cookies["django_language"] = lang
    return client.get(url, HTTP_ACCEPT_LANGUAGE=lang, **extra)


def _assessment(team: dict[str, Any], as_of: dt.date, lang: str = "en") -> dict[str, Any]:
    """What the engine says, each finding with its claims (as the views read it)."""
    case = team["record"].to_domain()
    with i18n.language(lang), translation.override(lang):
        return assessment_for(case, as_of)


def _links(body: str) -> list[str]:
    return [
        html.unescape(u)
        for u in re.findall(r'<details class="finding[^"]*" hx-get="([^"]+)"', body)
    ]


@pytest.mark.django_db
def test_page_links_each_finding_and_leaves_its_tree_out(
    team: dict[str, Any], client_for: Any
) -> None:
    record = team["record"]
    client = client_for(team["users"]["viewer"])
    body = _get(client, f"/cases/{record.key}/").content.decode()
    data = _assessment(team, timezone.localdate())
    expected = [
        f"/cases/{record.key}/assessment/findings/{ident}/"
        for pa in data["people"]
        for ident, _ in finding_ids(pa)
    ]
    assert _links(body) == expected
    assert len(expected) >= 10
    for url in expected:  # each resolves to the finding's view with that id
        match = resolve(url)
        assert match.url_name == "case_finding"
        assert match.kwargs["finding"] == url.split("/findings/")[1].rstrip("/")
    # what is scanned stays on the page; what opening shows is not there
    first = data["people"][0]["findings"][0]
    assert html.escape(first["title"]) in body
    assert html.escape(first["explanation"]) in body  # the one-line summary
    assert "behind this finding" not in body  # no claims lists
    assert body.count('<details class="finding') == len(expected)  # no sub-findings
    # without JavaScript, an opened finding links to the finding's page
    assert body.count('<div class="finding-body"><p><a href="/cases/') == len(expected)


@pytest.mark.django_db
def test_finding_body_through_htmx(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["caseworker"])
    data = _assessment(team, timezone.localdate())
    ident, finding = finding_ids(data["people"][0])[3]
    response = _get(client, f"/cases/{record.key}/assessment/findings/{ident}/", **HX)
    assert response.status_code == 200
    assert "HX-Request" in response["Vary"]
    fragment = response.content.decode().strip()
    assert "<html" not in fragment and '<summary><span class="outcome">' in fragment
    with translation.override("en"):
        assert fragment == str(finding_body_html(finding)).strip()
    assert html.escape(finding["explanation"]) in fragment
    assert finding["provision"] in fragment
    assert "behind this finding" in fragment  # the claims behind it
    assert finding["sub_findings"]  # and its sub-findings, as trees
    assert fragment.count('<details class="finding') >= len(finding["sub_findings"])


@pytest.mark.django_db
def test_finding_page_without_javascript(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["viewer"])
    data = _assessment(team, timezone.localdate())
    ident, finding = finding_ids(data["people"][0])[0]
    response = _get(client, f"/cases/{record.key}/assessment/findings/{ident}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" in body and f'href="/cases/{record.key}/#assessment"' in body
    assert f'<details class="finding outcome-{finding["outcome"]}" open>' in body
    with translation.override("en"):
        assert str(finding_body_html(finding)) in body


@pytest.mark.django_db
def test_same_date_and_language_as_the_page(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["viewer"])
    day = dt.date(2020, 6, 1)
    page = _get(client, f"/cases/{record.key}/?as_of={day}", lang="ru").content.decode()
    links = _links(page)
    assert links and all(u.endswith(f"/?as_of={day}") for u in links)
    data = _assessment(team, day, lang="ru")
    (ident, finding), *_ = finding_ids(data["people"][0])
    assert links[0] == f"/cases/{record.key}/assessment/findings/{ident}/?as_of={day}"
    fragment = _get(client, links[0], lang="ru", **HX).content.decode()
    with translation.override("ru"):
        assert fragment.strip() == str(finding_body_html(finding)).strip()
    # the engine as of that day, in Russian: not today's, not English
    today = _assessment(team, timezone.localdate(), lang="ru")
    english = _assessment(team, day, lang="en")
    assert finding["explanation"] != english["people"][0]["findings"][0]["explanation"]
    assert data != today
    with i18n.language("ru"):
        raw = assess(record.to_domain(), as_of=day).to_json()
    assert raw["people"][0]["findings"][0]["explanation"] == finding["explanation"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "ident",
    [
        pytest.param("p-arman/no/such/provision", id="unknown-provision"),
        pytest.param("p-nobody/intl/refugee-convention-1951/art-33/para-1", id="unknown-person"),
        pytest.param("p-arman", id="person-only"),
    ],
)
def test_unknown_finding_is_404(ident: str, team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["administrator"])
    response = _get(client, f"/cases/{record.key}/assessment/findings/{ident}/", **HX)
    assert response.status_code == 404


@pytest.mark.django_db
def test_whole_assessment_page_has_every_tree(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["viewer"])
    page = _get(client, f"/cases/{record.key}/").content.decode()
    assert f'href="/cases/{record.key}/assessment/"' in page
    body = _get(client, f"/cases/{record.key}/assessment/").content.decode()
    data = _assessment(team, timezone.localdate())
    with translation.override("en"):
        for pa in data["people"]:
            assert str(findings_html(pa["findings"])) in body


def test_finding_ids_are_unique_per_person() -> None:
    f = {"provision": "intl/x/art-1"}
    person = {"person": "p-a", "findings": [f, {"provision": "intl/x/art-2"}, f, f]}
    assert [i for i, _ in finding_ids(person)] == [
        "p-a/intl/x/art-1",
        "p-a/intl/x/art-2",
        "p-a/intl/x/art-1~2",
        "p-a/intl/x/art-1~3",
    ]

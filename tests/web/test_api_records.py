"""A case's history and audit trail through the API: who may read them (every role ×
non-member), what they hold (the history page's rows; the audit page's columns, the case's
content never in clear), and that reading them is itself logged."""

from __future__ import annotations

import json
from typing import Any

import pytest
from auditlog.models import LogEntry
from django.core.cache import cache

from tests.web.conftest import ROLES, SECRET_DETAIL
from tests.web.test_api import BAD_TOKENS

A, L, C, V = ROLES
PRINCIPALS = (*ROLES, "outsider")


@pytest.fixture(autouse=True)
def _fresh_throttles() -> None:
    cache.clear()


@pytest.fixture
def tokens(team: dict[str, Any]) -> dict[str, str]:
    from panah.storage.django_orm.actions_api import api_token_create

    return {
        who: api_token_create(user=user, name=f"{who}'s script")[1]
        for who, user in team["users"].items()
    }


def _h(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token is not None else {}


def _first_version(record: Any) -> int:
    return int(record.history.order_by("history_id").first().history_id)


def _reads(record: Any) -> dict[str, tuple[str, tuple[str, ...], str]]:
    first = _first_version(record)
    case = f"/api/v1/cases/{record.key}"
    return {
        "history": (f"{case}/history", ROLES, "case_history"),
        "history_version": (f"{case}/history/{first}", ROLES, "case_history_version"),
        "history_export": (
            f"{case}/history/{first}?format=json",
            (A, L),
            "case_history_export_json",
        ),
        "audit": (f"{case}/audit", (A,), "case_audit"),
    }


@pytest.mark.parametrize("who", PRINCIPALS)
@pytest.mark.parametrize("endpoint", ["history", "history_version", "history_export", "audit"])
def test_read_permissions_and_the_read_is_logged(
    endpoint: str, who: str, team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = team["record"]
    path, allowed, action = _reads(record)[endpoint]
    before = LogEntry.objects.count()
    response = client.get(path, headers=_h(tokens[who]))
    text = response.content.decode()
    if who == "outsider":
        assert response.status_code == 404
        assert response.json() == {"detail": "No such case."}
    elif who in allowed:
        assert response.status_code == 200, text
        entry = LogEntry.objects.order_by("-pk").first()
        assert entry.additional_data["action"] == action
        assert entry.action == LogEntry.Action.ACCESS
        assert entry.actor == team["users"][who]
        assert entry.additional_data["via"] == "api"
        assert entry.additional_data["case"] == record.key
        assert LogEntry.objects.count() == before + 1
    else:
        assert response.status_code == 403
    if who not in allowed:
        assert LogEntry.objects.count() == before
        assert "Fictional" not in text
    if endpoint != "history_export":  # an old case file, for those who may export it
        assert SECRET_DETAIL not in text


@pytest.mark.parametrize("bad", ["none", "unknown", "revoked", "expired", "account-inactive"])
@pytest.mark.parametrize("endpoint", ["history", "audit"])
def test_bad_tokens(endpoint: str, bad: str, team: dict[str, Any], client: Any) -> None:
    path = _reads(team["record"])[endpoint][0]
    token = BAD_TOKENS[bad](team["users"][A])
    before = LogEntry.objects.count()
    response = client.get(path, headers=_h(token))
    assert response.status_code == 401
    assert LogEntry.objects.count() == before


def _edit_relative(client: Any, key: str, token: str, details: str) -> None:
    response = client.patch(
        f"/api/v1/cases/{key}/people/p-arman/relatives/1",
        data=json.dumps({"version": 1, "details": details, "age": 61}),
        content_type="application/json",
        headers=_h(token),
    )
    assert response.status_code == 200, response.content


def test_history_shows_what_changed_and_by_whom(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    _edit_relative(client, key, tokens[C], "moved to another fictional place kingfisher")
    data = client.get(f"/api/v1/cases/{key}/history", headers=_h(tokens[V])).json()
    assert data["count"] == 2 and data["pages"] == 1
    newest, oldest = data["results"]
    assert (newest["version"], newest["who"], newest["action"]) == (
        2,
        "u-caseworker",
        "case_relative_save",
    )
    assert newest["action_label"] == "relative saved"
    assert newest["readable"] is True
    assert newest["counts"] == {"added": 0, "removed": 0, "changed": 1}
    (section,) = newest["sections"]
    (change,) = section["changes"]
    assert section["name"] == "People"
    assert (change["kind"], change["ident"]) == ("changed", "p-arman")
    assert change["fields"] == ["relatives"]
    assert oldest["action"] == "case_import" and oldest["version"] == 1
    text = json.dumps(data, ensure_ascii=False)
    assert "kingfisher" not in text and SECRET_DETAIL not in text  # field names, not values
    one = client.get(
        f"/api/v1/cases/{key}/history/{newest['history_id']}", headers=_h(tokens[V])
    ).json()
    assert {k: one[k] for k in newest} == newest
    # In another language, as the page.
    ru = client.get(
        f"/api/v1/cases/{key}/history", headers={**_h(tokens[V]), "Accept-Language": "ru"}
    ).json()
    assert ru["results"][0]["sections"][0]["name"] != "People"


def test_history_version_of_another_case_is_404(
    team: dict[str, Any], tokens: dict[str, str], client: Any, case_obj: Any
) -> None:
    from panah.storage.django_orm import actions

    other = actions.case_import(actor=team["users"][A], case=case_obj)
    theirs = _first_version(other)
    key = team["record"].key
    for suffix in ("", "?format=json"):
        response = client.get(
            f"/api/v1/cases/{key}/history/{theirs}{suffix}", headers=_h(tokens[L])
        )
        assert response.status_code == 404
        assert response.json() == {"detail": "No such version of this case."}


def test_history_export_is_the_old_case_file(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = team["record"]
    _edit_relative(client, record.key, tokens[C], "new details")
    first = _first_version(record)
    old = client.get(
        f"/api/v1/cases/{record.key}/history/{first}?format=yaml", headers=_h(tokens[L])
    )
    assert old.status_code == 200
    assert old["Content-Type"] == "application/yaml; charset=utf-8"
    assert SECRET_DETAIL in old.content.decode()  # version 1's own details, for an exporter
    assert "new details" not in old.content.decode()


def test_audit_trail_as_the_page_shows_it(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    from panah.storage.django_orm.models import ApiToken

    record = team["record"]
    _edit_relative(client, record.key, tokens[L], "a detail only the case file holds kingfisher")
    response = client.get(f"/api/v1/cases/{record.key}/audit", headers=_h(tokens[A]))
    assert response.status_code == 200
    text = response.content.decode()
    data = response.json()
    # Nothing of the case file's content, nor any token, in clear.
    assert "kingfisher" not in text and SECRET_DETAIL not in text
    assert not any(t[8:] in text for t in tokens.values())
    first, *rest = data["results"]
    # The reading itself is the newest entry.
    assert (first["what"], first["action"], first["who"]) == (
        "case_audit",
        "access",
        "u-administrator",
    )
    assert first["via"] == "api"
    assert first["api_token"] == ApiToken.objects.get(user=team["users"][A]).pk
    saved = next(e for e in rest if e["what"] == "case_relative_save")
    assert saved["who"] == "u-lawyer" and saved["via"] == "api" and saved["action"] == "update"
    assert saved["model"] == "caserecord"
    assert "version" in saved["changes"] and "content" not in saved["changes"]
    assert saved["address"] == "127.0.0.1"
    imported = [e for e in rest if e["what"] == "case_import"]
    assert imported and all(e["via"] is None for e in imported)  # made outside the API
    members = [e for e in rest if e["model"] == "casemembership"]
    assert len(members) == 4  # the importer and three members added
    assert (
        data["count"]
        == len(data["results"])
        == LogEntry.objects.filter(additional_data__case=record.key).count()
    )


def test_audit_is_paged(team: dict[str, Any], tokens: dict[str, str], client: Any) -> None:
    from panah.storage.django_orm import actions
    from panah.web.api.records import AUDIT_PER_PAGE

    record = team["record"]
    for _ in range(AUDIT_PER_PAGE):
        actions.case_access_log(record=record, what="view")
    first = client.get(f"/api/v1/cases/{record.key}/audit", headers=_h(tokens[A])).json()
    assert first["pages"] == 2 and len(first["results"]) == AUDIT_PER_PAGE
    second = client.get(f"/api/v1/cases/{record.key}/audit?page=2", headers=_h(tokens[A])).json()
    # the second read is one more entry
    assert second["count"] == first["count"] + 1
    assert len(second["results"]) == second["count"] - AUDIT_PER_PAGE
    seen = [(e["when"], e["what"]) for e in first["results"] + second["results"]]
    assert [w for w, _ in seen] == sorted((w for w, _ in seen), reverse=True)

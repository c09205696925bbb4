"""Every case view × every role × member / non-member / signed out → the expected status.

A non-member gets 404 (never learns the case exists); a member whose role lacks the
permission gets 403; a signed-out visitor is sent to sign in. No response to a non-member
or visitor carries the case's data.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from tests.web.conftest import CASE_FILE

PRINCIPALS = ("administrator", "lawyer", "caseworker", "viewer", "outsider", "anonymous")
A, L, C, V = "administrator", "lawyer", "caseworker", "viewer"


def _upload() -> dict[str, Any]:
    f = io.BytesIO(CASE_FILE.read_bytes())
    f.name = "new-version.yaml"
    return {"file": f, "version": "1"}


def _working_value() -> dict[str, Any]:
    return {
        "subject": "e-cross",
        "property": "date",
        "value": json.dumps("2019-10-06"),
        "reason": "the client's own account, corroborated by the crossing record",
        "version": "1",
    }


# (name, method, path suffix, data factory, roles allowed, status when allowed)
VIEWS = [
    ("case_detail", "get", "", None, {A, L, C, V}, 200),
    ("case_timeline", "get", "timeline/?as_of=2019-10-31", None, {A, L, C, V}, 200),
    ("case_export_yaml", "get", "export/?format=yaml", None, {A, L}, 200),
    ("case_export_json", "get", "export/?format=json", None, {A, L}, 200),
    ("case_replace", "post", "replace/", _upload, {A, L, C}, 302),
    ("case_working_value", "post", "working-value/", _working_value, {A, L, C}, 302),
    ("case_members", "get", "members/", None, {A}, 200),
    (
        "case_member_add",
        "post",
        "members/",
        lambda: {"username": "u-outsider", "role": V},
        {A},
        302,
    ),
    ("case_audit", "get", "audit/", None, {A}, 200),
]

MATRIX = [pytest.param(view, who, id=f"{view[0]}-{who}") for view in VIEWS for who in PRINCIPALS]


def expected(view: tuple[Any, ...], who: str) -> int:
    _, _, _, _, allowed, ok = view
    if who == "anonymous":
        return 302  # to the sign-in page
    if who == "outsider":
        return 404
    return ok if who in allowed else 403


@pytest.mark.django_db
@pytest.mark.parametrize(("view", "who"), MATRIX)
def test_case_view_permission(
    view: tuple[Any, ...], who: str, team: dict[str, Any], client_for: Any
) -> None:
    _, method, suffix, data, _, _ = view
    record = team["record"]
    client = client_for(team["users"].get(who))
    url = f"/cases/{record.key}/{suffix}"
    response = getattr(client, method)(url, data() if data else None)
    assert response.status_code == expected(view, who), response.content[:300]
    if who == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    if expected(view, who) in (302, 403, 404) and method == "get":
        body = response.content.decode()
        for secret in ("Арман", "Arman", "zebraquill", "Гүлнар"):
            assert secret not in body


@pytest.mark.django_db
@pytest.mark.parametrize("who", PRINCIPALS)
def test_case_list_shows_only_member_cases(who: str, team: dict[str, Any], client_for: Any) -> None:
    client = client_for(team["users"].get(who))
    response = client.get("/cases/")
    if who == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
        return
    assert response.status_code == 200
    body = response.content.decode()
    assert (team["record"].key in body) is (who != "outsider")
    assert ("Арман Тестов" in body) is (who != "outsider")


@pytest.mark.django_db
@pytest.mark.parametrize("who", PRINCIPALS)
def test_import_page_needs_an_account(who: str, team: dict[str, Any], client_for: Any) -> None:
    response = client_for(team["users"].get(who)).get("/cases/import/")
    assert response.status_code == (302 if who == "anonymous" else 200)


@pytest.mark.django_db
def test_unknown_case_is_404_like_a_foreign_one(team: dict[str, Any], client_for: Any) -> None:
    client = client_for(team["users"]["administrator"])
    assert client.get("/cases/no-such-case/").status_code == 404


@pytest.mark.django_db
def test_removed_member_loses_access(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    viewer = team["users"]["viewer"]
    admin = client_for(team["users"]["administrator"])
    assert admin.post(f"/cases/{record.key}/members/", {"remove": viewer.pk}).status_code == 302
    assert client_for(viewer).get(f"/cases/{record.key}/").status_code == 404


@pytest.mark.django_db
def test_last_administrator_cannot_be_removed(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    admin_user = team["users"]["administrator"]
    response = client_for(admin_user).post(
        f"/cases/{record.key}/members/", {"remove": admin_user.pk}
    )
    assert response.status_code == 400
    assert client_for(admin_user).get(f"/cases/{record.key}/").status_code == 200


@pytest.mark.django_db
def test_inactive_member_is_a_stranger(team: dict[str, Any], client_for: Any) -> None:
    lawyer = team["users"]["lawyer"]
    lawyer.is_active = False
    lawyer.save()
    from panah.storage.django_orm.models import CaseRecord

    record = CaseRecord.objects.get(pk=team["record"].pk)
    assert not lawyer.has_perm("panah_cases.view_case", record)

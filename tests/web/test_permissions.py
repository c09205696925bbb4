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


def _person_new() -> dict[str, Any]:
    return {
        "version": "1",
        "e-id": "p-new",
        "e-roles": ["client"],
        "e-gender": "unknown",
        "names-TOTAL_FORMS": "1",
        "names-INITIAL_FORMS": "0",
        "names-0-value": "Zhanna Kuatova",
        "names-0-kind": "press",
        "matches_seen": "1",
    }


def _claim_edit() -> dict[str, Any]:
    return {
        "version": "1",
        "e-subject": "e-cross",
        "e-property": "date",
        "e-value": "2019-10-06",
        "e-source": "S2",
        "e-confidence": "medium",
        "e-status": "asserted",
    }


def _event_edit() -> dict[str, Any]:
    return {
        "version": "1",
        "e-type": "detention_host",
        "e-title": "Detained in the host country",
        "participants-TOTAL_FORMS": "1",
        "participants-INITIAL_FORMS": "1",
        "participants-0-who": "p-arman",
        "participants-0-role": "subject",
    }


def _relative_new() -> dict[str, Any]:
    return {
        "version": "1",
        "e-relation": "brother",
        "e-status": "unknown",
        "names-TOTAL_FORMS": "0",
        "names-INITIAL_FORMS": "0",
    }


def _delete() -> dict[str, Any]:
    return {"version": "1", "delete": "confirmed"}


def _ingest_text() -> dict[str, Any]:
    return {
        "text": "Arman Testov was detained in Almaty on 20 November 2019.",
        "title": "A report",
        "kind": "news_article",
        "date": "2019-12-01",
        "lang": "en",
    }


_DOCUMENT = "document/?template=chronology&person=p-arman&lang=en&format=docx&as_of=2020-06-01"

_FINDING = "assessment/findings/p-arman/intl/refugee-convention-1951/art-33/para-1/"

# (name, method, path suffix, data factory, roles allowed, status when allowed)
VIEWS = [
    ("case_detail", "get", "", None, {A, L, C, V}, 200),
    ("case_timeline", "get", "timeline/?as_of=2019-10-31", None, {A, L, C, V}, 200),
    ("case_finding", "get", _FINDING, None, {A, L, C, V}, 200),
    ("case_finding_as_of", "get", _FINDING + "?as_of=2020-06-01", None, {A, L, C, V}, 200),
    ("case_assessment", "get", "assessment/", None, {A, L, C, V}, 200),
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
    ("case_claims", "get", "claims/", None, {A, L, C, V}, 200),
    ("case_document_form", "get", "document/", None, {A, L}, 200),
    ("case_document_download", "get", _DOCUMENT, None, {A, L}, 200),
    ("case_name_matches", "get", "name-matches/?names-0-value=Arman", None, {A, L, C}, 200),
    ("case_person_new", "get", "people/new/", None, {A, L, C}, 200),
    ("case_person_new_save", "post", "people/new/", _person_new, {A, L, C}, 302),
    ("case_person_edit", "get", "people/p-arman/edit/", None, {A, L, C}, 200),
    ("case_relative_new", "get", "people/p-arman/relatives/new/", None, {A, L, C}, 200),
    (
        "case_relative_new_save",
        "post",
        "people/p-arman/relatives/new/",
        _relative_new,
        {A, L, C},
        302,
    ),
    ("case_relative_edit", "get", "people/p-arman/relatives/1/edit/", None, {A, L, C}, 200),
    ("case_organisation_new", "get", "organisations/new/", None, {A, L, C}, 200),
    ("case_source_new", "get", "sources/new/", None, {A, L, C}, 200),
    ("case_source_edit", "get", "sources/S1/edit/", None, {A, L, C}, 200),
    ("case_claim_new", "get", "claims/new/", None, {A, L, C}, 200),
    ("case_claim_edit", "get", "claims/c2/edit/", None, {A, L, C}, 200),
    ("case_claim_edit_save", "post", "claims/c2/edit/", _claim_edit, {A, L, C}, 302),
    ("case_claim_delete", "post", "claims/c3/edit/", _delete, {A, L, C}, 302),
    ("case_event_new", "get", "events/new/", None, {A, L, C}, 200),
    ("case_event_edit", "get", "events/e-arrest/edit/", None, {A, L, C}, 200),
    ("case_event_edit_save", "post", "events/e-arrest/edit/", _event_edit, {A, L, C}, 302),
    ("case_proceeding_new", "get", "proceedings/new/", None, {A, L, C}, 200),
    ("case_proceeding_edit", "get", "proceedings/pr-asylum/edit/", None, {A, L, C}, 200),
    ("case_ingest_start", "get", "ingest/", None, {A, L, C}, 200),
    ("case_ingest_start_draft", "post", "ingest/", _ingest_text, {A, L, C}, 302),
    ("case_ingest_review", "get", "ingest/review/", None, {A, L, C}, 302),
    ("case_ingest_review_save", "post", "ingest/review/", lambda: {"save": "1"}, {A, L, C}, 302),
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
    if method == "post" and expected(view, who) in (302, 403, 404) and who not in allowed_of(view):
        from panah.storage.django_orm.models import CaseRecord

        assert CaseRecord.objects.get(pk=record.pk).version == record.version  # nothing changed


def allowed_of(view: tuple[Any, ...]) -> set[str]:
    return set(view[4])


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
    members = f"/cases/{record.key}/members/"
    # the first step asks for confirmation and removes nothing
    asked = admin.post(members, {"remove": viewer.pk})
    assert asked.status_code == 200
    assert 'name="confirm" value="yes"' in asked.content.decode()
    assert client_for(viewer).get(f"/cases/{record.key}/").status_code == 200
    admin = client_for(team["users"]["administrator"])
    assert admin.post(members, {"remove": viewer.pk, "confirm": "yes"}).status_code == 302
    assert client_for(viewer).get(f"/cases/{record.key}/").status_code == 404


@pytest.mark.django_db
def test_last_administrator_cannot_be_removed(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    admin_user = team["users"]["administrator"]
    response = client_for(admin_user).post(
        f"/cases/{record.key}/members/",
        {"remove": admin_user.pk, "confirm": "yes", "yourself": "yes"},
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


@pytest.mark.django_db
def test_removing_yourself_needs_the_box_ticked(team: dict[str, Any], client_for: Any) -> None:
    """An administrator does not remove themselves by accident: the confirmation of one's own
    removal also needs its box ticked."""
    from panah.storage.django_orm import actions

    record = team["record"]
    admin_user, lawyer = team["users"]["administrator"], team["users"]["lawyer"]
    actions.case_member_remove(actor=admin_user, record=record, user=lawyer)
    actions.case_member_add(actor=admin_user, record=record, user=lawyer, role=A)
    client = client_for(admin_user)
    members = f"/cases/{record.key}/members/"
    asked = client.post(members, {"remove": admin_user.pk}).content.decode()
    assert 'name="yourself" value="yes" required' in asked
    refused = client.post(members, {"remove": admin_user.pk, "confirm": "yes"})
    assert refused.status_code == 400
    assert client.get(f"/cases/{record.key}/").status_code == 200
    done = client.post(members, {"remove": admin_user.pk, "confirm": "yes", "yourself": "yes"})
    assert done.status_code == 302
    assert client_for(admin_user).get(f"/cases/{record.key}/").status_code == 404


@pytest.mark.django_db
def test_a_new_member_is_a_viewer_by_default(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    body = client_for(team["users"]["administrator"]).get(f"/cases/{record.key}/members/")
    html = body.content.decode()
    assert f'<option value="{V}" selected>' in html
    assert html.count(" selected>") == 1


@pytest.mark.django_db
def test_members_page_marks_your_own_account(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    body = client_for(team["users"]["administrator"]).get(f"/cases/{record.key}/members/")
    html = body.content.decode()
    assert "u-administrator <small>(your account)</small>" in html
    assert html.count("(your account)") == 1

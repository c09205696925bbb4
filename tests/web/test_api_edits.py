"""Edits through the API (people and their relatives, organisations, sources, events,
proceedings, claims, case membership): every endpoint × every role × non-member; the web's forms'
validation with each error named by its field; a refused or stale edit changes nothing;
every change audited under the web's action name, ``via: api``."""

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
EDITORS = (A, L, C)


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


def _call(client: Any, method: str, path: str, body: Any, token: str | None) -> Any:
    if method in ("get", "delete"):
        return getattr(client, method)(path, headers=_h(token))
    return getattr(client, method)(
        path, data=json.dumps(body), content_type="application/json", headers=_h(token)
    )


# Entities added before a delete is tried (so that nothing refers to them): kind -> data.
SPARE = {
    "person": {
        "id": "p-spare",
        "roles": ["witness"],
        "names": [{"value": "Spare Witness", "script": "Latn"}],
    },
    "source": {"id": "S-spare", "kind": "ngo_report", "title": "Spare report"},
    "event": {"id": "e-spare", "type": "detention_origin", "title": "Spare event"},
    "organisation": {
        "id": "org-spare",
        "kind": "court",
        "names": [{"value": "Spare Court", "script": "Latn"}],
    },
}

# endpoint -> (method, path below the case, body, roles allowed, success, audit action, spare)
EDITS: dict[str, tuple[str, str, Any, tuple[str, ...], int, str | None, str | None]] = {
    "person_create": (
        "post",
        "people",
        {
            "version": 1,
            "id": "p-new",
            "roles": ["witness"],
            "gender": "female",
            "names": [{"value": "Айгерим Свидетелева", "lang": "ru"}],
            "matches_seen": True,
        },
        EDITORS,
        201,
        "case_person_save",
        None,
    ),
    "person_update": (
        "patch",
        "people/p-arman",
        {"version": 1, "ethnicity": "Fictional", "citizenship": ["CN", "KZ"]},
        EDITORS,
        200,
        "case_person_save",
        None,
    ),
    "person_delete": (
        "delete",
        "people/p-spare?version=2",
        None,
        EDITORS,
        200,
        "case_person_delete",
        "person",
    ),
    "relative_create": (
        "post",
        "people/p-arman/relatives",
        {"version": 1, "relation": "brother", "names": [{"value": "Ерлан"}], "matches_seen": True},
        EDITORS,
        201,
        "case_relative_save",
        None,
    ),
    "relative_update": (
        "patch",
        "people/p-arman/relatives/1",
        {"version": 1, "location": "Another fictional village"},
        EDITORS,
        200,
        "case_relative_save",
        None,
    ),
    "relative_delete": (
        "delete",
        "people/p-arman/relatives/1?version=1",
        None,
        EDITORS,
        200,
        "case_relative_delete",
        None,
    ),
    "organisation_create": (
        "post",
        "organisations",
        {"version": 1, "id": "org-court", "kind": "court", "names": [{"value": "District Court"}]},
        EDITORS,
        201,
        "case_organisation_save",
        None,
    ),
    "organisation_update": (
        "patch",
        "organisations/org-spare",
        {"version": 2, "country": "KZ"},
        EDITORS,
        200,
        "case_organisation_save",
        "organisation",
    ),
    "organisation_delete": (
        "delete",
        "organisations/org-spare?version=2",
        None,
        EDITORS,
        200,
        "case_organisation_delete",
        "organisation",
    ),
    "source_create": (
        "post",
        "sources",
        {"version": 1, "id": "S3", "kind": "ngo_report", "title": "A fictional NGO report"},
        EDITORS,
        201,
        "case_source_save",
        None,
    ),
    "source_update": (
        "patch",
        "sources/S2",
        {"version": 1, "publisher": "Fictional Daily"},
        EDITORS,
        200,
        "case_source_save",
        None,
    ),
    "source_delete": (
        "delete",
        "sources/S-spare?version=2",
        None,
        EDITORS,
        200,
        "case_source_delete",
        "source",
    ),
    "event_create": (
        "post",
        "events",
        {
            "version": 1,
            "id": "e-new",
            "type": "detention_origin",
            "title": "Detained at home",
            "participants": [{"who": "p-arman", "role": "subject"}],
        },
        EDITORS,
        201,
        "case_event_save",
        None,
    ),
    "event_update": (
        "patch",
        "events/e-arrest",
        {"version": 1, "title": "Detained in the host country again"},
        EDITORS,
        200,
        "case_event_save",
        None,
    ),
    "event_delete": (
        "delete",
        "events/e-spare?version=2",
        None,
        EDITORS,
        200,
        "case_event_delete",
        "event",
    ),
    "proceeding_create": (
        "post",
        "proceedings",
        {
            "version": 1,
            "id": "pr-appeal",
            "kind": "asylum",
            "title": "Appeal against the refusal",
            "status": "planned",
            "concerns": ["p-arman"],
            "steps": [{"event": "e-cross"}],
        },
        EDITORS,
        201,
        "case_proceeding_save",
        None,
    ),
    "proceeding_update": (
        "patch",
        "proceedings/pr-asylum",
        {"version": 1, "steps": [{"event": "e-cross"}, {"event": "e-arrest"}]},
        EDITORS,
        200,
        "case_proceeding_save",
        None,
    ),
    "proceeding_delete": (
        "delete",
        "proceedings/pr-asylum?version=1",
        None,
        EDITORS,
        200,
        "case_proceeding_delete",
        None,
    ),
    "claim_update": (
        "patch",
        "claims/c3",
        {"version": 1, "value": "2019-11-21", "quote": "arrested on the 21st"},
        EDITORS,
        200,
        "case_claim_save",
        None,
    ),
    "claim_delete": (
        "delete",
        "claims/c3?version=1",
        None,
        EDITORS,
        200,
        "case_claim_delete",
        None,
    ),
    "members_list": ("get", "members", None, (A,), 200, None, None),
    "member_add": (
        "post",
        "members",
        {"username": "u-newcomer", "role": "viewer"},
        (A,),
        201,
        "case_member_add",
        None,
    ),
    "member_change": (
        "patch",
        "members/u-viewer",
        {"role": "caseworker"},
        (A,),
        200,
        "case_member_add",
        None,
    ),
    "member_remove": ("delete", "members/u-viewer", None, (A,), 200, "case_member_remove", None),
}


def _add_spare(team: dict[str, Any], kind: str) -> None:
    from panah.storage.django_orm import case_edits

    save = getattr(case_edits, f"case_{kind}_save")
    record = team["record"]
    save(actor=team["users"][A], record=record, data=SPARE[kind], ident=None, expected_version=1)
    record.refresh_from_db()
    assert record.version == 2


def _state(record: Any) -> tuple[Any, ...]:
    from panah.storage.django_orm.models import CaseMembership

    fresh = type(record).objects.get(pk=record.pk)
    members = sorted(
        CaseMembership.objects.filter(case=record).values_list("user__username", "role")
    )
    return (fresh.content, fresh.version, members)


@pytest.mark.parametrize("who", PRINCIPALS)
@pytest.mark.parametrize("endpoint", EDITS)
def test_edit_endpoint_permissions(
    endpoint: str,
    who: str,
    team: dict[str, Any],
    tokens: dict[str, str],
    client: Any,
    make_user: Any,
) -> None:
    method, below, body, allowed, ok, action, spare = EDITS[endpoint]
    record = team["record"]
    make_user("u-newcomer")
    if spare is not None:
        _add_spare(team, spare)
    before = (_state(record), LogEntry.objects.count())
    response = _call(client, method, f"/api/v1/cases/{record.key}/{below}", body, tokens[who])
    text = response.content.decode()
    if who == "outsider":
        assert response.status_code == 404, text
        assert response.json() == {"detail": "No such case."}
    elif who in allowed:
        assert response.status_code == ok, text
        if action is not None:
            entry = LogEntry.objects.filter(additional_data__action=action).order_by("-pk").first()
            assert entry is not None
            assert entry.actor == team["users"][who]
            assert entry.additional_data["via"] == "api"
            assert entry.additional_data["case"] == record.key
            assert _state(record) != before[0]
        if method != "get" and endpoint.split("_")[0] not in ("member", "members"):
            assert response.json()["version"] == before[0][1] + 1
            assert response.json()["key"] == record.key
    else:
        assert response.status_code == 403, text
        assert "detail" in response.json()
    if who not in allowed:
        assert (_state(record), LogEntry.objects.count()) == before
        assert "Fictional" not in text and SECRET_DETAIL not in text


@pytest.mark.parametrize("bad", ["none", "unknown", "revoked", "expired", "account-without-totp"])
@pytest.mark.parametrize(
    "endpoint", ["person_create", "source_update", "event_delete", "member_add", "members_list"]
)
def test_edits_with_bad_tokens_get_401(
    endpoint: str, bad: str, team: dict[str, Any], client: Any
) -> None:
    method, below, body, *_rest = EDITS[endpoint]
    record = team["record"]
    token = BAD_TOKENS[bad](team["users"][A])
    before = (_state(record), LogEntry.objects.count())
    response = _call(client, method, f"/api/v1/cases/{record.key}/{below}", body, token)
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}
    assert (_state(record), LogEntry.objects.count()) == before


def _export(client: Any, key: str, token: str) -> dict[str, Any]:
    response = client.get(f"/api/v1/cases/{key}", headers=_h(token))
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    return data


def test_an_update_changes_only_the_fields_given(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    before = _export(client, key, tokens[L])["people"][0]
    response = _call(
        client,
        "patch",
        f"/api/v1/cases/{key}/people/p-arman",
        {"version": 1, "citizenship": ["CN", "KZ"], "origin": None},
        tokens[L],
    )
    assert response.status_code == 200, response.content
    after = _export(client, key, tokens[L])["people"][0]
    assert after["citizenship"] == ["CN", "KZ"]
    assert "origin" not in after  # null empties a field
    assert after["names"] == before["names"]
    assert after["relatives"] == before["relatives"]  # what the form does not edit stays
    assert {k: v for k, v in after.items() if k not in ("citizenship", "origin")} == {
        k: v for k, v in before.items() if k not in ("citizenship", "origin")
    }


def test_a_name_variant_keeps_its_claims_when_its_spelling_stays(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    from panah.storage.django_orm import case_edits

    record = team["record"]
    person = _export(client, record.key, tokens[A])["people"][0]
    person["names"][1]["claims"] = ["c2"]
    case_edits.case_person_save(
        actor=team["users"][A], record=record, data=person, ident="p-arman", expected_version=1
    )
    names = [{"value": "Arman Testov"}, {"value": "Арман Тестов", "kind": "legal"}]
    response = _call(
        client,
        "patch",
        f"/api/v1/cases/{record.key}/people/p-arman",
        {"version": 2, "names": names, "matches_seen": True},
        tokens[L],
    )
    assert response.status_code == 200, response.content
    got = _export(client, record.key, tokens[A])["people"][0]["names"]
    assert [n["value"] for n in got] == ["Arman Testov", "Арман Тестов"]
    assert got[0]["claims"] == ["c2"] and got[0]["scheme"] == "press-en"  # kept with it
    assert "claims" not in got[1]


def _refused(client: Any, token: str, team: dict[str, Any], method: str, path: str, body: Any):
    record = team["record"]
    before = (_state(record), LogEntry.objects.count())
    response = _call(client, method, f"/api/v1/cases/{record.key}/{path}", body, token)
    assert (_state(record), LogEntry.objects.count()) == before  # nothing changed, nothing logged
    return response


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "field"),
    [
        # the form's own fields
        pytest.param(
            "post",
            "sources",
            {"version": 1, "id": "S9", "kind": "newspaper", "title": "x"},
            400,
            "kind",
            id="form-choice",
        ),
        pytest.param(
            "post", "sources", {"version": 1, "id": "S9", "kind": "video"}, 400, "title", id="req"
        ),
        pytest.param(
            "patch",
            "people/p-arman",
            {"version": 1, "names": [{"value": "Arman", "kind": "nickname-ish"}]},
            400,
            "names[0].kind",
            id="row-field",
        ),
        pytest.param(
            "patch",
            "people/p-arman",
            {"version": 1, "names": [{"value": "Arman", "nick": "x"}]},
            400,
            "names[0].nick",
            id="row-unknown",
        ),
        # the case-file loader's checks, put back on the form's fields
        pytest.param(
            "patch",
            "people/p-arman",
            {"version": 1, "birth_date": "1985-13-45"},
            400,
            "birth_date",
            id="loader-date",
        ),
        pytest.param(
            "post",
            "events",
            {
                "version": 1,
                "id": "e-x",
                "type": "torture",
                "title": "x",
                "participants": [{"who": "p-nobody", "role": "subject"}],
            },
            400,
            "participants[0].who",
            id="loader-reference",
        ),
        pytest.param(
            "post",
            "sources",
            {"version": 1, "id": "S1", "kind": "video", "title": "a second S1"},
            400,
            "id",
            id="duplicate-id",
        ),
        pytest.param(
            "patch", "sources/S2", {"version": 1, "id": "S7"}, 400, "id", id="id-is-fixed"
        ),
        pytest.param(
            "patch",
            "proceedings/pr-asylum",
            {"version": 1, "steps": [{"event": "e-nowhere"}]},
            400,
            "steps[0].event",
            id="step",
        ),
        # not the form's: pydantic names it (422)
        pytest.param(
            "patch", "sources/S2", {"version": 1, "colour": "red"}, 422, "colour", id="unknown"
        ),
        pytest.param("patch", "sources/S2", {"title": "no version"}, 422, "version", id="version"),
    ],
)
def test_a_refused_edit_names_the_field_and_changes_nothing(
    method: str,
    path: str,
    body: Any,
    status: int,
    field: str,
    team: dict[str, Any],
    tokens: dict[str, str],
    client: Any,
) -> None:
    response = _refused(client, tokens[C], team, method, path, body)
    assert response.status_code == status, response.content
    data = response.json()
    if status == 422:
        assert any(field in e["loc"] for e in data["detail"])
        return
    assert data["detail"] == "The edit has problems; nothing was changed."
    fields = [e["field"] for e in data["errors"]]
    assert field in fields, data
    assert all(e["message"] for e in data["errors"])


def test_a_stale_edit_is_409_and_changes_nothing(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    first = _call(
        client, "patch", f"/api/v1/cases/{key}/sources/S2", {"version": 1, "lang": "en"}, tokens[L]
    )
    assert first.status_code == 200 and first.json()["version"] == 2
    for method, path, body in (
        ("patch", "events/e-arrest", {"version": 1, "title": "made on version 1"}),
        ("delete", "proceedings/pr-asylum?version=1", None),
    ):
        response = _refused(client, tokens[C], team, method, path, body)
        assert response.status_code == 409
        assert "changed the case" in response.json()["detail"]


def test_deleting_what_is_referred_to_is_refused(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    response = _refused(client, tokens[L], team, "delete", "sources/S1?version=1", None)
    assert response.status_code == 400
    data = response.json()
    assert data["detail"].startswith("Not deleted")
    assert any(e["field"].startswith("claims[0]") for e in data["errors"])


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("patch", "sources/S404"),
        ("delete", "events/e-404?version=1"),
        ("patch", "people/p-404/relatives/1"),
        ("post", "people/p-404/relatives"),
        ("patch", "people/p-arman/relatives/2"),
        ("delete", "people/p-arman/relatives/0?version=1"),
    ],
)
def test_no_such_entry_is_404(
    method: str, path: str, team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    body = {"version": 1} if method != "delete" else None
    response = _refused(client, tokens[L], team, method, path, body)
    assert response.status_code == 404
    assert response.json() == {"detail": "No such entry in this case."}


def test_new_names_that_match_known_people_wait_for_a_second_call(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    body = {"version": 1, "id": "p-twin", "roles": ["client"], "names": [{"value": "Арман Тестов"}]}
    first = _refused(client, tokens[L], team, "post", "people", body)
    assert first.status_code == 409
    matches = first.json()["matches"]
    assert any(m["here"] and m["person"] and m["name"] == "Арман Тестов" for m in matches)
    second = _call(
        client, "post", f"/api/v1/cases/{key}/people", {**body, "matches_seen": True}, tokens[L]
    )
    assert second.status_code == 201, second.content
    assert second.json()["id"] == "p-twin"


def test_relative_answers_its_place(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    response = _call(
        client,
        "post",
        f"/api/v1/cases/{key}/people/p-arman/relatives",
        {"version": 1, "relation": "sister", "faces_reprisal": False, "matches_seen": True},
        tokens[C],
    )
    assert response.status_code == 201, response.content
    assert response.json()["n"] == 2
    relatives = _export(client, key, tokens[A])["people"][0]["relatives"]
    assert relatives[1] == {"relation": "sister", "faces_reprisal": False}


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "field"),
    [
        ("post", "members", {"username": "u-nobody", "role": "viewer"}, 400, "username"),
        ("post", "members", {"username": "u-outsider", "role": "owner"}, 400, "role"),
        ("patch", "members/u-outsider", {"role": "viewer"}, 404, None),
        ("delete", "members/u-outsider", None, 404, None),
        # the last administrator stays one (a case keeps at least one)
        ("patch", "members/u-administrator", {"role": "lawyer"}, 409, None),
        ("delete", "members/u-administrator", None, 409, None),
    ],
)
def test_membership_refusals_change_nothing(
    method: str,
    path: str,
    body: Any,
    status: int,
    field: str | None,
    team: dict[str, Any],
    tokens: dict[str, str],
    client: Any,
) -> None:
    response = _refused(client, tokens[A], team, method, path, body)
    assert response.status_code == status, response.content
    if field is not None:
        assert field in [e["field"] for e in response.json()["errors"]]


def test_a_removed_member_loses_access_at_once(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    assert client.get(f"/api/v1/cases/{key}/assessment", headers=_h(tokens[V])).status_code == 200
    gone = client.delete(f"/api/v1/cases/{key}/members/u-viewer", headers=_h(tokens[A]))
    assert gone.status_code == 200
    assert client.get(f"/api/v1/cases/{key}/assessment", headers=_h(tokens[V])).status_code == 404
    listed = client.get(f"/api/v1/cases/{key}/members", headers=_h(tokens[A])).json()
    assert {m["username"] for m in listed} == {"u-administrator", "u-lawyer", "u-caseworker"}
    # A second administrator may then step down.
    promoted = _call(
        client, "patch", f"/api/v1/cases/{key}/members/u-lawyer", {"role": A}, tokens[A]
    )
    assert promoted.status_code == 200 and promoted.json()["role"] == A
    down = _call(
        client, "patch", f"/api/v1/cases/{key}/members/u-administrator", {"role": V}, tokens[A]
    )
    assert down.status_code == 200
    assert client.get(f"/api/v1/cases/{key}/members", headers=_h(tokens[A])).status_code == 403


def test_a_claim_changed_through_the_claim_form(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    response = _call(
        client,
        "patch",
        f"/api/v1/cases/{key}/claims/c1",
        {"version": 1, "confidence": "high", "page": "3"},
        tokens[C],
    )
    assert response.status_code == 200, response.content
    claim = _export(client, key, tokens[A])["claims"][0]
    assert claim["confidence"] == "high"
    assert claim["locator"] == {"quote": "crossed on the sixth", "page": "3"}
    assert claim["value"] == "2019-10-06"  # as it was: the form read it back as a date
    bad = _refused(
        client, tokens[C], team, "patch", "claims/c1", {"version": 2, "source": "S-none"}
    )
    assert bad.status_code == 400
    assert "source" in [e["field"] for e in bad.json()["errors"]]


# The same change made on the web form (loaded, changed, posted as a browser does) and
# through the API, each on its own copy of the case: the stored entries must be equal.
SAME_AS_THE_FORM = [
    pytest.param(
        "people/p-arman/edit/",
        {"e-ethnicity": "Fictional", "e-citizenship": "CN, KZ"},
        ("patch", "people/p-arman", {"ethnicity": "Fictional", "citizenship": ["CN", "KZ"]}),
        ("people", 0),
        id="person-edit",
    ),
    pytest.param(
        "people/p-arman/relatives/1/edit/",
        {"e-age": "61"},
        ("patch", "people/p-arman/relatives/1", {"age": 61}),
        ("people", 0),
        id="relative-edit",
    ),
    pytest.param(
        "sources/S1/edit/",
        {"e-publisher": "Fictional Weekly"},
        ("patch", "sources/S1", {"publisher": "Fictional Weekly"}),
        ("sources", 0),
        id="source-edit",
    ),
    pytest.param(
        "events/e-arrest/edit/",
        {"e-notes": "a note"},
        ("patch", "events/e-arrest", {"notes": "a note"}),
        ("events", 1),
        id="event-edit",
    ),
    pytest.param(
        "proceedings/pr-asylum/edit/",
        {"e-status": "decided"},
        ("patch", "proceedings/pr-asylum", {"status": "decided"}),
        ("proceedings", 0),
        id="proceeding-edit",
    ),
    pytest.param(
        "sources/new/",
        {"e-id": "S3", "e-kind": "video", "e-title": "A video"},
        ("post", "sources", {"id": "S3", "kind": "video", "title": "A video"}),
        ("sources", 2),
        id="source-new",
    ),
    pytest.param(
        "people/new/",
        {"e-id": "p-w", "e-roles": "witness", "names-0-value": "Witness Fictional"},
        (
            "post",
            "people",
            {"id": "p-w", "roles": ["witness"], "names": [{"value": "Witness Fictional"}]},
        ),
        ("people", 1),
        id="person-new",
    ),
]


@pytest.mark.parametrize(("page", "typed", "api", "where"), SAME_AS_THE_FORM)
def test_an_api_edit_stores_what_the_form_stores(
    page: str,
    typed: dict[str, str],
    api: tuple[str, str, dict[str, Any]],
    where: tuple[str, int],
    team: dict[str, Any],
    tokens: dict[str, str],
    client_for: Any,
    case_obj: Any,
) -> None:
    from panah.storage.django_orm import actions
    from tests.web.formdata import form_fields, post_data

    web_record = team["record"]
    api_record = actions.case_import(actor=team["users"][A], case=case_obj)
    browser = client_for(team["users"][A])
    url = f"/cases/{web_record.key}/{page}"
    shown = form_fields(browser.get(url).content.decode(), "entity-form")
    posted = post_data(shown, {**typed, "matches_seen": "1"})
    assert browser.post(url, posted).status_code == 302
    browser.logout()
    method, below, body = api
    response = _call(
        browser,
        method,
        f"/api/v1/cases/{api_record.key}/{below}",
        {**body, "version": 1, "matches_seen": True},
        tokens[A],
    )
    assert response.status_code in (200, 201), response.content
    section, n = where
    web = _export(browser, web_record.key, tokens[A])[section][n]
    via_api = _export(browser, api_record.key, tokens[A])[section][n]
    assert via_api == web


def test_edits_are_throttled_per_token_too(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    from django.test import override_settings

    key = team["record"].key
    with override_settings(PANAH_API_RATE="2/min"):
        codes = [
            client.get(f"/api/v1/cases/{key}/members", headers=_h(tokens[A])).status_code
            for _ in range(2)
        ]
        body = {"version": 1, "lang": "en"}
        late = _call(client, "patch", f"/api/v1/cases/{key}/sources/S2", body, tokens[A])
    assert codes == [200, 200]
    assert late.status_code == 429
    assert _state(team["record"])[1] == 1

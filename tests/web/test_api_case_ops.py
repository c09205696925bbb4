"""What the API does as the case pages do it: replace a case from a case file (PUT), go back
to an earlier version (revert), and add, change, delete representation entries and notes.

Each: every role × non-member (404), a stale ``version`` (409), a bad body (the field, or the
file's line and field, named; nothing changed, nothing logged), the audit entry marked
``via: api`` with the token, and the same operation through the web page and through the API
storing the same case. The fixtures and helpers are the existing API and page tests'.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from auditlog.models import LogEntry

from panah.storage.django_orm import actions
from panah.storage.django_orm.models import ApiToken, CaseRecord
from tests.web.conftest import CASE_FILE, ROLES, SECRET_DETAIL
from tests.web.formdata import form_fields, post_data
from tests.web.test_api_edits import _call, _export, _fresh_throttles, _h, _state, tokens
from tests.web.test_editing_representation_notes import NOTE_TEXT, case
from tests.web.test_history import REASON, _retitled, versions

pytestmark = pytest.mark.usefixtures(_fresh_throttles.__name__)
__all__ = ["case", "tokens", "versions"]  # fixtures used here, from the modules above

A, L, C, V = ROLES
PRINCIPALS = (*ROLES, "outsider")
CHANGERS = (A, L, C)
YAML = "application/yaml"
TITLE = "Fictional asylum case (test fixture)"
RETITLED = CASE_FILE.read_text(encoding="utf-8").replace(
    "title: Fictional asylum case (test fixture)", "title: Retitled through the API"
)


def _fresh(record: Any) -> CaseRecord:
    return CaseRecord.objects.get(pk=record.pk)


def _token_id(user: Any) -> int:
    return int(ApiToken.objects.get(user=user).pk)


def _via_api(action: str, user: Any, record: Any) -> LogEntry:
    """The newest audit entry of ``action``: by ``user`` through the API, with its token."""
    entry = LogEntry.objects.filter(additional_data__action=action).order_by("-pk").first()
    assert entry is not None, action
    assert entry.actor == user
    assert entry.remote_addr == "127.0.0.1"
    assert entry.additional_data["via"] == "api"
    assert entry.additional_data["api_token"] == _token_id(user)
    assert entry.additional_data["case"] == record.key
    return entry


def _unchanged(record: Any, before: tuple[Any, int]) -> None:
    """Nothing stored and nothing logged since ``before`` (``_state``, log size)."""
    assert (_state(record), LogEntry.objects.count()) == before


def _before(record: Any) -> tuple[Any, int]:
    return (_state(record), LogEntry.objects.count())


def _put(client: Any, key: str, text: str, token: str, query: str, ctype: str = YAML) -> Any:
    return client.put(
        f"/api/v1/cases/{key}?{query}", data=text, content_type=ctype, headers=_h(token)
    )


# --- replace a case from a case file: PUT /cases/{key} ----------------------------------------


@pytest.mark.parametrize("who", PRINCIPALS)
def test_replace_permissions(
    who: str, team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = team["record"]
    before = _before(record)
    response = _put(client, record.key, RETITLED, tokens[who], "version=1&filename=v2.yaml")
    text = response.content.decode()
    if who in CHANGERS:
        assert response.status_code == 200, text
        assert response.json() == {"key": record.key, "version": 2}
        fresh = _fresh(record)
        assert (fresh.version, fresh.title) == (2, "Retitled through the API")
        entry = _via_api("case_replace", team["users"][who], record)
        assert SECRET_DETAIL not in str(entry.changes) + str(entry.additional_data)
        return
    assert response.status_code == (404 if who == "outsider" else 403), text
    if who == "outsider":
        assert response.json() == {"detail": "No such case."}
    assert "Fictional" not in text and SECRET_DETAIL not in text
    _unchanged(record, before)


def test_replace_stale_version_is_409_and_changes_nothing(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = team["record"]
    assert _put(client, record.key, RETITLED, tokens[L], "version=1").status_code == 200
    before = _before(record)
    again = _put(client, record.key, RETITLED.replace("Retitled", "Again"), tokens[C], "version=1")
    assert again.status_code == 409
    assert "Someone changed the case" in again.json()["detail"]
    _unchanged(record, before)


@pytest.mark.parametrize(
    ("text", "ctype", "query", "status", "where"),
    [
        pytest.param(
            RETITLED.replace("status: open", "status: opened"),
            YAML,
            "version=1&filename=mine.yaml",
            400,
            ("mine.yaml", 6, "status"),
            id="yaml-bad-field",
        ),
        pytest.param(
            RETITLED.replace("source: S2\n", "source: S-none\n", 1),
            YAML,
            "version=1&filename=mine.yaml",
            400,
            ("mine.yaml", None, "claims[1].source"),
            id="yaml-unknown-source",
        ),
        pytest.param(
            '{"format_version": "1.0", "id": "x"}',
            "application/json",
            "version=1&filename=mine.json",
            400,
            ("mine.json", None, "title"),
            id="json-missing-field",
        ),
        pytest.param(
            "title: [unclosed\n", YAML, "version=1", 400, ("request.yaml", 2, ""), id="not-yaml"
        ),
        pytest.param(RETITLED, "text/plain", "version=1", 415, None, id="content-type"),
        pytest.param(RETITLED, YAML, "filename=mine.yaml", 422, None, id="no-version"),
    ],
)
def test_replace_with_a_bad_file_names_where_and_changes_nothing(
    text: str,
    ctype: str,
    query: str,
    status: int,
    where: tuple[str, int | None, str] | None,
    team: dict[str, Any],
    tokens: dict[str, str],
    client: Any,
) -> None:
    record = team["record"]
    before = _before(record)
    response = _put(client, record.key, text, tokens[A], query, ctype)
    assert response.status_code == status, response.content
    if where is not None:
        body = response.json()
        assert body["detail"] == "The case file has problems; nothing was changed."
        file, line, path = where
        hits = [p for p in body["problems"] if p["path"] == path]
        assert hits, body["problems"]
        assert all(p["file"] == file for p in body["problems"])
        if line is not None:
            assert hits[0]["line"] == line
    if status == 422:
        assert "version" in response.content.decode()
    _unchanged(record, before)


def test_replace_through_the_web_and_the_api_store_the_same_case(
    team: dict[str, Any], tokens: dict[str, str], client_for: Any, case_obj: Any
) -> None:
    web_record = team["record"]
    api_record = actions.case_import(actor=team["users"][A], case=case_obj)
    browser = client_for(team["users"][A])
    upload = io.BytesIO(RETITLED.encode())
    upload.name = "v2.yaml"
    page = browser.post(f"/cases/{web_record.key}/replace/", {"file": upload, "version": "1"})
    assert page.status_code == 302
    browser.logout()
    response = _put(browser, api_record.key, RETITLED, tokens[A], "version=1&filename=v2.yaml")
    assert response.status_code == 200, response.content
    web, via_api = _fresh(web_record), _fresh(api_record)
    assert via_api.content == web.content
    assert (via_api.version, via_api.title, via_api.names) == (web.version, web.title, web.names)
    entries = [
        e.additional_data
        for e in LogEntry.objects.filter(additional_data__action="case_replace").order_by("pk")
    ]
    assert [e.get("via") for e in entries] == [None, "api"]  # the same action, marked


# --- revert: POST /cases/{key}/history/{history_id}/revert -----------------------------------


def _revert(client: Any, record: Any, row: Any, body: Any, token: str) -> Any:
    path = f"/api/v1/cases/{record.key}/history/{row.history_id}/revert"
    return _call(client, "post", path, body, token)


@pytest.mark.parametrize("who", PRINCIPALS)
def test_revert_permissions(
    who: str, versions: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record, v2 = versions["record"], versions["rows"][1]
    before = _before(record)
    response = _revert(client, record, v2, {"reason": REASON, "version": 3}, tokens[who])
    text = response.content.decode()
    if who in CHANGERS:
        assert response.status_code == 200, text
        assert response.json() == {"key": record.key, "version": 4}
        case = _fresh(record).to_domain()
        assert case.title == "Retitled case"
        assert [s.publisher for s in case.sources if s.id == "S2"] == ["Fictional News"]
        _via_api("case_revert", versions["users"][who], record)
        reason = _via_api("case_revert_reason", versions["users"][who], record)
        assert reason.additional_data["reverted_to"] == 2
        assert "quillfinch" not in str(reason.additional_data)  # the reason is encrypted
        history = client.get(f"/api/v1/cases/{record.key}/history", headers=_h(tokens[who]))
        newest = history.json()["results"][0]
        assert (newest["action"], newest["reverted_to"], newest["reason"]) == (
            "case_revert",
            2,
            REASON,
        )
        return
    assert response.status_code == (404 if who == "outsider" else 403), text
    assert "Retitled" not in text and SECRET_DETAIL not in text
    _unchanged(record, before)


def test_revert_stale_version_is_409_and_changes_nothing(
    versions: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    before = _before(record)
    response = _revert(client, record, v1, {"reason": REASON, "version": 2}, tokens[L])
    assert response.status_code == 409
    assert "it is now at version 3, you had version 2" in response.json()["detail"]
    _unchanged(record, before)
    assert record.history.count() == 3


@pytest.mark.parametrize(
    ("row", "body", "status", "field"),
    [
        pytest.param(0, {"reason": "  ", "version": 3}, 400, "reason", id="no-reason"),
        pytest.param(0, {"reason": "x" * 501, "version": 3}, 400, "reason", id="too-long"),
        pytest.param(2, {"reason": REASON, "version": 3}, 400, "", id="same-as-now"),
        pytest.param(0, {"version": 3}, 422, "reason", id="reason-missing"),
        pytest.param(0, {"reason": REASON}, 422, "version", id="version-missing"),
        pytest.param(0, {"reason": REASON, "version": 3, "why": "x"}, 422, "why", id="unknown"),
    ],
)
def test_a_refused_revert_names_the_field_and_changes_nothing(
    row: int,
    body: dict[str, Any],
    status: int,
    field: str,
    versions: dict[str, Any],
    tokens: dict[str, str],
    client: Any,
) -> None:
    record = versions["record"]
    before = _before(record)
    response = _revert(client, record, versions["rows"][row], body, tokens[C])
    assert response.status_code == status, response.content
    if status == 400:
        assert [e["field"] for e in response.json()["errors"]] == [field]
        assert response.json()["detail"] == response.json()["errors"][0]["message"]
    else:
        assert field in response.content.decode()
    _unchanged(record, before)


def test_revert_to_a_version_of_another_case_is_404(
    versions: dict[str, Any], tokens: dict[str, str], client: Any, case_obj: Any
) -> None:
    record = versions["record"]
    other = actions.case_import(actor=versions["users"][A], case=case_obj)
    before = _before(record)
    row = other.history.get()
    response = _revert(client, record, row, {"reason": REASON, "version": 3}, tokens[A])
    assert response.status_code == 404
    assert response.json() == {"detail": "No such version of this case."}
    _unchanged(record, before)


def test_revert_to_a_version_that_no_longer_passes_names_the_field(
    versions: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    """As on the page (tests/web/test_history.py): a version the loader refuses today."""
    import json

    record = versions["record"]
    fresh = _fresh(record)
    good = fresh.content
    bad = fresh.to_domain().model_dump(mode="json", exclude_defaults=True)
    bad["format_version"] = "1.0"
    bad["claims"][0]["source"] = "S-missing"
    fresh.content = json.dumps(bad)
    fresh.save()
    fresh.content = good
    fresh.version = 4
    fresh.save()
    bad_row = record.history.order_by("-history_id")[1]
    before = _before(record)
    response = _revert(client, record, bad_row, {"reason": REASON, "version": 4}, tokens[L])
    assert response.status_code == 400
    assert "no longer passes the case file" in response.json()["detail"]
    assert "claims[0].source" in [e["field"] for e in response.json()["errors"]]
    _unchanged(record, before)


def test_revert_through_the_web_and_the_api_store_the_same_case(
    team: dict[str, Any], tokens: dict[str, str], client_for: Any, case_obj: Any
) -> None:
    admin = team["users"][A]
    web_record = team["record"]
    api_record = actions.case_import(actor=admin, case=case_obj)
    for record in (web_record, api_record):
        actions.case_replace(
            actor=admin, record=record, case=_retitled(case_obj, "Retitled"), expected_version=1
        )
    browser = client_for(team["users"][A])
    first = web_record.history.order_by("history_id").first()
    page = browser.post(
        f"/cases/{web_record.key}/history/{first.history_id}/revert/",
        {"reason": REASON, "version": "2"},
    )
    assert page.status_code == 302
    browser.logout()
    row = api_record.history.order_by("history_id").first()
    response = _revert(browser, api_record, row, {"reason": REASON, "version": 2}, tokens[A])
    assert response.status_code == 200, response.content
    web, via_api = _fresh(web_record), _fresh(api_record)
    assert via_api.content == web.content
    assert (via_api.version, via_api.title) == (web.version, web.title) == (3, TITLE)


# --- representation entries and notes ----------------------------------------------------------

# endpoint -> (method, path below the case, body (without version), success, audit action)
POSITIONAL: dict[str, tuple[str, str, dict[str, Any] | None, int, str]] = {
    "representation_create": (
        "post",
        "representation",
        {"representative": "p-lawyer", "clients": ["p-arman"], "role": "advocate"},
        201,
        "case_representation_save",
    ),
    "representation_update": (
        "patch",
        "representation/1",
        {"until": "2021-01-15", "claims": ["c-mandate"]},
        200,
        "case_representation_save",
    ),
    "representation_delete": (
        "delete",
        "representation/1",
        None,
        200,
        "case_representation_delete",
    ),
    "note_create": (
        "post",
        "notes",
        {"date": "2020-03-09", "text": NOTE_TEXT},
        201,
        "case_note_save",
    ),
    "note_update": ("patch", "notes/1", {"text": NOTE_TEXT}, 200, "case_note_save"),
    "note_delete": ("delete", "notes/1", None, 200, "case_note_delete"),
}


def _positional(
    client: Any, record: Any, endpoint: str, token: str, version: int | None = None
) -> Any:
    method, below, body, _ok, _action = POSITIONAL[endpoint]
    version = _fresh(record).version if version is None else version
    path = f"/api/v1/cases/{record.key}/{below}"
    if method == "delete":
        return _call(client, method, f"{path}?version={version}", None, token)
    return _call(client, method, path, {**(body or {}), "version": version}, token)


@pytest.mark.parametrize("who", PRINCIPALS)
@pytest.mark.parametrize("endpoint", POSITIONAL)
def test_representation_and_note_permissions(
    endpoint: str, who: str, case: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = _fresh(case["record"])
    before = _before(record)
    response = _positional(client, record, endpoint, tokens[who])
    text = response.content.decode()
    _method, _below, _body, ok, action = POSITIONAL[endpoint]
    if who in CHANGERS:
        assert response.status_code == ok, text
        assert response.json()["version"] == record.version + 1
        if ok == 201:
            assert response.json()["n"] == 2  # its place, as the web's URLs count
        entry = _via_api(action, case["users"][who], record)
        assert "osprey" not in str(entry.changes) + str(entry.additional_data)
        assert _state(record) != before[0]
        return
    assert response.status_code == (404 if who == "outsider" else 403), text
    assert "First meeting" not in text and "p-lawyer" not in text
    _unchanged(record, before)


def test_what_the_calls_store(case: dict[str, Any], tokens: dict[str, str], client: Any) -> None:
    record = case["record"]
    for endpoint in ("representation_create", "representation_update", "note_create"):
        response = _positional(client, record, endpoint, tokens[L])
        assert response.status_code in (200, 201), response.content
    stored = _fresh(record).to_domain()
    first, second = stored.representation
    assert first.until is not None and first.until.text == "2021-01-15"
    assert first.since is not None and first.since.text == "2020-03-02"  # not given: kept
    assert first.claims == ("c-mandate",)
    assert (second.representative, second.clients, second.role) == (
        "p-lawyer",
        ("p-arman",),
        "advocate",
    )
    note = stored.notes[1]
    assert (note.date.text, note.author, note.text) == ("2020-03-09", "u-lawyer", NOTE_TEXT)


def test_a_new_note_starts_as_the_form_does(
    case: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    """Dated today and signed with the caller's name, unless given."""
    from django.utils import timezone

    record = case["record"]
    path = f"/api/v1/cases/{record.key}/notes"
    body = {"text": "Called the client", "version": _fresh(record).version}
    response = _call(client, "post", path, body, tokens[C])
    assert response.status_code == 201, response.content
    note = _fresh(record).to_domain().notes[-1]
    assert (note.date.text, note.author) == (timezone.localdate().isoformat(), "u-caseworker")


@pytest.mark.parametrize(
    "endpoint", ["representation_create", "representation_update", "note_update", "note_delete"]
)
def test_a_stale_representation_or_note_edit_is_409(
    endpoint: str, case: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = _fresh(case["record"])
    before = _before(record)
    response = _positional(client, record, endpoint, tokens[L], version=record.version - 1)
    assert response.status_code == 409, response.content
    assert "Someone changed the case" in response.json()["detail"]
    _unchanged(record, before)


@pytest.mark.parametrize(
    ("method", "below", "body", "status", "field"),
    [
        pytest.param(
            "patch", "representation/1", {"since": "2020-13-40"}, 400, "since", id="rep-date"
        ),
        pytest.param(
            "post",
            "representation",
            {"representative": "p-lawyer", "clients": ["p-arman"], "claims": ["c-nope"]},
            400,
            "claims",
            id="rep-unknown-claim",
        ),
        pytest.param(
            "post",
            "representation",
            {"representative": "p-nobody", "clients": ["p-arman"]},
            400,
            "representative",
            id="rep-unknown-person",
        ),
        pytest.param("post", "representation", {"role": "lawyer"}, 400, "representative", id="req"),
        pytest.param("patch", "notes/1", {"date": "2020-02-30"}, 400, "date", id="note-date"),
        pytest.param("patch", "notes/1", {"text": None}, 400, "text", id="note-empty"),
        pytest.param("patch", "notes/1", {"colour": "red"}, 422, "colour", id="unknown-field"),
        pytest.param("patch", "notes/2", {"text": "x"}, 404, None, id="no-such-note"),
        pytest.param("patch", "notes/0", {"text": "x"}, 404, None, id="note-zero"),
        pytest.param("delete", "representation/2", None, 404, None, id="no-such-entry"),
    ],
)
def test_a_refused_representation_or_note_edit_names_the_field(
    method: str,
    below: str,
    body: dict[str, Any] | None,
    status: int,
    field: str | None,
    case: dict[str, Any],
    tokens: dict[str, str],
    client: Any,
) -> None:
    record = _fresh(case["record"])
    before = _before(record)
    path = f"/api/v1/cases/{record.key}/{below}"
    if method == "delete":
        response = _call(client, method, f"{path}?version={record.version}", None, tokens[L])
    else:
        response = _call(
            client, method, path, {**(body or {}), "version": record.version}, tokens[L]
        )
    assert response.status_code == status, response.content
    if status == 400:
        assert field in [e["field"] for e in response.json()["errors"]], response.json()
    elif field is not None:
        assert field in response.content.decode()
    _unchanged(record, before)


# The same change on the web form (loaded, changed, posted as a browser does) and through the
# API, each on its own copy of the case: the stored cases must be equal.
SAME_AS_THE_FORM = [
    pytest.param(
        "representation/new/",
        {"e-representative": "p-lawyer", "e-clients": ["p-arman"], "e-role": "advocate"},
        (
            "post",
            "representation",
            {"representative": "p-lawyer", "clients": ["p-arman"], "role": "advocate"},
        ),
        id="representation-new",
    ),
    pytest.param(
        "representation/1/edit/",
        {"e-until": "2021-01-15", "e-claims": "c-mandate"},
        ("patch", "representation/1", {"until": "2021-01-15", "claims": ["c-mandate"]}),
        id="representation-edit",
    ),
    pytest.param(
        "notes/new/",
        {"e-date": "2020-03-09", "e-text": NOTE_TEXT},
        ("post", "notes", {"date": "2020-03-09", "text": NOTE_TEXT}),
        id="note-new",
    ),
    pytest.param(
        "notes/1/edit/",
        {"e-text": NOTE_TEXT},
        ("patch", "notes/1", {"text": NOTE_TEXT}),
        id="note-edit",
    ),
]


@pytest.mark.parametrize(("page", "typed", "api"), SAME_AS_THE_FORM)
def test_a_representation_or_note_edit_stores_what_the_form_stores(
    page: str,
    typed: dict[str, Any],
    api: tuple[str, str, dict[str, Any]],
    case: dict[str, Any],
    tokens: dict[str, str],
    client_for: Any,
) -> None:
    web_record = _fresh(case["record"])
    api_record = actions.case_import(actor=case["users"][A], case=web_record.to_domain())
    browser = client_for(case["users"][A])  # a member of both copies
    url = f"/cases/{web_record.key}/{page}"
    shown = form_fields(browser.get(url).content.decode(), "entity-form")
    assert browser.post(url, post_data(shown, typed)).status_code == 302
    browser.logout()
    method, below, body = api
    path = f"/api/v1/cases/{api_record.key}/{below}"
    response = _call(browser, method, path, {**body, "version": 1}, tokens[A])
    assert response.status_code in (200, 201), response.content
    web = _export(browser, web_record.key, tokens[A])
    via_api = _export(browser, api_record.key, tokens[A])
    assert via_api == web


def test_the_openapi_description_lists_them(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    schema = client.get("/api/v1/openapi.json", headers=_h(tokens[V])).json()
    paths = schema["paths"]
    case = "/api/v1/cases/{key}"
    assert "put" in paths[case]
    assert set(paths[case]["put"]["requestBody"]["content"]) == {YAML, "application/json"}
    assert "post" in paths[f"{case}/history/{{history_id}}/revert"]
    for section in ("representation", "notes"):
        assert "post" in paths[f"{case}/{section}"]
        assert {"patch", "delete"} <= set(paths[f"{case}/{section}/{{n}}"])
    note = schema["components"]["schemas"]["NoteEditIn"]["properties"]
    assert {"date", "author", "text", "version"} <= set(note)

"""The HTTP API (/api/v1/): every endpoint × every role × non-member, and every kind of bad
token; audit entries for every read and write (``via: api``); a failed import changes
nothing; throttling.

The permissions are the web's (django-rules predicates over memberships): a non-member gets
404 and never the case's data, a member whose role lacks the permission 403.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from auditlog.models import LogEntry
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from tests.web.conftest import CASE_FILE, ROLES, SECRET_DETAIL

A, L, C, V = ROLES
PRINCIPALS = (*ROLES, "outsider")
TITLE = "Fictional asylum case (test fixture)"


@pytest.fixture(autouse=True)
def _fresh_throttles() -> None:
    cache.clear()  # throttle counts live in the cache, shared by the tests of a process


@pytest.fixture
def tokens(team: dict[str, Any]) -> dict[str, str]:
    """A live token for each member and the outsider."""
    from panah.storage.django_orm.actions_api import api_token_create

    return {
        who: api_token_create(user=user, name=f"{who}'s script")[1]
        for who, user in team["users"].items()
    }


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _wv_body() -> dict[str, Any]:
    return {
        "subject": "e-cross",
        "property": "date",
        "value": "2019-10-06",
        "reason": "the client's own account, corroborated by the crossing record",
        "version": 1,
    }


def _claim_body() -> dict[str, Any]:
    return {
        "claim": {
            "id": "c-api",
            "subject": "e-arrest",
            "property": "date",
            "value": "2019-11-21",
            "source": "S1",
        },
        "version": 1,
    }


# endpoint id -> (method, path, body, content type, roles allowed, success status, audit action)
def _endpoints(key: str) -> dict[str, tuple[str, str, Any, str, tuple[str, ...], int, str]]:
    case = f"/api/v1/cases/{key}"
    return {
        "case_file": ("get", case, None, "", (A, L), 200, "case_export_json"),
        "case_file_yaml": ("get", f"{case}?format=yaml", None, "", (A, L), 200, "case_export_yaml"),
        "assessment": ("get", f"{case}/assessment", None, "", ROLES, 200, "case_view_assessment"),
        "working_value": (
            "post",
            f"{case}/working-value",
            json.dumps(_wv_body()),
            "application/json",
            (A, L, C),
            200,
            "case_working_value_set",
        ),
        "claim_add": (
            "post",
            f"{case}/claims",
            json.dumps(_claim_body()),
            "application/json",
            (A, L, C),
            201,
            "case_claim_save",
        ),
    }


CASE_ENDPOINTS = ("case_file", "case_file_yaml", "assessment", "working_value", "claim_add")


def _call(client: Any, method: str, path: str, body: Any, ctype: str, token: str | None) -> Any:
    headers = _bearer(token) if token is not None else {}
    if method == "get":
        return client.get(path, headers=headers)
    return client.post(path, data=body, content_type=ctype, headers=headers)


@pytest.mark.parametrize("who", PRINCIPALS)
@pytest.mark.parametrize("endpoint", CASE_ENDPOINTS)
def test_case_endpoint_permissions(
    endpoint: str, who: str, team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = team["record"]
    method, path, body, ctype, allowed, ok, action = _endpoints(record.key)[endpoint]
    before = LogEntry.objects.count()
    response = _call(client, method, path, body, ctype, tokens[who])
    text = response.content.decode()
    if who == "outsider":
        assert response.status_code == 404
        assert response.json() == {"detail": "No such case."}
        assert LogEntry.objects.count() == before  # nothing happened, nothing read
    elif who in allowed:
        assert response.status_code == ok, text
        entry = LogEntry.objects.filter(additional_data__action=action).order_by("-pk").first()
        assert entry is not None
        assert entry.actor == team["users"][who]
        assert entry.remote_addr == "127.0.0.1"
        assert entry.additional_data["via"] == "api"
        assert entry.additional_data["case"] == record.key
    else:
        assert response.status_code == 403
        assert "detail" in response.json()
    if who not in allowed:
        assert TITLE not in text and SECRET_DETAIL not in text
        assert (type(record).objects.get(pk=record.pk).version) == 1


@pytest.mark.parametrize("who", PRINCIPALS)
def test_case_list_shows_only_my_cases(
    who: str, team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    response = client.get("/api/v1/cases", headers=_bearer(tokens[who]))
    assert response.status_code == 200
    data = response.json()
    if who == "outsider":
        assert data == {"count": 0, "page": 1, "pages": 1, "results": []}
    else:
        (row,) = data["results"]
        assert row["key"] == team["record"].key
        assert row["title"] == TITLE
        assert row["status"] == "open"
        assert row["url"] == f"/api/v1/cases/{team['record'].key}"
        assert SECRET_DETAIL not in response.content.decode()
    entry = LogEntry.objects.order_by("-pk").first()
    assert entry.additional_data["action"] == "case_list"
    assert entry.additional_data["via"] == "api"
    assert entry.actor == team["users"][who]


@pytest.mark.parametrize("who", PRINCIPALS)
def test_deadlines_only_of_my_cases(
    who: str, team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    from panah.storage.django_orm.models import CaseDeadline

    past = dt.date(2000, 1, 1)
    response = client.get(f"/api/v1/deadlines?start={past}", headers=_bearer(tokens[who]))
    assert response.status_code == 200
    rows = response.json()
    stored = CaseDeadline.objects.filter(case=team["record"]).count()
    assert stored, "the fixture must have dated deadlines for this test to mean anything"
    if who == "outsider":
        assert rows == []
    else:
        assert rows and {r["case"] for r in rows} == {team["record"].key}
        assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)
    entry = LogEntry.objects.order_by("-pk").first()
    assert entry.additional_data["action"] == "deadline_calendar"
    assert entry.actor == team["users"][who]


def _revoked(user: Any) -> str:
    from panah.storage.django_orm.actions_api import api_token_create, api_token_revoke

    row, token = api_token_create(user=user, name="old")
    assert api_token_revoke(user=user, token_id=row.pk)
    return token


def _expired(user: Any) -> str:
    from panah.storage.django_orm.actions_api import api_token_create
    from panah.storage.django_orm.models import ApiToken

    row, token = api_token_create(
        user=user, name="short", expires_at=timezone.now() + dt.timedelta(hours=1)
    )
    ApiToken.objects.filter(pk=row.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    return token


def _inactive(user: Any) -> str:
    from panah.storage.django_orm.actions_api import api_token_create

    token = api_token_create(user=user, name="t")[1]
    user.is_active = False
    user.save()
    return token


def _no_totp(user: Any) -> str:
    from allauth.mfa.models import Authenticator

    from panah.storage.django_orm.actions_api import api_token_create

    token = api_token_create(user=user, name="t")[1]
    Authenticator.objects.filter(user=user).delete()
    return token


BAD_TOKENS: dict[str, Callable[[Any], str | None]] = {
    "none": lambda user: None,
    "unknown": lambda user: "panah_" + "x" * 43,
    "garbage": lambda user: "not a token at all",
    "revoked": _revoked,
    "expired": _expired,
    "account-inactive": _inactive,
    "account-without-totp": _no_totp,
}


@pytest.mark.parametrize("bad", BAD_TOKENS)
@pytest.mark.parametrize(
    "endpoint", [*CASE_ENDPOINTS, "case_list", "deadlines", "case_import", "openapi"]
)
def test_bad_tokens_get_401_and_no_reason(
    endpoint: str, bad: str, team: dict[str, Any], client: Any
) -> None:
    record = team["record"]
    # The administrator's session too: a bearer request must never fall back on it.
    client.force_login(team["users"][A], backend="django.contrib.auth.backends.ModelBackend")
    token = BAD_TOKENS[bad](team["users"][A])
    more = {
        "case_list": ("get", "/api/v1/cases", None, ""),
        "deadlines": ("get", "/api/v1/deadlines", None, ""),
        "case_import": ("post", "/api/v1/cases", CASE_FILE.read_bytes(), "application/yaml"),
        "openapi": ("get", "/api/v1/openapi.json", None, ""),
    }
    method, path, body, ctype = (
        more[endpoint] if endpoint in more else _endpoints(record.key)[endpoint][:4]
    )
    before = (LogEntry.objects.count(), type(record).objects.count())
    response = _call(client, method, path, body, ctype, token)
    if endpoint == "openapi":
        # The schema is for signed-in accounts: a request with a bad token is nobody's.
        assert response.status_code == (200 if token is None else 302)
        return
    # A session alone never authenticates an API call (so no endpoint needs CSRF protection).
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}
    assert (LogEntry.objects.count(), type(record).objects.count()) == before
    assert TITLE not in response.content.decode()


def test_import_creates_the_case_and_makes_me_its_administrator(
    make_user: Any, client: Any
) -> None:
    from panah.storage.django_orm.actions_api import api_token_create
    from panah.storage.django_orm.models import CaseMembership, CaseRecord

    user = make_user("importer")
    token = api_token_create(user=user, name="import")[1]
    response = client.post(
        "/api/v1/cases?filename=case.yaml",
        data=CASE_FILE.read_bytes(),
        content_type="application/yaml",
        headers=_bearer(token),
    )
    assert response.status_code == 201, response.content
    data = response.json()
    record = CaseRecord.objects.get(key=data["key"])
    assert data["url"] == f"/api/v1/cases/{record.key}"
    assert CaseMembership.objects.get(case=record).role == "administrator"
    entries = LogEntry.objects.filter(additional_data__action="case_import")
    assert entries.count() == 2  # the case and the importer's membership
    assert {(e.actor, e.additional_data["via"]) for e in entries} == {(user, "api")}
    # What comes back is the case file, as the web export writes it.
    exported = client.get(data["url"], headers=_bearer(token))
    assert exported.status_code == 200
    assert exported.json()["title"] == TITLE
    assert exported["Content-Type"] == "application/json; charset=utf-8"


def test_import_json_body(make_user: Any, client: Any, case_obj: Any) -> None:
    from panah.core.casefile import dump_case
    from panah.storage.django_orm.actions_api import api_token_create

    token = api_token_create(user=make_user("importer"), name="import")[1]
    response = client.post(
        "/api/v1/cases",
        data=dump_case(case_obj, "json"),
        content_type="application/json",
        headers=_bearer(token),
    )
    assert response.status_code == 201, response.content


@pytest.mark.parametrize(
    ("body", "ctype", "status", "where"),
    [
        pytest.param(
            CASE_FILE.read_text(encoding="utf-8").replace("status: open", "status: opened"),
            "application/yaml",
            400,
            ("bad.yaml", 6, "status"),
            id="bad-field",
        ),
        pytest.param("title: [unclosed", "application/yaml", 400, ("bad.yaml", -1, ""), id="yaml"),
        pytest.param(
            b"\xff\xfe\x00junk", "application/yaml", 400, ("bad.yaml", 1, ""), id="utf8"
        ),
        pytest.param("{}", "text/plain", 415, None, id="content-type"),
    ],
)
def test_failed_import_changes_nothing(
    body: Any,
    ctype: str,
    status: int,
    where: tuple[str, int | None, str] | None,
    make_user: Any,
    client: Any,
) -> None:
    from panah.storage.django_orm.actions_api import api_token_create
    from panah.storage.django_orm.models import CaseMembership, CaseRecord

    token = api_token_create(user=make_user("importer"), name="import")[1]
    counts = (CaseRecord.objects.count(), CaseMembership.objects.count(), LogEntry.objects.count())
    response = client.post(
        "/api/v1/cases?filename=bad.yaml", data=body, content_type=ctype, headers=_bearer(token)
    )
    assert response.status_code == status, response.content
    if where is not None:
        problems = response.json()["problems"]
        assert problems
        file, line, path = where
        first = problems[0]
        assert first["file"] == file
        assert first["line"] == line if line != -1 else isinstance(first["line"], int)
        assert path in first["path"]
        assert first["message"]
    after = (CaseRecord.objects.count(), CaseMembership.objects.count(), LogEntry.objects.count())
    assert after == counts


def test_import_too_large(make_user: Any, client: Any) -> None:
    from panah.storage.django_orm.actions_api import api_token_create

    token = api_token_create(user=make_user("importer"), name="import")[1]
    with override_settings(PANAH_MAX_UPLOAD_BYTES=100):
        response = client.post(
            "/api/v1/cases",
            data=CASE_FILE.read_bytes(),
            content_type="application/yaml",
            headers=_bearer(token),
        )
    assert response.status_code == 413


def test_bad_claim_changes_nothing_and_names_the_field(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = team["record"]
    body = _claim_body()
    body["claim"]["source"] = "S-missing"
    before = (record.content, LogEntry.objects.count())
    response = client.post(
        f"/api/v1/cases/{record.key}/claims",
        data=json.dumps(body),
        content_type="application/json",
        headers=_bearer(tokens[L]),
    )
    assert response.status_code == 400
    assert any("source" in p["path"] for p in response.json()["problems"])
    record.refresh_from_db()
    assert (record.content, record.version, LogEntry.objects.count()) == (*before[:1], 1, before[1])


def test_stale_version_is_refused(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    record = team["record"]
    first = client.post(
        f"/api/v1/cases/{record.key}/claims",
        data=json.dumps(_claim_body()),
        content_type="application/json",
        headers=_bearer(tokens[L]),
    )
    assert first.status_code == 201
    assert first.json()["version"] == 2
    again = client.post(
        f"/api/v1/cases/{record.key}/working-value",
        data=json.dumps(_wv_body()),  # made on version 1
        content_type="application/json",
        headers=_bearer(tokens[L]),
    )
    assert again.status_code == 409


def test_working_value_without_reason_is_refused(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    body = {**_wv_body(), "reason": "   "}
    response = client.post(
        f"/api/v1/cases/{team['record'].key}/working-value",
        data=json.dumps(body),
        content_type="application/json",
        headers=_bearer(tokens[L]),
    )
    assert response.status_code == 400
    team["record"].refresh_from_db()
    assert team["record"].version == 1


TITLES = {
    "en": "Definition of a refugee",
    "ru": "Определение понятия «беженец»",
    "kk": "«Босқын» ұғымының анықтамасы",
}


@pytest.mark.parametrize("lang", TITLES)
def test_assessment_as_of_in_a_language(
    lang: str, team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    response = client.get(
        f"/api/v1/cases/{key}/assessment?as_of=2020-01-15&lang={lang}", headers=_bearer(tokens[V])
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["available"] is True
    assert data["as_of"] == "2020-01-15"
    person = data["people"][0]
    assert person["findings"] and {"findings", "deadlines", "alerts"} <= set(person)
    titles = {f["title"] for f in person["findings"]}
    assert TITLES[lang] in titles
    assert not {t for other, t in TITLES.items() if other != lang} & titles


def test_assessment_bad_date_is_422(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    response = client.get(
        f"/api/v1/cases/{key}/assessment?as_of=2020-13-45", headers=_bearer(tokens[V])
    )
    assert response.status_code == 422


def test_search_and_status_filter_as_the_web_list(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    key = team["record"].key
    h = _bearer(tokens[V])

    def keys(query: str) -> list[str]:
        response = client.get(f"/api/v1/cases?{query}", headers=h)
        assert response.status_code == 200, response.content
        return [r["key"] for r in response.json()["results"]]

    assert keys("q=fictional") == [key]
    assert keys("q=FICTIONAL") == [key]
    assert keys("q=nobody-by-this-name") == []
    assert keys("status=open") == [key]
    assert keys("status=closed") == []
    assert client.get("/api/v1/cases?status=bogus", headers=h).status_code == 422


def test_token_is_never_stored_in_clear(team: dict[str, Any], client: Any) -> None:
    from django.db import connection

    from panah.storage.django_orm.actions_api import api_token_create
    from panah.storage.django_orm.models import ApiToken

    row, token = api_token_create(user=team["users"][A], name="grep me")
    assert client.get("/api/v1/cases", headers=_bearer(token)).status_code == 200
    secret = token.removeprefix("panah_")
    with connection.cursor() as cur:
        cur.execute("SELECT * FROM panah_cases_apitoken")
        cells = [str(c) for r in cur.fetchall() for c in r]
        cur.execute("SELECT changes, additional_data FROM auditlog_logentry")
        cells += [str(c) for r in cur.fetchall() for c in r]
    assert not any(secret in c or secret[6:] in c for c in cells)
    stored = ApiToken.objects.get(pk=row.pk)
    assert stored.token_hash != token and len(stored.token_hash) == 64
    assert token.startswith(stored.prefix) and len(stored.prefix) == 12


@pytest.mark.django_db(transaction=True)
def test_token_not_in_the_sqlite_file(make_user: Any, client: Any) -> None:
    from pathlib import Path

    from django.db import connection

    from panah.storage.django_orm.actions_api import api_token_create

    if connection.vendor != "sqlite":
        pytest.skip("reads the SQLite file's bytes")
    token = api_token_create(user=make_user("grep"), name="grep me")[1]
    assert client.get("/api/v1/cases", headers=_bearer(token)).status_code == 200
    name = Path(connection.settings_dict["NAME"])
    raw = b"".join(p.read_bytes() for p in name.parent.glob(name.name + "*"))
    assert b"grep me" in raw  # the file is the one written to
    assert token[12:].encode() not in raw


def test_last_use_is_noted(team: dict[str, Any], client: Any) -> None:
    from panah.storage.django_orm.actions_api import api_token_create

    row, token = api_token_create(user=team["users"][V], name="t")
    assert row.last_used_at is None
    client.get("/api/v1/cases", headers=_bearer(token))
    row.refresh_from_db()
    assert row.last_used_at is not None


def test_calls_are_throttled_per_token(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    with override_settings(PANAH_API_RATE="3/min"):
        codes = [
            client.get("/api/v1/cases", headers=_bearer(tokens[V])).status_code for _ in range(4)
        ]
        assert codes == [200, 200, 200, 429]
        limited = client.get("/api/v1/cases", headers=_bearer(tokens[V]))
        assert int(limited["Retry-After"]) > 0
        # Another token has its own count.
        assert client.get("/api/v1/cases", headers=_bearer(tokens[L])).status_code == 200


def test_bad_tokens_are_throttled_per_address(client: Any, db: Any) -> None:
    with override_settings(PANAH_API_BAD_TOKEN_RATE="2/min"):
        codes = [
            client.get("/api/v1/cases", headers=_bearer("panah_" + "y" * 43)).status_code
            for _ in range(3)
        ]
    assert codes == [401, 401, 429]


def test_docs_only_for_signed_in_accounts(make_user: Any, client: Any) -> None:
    for path in ("/api/v1/docs", "/api/v1/openapi.json"):
        response = client.get(path)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    client.force_login(make_user("reader"), backend="django.contrib.auth.backends.ModelBackend")
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    html = page.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    csp = page["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "cdn" not in csp
    from django.contrib.staticfiles import finders

    for name in ("swagger-ui-bundle.js", "swagger-ui-init.js", "swagger-ui.css"):
        assert finders.find(f"ninja/{name}"), name  # served with the app's static files
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/cases", "/api/v1/cases/{key}", "/api/v1/deadlines"} <= set(schema["paths"])


def test_docs_need_totp_like_every_page(make_user: Any, client: Any) -> None:
    client.force_login(
        make_user("no-totp", totp=False), backend="django.contrib.auth.backends.ModelBackend"
    )
    response = client.get("/api/v1/docs")
    assert response.status_code == 302
    assert "/accounts/2fa/" in response["Location"]


def test_openapi_json_with_a_token(
    team: dict[str, Any], tokens: dict[str, str], client: Any
) -> None:
    response = client.get("/api/v1/openapi.json", headers=_bearer(tokens[V]))
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "Panah API"

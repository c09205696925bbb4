"""The API tokens page: make (shown once), list, revoke; audited; TOTP first; and the
``api_token`` management command."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

URL = "/settings/api-tokens/"


def _login(client: Any, user: Any) -> Any:
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def _token_in(html: str) -> str:
    found = 'id="new-token"' in html
    match = re.search(r'value="(panah_[A-Za-z0-9_-]{43})"', html)
    assert found and match, "the new token must be on the page"
    return match.group(1)


def test_signed_out_is_sent_to_sign_in(client: Any, db: Any) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_totp_comes_first(make_user: Any, client: Any) -> None:
    _login(client, make_user("no-totp", totp=False))
    response = client.post(URL, {"action": "new", "name": "script"})
    assert response.status_code == 302
    assert "/accounts/2fa/" in response["Location"]
    from panah.storage.django_orm.models import ApiToken

    assert not ApiToken.objects.exists()


def test_make_use_and_revoke(make_user: Any, client: Any) -> None:
    from panah.storage.django_orm.models import ApiToken

    user = make_user("maker")
    _login(client, user)
    made = client.post(URL, {"action": "new", "name": "nightly export", "expires": ""})
    assert made.status_code == 200
    token = _token_in(made.content.decode())
    # Shown once: the list afterwards has its name and first characters, never the token.
    page = client.get(URL).content.decode()
    assert "nightly export" in page and token[:12] in page
    assert token not in page and token[12:] not in page
    row = ApiToken.objects.get(user=user)
    entry = LogEntry.objects.filter(additional_data__action="api_token_create").get()
    assert entry.actor == user
    assert "token_hash" not in (entry.changes or "")
    # It works, from a client with no session.
    client.logout()
    assert client.get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"}).json() == {
        "count": 0,
        "page": 1,
        "pages": 1,
        "results": [],
    }
    _login(client, user)
    revoked = client.post(URL, {"action": "revoke", "token": str(row.pk)})
    assert revoked.status_code == 302
    row.refresh_from_db()
    assert row.revoked_at is not None
    assert LogEntry.objects.filter(additional_data__action="api_token_revoke").get().actor == user
    client.logout()
    response = client.get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_cannot_revoke_another_accounts_token(make_user: Any, client: Any) -> None:
    from panah.storage.django_orm.actions_api import api_token_create

    owner, other = make_user("owner"), make_user("other")
    row, _token = api_token_create(user=owner, name="mine")
    _login(client, other)
    client.post(URL, {"action": "revoke", "token": str(row.pk)})
    row.refresh_from_db()
    assert row.revoked_at is None
    assert "mine" not in client.get(URL).content.decode()


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param({"name": ""}, "required", id="no-name"),
        pytest.param({"name": "x" * 101}, "at most 100", id="long-name"),
        pytest.param({"name": "t", "expires": "2000-01-01"}, "later day", id="past-expiry"),
        pytest.param({"name": "t", "expires": "soon"}, "valid date", id="bad-expiry"),
    ],
)
def test_bad_form_makes_nothing(
    data: dict[str, str], error: str, make_user: Any, client: Any
) -> None:
    from panah.storage.django_orm.models import ApiToken

    _login(client, make_user("maker"))
    response = client.post(URL, {"action": "new", **data})
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not ApiToken.objects.exists()


def test_expiry_date_ends_the_token(make_user: Any, client: Any) -> None:
    from panah.storage.django_orm.models import ApiToken

    _login(client, make_user("maker"))
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    made = client.post(URL, {"action": "new", "name": "t", "expires": tomorrow.isoformat()})
    token = _token_in(made.content.decode())
    row = ApiToken.objects.get()
    assert timezone.localtime(row.expires_at).date() == tomorrow
    headers = {"Authorization": f"Bearer {token}"}
    client.logout()
    assert client.get("/api/v1/cases", headers=headers).status_code == 200
    ApiToken.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    assert client.get("/api/v1/cases", headers=headers).status_code == 401


def test_management_command(make_user: Any, client: Any) -> None:
    from panah.storage.django_orm.models import ApiToken

    make_user("ops")
    out = io.StringIO()
    call_command("api_token", "create", "ops", "--name", "backup job", "--days", "30", stdout=out)
    token = out.getvalue().strip().splitlines()[-1]
    assert token.startswith("panah_")
    row = ApiToken.objects.get()
    assert row.expires_at is not None
    assert (
        client.get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    )
    listed = io.StringIO()
    call_command("api_token", "list", "ops", stdout=listed)
    assert "backup job" in listed.getvalue() and token not in listed.getvalue()
    call_command("api_token", "revoke", "ops", str(row.pk), stdout=io.StringIO())
    assert (
        client.get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    )
    with pytest.raises(CommandError, match="no active account"):
        call_command("api_token", "create", "nobody", "--name", "x", stdout=io.StringIO())

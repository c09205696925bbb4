"""API tokens in the Django admin: site administrators (superusers) only; owner, name,
made, last used, expiry and revocation listed; the token and its keyed hash never shown; a
revoke action that is the audited revoke and ends the token at once."""

from __future__ import annotations

from typing import Any

import pytest
from auditlog.models import LogEntry

CHANGELIST = "/admin/panah_cases/apitoken/"


@pytest.fixture
def tokens(make_user: Any) -> dict[str, Any]:
    from panah.storage.django_orm.actions_api import api_token_create

    owner = make_user("token-owner")
    made = {name: api_token_create(user=owner, name=name) for name in ("backup script", "sync")}
    return {
        "owner": owner,
        "rows": {n: r for n, (r, _t) in made.items()},
        "secrets": {n: t for n, (_r, t) in made.items()},
    }


def _signed_in(client: Any, user: Any) -> Any:
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def site_admin(make_user: Any) -> Any:
    user = make_user("site-admin")
    user.is_staff = user.is_superuser = True
    user.save()
    return user


def test_list_shows_tokens_never_their_secret_or_hash(
    tokens: dict[str, Any], site_admin: Any, client: Any
) -> None:
    from panah.storage.django_orm.actions_api import api_token_revoke

    client = _signed_in(client, site_admin)
    row = tokens["rows"]["sync"]
    api_token_revoke(user=tokens["owner"], token_id=row.pk)
    client.get(
        "/api/v1/cases", headers={"Authorization": f"Bearer {tokens['secrets']['backup script']}"}
    )
    page = client.get(CHANGELIST)
    assert page.status_code == 200
    html = page.content.decode()
    for name in ("backup script", "sync", "token-owner", "revoked", "live"):
        assert name in html, name
    for r in tokens["rows"].values():
        r.refresh_from_db()
        assert r.token_hash not in html
        detail = client.get(f"{CHANGELIST}{r.pk}/change/").content.decode()
        assert r.token_hash not in detail and r.prefix in detail
        assert r.name in detail
    for secret in tokens["secrets"].values():
        assert (
            secret[len("panah_") + 6 :] not in html
        )  # only the first characters, as the owner sees
    assert client.get(f"{CHANGELIST}?state=revoked").content.decode().count("/change/") >= 1
    listed = client.get(f"{CHANGELIST}?state=live").content.decode()
    assert "backup script" in listed and ">sync<" not in listed


def test_revoke_action_is_the_audited_revoke(
    tokens: dict[str, Any], site_admin: Any, client: Any
) -> None:
    client = _signed_in(client, site_admin)
    secret = tokens["secrets"]["backup script"]
    bearer = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/cases", headers=bearer).status_code == 200
    row = tokens["rows"]["backup script"]
    response = client.post(
        CHANGELIST, {"action": "revoke", "_selected_action": [row.pk], "index": 0}
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.revoked_at is not None
    assert (
        tokens["rows"]["sync"].__class__.objects.get(pk=tokens["rows"]["sync"].pk).revoked_at
        is None
    )
    entry = LogEntry.objects.filter(additional_data__action="api_token_revoke").get()
    assert entry.actor == site_admin  # the administrator, not the owner
    assert entry.object_pk == str(row.pk)
    client.logout()
    assert client.get("/api/v1/cases", headers=bearer).status_code == 401


@pytest.mark.parametrize("who", ["staff", "staff-with-permissions", "owner"])
def test_only_site_administrators(
    who: str, tokens: dict[str, Any], make_user: Any, client: Any
) -> None:
    from django.contrib.auth.models import Permission

    if who == "owner":
        user = tokens["owner"]
    else:
        user = make_user(who)
        user.is_staff = True
        user.save()
        if who == "staff-with-permissions":
            user.user_permissions.add(*Permission.objects.filter(codename__endswith="apitoken"))
    client = _signed_in(client, user)
    row = tokens["rows"]["sync"]
    for path in (CHANGELIST, f"{CHANGELIST}{row.pk}/change/"):
        assert client.get(path).status_code in (302, 403), path
    client.post(CHANGELIST, {"action": "revoke", "_selected_action": [row.pk], "index": 0})
    row.refresh_from_db()
    assert row.revoked_at is None


def test_no_add_edit_or_delete(tokens: dict[str, Any], site_admin: Any, client: Any) -> None:
    client = _signed_in(client, site_admin)
    row = tokens["rows"]["sync"]
    assert client.get(f"{CHANGELIST}add/").status_code == 403
    assert client.post(f"{CHANGELIST}{row.pk}/delete/", {"post": "yes"}).status_code == 403
    client.post(f"{CHANGELIST}{row.pk}/change/", {"name": "renamed", "user": row.user_id})
    row.refresh_from_db()
    assert row.name == "sync"
    page = client.get(CHANGELIST).content.decode()
    assert 'value="delete_selected"' not in page

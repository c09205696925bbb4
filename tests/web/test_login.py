"""Sign-in: allauth with TOTP required (except the demo account), django-axes lockout."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.web.conftest import PASSWORD


def _code(secret: str) -> str:
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(secret, counter))


def _login(client: Any, username: str, password: str, **extra: Any) -> Any:
    return client.post("/accounts/login/", {"login": username, "password": password}, **extra)


@pytest.mark.django_db
def test_login_page_has_csrf_and_security_headers(client: Any) -> None:
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_no_self_signup(client: Any) -> None:
    response = client.post(
        "/accounts/signup/", {"username": "new", "password1": PASSWORD, "password2": PASSWORD}
    )
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username="new").exists()
    assert response.status_code in (200, 302)


@pytest.mark.django_db
def test_password_then_totp(make_user: Any, client: Any) -> None:
    user = make_user("lawyer1")
    response = _login(client, "lawyer1", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    # not signed in yet: case pages still ask for sign-in
    assert client.get("/cases/")["Location"].startswith("/accounts/login/")
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": _code(user.totp_secret)})
    assert response.status_code == 302
    assert client.get("/cases/").status_code == 200


@pytest.mark.django_db
def test_account_without_totp_must_set_it_up(make_user: Any, client: Any) -> None:
    make_user("newcomer", totp=False)
    response = _login(client, "newcomer", PASSWORD)
    assert response.status_code == 302
    response = client.get("/cases/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"
    # allauth asks for the password again before a security change, then shows the QR code
    response = client.get("/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/accounts/reauthenticate/")
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 302
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    assert "data:image/svg+xml" in page.content.decode()  # the QR code, allowed by img-src


@pytest.mark.django_db
def test_demo_account_signs_in_without_totp(client: Any) -> None:
    from panah.web.bootstrap import demo_account_ensure

    _, password = demo_account_ensure()
    response = _login(client, "demo", password)
    assert response.status_code == 302
    assert response["Location"] == "/cases/"
    assert client.get("/cases/").status_code == 200


@pytest.mark.django_db
def test_demo_password_changes_at_each_start(client: Any) -> None:
    from panah.web.bootstrap import demo_account_ensure

    _, first = demo_account_ensure()
    _, second = demo_account_ensure()
    assert first != second
    assert _login(client, "demo", first).status_code == 200  # refused: the form again
    assert _login(client, "demo", second).status_code == 302


@pytest.mark.django_db
def test_lockout_after_repeated_failures(make_user: Any, client: Any, settings: Any) -> None:
    make_user("target")
    limit = settings.AXES_FAILURE_LIMIT
    statuses = [_login(client, "target", f"wrong-{n}").status_code for n in range(limit)]
    assert statuses[:-1] == [200] * (limit - 1)  # the form again, with an error
    assert statuses[-1] == 429
    # the right password no longer helps from this address
    locked = _login(client, "target", PASSWORD)
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    # another address is not locked out of the account (lockout is per account and address)
    other = _login(client, "target", PASSWORD, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


@pytest.mark.django_db
def test_failed_logins_are_recorded_for_administrators(make_user: Any, client: Any) -> None:
    from axes.models import AccessAttempt

    make_user("target")
    _login(client, "Target", "wrong")
    _login(client, "target", "wrong again")
    entry = AccessAttempt.objects.get()
    assert entry.username == "target"
    assert entry.failures_since_start == 2
    assert entry.ip_address == "127.0.0.1"


@pytest.mark.django_db
def test_signed_in_pages_are_not_cached(make_user: Any, client_for: Any) -> None:
    response = client_for(make_user("someone")).get("/cases/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_password_field_not_in_page_source_of_login() -> None:
    # The login form posts to its own origin only (form-action 'self' in the CSP).
    from django.conf import settings

    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["form-action"] == ["'self'"]
    assert re.fullmatch(r"\d+", str(settings.AXES_FAILURE_LIMIT))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("totp", "policy", "satisfied"),
    [
        (True, None, True),
        (False, None, False),
        (False, True, True),  # the demo account
        (False, False, False),  # a policy row that does not exempt
        (True, False, True),
    ],
)
def test_mfa_satisfied(make_user: Any, totp: bool, policy: bool | None, satisfied: bool) -> None:
    from panah.storage.django_orm.models import AccountPolicy
    from panah.web.accounts import mfa_satisfied

    user = make_user("someone", totp=totp)
    make_user("other")  # another account's TOTP does not count
    if policy is not None:
        AccountPolicy.objects.create(user=user, mfa_exempt=policy)
    assert mfa_satisfied(user) is satisfied

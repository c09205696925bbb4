"""Web tests: Django test client on SQLite (a file, so bytes at rest can be read), or on
PostgreSQL when DATABASE_URL is set (``make unit`` runs both)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "panah.web.settings.test")
# pytest-django configures Django only from the command line, the environment or the ini
# file; this suite sets the environment here, so it also sets Django up here.
import django

django.setup()

FIXTURES = Path(__file__).parent / "fixtures"
CASE_FILE = FIXTURES / "fictional-case.yaml"
# Plain text from the fixture that must never be stored or logged unencrypted.
SECRET_DETAIL = "zebraquill"
ROLES = ("administrator", "lawyer", "caseworker", "viewer")
PASSWORD = "correct horse battery staple 7"


def _totp(user: Any) -> str:
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


@pytest.fixture
def make_user(db: Any) -> Any:
    """An active account with TOTP set up (as every non-demo account must have)."""
    from django.contrib.auth import get_user_model

    def make(username: str, *, totp: bool = True) -> Any:
        user = get_user_model().objects.create_user(username=username, password=PASSWORD)
        if totp:
            user.totp_secret = _totp(user)
        return user

    return make


@pytest.fixture
def case_obj() -> Any:
    from panah.storage.files import read_case_file

    return read_case_file(CASE_FILE)


@pytest.fixture
def team(make_user: Any, case_obj: Any) -> dict[str, Any]:
    """A case with one member in each role, plus an outsider with an account."""
    from panah.storage.django_orm import actions

    users = {role: make_user(f"u-{role}") for role in ROLES}
    record = actions.case_import(actor=users["administrator"], case=case_obj)
    for role in ROLES[1:]:
        actions.case_member_add(
            actor=users["administrator"], record=record, user=users[role], role=role
        )
    users["outsider"] = make_user("u-outsider")
    return {"record": record, "users": users}


@pytest.fixture
def client_for(client: Any) -> Any:
    def login(user: Any | None) -> Any:
        client.logout()
        if user is not None:
            client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return login


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dt.date]]:
    """Counts the engine's runs (the real engine runs); nothing remembered in the process
    before or after."""
    import panah.law.assess
    from panah.web.assessment import forget_assessments

    real = panah.law.assess.assess
    seen: list[dt.date] = []

    def counting(case: Any, *, as_of: dt.date, **kw: Any) -> Any:
        seen.append(as_of)
        return real(case, as_of=as_of, **kw)

    monkeypatch.setattr(panah.law.assess, "assess", counting)
    forget_assessments()
    yield seen
    forget_assessments()

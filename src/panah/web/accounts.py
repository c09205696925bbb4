"""Account rules: no self-signup (administrators create accounts); TOTP for every account
except the demo account."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.models import Authenticator
from django.http import HttpRequest

from panah.storage.django_orm.lookup import first_values
from panah.storage.django_orm.models import AccountPolicy

__all__ = ["AccountAdapter", "mfa_satisfied"]


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False


def mfa_satisfied(user: Any) -> bool:
    """True if the account has TOTP set up, or is the demo account.

    It runs on every request of a signed-in account, so it asks without building querysets
    (:func:`panah.storage.django_orm.lookup.first_values`: one row or none, as the policy is
    one per account and allauth keeps one TOTP authenticator per account): the same question
    as a queryset with two ``Exists`` cost about 1 ms of CPU, more than half of what the whole
    middleware stack costs a signed-in request (2.3 ms before, 1.0 after).
    """
    if user.pk is None:
        return False
    return (
        first_values(AccountPolicy, ("mfa_exempt",), user=user.pk, mfa_exempt=True) is not None
        or first_values(Authenticator, ("id",), user=user.pk, type=Authenticator.Type.TOTP)
        is not None
    )


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None = None) -> str | None:
    """The account name django-axes counts failures against.

    allauth passes ``username`` to ``authenticate()`` while its form field is ``login``; the
    name is case-folded because sign-in ignores case (``Demo`` and ``demo`` are one account).
    """
    value = (credentials or {}).get("username") or request.POST.get("login")
    return str(value).strip().casefold() if value else None

"""Account rules: no self-signup (administrators create accounts); TOTP for every account
except the demo account."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.http import HttpRequest

from panah.storage.django_orm.models import AccountPolicy

__all__ = ["AccountAdapter", "mfa_satisfied"]


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False


def mfa_satisfied(user: Any) -> bool:
    """True if the account has TOTP set up, or is the demo account. One query (it runs on
    every request of a signed-in account)."""
    exempt = AccountPolicy.objects.filter(user_id=OuterRef("pk"), mfa_exempt=True)
    totp = Authenticator.objects.filter(user_id=OuterRef("pk"), type=Authenticator.Type.TOTP)
    return bool(
        get_user_model()
        .objects.filter(pk=user.pk)
        .filter(Q(Exists(exempt)) | Q(Exists(totp)))
        .exists()
    )


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None = None) -> str | None:
    """The account name django-axes counts failures against.

    allauth passes ``username`` to ``authenticate()`` while its form field is ``login``; the
    name is case-folded because sign-in ignores case (``Demo`` and ``demo`` are one account).
    """
    value = (credentials or {}).get("username") or request.POST.get("login")
    return str(value).strip().casefold() if value else None

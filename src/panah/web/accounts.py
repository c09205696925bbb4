"""Account rules: no self-signup (administrators create accounts); TOTP for every account
except the demo account."""

from __future__ import annotations

import functools
from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.models import Authenticator
from django.db import connections, router
from django.http import HttpRequest

from panah.storage.django_orm.models import AccountPolicy

__all__ = ["AccountAdapter", "mfa_satisfied"]


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False


@functools.cache
def _mfa_sql(alias: str) -> str:
    """The one query of :func:`mfa_satisfied` on database ``alias``, written out from the
    models' table and column names: is there an exempting policy or a TOTP authenticator?"""
    quote = connections[alias].ops.quote_name
    policy, totp = AccountPolicy._meta, Authenticator._meta

    def col(meta: Any, field: str) -> str:
        return str(quote(meta.get_field(field).column))

    return (
        f"SELECT 1 FROM {quote(policy.db_table)} WHERE {col(policy, 'user')} = %s"  # noqa: S608 - names from the models, values as parameters
        f" AND {col(policy, 'mfa_exempt')} = %s"
        f" UNION ALL SELECT 1 FROM {quote(totp.db_table)} WHERE {col(totp, 'user')} = %s"
        f" AND {col(totp, 'type')} = %s"
    )


def mfa_satisfied(user: Any) -> bool:
    """True if the account has TOTP set up, or is the demo account.

    It runs on every request of a signed-in account, so it is one short query without the
    ORM: building and compiling the same question as a queryset (two ``Exists`` subqueries)
    cost about 1 ms of CPU, more than half of what the whole middleware stack costs a signed-in
    request (2.3 ms before, 1.0 after); the statement itself takes microseconds.
    """
    if user.pk is None:
        return False
    alias = router.db_for_read(AccountPolicy)
    with connections[alias].cursor() as cursor:
        cursor.execute(_mfa_sql(alias), [user.pk, True, user.pk, Authenticator.Type.TOTP.value])
        return cursor.fetchone() is not None


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None = None) -> str | None:
    """The account name django-axes counts failures against.

    allauth passes ``username`` to ``authenticate()`` while its form field is ``login``; the
    name is case-folded because sign-in ignores case (``Demo`` and ``demo`` are one account).
    """
    value = (credentials or {}).get("username") or request.POST.get("login")
    return str(value).strip().casefold() if value else None

"""Personal API tokens: make, revoke, look up; each change one audited action.

A token is ``panah_`` and 43 url-safe characters (256 random bits). It is shown once, when
made; the database keeps only its keyed hash, HMAC-SHA256 under ``SECRET_KEY``
(:func:`django.utils.crypto.salted_hmac`), so a copy of the database (or of a backup) opens
nothing without the server's key. Tokens made under an older key keep working while that key
is listed in ``SECRET_KEY_FALLBACKS``; a key dropped from both lists ends them.

Reads through the API that the web pages do not log themselves (the case list, the deadlines
across one's cases) are logged against the token (:func:`api_access_log`); reads and changes
of a case are logged by the same actions as the web pages', marked ``via: api``
(:data:`~panah.storage.django_orm.models.current_channel`).
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from auditlog.models import LogEntry
from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

from panah.core.errors import PanahError
from panah.storage.django_orm.actions import _action
from panah.storage.django_orm.models import ApiToken

__all__ = [
    "TOKEN_PREFIX",
    "api_access_log",
    "api_token_create",
    "api_token_for",
    "api_token_hashes",
    "api_token_revoke",
]

TOKEN_PREFIX = "panah_"  # noqa: S105 - the public start of every token, not a secret
_SALT = "panah.api_token"
_LAST_USED_EVERY = dt.timedelta(minutes=1)
"""``last_used_at`` is written at most this often per token (not a write per request)."""


def api_token_hashes(token: str) -> list[str]:
    """The token's keyed hash under SECRET_KEY, then under each of SECRET_KEY_FALLBACKS."""
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return [salted_hmac(_SALT, token, secret=k, algorithm="sha256").hexdigest() for k in keys]


def api_token_create(
    *, user: Any, name: str, expires_at: dt.datetime | None = None
) -> tuple[ApiToken, str]:
    """Make a token for ``user``; returns the row and the token, the only time it is seen."""
    name = name.strip()
    if not name or len(name) > 100:
        raise PanahError("a token needs a name of 1 to 100 characters")
    if expires_at is not None and expires_at <= timezone.now():
        raise PanahError("the expiry must be in the future")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with _action("api_token_create"):
        row = ApiToken.objects.create(
            user=user,
            name=name,
            prefix=token[: len(TOKEN_PREFIX) + 6],
            token_hash=api_token_hashes(token)[0],
            expires_at=expires_at,
        )
    return row, token


def api_token_revoke(*, user: Any, token_id: int) -> bool:
    """Revoke one of ``user``'s tokens at once. False if it is not theirs or already revoked."""
    with _action("api_token_revoke"):
        row = (
            ApiToken.objects.select_for_update()
            .filter(pk=token_id, user_id=user.pk, revoked_at__isnull=True)
            .first()
        )
        if row is None:
            return False
        row.revoked_at = timezone.now()
        row.save(update_fields=["revoked_at"])
    return True


def api_token_for(token: str) -> ApiToken | None:
    """The live token (not revoked, not expired, its account active) that ``token`` is, or
    None, whatever the reason. Notes its use (at most once a minute)."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    now = timezone.now()
    row = (
        ApiToken.objects.select_related("user")
        .filter(token_hash__in=api_token_hashes(token), revoked_at__isnull=True)
        .first()
    )
    if row is None or not row.user.is_active:
        return None
    if row.expires_at is not None and row.expires_at <= now:
        return None
    if row.last_used_at is None or row.last_used_at < now - _LAST_USED_EVERY:
        # Not a change of the token (no audit entry): each call is logged by its own action.
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        row.last_used_at = now
    return row


def api_access_log(*, token: ApiToken, what: str) -> None:
    """Record a read through the API that is not a read of one case (``case_list``,
    ``deadline_calendar``), against the token that made it."""
    with _action(what):
        LogEntry.objects.log_create(
            token, action=LogEntry.Action.ACCESS, force_log=True, actor=token.user
        )

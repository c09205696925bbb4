"""Who calls the API: a personal token in ``Authorization: Bearer <token>``.

:class:`ApiTokenMiddleware` runs before the audit and history middleware: for a request
under ``/api/`` with a bearer token it looks the token up and, if it is live, makes its owner
the request's user, so that everything after it (django-auditlog's actor, simple-history's
user, the TOTP rule, the no-store rule, the permission predicates) sees that account exactly
as for a signed-in page; it also marks every audit entry of the request ``via: api`` with the
token's id (:data:`~panah.storage.django_orm.models.current_channel`). A request under
``/api/`` with a bearer token that is not live (unknown, revoked, expired, its account
inactive or without TOTP) runs as nobody, even if it carries a session cookie.

:class:`BearerToken` is the API's authentication: it accepts only a request the middleware
authenticated by token (never a session, so no endpoint needs CSRF protection) and answers
401 with no reason otherwise. Bad tokens are counted per address; past
``PANAH_API_BAD_TOKEN_RATE`` the answer is 429. Calls with a good token are throttled per
token at ``PANAH_API_RATE`` (:class:`TokenRateThrottle`). Counts live in Django's cache,
which every server process shares (:func:`panah.web.settings.env.cache_settings`): a file
cache in the data directory, or the database's with ``PANAH_CACHE=database``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from ninja.errors import Throttled
from ninja.security import HttpBearer
from ninja.throttling import SimpleRateThrottle

from panah.storage.django_orm.actions_api import api_token_for
from panah.storage.django_orm.models import ApiToken, current_channel
from panah.web.accounts import mfa_satisfied

__all__ = [
    "API_PREFIX",
    "ApiTokenMiddleware",
    "BadTokenThrottle",
    "BearerToken",
    "TokenRateThrottle",
]

API_PREFIX = "/api/"
DEFAULT_RATE = "120/min"
DEFAULT_BAD_TOKEN_RATE = "10/min"  # noqa: S105 - a rate, not a secret

Handler = Callable[[HttpRequest], HttpResponse]


def _bearer(request: HttpRequest) -> str | None:
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return credentials.strip()


def _live_token(credentials: str) -> ApiToken | None:
    token = api_token_for(credentials)
    if token is None or not mfa_satisfied(token.user):
        return None
    return token


class ApiTokenMiddleware:
    """Make a live bearer token's owner the user of an ``/api/`` request (see the module)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        credentials = _bearer(request)
        if credentials is None:
            return self.get_response(request)
        token = _live_token(credentials)
        request.panah_api_token = token  # type: ignore[attr-defined]
        if token is None:
            request.user = AnonymousUser()
            return self.get_response(request)
        request.user = token.user
        marker = current_channel.set({"via": "api", "api_token": token.pk})
        try:
            return self.get_response(request)
        finally:
            current_channel.reset(marker)


class _SettingsRate(SimpleRateThrottle):
    """A throttle whose rate is read from settings at each call (tests change it).

    ninja keeps one throttle object per endpoint and stores each check's state on it (the key,
    the history, the time) between ``allow_request`` and ``wait``; here that state is per
    thread, so that two requests served at once by a threaded server do not mix their counts.
    """

    setting = ""
    default = ""
    _PER_CALL = frozenset({"key", "history", "now", "rate", "num_requests", "duration"})

    def __init__(self) -> None:
        object.__setattr__(self, "_local", threading.local())
        super().__init__(self.default)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self._PER_CALL:
            setattr(self._local, name, value)
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Any:  # only for names not found the usual way
        if name in self._PER_CALL:
            return getattr(self.__dict__["_local"], name)
        raise AttributeError(name)

    def allow_request(self, request: HttpRequest) -> bool:
        self.rate = getattr(settings, self.setting, self.default)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


class TokenRateThrottle(_SettingsRate):
    """Calls per token (``PANAH_API_RATE``, e.g. ``120/min``)."""

    scope = "panah_api_token"
    setting = "PANAH_API_RATE"
    default = DEFAULT_RATE

    def get_cache_key(self, request: HttpRequest) -> str | None:
        token = getattr(request, "auth", None)
        if not isinstance(token, ApiToken):
            return None
        return self.cache_format % {"scope": self.scope, "ident": token.token_hash}


class BadTokenThrottle(_SettingsRate):
    """Refused tokens per client address (``PANAH_API_BAD_TOKEN_RATE``)."""

    scope = "panah_api_bad_token"
    setting = "PANAH_API_BAD_TOKEN_RATE"
    default = DEFAULT_BAD_TOKEN_RATE

    def get_cache_key(self, request: HttpRequest) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class BearerToken(HttpBearer):
    """The API's only authentication: a token the middleware found live (see the module)."""

    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        found = getattr(request, "panah_api_token", None)
        if isinstance(found, ApiToken):
            return found
        throttle = BadTokenThrottle()  # one per call: a throttle keeps state while it checks
        if not throttle.allow_request(request):
            raise Throttled(wait=int(throttle.wait() or throttle.duration or 60))
        return None

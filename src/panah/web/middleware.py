"""Request-level rules: TOTP required before anything but account pages; no caching of
pages that hold case data."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from panah.web.accounts import mfa_satisfied

__all__ = ["NoStoreMiddleware", "RequireMFAMiddleware"]

Handler = Callable[[HttpRequest], HttpResponse]

# Pages a signed-in account without TOTP may still reach: sign-out, set up TOTP, language.
_OPEN_PREFIXES = ("/accounts/", "/static/", "/i18n/")


class RequireMFAMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(_OPEN_PREFIXES)
            and not mfa_satisfied(user)
        ):
            return HttpResponseRedirect(reverse("mfa_activate_totp"))
        return self.get_response(request)


class NoStoreMiddleware:
    """Browsers and proxies must not keep copies of pages shown to a signed-in user."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not request.path.startswith("/static/"):
            response["Cache-Control"] = "no-store"
        return response

"""Request-level rules: TOTP required before anything but account pages; no caching of
pages that hold case data; the law engine and the case-file loader write in the language of
the page."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation

from panah.law import i18n as law_i18n
from panah.web.accounts import mfa_satisfied

__all__ = ["EngineLanguageMiddleware", "NoStoreMiddleware", "RequireMFAMiddleware"]

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


class EngineLanguageMiddleware:
    """The law engine's messages (findings, alerts, deadlines) and the case-file loader's
    (an import's or an edit form's problems) in the request's language.

    Runs after ``LocaleMiddleware``, which has activated Django's language for the request;
    the engine's and the loader's language (one context variable, :mod:`panah.core.i18n`,
    which :mod:`panah.law.i18n` shares) follows it and is reset when the response is done,
    so no request sees another's language.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = law_i18n.activate(engine_language(translation.get_language()))
        try:
            return self.get_response(request)
        finally:
            law_i18n.deactivate(token)


def engine_language(django_language: str | None) -> str:
    """Django's language code ('ru', 'ru-ru', 'kk') as one of the engine's; else English."""
    try:
        return law_i18n.normalise_language(django_language)
    except ValueError:
        return law_i18n.DEFAULT_LANGUAGE
